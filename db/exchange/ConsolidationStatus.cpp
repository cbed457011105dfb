#include "exchange/ConsolidationStatus.h"

#include "calendar/JapaneseDate.h"
#include "storage/Register.h"

#include <algorithm>

#include <QHash>
#include <QSet>

namespace daicho {

QVector<OrgUnit> ConsolidationStatus::submittingUnits(const Register& reg, const QDate& day)
{
    const QVector<OrgUnit> units = reg.orgUnits();
    QHash<qint64, qint64> parentOf;
    for (const OrgUnit& u : units)
        parentOf.insert(u.id, u.parentId);
    QSet<qint64> hasSection;   // units with a 課 somewhere below them
    for (const OrgUnit& u : units) {
        if (u.kind != QLatin1String("section"))
            continue;
        for (qint64 p = u.parentId; p != 0 && !hasSection.contains(p); p = parentOf.value(p))
            hasSection.insert(p);
    }
    QVector<OrgUnit> out;
    for (const OrgUnit& u : units) {
        if (!u.isValidOn(day))
            continue;
        const bool body = u.kind == QLatin1String("committee") || u.kind == QLatin1String("assembly")
                       || u.kind == QLatin1String("enterprise");
        if (u.kind == QLatin1String("section") || (body && !hasSection.contains(u.id)))
            out << u;
    }
    return out;
}

QVector<ConsolidationStatusRow> ConsolidationStatus::compute(const Register& city, int fiscalYear)
{
    const QVector<OrgUnit> units = city.orgUnits();
    QHash<QString, qint64> idOf;
    for (const OrgUnit& u : units)
        idOf.insert(u.code, u.id);

    // The latest submission per unit for the 年度, and which units it covers (a 部's covers its 課).
    QHash<QString, SubmissionRecord> latest;
    QHash<QString, int> count;
    for (const SubmissionRecord& s : city.submissions()) {
        if (s.fiscalYear != fiscalYear)
            continue;
        latest.insert(s.orgCode, s);   // in consolidation order: the last one wins
        ++count[s.orgCode];
    }
    QHash<qint64, QString> coveredBy;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        auto id = idOf.constFind(it.key());
        if (id == idOf.cend())
            continue;
        for (qint64 unit : city.orgSubtree(*id))
            if (!coveredBy.contains(unit) || unit == *id)
                coveredBy.insert(unit, it.key());
    }

    QVector<ConsolidationStatusRow> rows;
    for (const OrgUnit& u : submittingUnits(city, JapaneseDate::fiscalYearEnd(fiscalYear))) {
        ConsolidationStatusRow row;
        row.orgCode = u.code;
        row.orgName = u.name;
        row.kind = u.kind;
        const QString by = coveredBy.value(u.id);
        if (!by.isEmpty()) {
            row.latest = latest.value(by);
            row.submissionsThisYear = count.value(by);
        }
        rows << row;
    }
    return rows;
}

int ConsolidationStatus::submittedCount(const QVector<ConsolidationStatusRow>& rows)
{
    return int(std::count_if(rows.begin(), rows.end(), [](const ConsolidationStatusRow& r) { return r.submitted(); }));
}

void ConsolidationStatus::putMissingFirst(QVector<ConsolidationStatusRow>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const ConsolidationStatusRow& a, const ConsolidationStatusRow& b) {
        return !a.submitted() && b.submitted();
    });
}

} // namespace daicho
