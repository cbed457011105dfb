#include "report/Dimension.h"

#include "calendar/JapaneseDate.h"
#include "domain/ReviewPolicy.h"
#include "storage/Register.h"

#include <vector>

namespace daicho {

QStringList Dimension::ids()
{
    return {QStringLiteral("org"), QStringLiteral("section"), QStringLiteral("c"), QStringLiteral("i"),
            QStringLiteral("a"), QStringLiteral("importance"), QStringLiteral("stage"), QStringLiteral("status"),
            QStringLiteral("segment"), QStringLiteral("personal"), QStringLiteral("review"),
            QStringLiteral("outsourcing")};
}

std::optional<Dimension> Dimension::make(const Register& reg, const QString& id, QString* error)
{
    const Catalog& cat = reg.catalog();
    Dimension d;
    d.m_id = id;
    if (id == QLatin1String("org") || id == QLatin1String("section")) {
        const bool top = id == QLatin1String("org");
        d.m_title = top ? tr("By department") : tr("By section");
        const QVector<OrgUnit> units = reg.orgUnits();
        QHash<qint64, OrgUnit> byId;
        for (const OrgUnit& u : units) {
            byId.insert(u.id, u);
            if (!top || u.parentId == 0)
                d.m_seeded.append({u.code, u.name});
        }
        d.m_dropsEmpty = true;
        // Each unit's row worked out once, not once per asset.
        QHash<qint64, DimensionValue> rowOf;
        for (const OrgUnit& unit : units) {
            OrgUnit u = unit;
            // A 課's assets count for its 部; the guard stops a loop in a damaged tree.
            for (int guard = 0; top && u.parentId != 0 && byId.contains(u.parentId) && guard < 64; ++guard)
                u = byId.value(u.parentId);
            rowOf.insert(unit.id, {u.code, u.name});
        }
        // (An asset of a unit the register does not know falls in the row with no code and no name.)
        d.m_place = [rowOf](const Asset& a, DimensionSink& sink) {
            const auto it = rowOf.constFind(a.orgId);
            sink.add(it == rowOf.cend() ? DimensionValue() : *it);
        };
    } else if (id == QLatin1String("c") || id == QLatin1String("i") || id == QLatin1String("a")) {
        Axis axis;
        axisFromCode(id, &axis);
        d.m_title = id == QLatin1String("c") ? tr("By confidentiality")
                    : id == QLatin1String("i") ? tr("By integrity") : tr("By availability");
        // Highest level first, as the committee reads it; the levels of every scheme in use.
        QHash<QString, int> order;
        for (const ClassificationScheme& s : cat.schemes)
            for (const Level& l : s.axis(axis).levels)
                if (!order.contains(l.code))
                    order.insert(l.code, -l.rank * 10 - l.tier);
        d.m_rank = [order](const QString& key) { return key.isEmpty() ? 1000 : order.value(key, 999); };
        const QString notClassified = tr("Not classified");
        const DimensionValue unclassified{QString(), notClassified};
        d.m_place = [&cat, axis, unclassified](const Asset& a, DimensionSink& sink) {
            const QString code = a.level(axis);
            if (code.isEmpty())
                return sink.add(unclassified);
            sink.add(code, [&] {
                const ClassificationScheme* s = cat.schemeOf(a);
                return s ? s->axis(axis).name + code : code;
            });
        };
    } else if (id == QLatin1String("importance")) {
        d.m_title = tr("By importance");
        for (int level = 3; level >= 1; --level)
            d.m_seeded.append({QString::number(level), tr("Importance %1").arg(level)});
        const QVector<DimensionValue> levels = d.m_seeded;   // 3, 2, 1
        d.m_place = [&cat, levels](const Asset& a, DimensionSink& sink) {
            const int level = cat.importance(a);
            if (level >= 1 && level <= 3)
                return sink.add(levels[3 - level]);
            sink.add(QString::number(level), [level] { return tr("Importance %1").arg(level); });
        };
    } else if (id == QLatin1String("stage") || id == QLatin1String("status")) {
        const bool stage = id == QLatin1String("stage");
        const Vocabulary& v = stage ? Vocabulary::stages() : Vocabulary::statuses();
        d.m_title = stage ? tr("By lifecycle stage") : tr("By status");
        for (const Term& t : v.terms())
            d.m_seeded.append({t.code, v.label(t.code)});
        d.m_place = [&v, stage](const Asset& a, DimensionSink& sink) {
            const QString& code = stage ? a.stage : a.status;
            sink.add(code, [&] { return v.label(code); });
        };
    } else if (id == QLatin1String("segment")) {
        d.m_title = tr("By network segment");
        for (const NetworkSegment& s : cat.segments)
            d.m_seeded.append({s.code, s.name});
        const QString notSet = tr("Not set");
        d.m_place = [&cat, notSet](const Asset& a, DimensionSink& sink) {
            sink.add(a.networkSegment,
                     [&] { return a.networkSegment.isEmpty() ? notSet : cat.segmentName(a.networkSegment); });
        };
    } else if (id == QLatin1String("personal")) {
        d.m_title = tr("Personal data");
        const DimensionValue personal{QStringLiteral("personal"), tr("Personal data")};
        const DimensionValue sensitive{QStringLiteral("sensitive"), tr("Sensitive personal data")};
        const DimensionValue specific{QStringLiteral("specific"), tr("Specific personal data (My Number)")};
        const DimensionValue fileRegister{QStringLiteral("file-register"), tr("Needs a file register entry (1,000+ people)")};
        const DimensionValue none{QStringLiteral("none"), tr("No personal data")};
        d.m_seeded = {personal, sensitive, specific, fileRegister, none};
        d.m_place = [=](const Asset& a, DimensionSink& sink) {
            // 要配慮 and 特定個人情報 are personal data too: an asset holding either counts as personal.
            const bool any = a.personal || a.sensitive || a.specific;
            if (any)
                sink.add(personal);
            if (a.sensitive)
                sink.add(sensitive);
            if (a.specific)
                sink.add(specific);
            if (any && codes::needsFileRegister(a.subjectBand))
                sink.add(fileRegister);
            if (!any)
                sink.add(none);
        };
    } else if (id == QLatin1String("review")) {
        d.m_title = tr("By review");
        const QDate today = reg.clock().today();
        const QDate yearEnd = JapaneseDate::fiscalYearEnd(JapaneseDate::fiscalYear(today));
        const DimensionValue overdue{QStringLiteral("overdue"), tr("Overdue")};
        const DimensionValue thisYear{QStringLiteral("this-year"), tr("Due this fiscal year")};
        const DimensionValue later{QStringLiteral("later"), tr("Due later")};
        const DimensionValue none{QStringLiteral("none"), tr("No review due (disposed or no date)")};
        d.m_seeded = {overdue, thisYear, later, none};
        d.m_place = [=](const Asset& a, DimensionSink& sink) {
            if (a.isDisposed() || !a.nextReview.isValid())
                return sink.add(none);
            if (ReviewPolicy::isOverdue(a.nextReview, false, today))
                return sink.add(overdue);
            sink.add(a.nextReview <= yearEnd ? thisYear : later);
        };
    } else if (id == QLatin1String("outsourcing")) {
        d.m_title = tr("By outsourcing and cloud");
        const DimensionValue outsourced{QStringLiteral("outsourced"), tr("Outsourced")};
        const DimensionValue cloud{QStringLiteral("cloud"), tr("Cloud service")};
        const DimensionValue neither{QStringLiteral("neither"), tr("Neither")};
        d.m_seeded = {outsourced, cloud, neither};
        d.m_place = [=](const Asset& a, DimensionSink& sink) {
            if (a.outsourced)
                sink.add(outsourced);
            if (a.cloud)
                sink.add(cloud);
            if (!a.outsourced && !a.cloud)
                sink.add(neither);
        };
    } else {
        if (error)
            *error = tr("\"%1\" is not something to count by (use %2).").arg(id, ids().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return d;
}

QVector<DimensionValue> Dimension::of(const Asset& asset) const
{
    struct List final : DimensionSink
    {
        QVector<DimensionValue> values;
        void add(const DimensionValue& value) override { values.append(value); }
        void add(const QString& key, const DimensionLabel& label) override { values.append({key, label()}); }
    } list;
    m_place(asset, list);
    return list.values;
}

namespace {

// Numbers each distinct key in the order first met, making its label then and only then: the label
// first met, as asking every asset for its label and keeping the first gave.
class Placer final : public DimensionSink
{
public:
    explicit Placer(DimensionPlacement& p) : m_p(p) {}

    void add(const DimensionValue& value) override { m_p.indices.append(find(value.key, nullptr, &value.label)); }
    void add(const QString& key, const DimensionLabel& label) override
    {
        m_p.indices.append(find(key, &label, nullptr));
    }

private:
    int find(const QString& key, const DimensionLabel* make, const QString* label)
    {
        const QVector<DimensionValue>& values = m_p.values;
        // Most keys share their characters with a value already kept (a unit's row, "overdue"): the
        // same characters in memory are the same key, found by the address without reading the text.
        // Every address compared belongs to a key `values` holds, so it cannot be freed and reused
        // meanwhile. A handful of values (levels, stages) is searched faster than hashed.
        if (values.size() <= 8) {
            for (int i = 0; i < values.size(); ++i)
                if (values[i].key.constData() == key.constData() && values[i].key.size() == key.size())
                    return i;
            for (int i = 0; i < values.size(); ++i)
                if (values[i].key.size() == key.size() && QStringView(values[i].key) == QStringView(key))
                    return i;
        } else {
            const auto same = m_byAddress.constFind(key.constData());
            if (same != m_byAddress.cend() && values[*same].key.size() == key.size())
                return *same;
            const auto it = m_index.constFind(key);
            if (it != m_index.cend())
                return *it;
        }
        const int i = int(values.size());
        m_p.values.append({key, label ? *label : (*make)()});
        m_index.insert(key, i);
        m_byAddress.insert(m_p.values[i].key.constData(), i);
        return i;
    }

    DimensionPlacement& m_p;
    QHash<QString, int> m_index;
    QHash<const QChar*, int> m_byAddress;
};

} // namespace

DimensionPlacement DimensionPlacement::of(const Dimension& dimension, const QVector<const Asset*>& assets)
{
    return of(QVector<const Dimension*>{&dimension}, assets).takeFirst();
}

QVector<DimensionPlacement> DimensionPlacement::of(const QVector<const Dimension*>& dimensions,
                                                   const QVector<const Asset*>& assets)
{
    QVector<DimensionPlacement> out(dimensions.size());
    std::vector<Placer> placers;
    placers.reserve(size_t(dimensions.size()));
    for (DimensionPlacement& p : out) {
        p.offsets.reserve(assets.size() + 1);
        p.indices.reserve(assets.size());
        p.offsets.append(0);
        placers.emplace_back(p);
    }
    for (const Asset* a : assets)
        for (int d = 0; d < dimensions.size(); ++d) {
            dimensions[d]->place(*a, placers[size_t(d)]);
            out[d].offsets.append(int(out[d].indices.size()));
        }
    return out;
}

DimensionPlacement DimensionPlacement::of(const Dimension& dimension, const QVector<Asset>& assets)
{
    QVector<const Asset*> pointers;
    pointers.reserve(assets.size());
    for (const Asset& a : assets)
        pointers.append(&a);
    return of(dimension, pointers);
}

} // namespace daicho
