#include "report/Statistics.h"

#include "report/Dimension.h"
#include "storage/Register.h"

#include <QHash>

#include <algorithm>

namespace daicho {

namespace {

// Adds one to the row with this key, creating it with the label the first time.
void bump(StatGroup& g, QHash<QString, int>& index, const QString& key, const QString& label)
{
    auto it = index.find(key);
    if (it == index.end()) {
        it = index.insert(key, g.rows.size());
        g.rows.append({key, label, 0});
    }
    g.rows[*it].count += 1;
}

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
    StatGroup g;
    g.dimension = dimension.id();
    g.title = dimension.title();
    g.assets = int(assets.size());
    QHash<QString, int> index;
    for (const DimensionValue& v : dimension.seeded())
        seed(g, index, v.key, v.label);
    for (const Asset& a : assets)
        for (const DimensionValue& v : dimension.of(a))
            bump(g, index, v.key, v.label);
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
