#include "query/AssetFilter.h"

#include "domain/ReviewPolicy.h"
#include "storage/Register.h"
#include "util/Text.h"

namespace daicho {

QString AssetFilter::addLevel(const QString& spec)
{
    const int eq = spec.indexOf(QLatin1Char('='));
    Axis axis;
    if (eq <= 0 || !axisFromCode(spec.left(eq), &axis) || spec.mid(eq + 1).trimmed().isEmpty())
        return tr("\"%1\" is not a level filter; write it as C=3B, I=2 or A=2.").arg(spec);
    levels.append({axis, normalizedCode(spec.mid(eq + 1)).toUpper()});
    return {};
}

QString AssetFilter::bind(const Register& reg, Bound* out) const
{
    out->filter = this;
    out->today = reg.clock().today();
    out->orgIds.clear();
    if (!orgCode.isEmpty()) {
        const auto org = reg.orgUnitByCode(orgCode);
        if (!org)
            return tr("There is no organisation unit with code %1.").arg(orgCode);
        const QVector<qint64> ids = reg.orgSubtree(org->id);
        out->orgIds = QSet<qint64>(ids.begin(), ids.end());
    }
    return {};
}

bool AssetFilter::Bound::matches(const Asset& a) const
{
    const AssetFilter& f = *filter;
    if (!f.includeDisposed && a.isDisposed())
        return false;
    if (!orgIds.isEmpty() && !orgIds.contains(a.orgId))
        return false;
    for (const auto& level : f.levels)
        if (a.level(level.first) != level.second)
            return false;
    if (!f.stage.isEmpty() && a.stage != f.stage)
        return false;
    if (!f.status.isEmpty() && a.status != f.status)
        return false;
    if (f.overdueOnly && !ReviewPolicy::isOverdue(a.nextReview, a.isDisposed(), today))
        return false;
    return true;
}

QVector<Asset> AssetFilter::apply(const Register& reg, const QVector<Asset>& assets, QString* error) const
{
    Bound bound;
    const QString message = bind(reg, &bound);
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return {};
    }
    QVector<Asset> out;
    for (const Asset& a : assets)
        if (bound.matches(a))
            out << a;
    return out;
}

} // namespace daicho
