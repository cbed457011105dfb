#include "report/YearComparisonReport.h"

#include "calendar/JapaneseDate.h"
#include "report/ReportScope.h"
#include "report/YearComparison.h"
#include "storage/Register.h"

namespace daicho {

ReportDocument YearComparisonReport::build(const Register& older, const Register& newer)
{
    const YearComparison cmp = YearComparison::compare(older, newer);
    ReportDocument doc;
    doc.orientation = ReportDocument::Orientation::Landscape;
    doc.heading.title = tr("Comparison of Registers");
    doc.heading.cityName = newer.cityName();
    doc.heading.organisation = tr("Whole city");
    doc.heading.fiscalYear = tr("%1 → %2").arg(cmp.olderLabel, cmp.newerLabel);
    doc.heading.baseDate = JapaneseDate::format(newer.clock().today());
    doc.heading.createdOn = JapaneseDate::format(newer.clock().today());
    // The printout names the assets and their levels: it is handled as the highest of them.
    QVector<Asset> listed;
    for (const ComparisonRow& r : cmp.rows) {
        std::optional<Asset> a = newer.assetByNo(r.assetNo);
        if (!a)
            a = older.assetByNo(r.assetNo);
        if (a)
            listed << *a;
    }
    doc.heading.classification = ReportScope::classificationOf(newer, listed);

    using Change = ComparisonRow::Change;
    const Change kinds[] = {Change::Added, Change::Removed, Change::Disposed, Change::Reclassified};
    QStringList counts;
    for (Change k : kinds)
        counts << tr("%1: %2").arg(YearComparison::changeLabel(k)).arg(cmp.count(k));
    doc.addText(tr("From %1 to %2. %3.").arg(cmp.olderLabel, cmp.newerLabel, counts.join(QStringLiteral(", "))));

    using A = ReportColumn::Align;
    for (Change k : kinds) {
        if (cmp.count(k) == 0)
            continue;
        ReportTable table;
        table.columns = {{tr("Asset number"), 1.2, A::Left}, {tr("Asset name"), 3.0, A::Left},
                         {tr("Organisation"), 1.6, A::Left}, {tr("Before"), 1.2, A::Center},
                         {tr("After"), 1.2, A::Center}};
        for (const ComparisonRow& r : cmp.rows)
            if (r.change == k)
                table.rows.append({r.assetNo, r.name, r.orgName, r.before, r.after});
        doc.addHeading(tr("%1 (%2)").arg(YearComparison::changeLabel(k)).arg(cmp.count(k)));
        doc.addTable(QString(), table);
    }
    return doc;
}

} // namespace daicho
