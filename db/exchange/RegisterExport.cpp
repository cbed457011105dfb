#include "exchange/RegisterExport.h"

#include "exchange/XlsxWriter.h"
#include "storage/Register.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

namespace daicho {

std::optional<ExportRequest::Format> RegisterExport::formatFor(const QString& path)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return ExportRequest::Format::Csv;
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return ExportRequest::Format::Xlsx;
    return std::nullopt;
}

Result<QVector<Asset>> RegisterExport::select(const Register& reg, const QString& orgCode)
{
    QSet<qint64> inScope;
    if (!orgCode.isEmpty()) {
        const std::optional<OrgUnit> unit = reg.orgUnitByCode(orgCode);
        if (!unit)
            return makeError(ErrorCode::NotFound, tr("There is no organisation unit with code %1.").arg(orgCode));
        const QVector<qint64> ids = reg.orgSubtree(unit->id);
        inScope = QSet<qint64>(ids.begin(), ids.end());
    }
    const QVector<OrgUnit> units = reg.orgUnits();
    QHash<qint64, int> order;
    for (int i = 0; i < units.size(); ++i)
        order.insert(units[i].id, i);

    // Register::assets() already leaves withdrawn registrations out and keeps the disposed ones.
    QVector<Asset> assets = reg.assets();
    if (!inScope.isEmpty())
        assets.erase(std::remove_if(assets.begin(), assets.end(),
                                    [&inScope](const Asset& a) { return !inScope.contains(a.orgId); }),
                     assets.end());
    std::stable_sort(assets.begin(), assets.end(), [&order](const Asset& x, const Asset& y) {
        const int ox = order.value(x.orgId, INT_MAX);
        const int oy = order.value(y.orgId, INT_MAX);
        return ox != oy ? ox < oy : x.assetNo < y.assetNo;
    });
    return assets;
}

Result<ExportSummary> RegisterExport::write(const Register& reg, const QString& path, const ExportRequest& request)
{
    const Result<QVector<Asset>> assets = select(reg, request.orgCode);
    if (!assets)
        return assets.error();
    ExportSummary summary;
    if (request.format == ExportRequest::Format::Xlsx) {
        const Result<int> rows = XlsxWriter::write(assets.value(), path);
        if (!rows)
            return rows.error();
        summary.assets = rows.value();
        return summary;
    }
    const Result<CsvExportResult> csv = CsvWriter::write(assets.value(), path, request.csv);
    if (!csv)
        return csv.error();
    summary.assets = int(assets->size());
    summary.replaced = csv->replaced;
    return summary;
}

} // namespace daicho
