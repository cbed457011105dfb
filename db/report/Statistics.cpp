#include "report/Statistics.h"

#include "report/Dimension.h"
#include "storage/Register.h"

#include <QHash>

#include <algorithm>

namespace daicho {

namespace {

// Pre-creates rows so that the order is the register's, not the order assets happen to come in.
void seed(StatGroup& g, QHash<QString, int>& index, const QString& key, const QString& label)
{
    if (!index.contains(key)) {
        index.insert(key, g.rows.size());
        g.rows.append({key, label, 0});
    }
}

} // namespace

QStringList Statistics::dimensions()
{
    return Dimension::ids();
}

StatGroup Statistics::group(const Dimension& dimension, const QVector<Asset>& assets)
{
    return group(dimension, DimensionPlacement::of(dimension, assets));
}

StatGroup Statistics::group(const Dimension& dimension, const DimensionPlacement& placement)
{
    StatGroup g;
    g.dimension = dimension.id();
    g.title = dimension.title();
    g.assets = placement.assets();
    QHash<QString, int> index;
    for (const DimensionValue& v : dimension.seeded())
        seed(g, index, v.key, v.label);
    // Counted per value, then put in rows in the order the values were first met: the rows and
    // their order are those of bumping a row per asset.
    QVector<int> counts(placement.values.size(), 0);
    for (int i : placement.indices)
        counts[i] += 1;
    for (int v = 0; v < placement.values.size(); ++v) {
        const DimensionValue& value = placement.values[v];
        seed(g, index, value.key, value.label);
        g.rows[index.value(value.key)].count += counts[v];
    }
    if (dimension.dropsEmpty())
        g.rows.erase(std::remove_if(g.rows.begin(), g.rows.end(), [](const StatRow& r) { return r.count == 0; }),
                     g.rows.end());
    std::stable_sort(g.rows.begin(), g.rows.end(), [&dimension](const StatRow& x, const StatRow& y) {
        return dimension.rank(x.key) < dimension.rank(y.key);
    });
    return g;
}

QVector<StatGroup> Statistics::compute(const Register& reg, const QVector<Asset>& assets, const QStringList& dims,
                                       QString* error)
{
    QVector<StatGroup> out;
    for (const QString& id : dims) {
        const std::optional<Dimension> dimension = Dimension::make(reg, id, error);
        if (!dimension)
            return {};
        out << group(*dimension, assets);
    }
    return out;
}

} // namespace daicho
