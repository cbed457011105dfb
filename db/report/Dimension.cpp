#include "report/Dimension.h"

#include "calendar/JapaneseDate.h"
#include "domain/ReviewPolicy.h"
#include "storage/Register.h"

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
        d.m_of = [rowOf](const Asset& a) -> QVector<DimensionValue> { return {rowOf.value(a.orgId)}; };
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
        d.m_of = [&cat, axis, notClassified](const Asset& a) -> QVector<DimensionValue> {
            const QString code = a.level(axis);
            if (code.isEmpty())
                return {{QString(), notClassified}};
            const ClassificationScheme* s = cat.schemeOf(a);
            return {{code, s ? s->axis(axis).name + code : code}};
        };
    } else if (id == QLatin1String("importance")) {
        d.m_title = tr("By importance");
        for (int level = 3; level >= 1; --level)
            d.m_seeded.append({QString::number(level), tr("Importance %1").arg(level)});
        d.m_of = [&cat](const Asset& a) -> QVector<DimensionValue> {
            const int level = cat.importance(a);
            return {{QString::number(level), tr("Importance %1").arg(level)}};
        };
    } else if (id == QLatin1String("stage") || id == QLatin1String("status")) {
        const bool stage = id == QLatin1String("stage");
        const Vocabulary& v = stage ? Vocabulary::stages() : Vocabulary::statuses();
        d.m_title = stage ? tr("By lifecycle stage") : tr("By status");
        for (const Term& t : v.terms())
            d.m_seeded.append({t.code, v.label(t.code)});
        d.m_of = [&v, stage](const Asset& a) -> QVector<DimensionValue> {
            const QString code = stage ? a.stage : a.status;
            return {{code, v.label(code)}};
        };
    } else if (id == QLatin1String("segment")) {
        d.m_title = tr("By network segment");
        for (const NetworkSegment& s : cat.segments)
            d.m_seeded.append({s.code, s.name});
        const QString notSet = tr("Not set");
        d.m_of = [&cat, notSet](const Asset& a) -> QVector<DimensionValue> {
            return {{a.networkSegment, a.networkSegment.isEmpty() ? notSet : cat.segmentName(a.networkSegment)}};
        };
    } else if (id == QLatin1String("personal")) {
        d.m_title = tr("Personal data");
        const DimensionValue personal{QStringLiteral("personal"), tr("Personal data")};
        const DimensionValue sensitive{QStringLiteral("sensitive"), tr("Sensitive personal data")};
        const DimensionValue specific{QStringLiteral("specific"), tr("Specific personal data (My Number)")};
        const DimensionValue fileRegister{QStringLiteral("file-register"), tr("Needs a file register entry (1,000+ people)")};
        const DimensionValue none{QStringLiteral("none"), tr("No personal data")};
        d.m_seeded = {personal, sensitive, specific, fileRegister, none};
        d.m_of = [=](const Asset& a) {
            QVector<DimensionValue> out;
            // 要配慮 and 特定個人情報 are personal data too: an asset holding either counts as personal.
            const bool any = a.personal || a.sensitive || a.specific;
            if (any)
                out << personal;
            if (a.sensitive)
                out << sensitive;
            if (a.specific)
                out << specific;
            if (any && codes::needsFileRegister(a.subjectBand))
                out << fileRegister;
            if (!any)
                out << none;
            return out;
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
        d.m_of = [=](const Asset& a) -> QVector<DimensionValue> {
            if (a.isDisposed() || !a.nextReview.isValid())
                return {none};
            if (ReviewPolicy::isOverdue(a.nextReview, false, today))
                return {overdue};
            return {a.nextReview <= yearEnd ? thisYear : later};
        };
    } else if (id == QLatin1String("outsourcing")) {
        d.m_title = tr("By outsourcing and cloud");
        const DimensionValue outsourced{QStringLiteral("outsourced"), tr("Outsourced")};
        const DimensionValue cloud{QStringLiteral("cloud"), tr("Cloud service")};
        const DimensionValue neither{QStringLiteral("neither"), tr("Neither")};
        d.m_seeded = {outsourced, cloud, neither};
        d.m_of = [=](const Asset& a) {
            QVector<DimensionValue> out;
            if (a.outsourced)
                out << outsourced;
            if (a.cloud)
                out << cloud;
            if (out.isEmpty())
                out << neither;
            return out;
        };
    } else {
        if (error)
            *error = tr("\"%1\" is not something to count by (use %2).").arg(id, ids().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return d;
}

DimensionPlacement DimensionPlacement::of(const Dimension& dimension, const QVector<const Asset*>& assets)
{
    DimensionPlacement p;
    QHash<QString, int> index;
    p.offsets.reserve(assets.size() + 1);
    p.indices.reserve(assets.size());
    p.offsets.append(0);
    for (const Asset* a : assets) {
        for (const DimensionValue& v : dimension.of(*a)) {
            // Most values share their text with the dimension's own (a unit's row, a stage's code):
            // the same characters in memory are the same key, found without hashing.
            int found = -1;
            for (int i = 0; i < p.values.size(); ++i)
                if (p.values[i].key.constData() == v.key.constData() && p.values[i].key.size() == v.key.size()) {
                    found = i;
                    break;
                }
            if (found < 0) {
                auto it = index.find(v.key);
                if (it == index.end()) {
                    it = index.insert(v.key, int(p.values.size()));
                    p.values.append(v);
                }
                found = *it;
            }
            p.indices.append(found);
        }
        p.offsets.append(int(p.indices.size()));
    }
    return p;
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
