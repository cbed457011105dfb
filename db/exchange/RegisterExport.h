#pragma once

#include "domain/Asset.h"
#include "exchange/CsvWriter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace daicho {

class Register;

struct ExportRequest
{
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    CsvExportOptions csv;          // CSV only
    QString orgCode;               // empty: the whole register; else that unit and every unit below it
};

struct ExportSummary
{
    int assets = 0;
    QVector<UnencodableChar> replaced;   // CSV in CP932 with replaceUnencodable
};

// Exports a register to a file Excel opens: every current asset and the disposed ones (they are the
// register's history), withdrawn registrations left out, in the register's order (organisation, then
// 資産番号), as ExportColumns describes them.
class RegisterExport
{
    Q_DECLARE_TR_FUNCTIONS(daicho::RegisterExport)
public:
    // The format a file name asks for (.csv, .xlsx, any case); nullopt for anything else.
    static std::optional<ExportRequest::Format> formatFor(const QString& path);
    // The assets exported. Errors: ErrorCode::NotFound for an unknown organisation code.
    static Result<QVector<Asset>> select(const Register& reg, const QString& orgCode);
    static Result<ExportSummary> write(const Register& reg, const QString& path, const ExportRequest& request);
};

} // namespace daicho
