// close-year and compare: freeze a 年度's register, and show the committee what changed between two.
#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"

#include "calendar/JapaneseDate.h"
#include "report/YearComparison.h"
#ifdef DAICHO_HAS_PRINT
#include "print/ReportPdf.h"
#include "report/YearComparisonReport.h"
#endif

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho::cli {

int Commands::closeYear(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Close a fiscal year: freeze a copy of the register as it stands, which can be "
                                   "opened, printed and compared but never changed."));
    const QCommandLineOption year = Context::fiscalYearOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The frozen copy to write (default: next to the register, named after the year)."),
                                 QStringLiteral("PATH"));
    p.addOptions({year, out});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    int exit = Success;
    if (!ctx.parse(p, args, 1, QStringLiteral("daicho-cli close-year FILE [--fiscal-year Y] [--out PATH]"), &exit))
        return exit;
    const std::optional<int> fiscalYear = ctx.fiscalYear(p, year);
    if (!fiscalYear)
        return UsageError;
    const QString file = p.positionalArguments().first();
    auto reg = ctx.openForChange(file, &exit);
    if (!reg)
        return exit;
    const QFileInfo info(file);
    const QString path = p.isSet(out) ? p.value(out)
                                      : info.dir().filePath(QStringLiteral("%1_%2.daicho")
                                                                .arg(info.completeBaseName(),
                                                                     JapaneseDate::formatFiscalYear(*fiscalYear)));
    Result<void> r = reg->closeFiscalYear(*fiscalYear, path, ctx.actor());
    if (!r)
        return ctx.fail(r.error());
    ctx.out() << tr("Closed %1: the frozen copy is %2 (%n asset(s)).", nullptr, reg->assetCount())
                     .arg(JapaneseDate::formatFiscalYear(*fiscalYear), QDir::toNativeSeparators(path))
              << Qt::endl;
    return Success;
}

int Commands::compare(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Compare two registers of the city, such as two closed fiscal years: assets added, "
                                   "removed, disposed of, and those whose level changed."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: %1.").arg(QStringLiteral("table, csv, json")),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    p.addOption(format);
#ifdef DAICHO_HAS_PRINT
    const QCommandLineOption pdf(QStringLiteral("out"), tr("Also write the comparison as a printout (PDF) for the "
                                                           "committee."),
                                 QStringLiteral("OUT.pdf"));
    p.addOption(pdf);
#endif
    p.addPositionalArgument(QStringLiteral("OLDER"), tr("The earlier register (e.g. the closed copy of last year)."));
    p.addPositionalArgument(QStringLiteral("NEWER"), tr("The later register."));
    int exit = Success;
    if (!ctx.parse(p, args, 2, QStringLiteral("daicho-cli compare OLDER NEWER [--format table|csv|json]"), &exit))
        return exit;
    TextTable::Format f;
    if (!TextTable::parseFormat(p.value(format), &f))
        return ctx.usage(tr("--format takes table, csv or json."));
    auto older = ctx.openRegister(p.positionalArguments().at(0), &exit);
    if (!older)
        return exit;
    auto newer = ctx.openRegister(p.positionalArguments().at(1), &exit);
    if (!newer)
        return exit;
    const YearComparison cmp = YearComparison::compare(*older, *newer);
#ifdef DAICHO_HAS_PRINT
    if (p.isSet(pdf)) {
        const Result<int> pages = ReportPdf::write(YearComparisonReport::build(*older, *newer), p.value(pdf));
        if (!pages)
            return ctx.fail(pages.error());
        ctx.err() << tr("%1: %n page(s)", nullptr, pages.value()).arg(p.value(pdf)) << Qt::endl;
    }
#endif
    using Change = ComparisonRow::Change;
    const Change kinds[] = {Change::Added, Change::Removed, Change::Disposed, Change::Reclassified};
    if (f == TextTable::Format::Json) {
        QJsonArray rows;
        for (const ComparisonRow& r : cmp.rows)
            rows.append(QJsonObject{{QStringLiteral("change"), YearComparison::changeLabel(r.change)},
                                    {QStringLiteral("asset_no"), r.assetNo},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("org"), r.orgCode},
                                    {QStringLiteral("org_name"), r.orgName},
                                    {QStringLiteral("before"), r.before},
                                    {QStringLiteral("after"), r.after}});
        QJsonObject counts;
        for (Change k : kinds)
            counts.insert(YearComparison::changeLabel(k), cmp.count(k));
        ctx.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("older"), cmp.olderLabel},
                                                                 {QStringLiteral("newer"), cmp.newerLabel},
                                                                 {QStringLiteral("counts"), counts},
                                                                 {QStringLiteral("rows"), rows}})
                                           .toJson(QJsonDocument::Indented));
        return Success;
    }
    if (f == TextTable::Format::Table) {
        ctx.out() << tr("%1 → %2").arg(cmp.olderLabel, cmp.newerLabel) << Qt::endl;
        QStringList counts;
        for (Change k : kinds)
            counts << QStringLiteral("%1 %2").arg(YearComparison::changeLabel(k)).arg(cmp.count(k));
        ctx.out() << counts.join(QStringLiteral(", ")) << Qt::endl << Qt::endl;
    }
    TextTable table({tr("Change"), tr("Asset number"), tr("Asset name"), tr("Organisation"), tr("Before"), tr("After")});
    for (const ComparisonRow& r : cmp.rows)
        table.addRow({YearComparison::changeLabel(r.change), r.assetNo, r.name, r.orgName, r.before, r.after});
    table.write(ctx.out(), f);
    return Success;
}

} // namespace daicho::cli
