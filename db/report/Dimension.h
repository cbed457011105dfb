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

// A value's label made only when asked for: placing a city's assets asks once per distinct key, not
// once per asset. It refers to a callable that lives for the call it is passed to (no copy, no heap).
class DimensionLabel
{
public:
    template <typename F>
    DimensionLabel(const F& make) // NOLINT: made implicitly from a lambda at each call
        : m_make(&make), m_call([](const void* f) { return (*static_cast<const F*>(f))(); })
    {
    }
    QString operator()() const { return m_call(m_make); }

private:
    const void* m_make;
    QString (*m_call)(const void*);
};

// Receives where an asset falls, one value at a time, in the order Dimension::of lists them: a value
// made once (a unit's row, "overdue"), or a key with its label made on demand (a level, a stage).
// Nothing is listed per asset, so counting a city's assets allocates nothing per asset.
class DimensionSink
{
public:
    virtual void add(const DimensionValue& value) = 0;
    virtual void add(const QString& key, const DimensionLabel& label) = 0;

protected:
    ~DimensionSink() = default;
};

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
    // Several dimensions in one pass, a placement each (in the order given): each asset is fetched
    // once for all of them. A city's assets do not fit in the cache, and a pass per dimension fetched
    // every asset from memory again.
    static QVector<DimensionPlacement> of(const QVector<const Dimension*>& dimensions,
                                          const QVector<const Asset*>& assets);
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
    QVector<DimensionValue> of(const Asset& asset) const;
    // The same values, told to `sink` one by one (labels only when the sink asks).
    void place(const Asset& asset, DimensionSink& sink) const { m_place(asset, sink); }
    // Rows no asset fell into are left out (units without assets); others keep their zero.
    bool dropsEmpty() const { return m_dropsEmpty; }
    // Order of the rows after counting, lower first; only levels use it (highest level first).
    int rank(const QString& key) const { return m_rank ? m_rank(key) : 0; }

private:
    QString m_id;
    QString m_title;
    QVector<DimensionValue> m_seeded;
    std::function<void(const Asset&, DimensionSink&)> m_place;
    std::function<int(const QString&)> m_rank;
    bool m_dropsEmpty = false;
};

} // namespace daicho
