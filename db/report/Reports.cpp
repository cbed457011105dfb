#include "report/Reports.h"

#include "report/ApprovalSettings.h"
#include "report/AssetSheetReport.h"
#include "report/ConsolidationReport.h"
#include "report/RegisterReport.h"
#include "report/ReportScope.h"
#include "report/ReviewReport.h"
#include "report/SummaryReport.h"
#include "storage/Register.h"

#include <QThreadPool>

namespace daicho {

namespace {

// The scope's rows are let go on a worker while the caller goes on to paint the document: a city's
// 100,000 assets take as long to free as the summary takes to count, and nothing needs to wait for
// it (the global pool finishes its work before the application ends).
void releaseAside(Result<ReportScope>& scope)
{
    if (!scope || scope->assets().size() < 10000)
        return;
    ReportScope rows = std::move(scope.value());
    QThreadPool::globalInstance()->start([rows = std::move(rows)]() mutable { rows = ReportScope(); });
}

} // namespace

QStringList Reports::kinds()
{
    return {QStringLiteral("register"), QStringLiteral("summary"), QStringLiteral("asset"), QStringLiteral("review"),
            QStringLiteral("consolidation")};
}

QString Reports::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("register"))
        return tr("Register (A4 landscape)");
    if (kind == QLatin1String("summary"))
        return tr("Committee summary (A4 landscape)");
    if (kind == QLatin1String("asset"))
        return tr("Asset sheets (A4 portrait, one per asset)");
    if (kind == QLatin1String("review"))
        return tr("Reviews due (A4 landscape)");
    if (kind == QLatin1String("consolidation"))
        return tr("Consolidation status of the fiscal year (A4 landscape)");
    return {};
}

Result<ReportDocument> Reports::build(const Register& reg, const ReportRequest& request)
{
    if (!kinds().contains(request.kind))
        return makeError(ErrorCode::Usage, tr("\"%1\" is not a kind of report (use %2).")
                                               .arg(request.kind, kinds().join(QStringLiteral(", "))));
    Result<ReportScope> scope = ReportScope::make(reg, request.orgCode, request.fiscalYear);
    if (!scope)
        return scope.error();
    ApprovalBlock approval = ApprovalSettings::read(reg);
    if (request.approval)
        approval.style = *request.approval;

    if (request.kind == QLatin1String("register")) {
        ReportDocument doc = RegisterReport::build(reg, scope.value(), approval);
        releaseAside(scope);
        return doc;
    }
    if (request.kind == QLatin1String("summary")) {
        ReportDocument doc = SummaryReport::build(reg, scope.value(), approval);
        releaseAside(scope);
        return doc;
    }
    if (request.kind == QLatin1String("review"))
        return ReviewReport::build(reg, scope.value());
    if (request.kind == QLatin1String("consolidation"))
        return ConsolidationReport::build(reg, scope.value());

    QVector<Asset> assets;
    if (request.assetNos.isEmpty()) {
        assets = scope->assets();
    } else {
        for (const QString& no : request.assetNos) {
            const std::optional<Asset> a = reg.assetByNo(no.trimmed());
            if (!a)
                return makeError(ErrorCode::NotFound, tr("There is no asset %1.").arg(no));
            assets.append(*a);
        }
    }
    if (assets.isEmpty())
        return makeError(ErrorCode::NotFound, tr("There are no assets to print a sheet for."));
    return AssetSheetReport::build(reg, scope.value(), assets);
}

} // namespace daicho
