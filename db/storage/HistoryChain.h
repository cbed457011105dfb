#pragma once

#include "storage/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

struct sqlite3;

namespace daicho {

// What a history row's hash covers: everything the row says, in this order.
struct HistoryContent
{
    QString entity;
    qint64 entityId = 0;
    QString at;
    QString osUser;
    QString displayName;
    QString action;
    QString changes;
    QString comment;

    // An asset's creation, as every path that creates one writes and hashes it (its changes given
    // apart, as the bytes HistoryChanges::created makes).
    static HistoryContent creation(qint64 assetId, const QString& at, const Actor& actor)
    {
        return {QStringLiteral("asset"), assetId, at, actor.osUser, actor.displayName, QStringLiteral("create"),
                QString(), QString()};
    }
};

// What a new row stores: the hash of the row before it and its own.
struct HistoryLink
{
    HistoryContent row; // as hashed: write exactly these values
    QString previous;
    QString hash;
};

// One history row that no longer fits the chain, and where it is.
struct ChainProblem
{
    enum class Kind
    {
        Changed,
        Removed,
        Inserted
    };
    Kind kind = Kind::Changed;
    qint64 rowId = 0;
    QString entity;
    qint64 entityId = 0;
    QString location; // the asset number or organisation code the row is about, when it still exists
    QString at;
    QString what; // one sentence: what no longer matches
};

// What verify found.
struct ChainReport
{
    int rows = 0;
    QVector<ChainProblem> problems; // oldest row first; empty when the history is whole
    bool whole() const { return problems.isEmpty(); }
};

// The tamper-evident history: each history row stores SHA-256 over the previous row's hash and its
// own content, so a row changed, removed or slipped in by another program (the triggers only stop
// ordinary SQL) breaks the chain where it happened. It cannot stop someone who rewrites every hash
// after their change: it makes tampering visible, it does not make it impossible.
class HistoryChain
{
    Q_DECLARE_TR_FUNCTIONS(daicho::HistoryChain)
public:
    // The hex SHA-256 of `previous` and the row's fields, each length-prefixed so no two rows collide.
    static QString hash(const QString& previous, const HistoryContent& row);

    // The same hash with the row's changes given as their UTF-8 bytes (and row.changes ignored): a bulk
    // insert writes the change list once, as bytes, and stores and hashes those very bytes.
    static QString hashUtf8(const QString& previous, const HistoryContent& row, const QByteArray& changesUtf8);

    // The link for the next row written on `db`, inside the caller's transaction. The last hash is kept
    // between rows; it is read again only when another connection committed (SQLite's data version
    // changed) or this connection rolled back, so a bulk insert reads it once.
    Result<HistoryLink> link(QSqlDatabase& db, const HistoryContent& row);
    // The same for a row whose changes are `changesUtf8` (row.changes is left as given, unused).
    Result<HistoryLink> linkUtf8(QSqlDatabase& db, const HistoryContent& row, const QByteArray& changesUtf8);
    // The hash the next row written on `db` links to, for links made ahead of their rows (hashUtf8, on
    // another thread, each from the one before).
    Result<QString> last(QSqlDatabase& db);
    // A link made ahead, for the row about to be written: true, and the chain moves on to it, when it
    // follows the chain's last row; false when it does not (then link the row here).
    Result<bool> follow(QSqlDatabase& db, const HistoryLink& ahead);

    // Fills prev_hash and hash for every row of an existing history (the format update to the chain).
    static Result<void> chainExisting(QSqlDatabase& db);

    // Every row that breaks the chain.
    static Result<ChainReport> verify(QSqlDatabase& db);
    // The same on its own read-only connection to the file.
    static Result<ChainReport> verifyFile(const QString& path);
    // Where a problem is, in words: "asset 0301-0001", "organisation 03" …
    static QString locationText(const ChainProblem& problem);

    static QString kindText(ChainProblem::Kind kind);

private:
    static void onRollback(void* self);
    void forget();
    Result<void> knowLast(QSqlDatabase& db);

    sqlite3* m_hooked = nullptr;
    bool m_known = false;
    unsigned int m_dataVersion = 0;
    QString m_last;
};

} // namespace daicho
