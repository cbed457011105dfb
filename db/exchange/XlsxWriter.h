#pragma once

#include "domain/Asset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace daicho {

// Writes assets as an Excel workbook through libxlsxwriter: one sheet of ExportColumns with the header
// row frozen and an autofilter over it, column widths that fit the contents, every value a string cell
// (資産番号 keeps its leading zeros, nothing is ever evaluated as a formula) except dates, which are real
// date cells formatted yyyy/mm/dd so Excel sorts and filters them as dates.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(daicho::XlsxWriter)
public:
    static QString sheetName();
    // Writes the workbook to a temporary file in the target's folder, then replaces the target in one
    // step, so a failed export leaves no partial file and an existing file stays as it was.
    // Returns the number of asset rows. Errors: ErrorCode::Io, ErrorCode::Validation (a cell Excel cannot hold).
    static Result<int> write(const QVector<Asset>& assets, const QString& path);
};

} // namespace daicho
