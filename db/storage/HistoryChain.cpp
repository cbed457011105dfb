#include "storage/HistoryChain.h"

#include "storage/SqliteHandle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <openssl/evp.h>
#include <sqlite3.h>

namespace daicho {

namespace {

void netstring(QByteArray& out, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ',';
}

void netstringUtf8(QByteArray& out, const QByteArray& bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ',';
}

void netstringUtf8(QByteArray& out, const QString& text)
{
    netstringUtf8(out, text.toUtf8());
}

// SHA-256 in hex through libcrypto (the processor's SHA instructions where it has them); the same
// digest as QCryptographicHash's, several times faster over large change lists.
QString sha256Hex(const QByteArray& data)
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!md || EVP_Digest(data.constData(), size_t(data.size()), digest, &size, md, nullptr) != 1 || size != 32)
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char*>(digest), int(size)).toHex());
}

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

} // namespace

QString HistoryChain::hash(const QString& previous, const HistoryContent& row)
{
    QByteArray data;
    netstring(data, previous);
    netstring(data, row.entity);
    netstring(data, QString::number(row.entityId));
    netstring(data, row.at);
    netstring(data, row.osUser);
    netstring(data, row.displayName);
    netstring(data, row.action);
    netstring(data, row.changes);
    netstring(data, row.comment);
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString HistoryChain::hashUtf8(const QString& previous, const HistoryContent& row, const QByteArray& changesUtf8)
{
    // Byte for byte what hash() feeds the digest, with the changes taken as they are.
    QByteArray data;
    data.reserve(changesUtf8.size() + 256);
    netstringUtf8(data, previous);
    netstringUtf8(data, row.entity);
    netstringUtf8(data, QString::number(row.entityId));
    netstringUtf8(data, row.at);
    netstringUtf8(data, row.osUser);
    netstringUtf8(data, row.displayName);
    netstringUtf8(data, row.action);
    netstringUtf8(data, changesUtf8);
    netstringUtf8(data, row.comment);
    return sha256Hex(data);
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
    QVector<Row> rows;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT h.id, h.entity, h.entity_id, h.at, h.os_user, h.display_name, h.action, h.changes, "
                "h.comment,"
                " h.prev_hash, h.hash, CASE h.entity WHEN 'asset' THEN a.asset_no WHEN 'org' THEN o.code END"
                " FROM history h LEFT JOIN asset a ON h.entity = 'asset' AND a.id = h.entity_id"
                " LEFT JOIN org_unit o ON h.entity = 'org' AND o.id = h.entity_id ORDER BY h.id")))
            return makeError(ErrorCode::Database,
                             tr("The history cannot be read: %1").arg(q.lastError().text()));
        while (q.next()) {
            Row r;
            r.id = q.value(0).toLongLong();
            r.content = {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(),   q.value(6).toString(),
                         q.value(7).toString(), q.value(8).toString()};
            r.previous = q.value(9).toString();
            r.hash = q.value(10).toString();
            r.location = q.value(11).toString();
            rows << r;
        }
    }

    ChainReport out;
    out.rows = rows.size();
    QVector<ChainProblem>& problems = out.problems;
    QHash<qint64, int> problemOfRow; // row id -> index in problems
    auto report = [&](const Row& r, ChainProblem::Kind kind, const QString& what) {
        ChainProblem p{kind, r.id, r.content.entity, r.content.entityId, r.location, r.content.at, what};
        problemOfRow.insert(r.id, problems.size());
        problems << p;
    };

    for (int i = 0; i < rows.size(); ++i) {
        const Row& r = rows.at(i);
        if (r.hash.isEmpty()) {
            report(r, ChainProblem::Kind::Inserted,
                   tr("It has no chain hash: it was written by another program, not by Daicho."));
            continue;
        }
        if (r.hash != hash(r.previous, r.content))
            report(
                r, ChainProblem::Kind::Changed,
                tr("Its content (time, user, action, changed fields or comment) no longer matches the hash "
                   "recorded when it was written."));
        const QString expected = i == 0 ? QString() : rows.at(i - 1).hash;
        if (r.previous == expected)
            continue;
        // The link is broken. If it skips exactly the row before, that row was slipped in; otherwise rows
        // before this one were taken out.
        if (i >= 1 && r.previous == (i >= 2 ? rows.at(i - 2).hash : QString()) &&
            problemOfRow.contains(rows.at(i - 1).id)) {
            ChainProblem& p = problems[problemOfRow.value(rows.at(i - 1).id)];
            p.kind = ChainProblem::Kind::Inserted;
            p.what =
                tr("It was slipped into the history by another program: the row after it is chained to the "
                   "row before it.");
            continue;
        }
        const qint64 before = i == 0 ? 0 : rows.at(i - 1).id;
        QString what;
        if (r.id - before == 2 && before > 0)
            what = tr("History row %1 between it and row %2 was removed.").arg(before + 1).arg(before);
        else if (r.id - before > 1)
            what = before == 0 ? tr("The history rows before it (up to row %1) were removed.").arg(r.id - 1)
                               : tr("History rows %1 to %2 between it and row %3 were removed.")
                                     .arg(before + 1)
                                     .arg(r.id - 1)
                                     .arg(before);
        else
            what = before == 0
                       ? tr("It no longer follows the start of the history: rows before it were "
                            "removed.")
                       : tr("It no longer follows row %1: rows between them were removed, or row %1's "
                            "hash was changed.")
                             .arg(before);
        if (problemOfRow.contains(r.id))
            problems[problemOfRow.value(r.id)].what += QLatin1Char(' ') + what;
        else
            report(r, ChainProblem::Kind::Removed, what);
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
