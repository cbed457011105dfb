// daicho-cli export: the register as a CSV or XLSX file for Excel.
#include "CliContext.h"
#include "Commands.h"

#include "exchange/RegisterExport.h"

namespace daicho::cli {

int Commands::exportRegister(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Export the register for Excel: every asset (disposed ones included, withdrawn registrations left out) "
           "with the register's Japanese column headers. The format follows OUT's extension: .csv (UTF-8 with BOM, "
           "CRLF, or CP932) or .xlsx. Cells Excel would run as formulas are neutralised."));
    const QCommandLineOption encoding(QStringLiteral("encoding"), tr("CSV only: utf-8-bom (default) or cp932."),
                                      QStringLiteral("ENC"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("CSV in CP932 only: write 〓 for characters CP932 cannot hold and list them, "
                                        "instead of refusing the export."));
    const QCommandLineOption org(QStringLiteral("org"), tr("Only this organisation unit and the units below it."),
                                 QStringLiteral("CODE"));
    p.addOptions({encoding, replace, org});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    p.addPositionalArgument(QStringLiteral("OUT"), tr("The file to write: OUT.csv or OUT.xlsx."));
    int exit = Success;
    if (!ctx.parse(p, args, 2,
                   QStringLiteral("daicho-cli export FILE OUT.csv|OUT.xlsx [--encoding utf-8-bom|cp932] [--replace] "
                                  "[--org CODE]"),
                   &exit))
        return exit;
    const QString outPath = p.positionalArguments().at(1);
    ExportRequest request;
    const std::optional<ExportRequest::Format> format = RegisterExport::formatFor(outPath);
    if (!format)
        return ctx.usage(tr("\"%1\": the file to write must end in .csv or .xlsx.").arg(outPath));
    request.format = *format;
    if (p.isSet(encoding)) {
        if (request.format != ExportRequest::Format::Csv)
            return ctx.usage(tr("--encoding is for CSV files; an XLSX file is always Unicode."));
        const QString e = p.value(encoding).toLower();
        if (e == QLatin1String("utf-8-bom") || e == QLatin1String("utf-8") || e == QLatin1String("utf8"))
            request.csv.encoding = CsvExportOptions::Encoding::Utf8Bom;
        else if (e == QLatin1String("cp932") || e == QLatin1String("shift_jis") || e == QLatin1String("sjis"))
            request.csv.encoding = CsvExportOptions::Encoding::Cp932;
        else
            return ctx.usage(tr("--encoding takes utf-8-bom or cp932."));
    }
    if (p.isSet(replace)) {
        if (request.csv.encoding != CsvExportOptions::Encoding::Cp932 || request.format != ExportRequest::Format::Csv)
            return ctx.usage(tr("--replace is for CSV files in CP932 (--encoding cp932)."));
        request.csv.replaceUnencodable = true;
    }
    request.orgCode = p.value(org);

    auto reg = ctx.openRegister(p.positionalArguments().first(), &exit);
    if (!reg)
        return exit;
    const Result<ExportSummary> summary = RegisterExport::write(*reg, outPath, request);
    if (!summary) {
        for (const QString& line : summary.error().details)
            ctx.err() << QStringLiteral("  ") << line << Qt::endl;
        if (summary.error().code == ErrorCode::Validation && !summary.error().details.isEmpty()
            && request.csv.encoding == CsvExportOptions::Encoding::Cp932)
            ctx.err() << tr("Export as UTF-8 (the default), or pass --replace to write 〓 in their place.") << Qt::endl;
        return ctx.fail(summary.error());
    }
    for (const UnencodableChar& c : summary->replaced)
        ctx.err() << tr("  replaced with 〓: %1").arg(CsvWriter::describe(c)) << Qt::endl;
    if (!summary->replaced.isEmpty())
        ctx.err() << tr("%n character(s) CP932 cannot hold were replaced with 〓.", nullptr,
                        int(summary->replaced.size()))
                  << Qt::endl;
    ctx.out() << tr("Exported %n asset(s) to %1.", nullptr, summary->assets).arg(outPath) << Qt::endl;
    return Success;
}

} // namespace daicho::cli
