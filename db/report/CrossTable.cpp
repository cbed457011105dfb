#include "report/CrossTable.h"

#include "report/Statistics.h"

#include <QHash>

#include <vector>

namespace daicho {

int CrossTable::count(const QString& rowKey, const QString& columnKey) const
{
    for (int r = 0; r < rows.size(); ++r)
        if (rows[r].key == rowKey)
            for (int c = 0; c < columns.size(); ++c)
                if (columns[c].key == columnKey)
                    return counts[r][c];
    return 0;
}

CrossTable CrossTable::compute(const Register& reg, const QVector<Asset>& assets, const QString& rowDimension,
                               const QString& columnDimension, QString* error)
{
    CrossTable t;
    const std::optional<Dimension> rowDim = Dimension::make(reg, rowDimension, error);
    const std::optional<Dimension> colDim = rowDim ? Dimension::make(reg, columnDimension, error) : std::nullopt;
    if (!rowDim || !colDim)
        return t;
    return compute(*rowDim, DimensionPlacement::of(*rowDim, assets), *colDim, DimensionPlacement::of(*colDim, assets));
}

CrossTable CrossTable::compute(const Dimension& rowDim, const DimensionPlacement& rowPlaces, const Dimension& colDim,
                               const DimensionPlacement& colPlaces)
{
    CrossTable t;
    t.rowDimension = rowDim.id();
    t.columnDimension = colDim.id();
    //: A cross table's title, e.g. "By department × By confidentiality"
    t.title = tr("%1 × %2").arg(rowDim.title(), colDim.title());
    t.assets = rowPlaces.assets();
    // The same rows and columns, in the same order, as the one-dimensional counts; each placed value
    // knows its row (or column), -1 for one left out.
    QHash<QString, int> rowIndex;
    QHash<QString, int> colIndex;
    for (const StatRow& r : Statistics::group(rowDim, rowPlaces).rows) {
        rowIndex.insert(r.key, int(t.rows.size()));
        t.rows.append({r.key, r.label});
    }
    for (const StatRow& c : Statistics::group(colDim, colPlaces).rows) {
        colIndex.insert(c.key, int(t.columns.size()));
        t.columns.append({c.key, c.label});
    }
    QVector<int> rowOfValue;
    for (const DimensionValue& v : rowPlaces.values)
        rowOfValue.append(rowIndex.value(v.key, -1));
    QVector<int> columnOfValue;
    for (const DimensionValue& v : colPlaces.values)
        columnOfValue.append(colIndex.value(v.key, -1));
    const int columns = int(t.columns.size());
    std::vector<int> counts(size_t(t.rows.size()) * size_t(columns), 0);
    t.rowTotals = QVector<int>(t.rows.size(), 0);
    t.columnTotals = QVector<int>(columns, 0);
    for (int a = 0; a < t.assets; ++a) {
        const int cFrom = colPlaces.offsets[a];
        const int cTo = colPlaces.offsets[a + 1];
        for (int r = rowPlaces.offsets[a]; r < rowPlaces.offsets[a + 1]; ++r) {
            const int ri = rowOfValue[rowPlaces.indices[r]];
            if (ri < 0)
                continue;
            t.rowTotals[ri] += 1;
            for (int c = cFrom; c < cTo; ++c) {
                const int ci = columnOfValue[colPlaces.indices[c]];
                if (ci >= 0)
                    counts[size_t(ri) * size_t(columns) + size_t(ci)] += 1;
            }
        }
        for (int c = cFrom; c < cTo; ++c) {
            const int ci = columnOfValue[colPlaces.indices[c]];
            if (ci >= 0)
                t.columnTotals[ci] += 1;
        }
    }
    t.counts.reserve(t.rows.size());
    for (int r = 0; r < t.rows.size(); ++r)
        t.counts.append(QVector<int>(counts.begin() + qsizetype(r) * columns, counts.begin() + qsizetype(r + 1) * columns));
    return t;
}

} // namespace daicho
