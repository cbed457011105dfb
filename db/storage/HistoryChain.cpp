#include "storage/HistoryChain.h"

#include "storage/SqliteHandle.h"
#include "util/Sha256.h"

#include <QDir>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QUuid>
#include <QVariant>

#include <string>

#include <sqlite3.h>


namespace daicho {

namespace {

// The last row's hash as stored: the chain goes on from what is there, even from a row slipped in
// by another program, so that row alone is reported and not every row after it.
Result<QString> lastHash(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT hash FROM history ORDER BY id DESC LIMIT 1")))
        return makeError(ErrorCode::Database, q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

struct Row
{
    qint64 id = 0;
    HistoryContent content;
    QString previous;
    QString hash;
    QString location;
};

// A prepared statement finalised when it goes.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    operator sqlite3_stmt*() const { return m_statement; }
    sqlite3_stmt* get() const { return m_statement; }
    explicit operator bool() const { return m_statement != nullptr; }

private:
    sqlite3_stmt* m_statement = nullptr;
};

QString textOf(sqlite3_stmt* s, int column)
{
    const void* data = sqlite3_column_text16(s, column);
    return data ? QString(static_cast<const QChar*>(data), sqlite3_column_bytes16(s, column) / int(sizeof(QChar)))
                : QString();
}

// A column's text as hash() sees it: the UTF-8 of the QString Qt's driver reads. For valid UTF-8 that
// is the stored bytes themselves; anything else (only another program could have written it) takes
// the same road as the QString did, so a damaged row hashes exactly as before.
QByteArray storedText(sqlite3_stmt* s, int column)
{
    const char* data = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    const int n = sqlite3_column_bytes(s, column);
    if (!data || n == 0)
        return QByteArray();
    const QByteArrayView bytes(data, n);
    if (bytes.isValidUtf8())
        return bytes.toByteArray();
    return textOf(s, column).toUtf8();
}

// hash() over a row as it comes from SQLite, without a QString per value: the same netstrings of the
// same UTF-8, gathered in one buffer reused from row to row.
class RowHasher
{
public:
    QByteArrayView hexOf(const QByteArray& previous, sqlite3_stmt* s)
    {
        m_data.clear();
        add(previous.constData(), previous.size());
        addColumn(s, 1);   // entity
        const std::string entityId = std::to_string(sqlite3_column_int64(s, 2));
        add(entityId.data(), qsizetype(entityId.size()));
        for (int column = 3; column <= 8; ++column)   // at, os_user, display_name, action, changes, comment
            addColumn(s, column);
        return QByteArrayView(m_hex, Sha256::hex(m_data.data(), m_data.size(), m_hex));
    }

private:
    void add(const char* data, qsizetype n)
    {
        m_data += std::to_string(n);
        m_data += ':';
        m_data.append(data, size_t(n));
        m_data += ',';
    }
    void addColumn(sqlite3_stmt* s, int column)
    {
        const char* data = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
        const int n = sqlite3_column_bytes(s, column);
        if (data && n > 0 && !QByteArrayView(data, n).isValidUtf8()) {
            const QByteArray converted = storedText(s, column);
            add(converted.constData(), converted.size());
            return;
        }
        add(data ? data : "", n);
    }

    std::string m_data;
    char m_hex[Sha256::HexLength];
};

} // namespace

QString HistoryChain::hash(const QString& previous, const HistoryContent& row)
{
    return hashUtf8(previous, row, row.changes.toUtf8());
}

QString HistoryChain::hashUtf8(const QString& previous, const HistoryContent& row, const QByteArray& changesUtf8)
{
    // Each value as a netstring of its UTF-8, the changes taken as they are (already UTF-8), gathered
    // in one buffer per thread that keeps its size from row to row: a bulk insert hashes 100,000 rows,
    // and a QByteArray per value was half the cost of linking each.
    thread_local std::string data;
    thread_local std::string utf8;
    data.clear();
    const auto bytes = [&](const char* text, std::size_t size) {
        data += std::to_string(size);
        data += ':';
        data.append(text, size);
        data += ',';
    };
    const auto text = [&](const QString& value) {
        utf8.resize(std::size_t(value.size()) * 3);
        QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        char* const end = encoder.appendToBuffer(utf8.data(), value);
        bytes(utf8.data(), std::size_t(end - utf8.data()));
    };
    text(previous);
    text(row.entity);
    const std::string id = std::to_string(row.entityId);
    bytes(id.data(), id.size());
    text(row.at);
    text(row.osUser);
    text(row.displayName);
    text(row.action);
    bytes(changesUtf8.constData(), std::size_t(changesUtf8.size()));
    text(row.comment);
    char hex[Sha256::HexLength];
    return QString::fromLatin1(hex, Sha256::hex(data.data(), data.size(), hex));
}

void HistoryChain::onRollback(void* self)
{
    static_cast<HistoryChain*>(self)->forget();
}

void HistoryChain::forget()
{
    m_known = false;
    m_last.clear();
}

Result<void> HistoryChain::knowLast(QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    unsigned int version = 0;
    if (handle) {
        if (handle != m_hooked) {
            // Qt's driver sets no rollback hook of its own; a rolled-back row must not stay our "last".
            sqlite3_rollback_hook(handle, &HistoryChain::onRollback, this);
            m_hooked = handle;
            forget();
        }
        sqlite3_file_control(handle, "main", SQLITE_FCNTL_DATA_VERSION, &version);
    }
    // The data version moves on every commit, ours included: the cache lives for one transaction,
    // which is where bulk inserts write their many rows.
    if (!handle || !m_known || version != m_dataVersion) {
        Result<QString> last = lastHash(db);
        if (!last)
            return last.error();
        m_last = last.value();
        m_dataVersion = version;
        m_known = true;
    }
    return {};
}

Result<HistoryLink> HistoryChain::link(QSqlDatabase& db, const HistoryContent& row)
{
    if (Result<void> known = knowLast(db); !known)
        return known.error();
    HistoryLink link{row, m_last, hash(m_last, row)};
    m_last = link.hash;
    return link;
}

Result<HistoryLink> HistoryChain::linkUtf8(QSqlDatabase& db, const HistoryContent& row, const QByteArray& changesUtf8)
{
    if (Result<void> known = knowLast(db); !known)
        return known.error();
    HistoryLink link{row, m_last, hashUtf8(m_last, row, changesUtf8)};
    m_last = link.hash;
    return link;
}

Result<QString> HistoryChain::last(QSqlDatabase& db)
{
    if (Result<void> known = knowLast(db); !known)
        return known.error();
    return m_last;
}

Result<bool> HistoryChain::follow(QSqlDatabase& db, const HistoryLink& ahead)
{
    if (Result<void> known = knowLast(db); !known)
        return known.error();
    if (ahead.previous != m_last)
        return false;
    m_last = ahead.hash;
    return true;
}

Result<void> HistoryChain::chainExisting(QSqlDatabase& db)
{
    QVector<Row> rows;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT id, entity, entity_id, at, os_user, display_name, action, changes, comment"
                " FROM history ORDER BY id")))
            return makeError(ErrorCode::Database, q.lastError().text());
        while (q.next()) {
            Row r;
            r.id = q.value(0).toLongLong();
            r.content = {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(),   q.value(6).toString(),
                         q.value(7).toString(), q.value(8).toString()};
            rows << r;
        }
    }
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE history SET prev_hash = ?, hash = ? WHERE id = ?")))
        return makeError(ErrorCode::Database, update.lastError().text());
    QString previous =
        QStringLiteral(""); // not null: the column is NOT NULL, and Qt binds a null QString as NULL
    for (const Row& r : rows) {
        const QString h = hash(previous, r.content);
        update.addBindValue(previous);
        update.addBindValue(h);
        update.addBindValue(r.id);
        if (!update.exec())
            return makeError(ErrorCode::Database, update.lastError().text());
        previous = h;
    }
    return {};
}

