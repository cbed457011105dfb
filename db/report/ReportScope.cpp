#include "report/ReportScope.h"

#include "calendar/JapaneseDate.h"
#include "storage/Register.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <utility>

namespace daicho {

Result<ReportScope> ReportScope::make(const Register& reg, const QString& orgCode, int fiscalYear)
{
    ReportScope s;
    s.m_baseDate = reg.clock().today();
    s.m_fiscalYear = fiscalYear > 0 ? fiscalYear : JapaneseDate::fiscalYear(s.m_baseDate);
    if (s.m_fiscalYear < 1868 || s.m_fiscalYear > 9998)
        return makeError(ErrorCode::Usage, tr("%1 is not a fiscal year this register can print.").arg(fiscalYear));

    const QVector<OrgUnit> units = reg.orgUnits();
    QSet<qint64> inScope;
    if (orgCode.isEmpty()) {
        s.m_organisation = tr("Whole city");
    } else {
        const std::optional<OrgUnit> unit = reg.orgUnitByCode(orgCode);
        if (!unit)
            return makeError(ErrorCode::NotFound, tr("There is no organisation unit with code %1.").arg(orgCode));
        s.m_orgCode = unit->code;
        // 部 課: the unit's name after the names above it, as a 課長 signs it.
        QStringList names{unit->name};
        QHash<qint64, OrgUnit> byId;
        for (const OrgUnit& u : units)
            byId.insert(u.id, u);
        OrgUnit up = *unit;
        for (int guard = 0; up.parentId != 0 && byId.contains(up.parentId) && guard < 64; ++guard) {
            up = byId.value(up.parentId);
            names.prepend(up.name);
        }
        s.m_organisation = names.join(QLatin1Char(' '));
        const QVector<qint64> ids = reg.orgSubtree(unit->id);
        inScope = QSet<qint64>(ids.begin(), ids.end());
    }

    s.select(reg, reg.assets(), inScope);
    return s;
}

ReportScope ReportScope::ofAssets(const Register& reg, const QVector<Asset>& assets)
{
    ReportScope s;
    s.m_baseDate = reg.clock().today();
    s.m_fiscalYear = JapaneseDate::fiscalYear(s.m_baseDate);
    s.m_organisation = tr("Whole city");
    s.select(reg, assets, {});
    return s;
}

void ReportScope::select(const Register& reg, QVector<Asset> assets, const QSet<qint64>& orgIds)
{
    const QVector<OrgUnit> units = reg.orgUnits();
    QHash<qint64, int> order;
    for (int i = 0; i < units.size(); ++i)
        order.insert(units[i].id, i);
    // Sort positions with their unit's place looked up once, then copy each kept row once.
    struct Key
    {
        int unit;
        int index;
    };
    QVector<Key> keys;
    keys.reserve(assets.size());
    for (int i = 0; i < assets.size(); ++i) {
        const Asset& a = std::as_const(assets)[i];
        if (a.isDisposed() || (!orgIds.isEmpty() && !orgIds.contains(a.orgId)) || a.fiscalYear > m_fiscalYear)
            continue;
        keys.append({order.value(a.orgId, INT_MAX), i});
    }
    const QVector<Asset>& read = assets;
    // The register hands its rows in 資産番号 order: then a stable sort by unit alone keeps that order
    // within each unit, and a city's sort compares no 資産番号 at all (the rows of the window's table
    // may come in any order, and are sorted by both).
    const bool byNumber = std::is_sorted(keys.begin(), keys.end(), [&read](const Key& x, const Key& y) {
        return read[x.index].assetNo < read[y.index].assetNo;
    });
    if (byNumber)
        std::stable_sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) { return x.unit < y.unit; });
    else
        std::stable_sort(keys.begin(), keys.end(), [&read](const Key& x, const Key& y) {
            return x.unit != y.unit ? x.unit < y.unit : read[x.index].assetNo < read[y.index].assetNo;
        });
    m_assets.reserve(keys.size());
    const bool own = assets.isDetached();
    for (const Key& k : keys) {
        if (own)
            m_assets.append(std::move(assets[k.index]));
        else
            m_assets.append(read[k.index]);
    }
}

ReportHeading ReportScope::heading(const Register& reg, const QString& title) const
{
    ReportHeading h;
    h.title = title;
    h.cityName = reg.cityName();
    h.organisation = m_organisation;
    h.fiscalYear = JapaneseDate::formatFiscalYear(m_fiscalYear);
    h.baseDate = JapaneseDate::format(m_baseDate);
    h.createdOn = JapaneseDate::format(reg.clock().today());
    h.classification = classificationOf(reg, m_assets);
    return h;
}

QString ReportScope::classificationOf(const Register& reg, const QVector<Asset>& assets)
{
    const Catalog& cat = reg.catalog();
    const Level* highest = nullptr;
    for (const Asset& a : assets) {
        const Level* l = cat.level(a, Axis::Confidentiality);
        // The guideline's weight first, so that 3A of one scheme and 3 of another compare as equals
        // before the finer order within a scheme decides.
        if (l && (!highest || l->tier > highest->tier || (l->tier == highest->tier && l->rank > highest->rank)))
            highest = l;
    }
    return highest ? highest->label : tr("No confidentiality level");
}

} // namespace daicho
