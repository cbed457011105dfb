// submit, consolidate, submissions: a department sends its register, the information policy division
// brings every department's into the city's and sees who is still missing.
#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"

#include "calendar/JapaneseDate.h"
#include "exchange/ConsolidationStatus.h"
#include "exchange/Consolidator.h"
#include "exchange/Submission.h"

namespace daicho::cli {

namespace {

QString when(const QDateTime& at)
{
    return JapaneseDate::format(at.date()) + QLatin1Char(' ') + at.toString(QStringLiteral("HH:mm"));
}

} // namespace

int Commands::submit(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write a section's or department's register as one submission file for the "
                                   "information policy division, with who, when, the fiscal year, the Daicho version "
                                   "and a checksum of its content."));
    const QCommandLineOption org(QStringLiteral("org"), tr("The submitting unit (its units below it included)."),
                                 QStringLiteral("CODE"));
    const QCommandLineOption year = Context::fiscalYearOption();
    p.addOptions({org, year});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    p.addPositionalArgument(QStringLiteral("OUT"), tr("The submission file to write."));
    int exit = Success;
    if (!ctx.parse(p, args, 2, QStringLiteral("daicho-cli submit FILE OUT --org CODE [--fiscal-year Y]"), &exit))
        return exit;
    if (p.value(org).isEmpty())
        return ctx.usage(tr("--org names the submitting unit."));
    const std::optional<int> fiscalYear = ctx.fiscalYear(p, year);
    if (!fiscalYear)
        return UsageError;
    auto reg = ctx.openRegister(p.positionalArguments().at(0), &exit);
    if (!reg)
        return exit;
    Result<Submission> s = Submission::fromRegister(*reg, p.value(org), *fiscalYear, ctx.actor());
    if (!s)
        return ctx.fail(s.error());
    const QString out = p.positionalArguments().at(1);
    Result<void> written = s->write(out);
    if (!written)
        return ctx.fail(written.error());
    ctx.out() << tr("Wrote %1: %2 %3, %n asset(s), %4.", nullptr, int(s->assets.size()))
                     .arg(out, s->orgCode, s->orgName, JapaneseDate::formatFiscalYear(s->fiscalYear))
              << Qt::endl
              << tr("Checksum: %1").arg(s->checksum) << Qt::endl;
    return Success;
}

int Commands::consolidate(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Bring department submissions into the city register. Each is taken in whole or "
                                   "not at all; a unit's newer submission replaces its earlier set; the same file twice "
                                   "adds nothing; clashes, unknown units, damaged or changed files and older "
                                   "submissions are reported and left out."));
    const QCommandLineOption moveScheme(QStringLiteral("move-scheme"),
                                        tr("Move assets classified under an older guideline edition to the city's "
                                           "scheme (each marked for confirmation)."));
    p.addOption(moveScheme);
    p.addPositionalArgument(QStringLiteral("CITY_FILE"), tr("The city register."));
    p.addPositionalArgument(QStringLiteral("SUBMISSION"), tr("Submission files."), QStringLiteral("SUBMISSION..."));
    int exit = Success;
    if (!ctx.parse(p, args, -1, QStringLiteral("daicho-cli consolidate CITY_FILE SUBMISSION... [--move-scheme]"),
                   &exit))
        return exit;
    QStringList files = p.positionalArguments();
    if (files.size() < 2)
        return ctx.usage(tr("Name the city register and at least one submission file."));
    const QString cityFile = files.takeFirst();
    auto city = ctx.openForChange(cityFile, &exit);
    if (!city)
        return exit;
    ConsolidationOptions options;
    options.moveToCityScheme = p.isSet(moveScheme);
    const QVector<ConsolidationItem> items = Consolidator::run(*city, files, ctx.actor(), options);
    bool refused = false;
    for (const ConsolidationItem& item : items) {
        // A refused file goes to the error stream, with its reasons; the rest is the run's record.
        const bool isRefused = item.outcome == ConsolidationItem::Outcome::Refused;
        refused = refused || isRefused;
        for (const QString& line : Consolidator::outcome(item, item.file))
            (isRefused ? ctx.err() : ctx.out()) << line << Qt::endl;
    }
    ctx.out() << Consolidator::totals(items) << Qt::endl;
    return refused ? Findings : Success;
}

int Commands::submissions(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Show, for a fiscal year, which units have submitted their register, when, how many "
                                   "assets, and what each submission changed; and which are missing."));
    const QCommandLineOption year = Context::fiscalYearOption();
    const QCommandLineOption missing(QStringLiteral("missing"), tr("Only the units that have not submitted."));
    p.addOptions({year, missing});
    p.addPositionalArgument(QStringLiteral("CITY_FILE"), tr("The city register."));
    int exit = Success;
    if (!ctx.parse(p, args, 1, QStringLiteral("daicho-cli submissions CITY_FILE [--fiscal-year Y] [--missing]"), &exit))
        return exit;
    const std::optional<int> fiscalYear = ctx.fiscalYear(p, year);
    if (!fiscalYear)
        return UsageError;
    auto city = ctx.openRegister(p.positionalArguments().first(), &exit);
    if (!city)
        return exit;
    const QVector<ConsolidationStatusRow> rows = ConsolidationStatus::compute(*city, *fiscalYear);
    TextTable table({tr("Code"), tr("Unit"), tr("Submitted"), tr("By"), tr("Assets"), tr("Changes")});
    for (const ConsolidationStatusRow& row : rows) {
        if (p.isSet(missing) && row.submitted())
            continue;
        if (!row.submitted()) {
            table.addRow({row.orgCode, row.orgName, tr("missing"), QString(), QString(), QString()});
            continue;
        }
        const SubmissionRecord& r = *row.latest;
        table.addRow({row.orgCode, row.orgName, when(r.submittedAt),
                      r.orgCode == row.orgCode ? r.submittedBy : tr("with %1").arg(r.orgCode),
                      QString::number(r.assetCount), Consolidator::changes(r)});
    }
    ctx.out() << tr("%1, %2: %3 of %4 units submitted.")
                     .arg(city->cityName(), JapaneseDate::formatFiscalYear(*fiscalYear))
                     .arg(ConsolidationStatus::submittedCount(rows))
                     .arg(rows.size())
              << Qt::endl;
    table.write(ctx.out(), TextTable::Format::Table);
    return Success;
}

} // namespace daicho::cli
