#include "report/Statistics.h"

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
    return {QStringLiteral("org"), QStringLiteral("section"), QStringLiteral("c"), QStringLiteral("i"),
            QStringLiteral("a"), QStringLiteral("importance"), QStringLiteral("stage"), QStringLiteral("status"),
            QStringLiteral("segment"), QStringLiteral("personal")};
}

QVector<StatGroup> Statistics::compute(const Register& reg, const QVector<Asset>& assets, const QStringList& dims,
                                       QString* error)
{
    const Catalog& cat = reg.catalog();
    const QVector<OrgUnit> units = reg.orgUnits();
    QHash<qint64, OrgUnit> byId;
    for (const OrgUnit& u : units)
        byId.insert(u.id, u);
    auto topOf = [&byId](qint64 id) {
        OrgUnit u = byId.value(id);
        int guard = 0;
        while (u.parentId != 0 && byId.contains(u.parentId) && ++guard < 64)
            u = byId.value(u.parentId);
        return u;
    };

    QVector<StatGroup> out;
    for (const QString& dim : dims) {
        StatGroup g;
        g.dimension = dim;
        g.assets = assets.size();
        QHash<QString, int> index;
        if (dim == QLatin1String("org") || dim == QLatin1String("section")) {
            const bool top = dim == QLatin1String("org");
            g.title = top ? tr("By department") : tr("By section");
            for (const OrgUnit& u : units)
                if (!top || u.parentId == 0)
                    seed(g, index, u.code, u.name);
            for (const Asset& a : assets) {
                const OrgUnit u = top ? topOf(a.orgId) : byId.value(a.orgId);
                bump(g, index, u.code, u.name);
            }
            g.rows.erase(std::remove_if(g.rows.begin(), g.rows.end(), [](const StatRow& r) { return r.count == 0; }),
                         g.rows.end());
        } else if (dim == QLatin1String("c") || dim == QLatin1String("i") || dim == QLatin1String("a")) {
            Axis axis;
            axisFromCode(dim, &axis);
            g.title = dim == QLatin1String("c") ? tr("By confidentiality")
                      : dim == QLatin1String("i") ? tr("By integrity") : tr("By availability");
            // Highest level first, as the committee reads it; levels of every scheme in use.
            QVector<QPair<int, QString>> order;
            for (const ClassificationScheme& s : cat.schemes)
                for (const Level& l : s.axis(axis).levels)
                    order.append({-l.rank * 10 - l.tier, l.code});
            for (const Asset& a : assets) {
                const QString code = a.level(axis);
                if (code.isEmpty())
                    bump(g, index, QString(), tr("Not classified"));
                else
                    bump(g, index, code, cat.schemeOf(a) ? cat.schemeOf(a)->axis(axis).name + code : code);
            }
            std::stable_sort(g.rows.begin(), g.rows.end(), [&](const StatRow& x, const StatRow& y) {
                auto rank = [&](const QString& code) {
                    for (const auto& o : order)
                        if (o.second == code)
                            return o.first;
                    return code.isEmpty() ? 1000 : 999;
                };
                return rank(x.key) < rank(y.key);
            });
        } else if (dim == QLatin1String("importance")) {
            g.title = tr("By importance");
            for (int level = 3; level >= 1; --level)
                seed(g, index, QString::number(level), tr("Importance %1").arg(level));
            for (const Asset& a : assets)
                bump(g, index, QString::number(cat.importance(a)), QString());
        } else if (dim == QLatin1String("stage") || dim == QLatin1String("status")) {
            const bool stage = dim == QLatin1String("stage");
            const Vocabulary& v = stage ? Vocabulary::stages() : Vocabulary::statuses();
            g.title = stage ? tr("By lifecycle stage") : tr("By status");
            for (const Term& t : v.terms())
                seed(g, index, t.code, v.label(t.code));
            for (const Asset& a : assets)
                bump(g, index, stage ? a.stage : a.status, stage ? v.label(a.stage) : v.label(a.status));
        } else if (dim == QLatin1String("segment")) {
            g.title = tr("By network segment");
            for (const NetworkSegment& s : cat.segments)
                seed(g, index, s.code, s.name);
            for (const Asset& a : assets)
                bump(g, index, a.networkSegment,
                     a.networkSegment.isEmpty() ? tr("Not set") : cat.segmentName(a.networkSegment));
        } else if (dim == QLatin1String("personal")) {
            g.title = tr("Personal data");
            seed(g, index, QStringLiteral("personal"), tr("Personal data"));
            seed(g, index, QStringLiteral("sensitive"), tr("Sensitive personal data"));
            seed(g, index, QStringLiteral("specific"), tr("Specific personal data (My Number)"));
            seed(g, index, QStringLiteral("file-register"), tr("Needs a file register entry (1,000+ people)"));
            seed(g, index, QStringLiteral("none"), tr("No personal data"));
            for (const Asset& a : assets) {
                const bool any = a.personal || a.sensitive || a.specific;
                if (a.personal)
                    bump(g, index, QStringLiteral("personal"), {});
                if (a.sensitive)
                    bump(g, index, QStringLiteral("sensitive"), {});
                if (a.specific)
                    bump(g, index, QStringLiteral("specific"), {});
                if (any && codes::needsFileRegister(a.subjectBand))
                    bump(g, index, QStringLiteral("file-register"), {});
                if (!any)
                    bump(g, index, QStringLiteral("none"), {});
            }
        } else {
            if (error)
                *error = tr("\"%1\" is not something to count by (use %2).")
                             .arg(dim, dimensions().join(QStringLiteral(", ")));
            return {};
        }
        out << g;
    }
    return out;
}

} // namespace daicho
