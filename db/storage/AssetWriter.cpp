#include "storage/AssetWriter.h"

#include "calendar/IsoDate.h"
#include "storage/AssetColumns.h"
#include "storage/HistoryChain.h"

#include <QStringConverter>
#include <QStringList>

#include <algorithm>

#include <sqlite3.h>

namespace daicho {

namespace {

// The texts of one row bound as UTF-8, the file's encoding, converted by Qt's (vectorised) encoder one after
// another into one buffer sized beforehand, so no bound pointer moves before the step; SQLite's own UTF-16
// translation cost twice as much. An unpaired surrogate (the rules refuse one in an asset's texts) is
// stored as Qt writes it, which is also how the history chain hashes it.
class Utf8Row
{
public:
    Utf8Row(QByteArray& buffer, qsizetype characters)
    {
        if (buffer.size() < 3 * characters)
            buffer.resize(3 * characters);
        m_out = buffer.data();
    }

    void bind(sqlite3_stmt* s, int index, const QString& text)
    {
        char* const start = m_out;
        m_out = m_utf8.appendToBuffer(m_out, text);
        sqlite3_bind_text(s, index, start, int(m_out - start), SQLITE_STATIC);
    }

private:
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    char* m_out = nullptr;
};

// Null stays NULL, as through Qt Sql.
int bindDate(sqlite3_stmt* s, int index, const QDate& date)
{
    if (!date.isValid())
        return sqlite3_bind_null(s, index);
    char text[10];
    if (isoDateChars(date, text))
        return sqlite3_bind_text(s, index, text, 10, SQLITE_TRANSIENT);
    const QString qt = date.toString(Qt::ISODate);
    if (qt.isEmpty())
        return sqlite3_bind_null(s, index);
    return sqlite3_bind_text16(s, index, qt.utf16(), int(qt.size()) * 2, SQLITE_TRANSIENT);
}

const QByteArray& insertAssetSql()
{
    static const QByteArray sql = [] {
        QStringList columns{QStringLiteral("org_id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                            QStringLiteral("row_version"), QStringLiteral("submission_id")};
        for (const AssetField& f : AssetFields::all())
            columns << assetColumn(f);
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        return (QStringLiteral("INSERT INTO asset (") + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                + marks.join(QStringLiteral(", ")) + QLatin1Char(')'))
            .toUtf8();
    }();
    return sql;
}

} // namespace

AssetWriter::AssetWriter(sqlite3* db) : m_db(db) {}

AssetWriter::~AssetWriter()
{
    sqlite3_finalize(m_asset);
    sqlite3_finalize(m_history);
}

bool AssetWriter::prepare(sqlite3_stmt** statement, const QByteArray& sql)
{
    if (*statement)
        return true;
    if (!m_db) {
        m_error = QStringLiteral("no SQLite connection");
        return false;
    }
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, statement, nullptr)
        != SQLITE_OK) {
        fail();
        sqlite3_finalize(*statement);
        *statement = nullptr;
        return false;
    }
    return true;
}

void AssetWriter::fail()
{
    m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

AssetWriter::Outcome AssetWriter::insertAsset(const Asset& a, const QString& now, qint64 submissionId, qint64* id)
{
    if (!prepare(&m_asset, insertAssetSql()))
        return Outcome::Failed;
    sqlite3_stmt* s = m_asset;
    const QVector<AssetField>& fields = AssetFields::all();
    qsizetype characters = 2 * now.size();
    for (const AssetField& f : fields)
        if (f.text)
            characters += (a.*f.text).size();
    Utf8Row texts(m_utf8, characters);
    const auto bindUtf8 = [&](int index, const QString& text) { texts.bind(s, index, text); };
    int column = 1;
    sqlite3_bind_int64(s, column++, a.orgId);
    bindUtf8(column++, now);
    bindUtf8(column++, now);
    sqlite3_bind_int(s, column++, 1);
    if (submissionId > 0)
        sqlite3_bind_int64(s, column++, submissionId);
    else
        sqlite3_bind_null(s, column++);
    for (const AssetField& f : fields) {
        if (f.text)
            bindUtf8(column++, a.*f.text);
        else if (f.flag)
            sqlite3_bind_int(s, column++, a.*f.flag ? 1 : 0);
        else if (f.number)
            sqlite3_bind_int(s, column++, a.*f.number);
        else
            bindDate(s, column++, a.*f.date);
    }
    const int rc = sqlite3_step(s);
    Outcome outcome = Outcome::Written;
    if (rc != SQLITE_DONE) {
        // asset_no is the table's only UNIQUE column besides the id, which is never bound.
        outcome = sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_UNIQUE ? Outcome::NumberTaken : Outcome::Failed;
        fail();
    } else if (id) {
        *id = sqlite3_last_insert_rowid(m_db);
    }
    sqlite3_reset(s);
    return outcome;
}

bool AssetWriter::insertHistory(const HistoryLink& link, const QByteArray& changesUtf8)
{
    static const QByteArray sql = "INSERT INTO history (entity, entity_id, at, os_user, display_name, action, changes,"
                                  " comment, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (!prepare(&m_history, sql))
        return false;
    sqlite3_stmt* s = m_history;
    const HistoryContent& row = link.row;
    Utf8Row texts(m_utf8, row.entity.size() + row.at.size() + row.osUser.size() + row.displayName.size()
                              + row.action.size() + row.comment.size() + link.previous.size() + link.hash.size());
    texts.bind(s, 1, row.entity);
    sqlite3_bind_int64(s, 2, row.entityId);
    texts.bind(s, 3, row.at);
    texts.bind(s, 4, row.osUser);
    texts.bind(s, 5, row.displayName);
    texts.bind(s, 6, row.action);
    sqlite3_bind_text(s, 7, changesUtf8.constData(), int(changesUtf8.size()), SQLITE_STATIC);
    texts.bind(s, 8, row.comment);
    texts.bind(s, 9, link.previous);
    texts.bind(s, 10, link.hash);
    const bool ok = sqlite3_step(s) == SQLITE_DONE;
    if (!ok)
        fail();
    sqlite3_reset(s);
    return ok;
}

LargeWriteCache::LargeWriteCache(sqlite3* db, qsizetype rows)
{
    if (!db || rows < 1000)
        return;
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cache_size", -1, &q, nullptr) != SQLITE_OK || sqlite3_step(q) != SQLITE_ROW) {
        sqlite3_finalize(q);
        return;
    }
    m_previous = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    // About 2 KiB of pages per row, at most 64 MiB (a negative size is in KiB).
    const qint64 kib = std::min<qint64>(65536, 2 * qint64(rows));
    if (-kib < m_previous
        && sqlite3_exec(db, QByteArray("PRAGMA cache_size = " + QByteArray::number(-kib)).constData(), nullptr,
                        nullptr, nullptr)
               == SQLITE_OK)
        m_db = db;
}

LargeWriteCache::~LargeWriteCache()
{
    if (m_db)
        sqlite3_exec(m_db, QByteArray("PRAGMA cache_size = " + QByteArray::number(m_previous)).constData(), nullptr,
                     nullptr, nullptr);
}

} // namespace daicho
