#include "storage/AssetReader.h"

#include "storage/AssetColumns.h"

#include <QDate>
#include <QHash>
#include <QStringDecoder>

#include <vector>

#include <sqlite3.h>

namespace daicho {

namespace {

// '' is an empty string, NULL a null one, as Qt's SQLite driver gives them. The stored UTF-8 goes
// through Qt's decoder (fast on the many ASCII codes, and no conversion buffer inside SQLite) into a
// scratch buffer, and the string is allocated at its exact size: decoding straight into a QString
// reserves a character per byte, three times what a Japanese text needs. Only bytes that are not valid
// UTF-8, which another program could have written, take SQLite's own UTF-16 as Qt's driver did.
QString textAt(sqlite3_stmt* statement, int column)
{
    static const QString empty = QStringLiteral("");
    const char* data = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    if (!data)
        return QString();
    const int bytes = sqlite3_column_bytes(statement, column);
    if (bytes == 0)
        return empty;
    const QByteArrayView utf8(data, bytes);
    thread_local std::vector<QChar> scratch;
    if (scratch.size() < size_t(bytes))
        scratch.resize(size_t(bytes) * 2);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QChar* end = decoder.appendToBuffer(scratch.data(), utf8);
    const QStringView text(scratch.data(), end - scratch.data());
    // Qt's decoder turns broken bytes into U+FFFD; a text holding none was valid (one check of the
    // decoded text, much cheaper than validating every byte first).
    if (!text.contains(QChar::ReplacementCharacter) || utf8.isValidUtf8())
        return text.toString();
    const void* utf16 = sqlite3_column_text16(statement, column);
    return QString(static_cast<const QChar*>(utf16), sqlite3_column_bytes16(statement, column) / int(sizeof(QChar)));
}

int digits(const unsigned char* s, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

// Dates are stored as 'YYYY-MM-DD'; anything else goes through Qt's ISO parser as before.
QDate dateAt(sqlite3_stmt* statement, int column)
{
    const unsigned char* s = sqlite3_column_text(statement, column);
    if (!s)
        return QDate();
    const int n = sqlite3_column_bytes(statement, column);
    if (n == 10 && s[4] == '-' && s[7] == '-') {
        const int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
        if (y > 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);   // invalid for a day that does not exist, as Qt's parser says
    }
    return QDate::fromString(QString::fromUtf8(reinterpret_cast<const char*>(s), n), Qt::ISODate);
}

QVector<RestrictionOverride>* overridesFor(QVector<Asset>& rows, int& cursor, qint64 id)
{
    while (cursor < rows.size() && rows[cursor].id < id)
        ++cursor;
    return cursor < rows.size() && rows[cursor].id == id ? &rows[cursor].restrictionOverrides : nullptr;
}

RestrictionOverride overrideAt(sqlite3_stmt* statement, int first)
{
    const unsigned char* action = sqlite3_column_text(statement, first + 1);
    return {textAt(statement, first), action && qstrcmp(reinterpret_cast<const char*>(action), "add") == 0,
            textAt(statement, first + 2)};
}

} // namespace

AssetReader::AssetReader(sqlite3* db) : m_db(db)
{
}

AssetReader::~AssetReader()
{
    for (sqlite3_stmt* s : m_statements)
        sqlite3_finalize(s);
}

sqlite3_stmt* AssetReader::prepare(const char* sql)
{
    if (!m_db)
        return nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.append(statement);
    return statement;
}

// SELECT * and the columns found by name, as the Qt Sql reader did: a field without its column keeps
// its default.
void AssetReader::mapColumns(sqlite3_stmt* statement)
{
    if (!m_columns.isEmpty() || m_idColumn >= 0)
        return;
    QHash<QString, int> index;
    for (int i = 0; i < sqlite3_column_count(statement); ++i)
        index.insert(QString::fromUtf8(sqlite3_column_name(statement, i)).toLower(), i);
    for (const AssetField& f : AssetFields::all()) {
        const int i = index.value(assetColumn(f), -1);
        if (i >= 0)
            m_columns.append({&f, i});
    }
    m_idColumn = index.value(QStringLiteral("id"), -1);
    m_orgColumn = index.value(QStringLiteral("org_id"), -1);
    m_versionColumn = index.value(QStringLiteral("row_version"), -1);
}

void AssetReader::readRow(sqlite3_stmt* statement, Asset& a, TextMemo* memos) const
{
    if (m_idColumn >= 0)
        a.id = sqlite3_column_int64(statement, m_idColumn);
    if (m_orgColumn >= 0)
        a.orgId = sqlite3_column_int64(statement, m_orgColumn);
    if (m_versionColumn >= 0)
        a.rowVersion = sqlite3_column_int(statement, m_versionColumn);
    for (qsizetype k = 0; k < m_columns.size(); ++k) {
        const Column& c = m_columns[k];
        const AssetField& f = *c.field;
        if (f.text) {
            const auto decode = [&] { return textAt(statement, c.index); };
            const auto* data = memos ? reinterpret_cast<const char*>(sqlite3_column_text(statement, c.index)) : nullptr;
            // NULL stays a null string, not the empty one a memo would share.
            a.*(f.text) = data ? memos[k].textOf(QByteArrayView(data, sqlite3_column_bytes(statement, c.index)), decode)
                               : decode();
        } else if (f.flag)
            a.*(f.flag) = sqlite3_column_int(statement, c.index) != 0;
        else if (f.number)
            a.*(f.number) = sqlite3_column_int(statement, c.index);
        else if (f.date)
            a.*(f.date) = dateAt(statement, c.index);
    }
}

QVector<Asset> AssetReader::rows(qint64 afterId, int limit, int expected)
{
    QVector<Asset> out;
    // A plain scan in rowid order: ORDER BY asset_no would walk the index and jump to each row.
    sqlite3_stmt* q = prepare("SELECT * FROM asset WHERE withdrawn = 0 AND id > ? ORDER BY id LIMIT ?");
    if (!q)
        return out;
    sqlite3_bind_int64(q, 1, afterId);
    sqlite3_bind_int(q, 2, limit > 0 ? limit : -1);   // LIMIT -1: no limit
    mapColumns(q);
    out.reserve(limit > 0 ? limit : expected);
    // A city's rows repeat their units, codes, places and titles: each is decoded once and shared, which
    // also keeps one copy of each in memory instead of one per row.
    std::vector<TextMemo> memos(size_t(m_columns.size()));
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        out.append(Asset());
        readRow(q, out.last(), memos.data());
    }
    if (rc != SQLITE_DONE)
        return {};
    if (out.isEmpty())
        return out;
    // The overrides of the rows read, in one statement over the same id range; both in id order.
    sqlite3_stmt* o = prepare("SELECT restriction_code, action, reason, asset_id FROM asset_restriction"
                              " WHERE asset_id > ? AND asset_id <= ? ORDER BY asset_id, restriction_code");
    if (!o)
        return out;
    sqlite3_bind_int64(o, 1, afterId);
    sqlite3_bind_int64(o, 2, out.last().id);
    int cursor = 0;
    while (sqlite3_step(o) == SQLITE_ROW)
        if (QVector<RestrictionOverride>* list = overridesFor(out, cursor, sqlite3_column_int64(o, 3)))
            list->append(overrideAt(o, 0));
    return out;
}

QVector<RestrictionOverride> AssetReader::overridesOf(qint64 id)
{
    QVector<RestrictionOverride> out;
    sqlite3_stmt* o = prepare("SELECT restriction_code, action, reason FROM asset_restriction WHERE asset_id = ?"
                              " ORDER BY restriction_code");
    if (!o)
        return out;
    sqlite3_bind_int64(o, 1, id);
    while (sqlite3_step(o) == SQLITE_ROW)
        out.append(overrideAt(o, 0));
    return out;
}

std::optional<Asset> AssetReader::firstRow(sqlite3_stmt* q)
{
    mapColumns(q);
    if (sqlite3_step(q) != SQLITE_ROW)
        return std::nullopt;
    Asset a;
    readRow(q, a);
    a.restrictionOverrides = overridesOf(a.id);
    return a;
}

std::optional<Asset> AssetReader::byNo(const QString& assetNo, bool includeWithdrawn)
{
    sqlite3_stmt* q = prepare(includeWithdrawn ? "SELECT * FROM asset WHERE asset_no = ?"
                                               : "SELECT * FROM asset WHERE asset_no = ? AND withdrawn = 0");
    if (!q)
        return std::nullopt;
    sqlite3_bind_text16(q, 1, assetNo.utf16(), int(assetNo.size() * sizeof(QChar)), SQLITE_TRANSIENT);
    return firstRow(q);
}

std::optional<Asset> AssetReader::byId(qint64 id)
{
    sqlite3_stmt* q = prepare("SELECT * FROM asset WHERE id = ? AND withdrawn = 0");
    if (!q)
        return std::nullopt;
    sqlite3_bind_int64(q, 1, id);
    return firstRow(q);
}

} // namespace daicho
