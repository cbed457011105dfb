#include "report/ReviewReport.h"

#include "calendar/JapaneseDate.h"
#include "domain/AssetDisplay.h"
#include "domain/ReviewPolicy.h"
#include "report/ReportScope.h"
#include "storage/Register.h"

#include <QHash>

#include <algorithm>

namespace daicho {

ReportDocument ReviewReport::build(const Register& reg, const ReportScope& scope)
{
    ReportDocument doc;
    doc.orientation = ReportDocument::Orientation::Landscape;
    const QDate today = reg.clock().today();
    const QDate yearEnd = JapaneseDate::fiscalYearEnd(scope.fiscalYear());
    const Catalog& cat = reg.catalog();

    // Grouped by 課, in the register's order (the scope's assets already are).
    QVector<QPair<qint64, QVector<Asset>>> sections;
    QHash<qint64, int> index;
    QVector<Asset> due;
    int overdueCount = 0;
    for (const Asset& a : scope.assets()) {
        if (!a.nextReview.isValid() || a.nextReview > yearEnd)
            continue;
        due.append(a);
        if (ReviewPolicy::isOverdue(a.nextReview, a.isDisposed(), today))
            ++overdueCount;
        auto it = index.find(a.orgId);
        if (it == index.end()) {
            it = index.insert(a.orgId, int(sections.size()));
            sections.append(qMakePair(a.orgId, QVector<Asset>()));
        }
        sections[*it].second.append(a);
    }
    doc.heading = scope.heading(reg, tr("Reviews Due"));
    doc.heading.classification = ReportScope::classificationOf(reg, due);
    doc.addText(tr("Reviews overdue on %1 or due by the end of %2: %3 asset(s), %4 of them overdue.")
                    .arg(JapaneseDate::format(today), JapaneseDate::formatFiscalYear(scope.fiscalYear()))
                    .arg(due.size())
                    .arg(overdueCount));
    if (due.isEmpty())
        return doc;

    const QStringList keys{QStringLiteral("asset_no"), QStringLiteral("name"), QStringLiteral("label"),
                           QStringLiteral("manager_title"), QStringLiteral("last_review"), QStringLiteral("next_review")};
    const double widths[] = {1.3, 3.2, 1.3, 1.4, 1.5, 1.5};
    for (auto& [orgId, assets] : sections) {
        std::stable_sort(assets.begin(), assets.end(),
                         [](const Asset& x, const Asset& y) { return x.nextReview < y.nextReview; });
        const std::optional<OrgUnit> unit = reg.orgUnit(orgId);
        int overdue = 0;
        ReportTable table;
        for (int i = 0; i < keys.size(); ++i) {
            const AssetField* f = AssetFields::find(keys[i]);
            table.columns.append({f ? f->translatedLabel() : AssetDisplay::derivedLabel(keys[i]), widths[i],
                                  ReportColumn::Align::Left});
        }
        table.columns.append({tr("Status"), 1.6, ReportColumn::Align::Left});
        for (const Asset& a : assets) {
            QStringList row;
            for (const QString& key : keys)
                row << AssetDisplay::text(cat, a, key);
            if (ReviewPolicy::isOverdue(a.nextReview, a.isDisposed(), today)) {
                ++overdue;
                row << tr("Overdue (%n day(s))", nullptr, int(a.nextReview.daysTo(today)));
            } else {
                row << tr("Due this fiscal year");
            }
            table.rows.append(row);
        }
        const QString name = unit ? unit->name : assets.first().orgName;
        doc.addHeading(tr("%1: %2 overdue, %3 due this fiscal year")
                           .arg(name)
                           .arg(overdue)
                           .arg(assets.size() - overdue));
        doc.addTable(QString(), table);
    }
    return doc;
}

} // namespace daicho
