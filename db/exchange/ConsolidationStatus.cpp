#include "exchange/ConsolidationStatus.h"

#include "calendar/JapaneseDate.h"
#include "storage/Register.h"

#include <QHash>

namespace daicho {

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
    const QDate day = JapaneseDate::fiscalYearEnd(fiscalYear);
    for (const OrgUnit& u : units) {
        if (u.kind == QLatin1String("department") || u.kind == QLatin1String("unit"))
            continue;
        if (!u.isValidOn(day) && !latest.contains(u.code))
            continue;
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

} // namespace daicho
