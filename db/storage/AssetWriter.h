#pragma once

#include "domain/Asset.h"

#include <QByteArray>
#include <QString>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

namespace daicho {

struct HistoryLink;

// Writes new asset rows and history rows through SQLite's own API on the register's connection, inside
// the transaction the register began: one statement each, prepared once, every value bound from its
// typed member (text as the QString's own UTF-16, flags and numbers as integers, dates as YYYY-MM-DD).
// A 100,000-row import spent most of its writing time wrapping, converting and unwrapping QVariants.
// The register decides what is written (rules, numbers, the chain); this class only writes it.
class AssetWriter
{
public:
    explicit AssetWriter(sqlite3* db);
    ~AssetWriter();   // finalizes the statements: destroy before the connection closes
    AssetWriter(const AssetWriter&) = delete;
    AssetWriter& operator=(const AssetWriter&) = delete;

    sqlite3* handle() const { return m_db; }

    enum class Outcome
    {
        Written,
        NumberTaken,   // the asset number is already in the table (withdrawn rows included)
        Failed         // errorText() says why, in SQLite's words
    };
    // A new asset row: created and updated at `now`, row version 1, from the submission `submissionId`
    // (0: entered here). The row's id comes back in `id`.
    Outcome insertAsset(const Asset& asset, const QString& now, qint64 submissionId, qint64* id);
    // A history row exactly as linked, with `changesUtf8` (the bytes the link's hash covers) as its changes.
    bool insertHistory(const HistoryLink& link, const QByteArray& changesUtf8);
    QString errorText() const { return m_error; }


private:
    bool prepare(sqlite3_stmt** statement, const QByteArray& sql);
    void fail();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_asset = nullptr;
    sqlite3_stmt* m_history = nullptr;
    QString m_error;
    QByteArray m_utf8;   // the texts of the row being inserted, as UTF-8
};

// A larger page cache for the length of one large write, then the connection's own again. SQLite
// keeps 2 MB by default: a city's 100,000 rows and their history are some 250 MB of pages, and the
// indexes' pages went out to the WAL and were read and changed again many times within the one
// transaction. Only memory changes: journal mode, synchronous and the transaction stay as they are.
class LargeWriteCache
{
public:
    LargeWriteCache(sqlite3* db, qsizetype rows);
    ~LargeWriteCache();
    LargeWriteCache(const LargeWriteCache&) = delete;
    LargeWriteCache& operator=(const LargeWriteCache&) = delete;

private:
    sqlite3* m_db = nullptr;   // null: nothing was changed
    qint64 m_previous = 0;
};

} // namespace daicho
