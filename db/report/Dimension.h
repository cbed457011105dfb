#pragma once

#include "domain/Asset.h"
#include "domain/OrgUnit.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace daicho {

class Register;

struct DimensionValue
{
    QString key;
    QString label;
};

class Dimension;

// Where each asset of a list falls along one dimension, asked once per asset: the distinct values
// (by key, with the label first met) in the order they were first met, and for asset i the indices
// of its values, values[indices[offsets[i]]] … values[indices[offsets[i + 1] - 1]], in the order
// Dimension::of gives them. Counting one or two dimensions then needs no string at all, and one
// placement serves every table of a printout that counts along that dimension.
struct DimensionPlacement
{
    QVector<DimensionValue> values;
    QVector<int> offsets;   // assets + 1 entries
    QVector<int> indices;

    int assets() const { return int(offsets.size()) - 1; }
    static DimensionPlacement of(const Dimension& dimension, const QVector<const Asset*>& assets);
    static DimensionPlacement of(const Dimension& dimension, const QVector<Asset>& assets);
};

// One way of sorting assets into rows: by 部, by 課, by a level, by stage … Statistics counts along
// one dimension, a cross table along two; both ask the dimension where an asset falls, so a printed
// summary and `daicho-cli stats` cannot disagree.
class Dimension
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Dimension)
public:
    static QStringList ids();
    // Empty (with `error` set) for an id that is not a dimension.
    static std::optional<Dimension> make(const Register& reg, const QString& id, QString* error = nullptr);

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    // The rows that exist before anything is counted, in the register's order.
    const QVector<DimensionValue>& seeded() const { return m_seeded; }
    // Where an asset falls: one value, several for personal data (個人情報 and 特定個人情報 at once).
    QVector<DimensionValue> of(const Asset& asset) const { return m_of(asset); }
    // Rows no asset fell into are left out (units without assets); others keep their zero.
    bool dropsEmpty() const { return m_dropsEmpty; }
    // Order of the rows after counting, lower first; only levels use it (highest level first).
    int rank(const QString& key) const { return m_rank ? m_rank(key) : 0; }

private:
    QString m_id;
    QString m_title;
    QVector<DimensionValue> m_seeded;
    std::function<QVector<DimensionValue>(const Asset&)> m_of;
    std::function<int(const QString&)> m_rank;
    bool m_dropsEmpty = false;
};

} // namespace daicho
