#include "report/CrossTable.h"

#include "report/Statistics.h"

#include <QHash>

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
    t.rowDimension = rowDimension;
    t.columnDimension = columnDimension;
    //: A cross table's title, e.g. "By department × By confidentiality"
    t.title = tr("%1 × %2").arg(rowDim->title(), colDim->title());
    t.assets = int(assets.size());
    // The same rows and columns, in the same order, as the one-dimensional counts.
    QHash<QString, int> rowIndex;
    QHash<QString, int> colIndex;
    for (const StatRow& r : Statistics::group(*rowDim, assets).rows) {
        rowIndex.insert(r.key, int(t.rows.size()));
        t.rows.append({r.key, r.label});
    }
    for (const StatRow& c : Statistics::group(*colDim, assets).rows) {
        colIndex.insert(c.key, int(t.columns.size()));
        t.columns.append({c.key, c.label});
    }
    t.counts = QVector<QVector<int>>(t.rows.size(), QVector<int>(t.columns.size(), 0));
    t.rowTotals = QVector<int>(t.rows.size(), 0);
    t.columnTotals = QVector<int>(t.columns.size(), 0);
    for (const Asset& a : assets) {
        const QVector<DimensionValue> rs = rowDim->of(a);
        const QVector<DimensionValue> cs = colDim->of(a);
        for (const DimensionValue& r : rs) {
            const int ri = rowIndex.value(r.key, -1);
            if (ri < 0)
                continue;
            t.rowTotals[ri] += 1;
            for (const DimensionValue& c : cs) {
                const int ci = colIndex.value(c.key, -1);
                if (ci >= 0)
                    t.counts[ri][ci] += 1;
            }
        }
        for (const DimensionValue& c : cs) {
            const int ci = colIndex.value(c.key, -1);
            if (ci >= 0)
                t.columnTotals[ci] += 1;
        }
    }
    return t;
}

} // namespace daicho
