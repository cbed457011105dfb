#pragma once

#include "domain/Asset.h"
#include "util/TextMemo.h"

#include <QString>
#include <QVector>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace daicho {

// Reads asset rows through SQLite's own API: a city's register is 100,000 rows of some fifty values,
// and wrapping each value in a QVariant (Qt Sql) was most of the time of every command that reads it.
// Each value goes straight into its typed member (AssetField::text/flag/number/date). Withdrawn rows
// are left out. orgCode is not filled: the Register resolves it from its organisation cache.
// One reader per call; its statements are finalised when it goes, before the connection can close.
class AssetReader
{
public:
    explicit AssetReader(sqlite3* db);
    ~AssetReader();
    AssetReader(const AssetReader&) = delete;
    AssetReader& operator=(const AssetReader&) = delete;

    // Up to `limit` rows (every row when limit <= 0) with an id above `afterId`, in id order, with their
    // restriction overrides. `expected` reserves room. Empty when the statement fails.
    QVector<Asset> rows(qint64 afterId, int limit, int expected = 0);
    // One row by its (normalised) number or by its id.
    std::optional<Asset> byNo(const QString& assetNo, bool includeWithdrawn);
    std::optional<Asset> byId(qint64 id);

private:
    sqlite3_stmt* prepare(const char* sql);
    void mapColumns(sqlite3_stmt* statement);
    // With `memos` (one per mapped column), a text a column repeats is decoded once and shared.
    void readRow(sqlite3_stmt* statement, Asset& a, TextMemo* memos = nullptr) const;
    QVector<RestrictionOverride> overridesOf(qint64 id);
    // The one row a prepared, bound statement finds, with its overrides.
    std::optional<Asset> firstRow(sqlite3_stmt* statement);

    sqlite3* m_db = nullptr;
    QVector<sqlite3_stmt*> m_statements;   // finalised in the destructor
    struct Column
    {
        const AssetField* field;
        int index;
    };
    QVector<Column> m_columns;             // the asset fields present in the result, with their index
    int m_idColumn = -1, m_orgColumn = -1, m_versionColumn = -1;
};

} // namespace daicho
