#include "report/ConsolidationReport.h"

#include "calendar/JapaneseDate.h"
#include "exchange/ConsolidationStatus.h"
#include "report/ReportScope.h"
#include "storage/Register.h"

#include <algorithm>

namespace daicho {

ReportDocument ConsolidationReport::build(const Register& reg, const ReportScope& scope)
{
    ReportDocument doc;
    doc.orientation = ReportDocument::Orientation::Landscape;
    doc.heading = scope.heading(reg, tr("Consolidation Status"));
    // The checklist names units and counts; it holds no asset's content.
    doc.heading.classification = ReportScope::classificationOf(reg, {});

    QVector<ConsolidationStatusRow> rows = ConsolidationStatus::compute(reg, scope.fiscalYear());
    ConsolidationStatus::putMissingFirst(rows);
    const int submitted = ConsolidationStatus::submittedCount(rows);
    int assets = 0;
    for (const ConsolidationStatusRow& r : rows)
        if (r.submitted() && r.latest->orgCode == r.orgCode)
            assets += r.latest->assetCount;
    doc.addText(tr("%1: %2 of %3 units have submitted; %4 have not. %5 asset(s) were submitted.")
                    .arg(JapaneseDate::formatFiscalYear(scope.fiscalYear()))
                    .arg(submitted)
                    .arg(rows.size())
                    .arg(rows.size() - submitted)
                    .arg(assets));

    ReportTable table;
    using A = ReportColumn::Align;
    table.columns = {{tr("Code"), 0.8, A::Left},          {tr("Unit"), 2.0, A::Left},
                     {tr("Submitted"), 1.6, A::Left},     {tr("Submitted by"), 1.3, A::Left},
                     {tr("Assets"), 0.7, A::Right},       {tr("Added"), 0.7, A::Right},
                     {tr("Updated"), 0.7, A::Right},      {tr("Reclassified"), 0.8, A::Right},
                     {tr("Removed"), 0.7, A::Right},      {tr("Consolidated"), 1.6, A::Left}};
    for (const ConsolidationStatusRow& r : rows) {
        if (!r.submitted()) {
            table.rows.append({r.orgCode, r.orgName, tr("Not submitted"), QString(), QString(), QString(), QString(),
                               QString(), QString(), QString()});
            continue;
        }
        const SubmissionRecord& s = *r.latest;
        const bool own = s.orgCode == r.orgCode;
        table.rows.append({r.orgCode, r.orgName, JapaneseDate::format(s.submittedAt.date()),
                           own ? s.submittedBy : tr("with %1").arg(s.orgName),
                           own ? QString::number(s.assetCount) : QString(),
                           own ? QString::number(s.added) : QString(), own ? QString::number(s.updated) : QString(),
                           own ? QString::number(s.reclassified) : QString(),
                           own ? QString::number(s.removed) : QString(), JapaneseDate::format(s.consolidatedAt.date())});
    }
    doc.addTable(QString(), table);
    return doc;
}

} // namespace daicho