Result<ChainReport> HistoryChain::verify(QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return makeError(ErrorCode::Database, tr("The history cannot be read: %1").arg(db.lastError().text()));
    // One pass over the rows as SQLite hands them over, hashing the stored bytes: a city's history is
    // some 130 MB of text, and holding it all as QStrings (and converting each back to UTF-8 to hash it)
    // took seconds and hundreds of megabytes. Only the rows that break the chain are kept.
    Statement q(handle, "SELECT id, entity, entity_id, at, os_user, display_name, action, changes, comment,"
                        " prev_hash, hash FROM history ORDER BY id");
    if (!q)
        return makeError(ErrorCode::Database,
                         tr("The history cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));

    ChainReport out;
    QVector<ChainProblem>& problems = out.problems;
    RowHasher hasher;
    // The two rows before the current one: their ids, stored hashes and whether they were reported.
    QByteArray hash, previous, lastHash, hashBefore;
    qint64 lastId = 0;
    int lastProblem = -1;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(q, 0);
        previous = storedText(q, 9);
        hash = storedText(q, 10);
        const int i = out.rows++;
        int problem = -1;
        auto report = [&](ChainProblem::Kind kind, const QString& what) {
            problem = problems.size();
            problems.append({kind, id, textOf(q, 1), sqlite3_column_int64(q, 2), QString(), textOf(q, 3), what});
        };
        auto next = [&] {
            hashBefore = std::move(lastHash);
            lastHash = std::move(hash);
            lastId = id;
            lastProblem = problem;
        };
        if (hash.isEmpty()) {
            report(ChainProblem::Kind::Inserted,
                   tr("It has no chain hash: it was written by another program, not by Daicho."));
            next();
            continue;
        }
        if (hash != hasher.hexOf(previous, q))
            report(ChainProblem::Kind::Changed,
                   tr("Its content (time, user, action, changed fields or comment) no longer matches the hash "
                      "recorded when it was written."));
        if (previous == (i == 0 ? QByteArray() : lastHash)) {
            next();
            continue;
        }
        // The link is broken. If it skips exactly the row before, that row was slipped in; otherwise rows
        // before this one were taken out.
        if (i >= 1 && previous == (i >= 2 ? hashBefore : QByteArray()) && lastProblem >= 0) {
            ChainProblem& p = problems[lastProblem];
            p.kind = ChainProblem::Kind::Inserted;
            p.what =
                tr("It was slipped into the history by another program: the row after it is chained to the "
                   "row before it.");
            next();
            continue;
        }
        const qint64 before = i == 0 ? 0 : lastId;
        QString what;
        if (id - before == 2 && before > 0)
            what = tr("History row %1 between it and row %2 was removed.").arg(before + 1).arg(before);
        else if (id - before > 1)
            what = before == 0 ? tr("The history rows before it (up to row %1) were removed.").arg(id - 1)
                               : tr("History rows %1 to %2 between it and row %3 were removed.")
                                     .arg(before + 1)
                                     .arg(id - 1)
                                     .arg(before);
        else
            what = before == 0
                       ? tr("It no longer follows the start of the history: rows before it were "
                            "removed.")
                       : tr("It no longer follows row %1: rows between them were removed, or row %1's "
                            "hash was changed.")
                             .arg(before);
        if (problem >= 0)
            problems[problem].what += QLatin1Char(' ') + what;
        else
            report(ChainProblem::Kind::Removed, what);
        next();
    }
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database,
                         tr("The history cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    // Where each problem is, looked up for the few rows reported rather than joined to every row.
    Statement assetNo(handle, "SELECT asset_no FROM asset WHERE id = ?");
    Statement orgCode(handle, "SELECT code FROM org_unit WHERE id = ?");
    for (ChainProblem& p : problems) {
        sqlite3_stmt* s = p.entity == QLatin1String("asset") ? assetNo.get()
                          : p.entity == QLatin1String("org") ? orgCode.get()
                                                             : nullptr;
        if (!s)
            continue;
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, p.entityId);
        if (sqlite3_step(s) == SQLITE_ROW)
            p.location = textOf(s, 0);
    }
    return out;
}

Result<ChainReport> HistoryChain::verifyFile(const QString& path)
{
    const QString name = QStringLiteral("daicho-verify-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Result<ChainReport> result = ChainReport();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            result = makeError(
                ErrorCode::FileRefused,
                tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
        else
            result = verify(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString HistoryChain::locationText(const ChainProblem& p)
{
    if (p.entity == QLatin1String("asset"))
        return p.location.isEmpty() ? tr("asset id %1 (no longer in the register)").arg(p.entityId)
                                    : tr("asset %1").arg(p.location);
    if (p.entity == QLatin1String("org"))
        return p.location.isEmpty() ? tr("organisation id %1 (no longer in the register)").arg(p.entityId)
                                    : tr("organisation %1").arg(p.location);
    if (p.entity == QLatin1String("register"))
        return tr("the register");
    return QStringLiteral("%1 %2").arg(p.entity).arg(p.entityId);
}

QString HistoryChain::kindText(ChainProblem::Kind kind)
{
    switch (kind) {
    case ChainProblem::Kind::Changed:
        return tr("changed");
    case ChainProblem::Kind::Removed:
        return tr("removed");
    case ChainProblem::Kind::Inserted:
        return tr("inserted");
    }
    return {};
}

} // namespace daicho
