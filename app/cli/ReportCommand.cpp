// daicho-cli report: the printouts as PDF files, laid out exactly as the window prints them.
#include "CliContext.h"
#include "Commands.h"

#include "calendar/JapaneseDate.h"
#include "print/ReportPdf.h"
#include "report/ApprovalSettings.h"
#include "report/Reports.h"

namespace daicho::cli {

int Commands::report(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write a printout as PDF (A4, Japanese fonts embedded): the register of a section, "
                                   "a department or the city, the committee summary, asset sheets, or the reviews due."));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("%1.").arg(Reports::kinds().join(QStringLiteral(", "))),
                                  QStringLiteral("KIND"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption org(QStringLiteral("org"), tr("Only this organisation unit and the units below it."),
                                 QStringLiteral("CODE"));
    const QCommandLineOption year(QStringLiteral("fiscal-year"),
                                  tr("The fiscal year printed (2025, R7 or 令和7年度; default the current one); "
                                     "assets registered in later years are left out."),
                                  QStringLiteral("Y"));
    const QCommandLineOption asset(QStringLiteral("asset"), tr("For asset sheets: this asset (repeatable)."),
                                   QStringLiteral("ASSET_NO"));
    const QCommandLineOption approval(QStringLiteral("approval"),
                                      tr("The approval block: %1 (default: the register's setting).")
                                          .arg(ApprovalSettings::styleIds().join(QStringLiteral(", "))),
                                      QStringLiteral("STYLE"));
    p.addOptions({kind, out, org, year, asset, approval});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    int exit = Success;
    if (!ctx.parse(p, args, 1,
                   QStringLiteral("daicho-cli report FILE --kind KIND --out OUT.pdf [--org CODE] [--fiscal-year Y]"),
                   &exit))
        return exit;
    ReportRequest request;
    request.kind = p.value(kind);
    if (!Reports::kinds().contains(request.kind))
        return ctx.usage(tr("--kind takes %1.").arg(Reports::kinds().join(QStringLiteral(", "))));
    if (p.value(out).isEmpty())
        return ctx.usage(tr("--out names the PDF file to write."));
    if (p.isSet(year)) {
        const std::optional<int> y = JapaneseDate::parseFiscalYear(p.value(year));
        if (!y)
            return ctx.usage(tr("\"%1\" is not a fiscal year (use 2025, R7 or 令和7年度).").arg(p.value(year)));
        request.fiscalYear = *y;
    }
    if (p.isSet(approval)) {
        request.approval = ApprovalSettings::parseStyle(p.value(approval));
        if (!request.approval)
            return ctx.usage(tr("--approval takes %1.").arg(ApprovalSettings::styleIds().join(QStringLiteral(", "))));
    }
    request.orgCode = p.value(org);
    request.assetNos = p.values(asset);
    if (!request.assetNos.isEmpty() && request.kind != QLatin1String("asset"))
        return ctx.usage(tr("--asset is for asset sheets (--kind asset)."));

    // The page check runs while the report is computed; nothing is written before its verdict.
    auto reg = ctx.openToRead(p.positionalArguments().first(), &exit);
    if (!reg)
        return exit;
    const Result<ReportDocument> doc = Reports::build(*reg, request);
    if (!ctx.pagesWhole(*reg, &exit))
        return exit;
    if (!doc)
        return ctx.fail(doc.error());
    const Result<int> pages = ReportPdf::write(doc.value(), p.value(out));
    if (!pages)
        return ctx.fail(pages.error());
    ctx.out() << tr("%1: %2, %n page(s).", nullptr, pages.value())
                     .arg(p.value(out), doc.value().heading.title + QLatin1Char(' ') + doc.value().heading.organisation)
              << Qt::endl;
    return Success;
}

} // namespace daicho::cli
