// Commands that read the register: list, show, history, check, stats.
#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"

#include "calendar/JapaneseDate.h"
#include "domain/RuleEngine.h"
#include "query/AssetFilter.h"
#include "report/Statistics.h"
#include "storage/FileCheck.h"
#include "storage/HistoryChain.h"
#include "storage/HistoryWording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace daicho::cli {

namespace {

QCommandLineOption formatOption(const QString& formats)
{
    return QCommandLineOption(QStringLiteral("format"), Commands::tr("Output format: %1.").arg(formats),
                              QStringLiteral("FORMAT"), QStringLiteral("table"));
}

QString severityText(Severity s)
{
    return s == Severity::Error ? Commands::tr("error") : Commands::tr("warning");
}

QJsonObject findingJson(const QString& assetNo, const Finding& f)
{
    return {{QStringLiteral("asset_no"), assetNo},
            {QStringLiteral("rule"), f.ruleId},
            {QStringLiteral("severity"), f.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("field"), f.field},
            {QStringLiteral("message"), f.message}};
}

QJsonObject assetJson(const Register& reg, const Asset& a)
{
    const Catalog& cat = reg.catalog();
    QJsonObject o = AssetFields::toJson(a);
    o.insert(QStringLiteral("label"), cat.labelText(a));
    o.insert(QStringLiteral("compact_label"), cat.compactLabel(a));
    o.insert(QStringLiteral("importance"), cat.importance(a));
    o.insert(QStringLiteral("risk"), cat.riskValue(a));
    QJsonArray restrictions;
    for (const Restriction& r : cat.effectiveRestrictions(a))
        restrictions.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("text"), r.text}});
    o.insert(QStringLiteral("restrictions"), restrictions);
    QJsonArray findings;
    for (const Finding& f : reg.rules().check(a))
        findings.append(findingJson(a.assetNo, f));
    o.insert(QStringLiteral("findings"), findings);
    return o;
}

void writeJson(Context& ctx, const QJsonDocument& doc)
{
    ctx.out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    ctx.out().flush();
}

} // namespace

int Commands::list(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List assets, filtered by organisation, level, stage or overdue review."));
    const QCommandLineOption org(QStringLiteral("org"), tr("Only this organisation unit and the units below it."),
                                 QStringLiteral("CODE"));
    const QCommandLineOption level(QStringLiteral("level"), tr("Only assets at this level, e.g. C=3B (repeatable)."),
                                   QStringLiteral("AXIS=LEVEL"));
    const QCommandLineOption stage(QStringLiteral("stage"), tr("Only assets in this lifecycle stage."), QStringLiteral("STAGE"));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only assets with this status."), QStringLiteral("STATUS"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), tr("Only assets whose review is overdue."));
    const QCommandLineOption current(QStringLiteral("current"), tr("Leave out disposed assets."));
    const QCommandLineOption format = formatOption(QStringLiteral("table, csv, json"));
    p.addOptions({org, level, stage, status, overdue, current, format});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    int exit = Success;
    if (!ctx.parse(p, args, 1, QStringLiteral("daicho-cli list FILE [--org CODE] [--level C=3B] [--stage STAGE] [--overdue] [--format table|csv|json]"), &exit))
        return exit;
    TextTable::Format f;
    if (!TextTable::parseFormat(p.value(format), &f))
        return ctx.usage(tr("--format takes table, csv or json."));
    AssetFilter filter;
    filter.orgCode = p.value(org);
    for (const QString& spec : p.values(level)) {
        const QString e = filter.addLevel(spec);
        if (!e.isEmpty())
            return ctx.usage(e);
    }
    if (p.isSet(stage)) {
        filter.stage = Vocabulary::stages().codeFor(p.value(stage));
        if (filter.stage.isEmpty())
            return ctx.usage(tr("\"%1\" is not a lifecycle stage (use %2).")
                                 .arg(p.value(stage), Vocabulary::stages().codes().join(QStringLiteral(", "))));
    }
    if (p.isSet(status)) {
        filter.status = Vocabulary::statuses().codeFor(p.value(status));
        if (filter.status.isEmpty())
            return ctx.usage(tr("\"%1\" is not a status (use %2).")
                                 .arg(p.value(status), Vocabulary::statuses().codes().join(QStringLiteral(", "))));
    }
    filter.overdueOnly = p.isSet(overdue);
    filter.includeDisposed = !p.isSet(current);
    // The page check runs while every asset is read; nothing is told before its verdict.
    auto reg = ctx.openToRead(p.positionalArguments().first(), &exit);
    if (!reg)
        return exit;
    QString error;
    const QVector<Asset> assets = filter.apply(*reg, reg->assets(), &error);
    if (!ctx.pagesWhole(*reg, &exit))
        return exit;
    if (!error.isEmpty())
        return ctx.fail(makeError(ErrorCode::NotFound, error));
    const Catalog& cat = reg->catalog();
    if (f == TextTable::Format::Json) {
        QJsonArray rows;
        for (const Asset& a : assets)
            rows.append(assetJson(*reg, a));
        writeJson(ctx, QJsonDocument(rows));
        return Success;
    }
    const bool human = f == TextTable::Format::Table;
    TextTable table({tr("Asset no."), tr("Organisation"), tr("Asset name"), tr("Classification"), tr("Importance"),
                     tr("Stage"), tr("Status"), tr("Next review")},
                    {QStringLiteral("asset_no"), QStringLiteral("org"), QStringLiteral("name"),
                     QStringLiteral("compact_label"), QStringLiteral("importance"), QStringLiteral("stage"),
                     QStringLiteral("status"), QStringLiteral("next_review")});
    for (const Asset& a : assets)
        table.addRow({a.assetNo, human ? a.orgName : a.orgCode, a.name, cat.compactLabel(a),
                      QString::number(cat.importance(a)), human ? Vocabulary::stages().label(a.stage) : a.stage,
                      human ? Vocabulary::statuses().label(a.status) : a.status,
                      human ? JapaneseDate::format(a.nextReview) : a.nextReview.toString(Qt::ISODate)});
    table.write(ctx.out(), f);
    if (human)
        ctx.out() << tr("%n asset(s)", nullptr, assets.size()) << Qt::endl;
    return Success;
}

int Commands::show(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Show every field of one asset, its classification label, importance, handling "
                                   "restrictions and rule findings."));
    const QCommandLineOption format = formatOption(QStringLiteral("text, json"));
    p.addOption(format);
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    p.addPositionalArgument(QStringLiteral("ASSET_NO"), tr("The asset number."));
    int exit = Success;
    if (!ctx.parse(p, args, 2, QStringLiteral("daicho-cli show FILE ASSET_NO [--format text|json]"), &exit))
        return exit;
    const QString fmt = p.value(format) == QLatin1String("table") ? QStringLiteral("text") : p.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return ctx.usage(tr("--format takes text or json."));
    auto reg = ctx.openRegister(p.positionalArguments().first(), &exit);
    if (!reg)
        return exit;
    const QString no = p.positionalArguments().at(1);
    const std::optional<Asset> asset = reg->assetByNo(no);
    if (!asset)
        return ctx.fail(makeError(ErrorCode::NotFound, tr("The asset %1 does not exist.").arg(no)));
    if (fmt == QLatin1String("json")) {
        writeJson(ctx, QJsonDocument(assetJson(*reg, *asset)));
        return Success;
    }
    const Catalog& cat = reg->catalog();
    TextTable table({tr("Field"), tr("Value")});
    table.addRow({tr("Organisation code"), asset->orgCode});
    for (const AssetField& f : AssetFields::all()) {
        QString value = AssetFields::toText(f, *asset);
        if (f.type == FieldType::Date)
            value = JapaneseDate::format(f.get(*asset).toDate());
        else if (f.type == FieldType::Boolean)
            value = f.get(*asset).toBool() ? tr("Yes") : tr("No");
        else if (f.vocabulary)
            value = f.vocabulary->label(value);
        else if (f.key == QLatin1String("network_segment"))
            value = cat.segmentName(value);
        table.addRow({f.translatedLabel(), value});
    }
    table.addRow({tr("Classification label"), cat.labelText(*asset)});
    table.addRow({tr("Compact label"), cat.compactLabel(*asset)});
    table.addRow({tr("Importance"), QString::number(cat.importance(*asset))});
    const int risk = cat.riskValue(*asset);
    table.addRow({tr("Risk"), risk ? QStringLiteral("%1 (%2)").arg(risk).arg(Catalog::riskBand(risk)) : QString()});
    for (const Restriction& r : cat.effectiveRestrictions(*asset))
        table.addRow({tr("Handling restriction"), r.text});
    for (const RestrictionOverride& o : asset->restrictionOverrides)
        table.addRow({o.add ? tr("Restriction added") : tr("Restriction removed"),
                      (cat.restriction(o.code) ? cat.restriction(o.code)->text : o.code) + QStringLiteral(" — ") + o.reason});
    for (const Finding& f : reg->rules().check(*asset))
        table.addRow({severityText(f.severity), f.message});
    table.write(ctx.out(), TextTable::Format::Table);
    return Success;
}

int Commands::history(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Show who changed what in an asset, and when."));
    const QCommandLineOption format = formatOption(QStringLiteral("table, json"));
    p.addOption(format);
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    p.addPositionalArgument(QStringLiteral("ASSET_NO"), tr("The asset number."));
    int exit = Success;
    if (!ctx.parse(p, args, 2, QStringLiteral("daicho-cli history FILE ASSET_NO [--format table|json]"), &exit))
        return exit;
    TextTable::Format f;
    if (!TextTable::parseFormat(p.value(format), &f) || f == TextTable::Format::Csv)
        return ctx.usage(tr("--format takes table or json."));
    auto reg = ctx.openRegister(p.positionalArguments().first(), &exit);
    if (!reg)
        return exit;
    const QString no = p.positionalArguments().at(1);
    const std::optional<Asset> asset = reg->assetByNo(no);
    if (!asset)
        return ctx.fail(makeError(ErrorCode::NotFound, tr("The asset %1 does not exist.").arg(no)));
    const QVector<HistoryEntry> entries = reg->history(QStringLiteral("asset"), asset->id);
    if (f == TextTable::Format::Json) {
        QJsonArray rows;
        for (const HistoryEntry& h : entries) {
            QJsonArray changes;
            for (const AssetFields::Change& c : h.changes)
                changes.append(QJsonObject{{QStringLiteral("field"), c.key},
                                           {QStringLiteral("old"), c.oldValue},
                                           {QStringLiteral("new"), c.newValue}});
            rows.append(QJsonObject{{QStringLiteral("at"), h.at.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("os_user"), h.osUser},
                                    {QStringLiteral("display_name"), h.displayName},
                                    {QStringLiteral("action"), h.action},
                                    {QStringLiteral("changes"), changes},
                                    {QStringLiteral("comment"), h.comment}});
        }
        writeJson(ctx, QJsonDocument(rows));
        return Success;
    }
    TextTable table({tr("When"), tr("Who"), tr("Action"), tr("Changes"), tr("Comment")});
    for (const HistoryEntry& h : entries)
        table.addRow({HistoryWording::when(h), HistoryWording::who(h), HistoryWording::action(h.action),
                      HistoryWording::changes(h, &reg->catalog()).join(QStringLiteral("; ")), h.comment});
    table.write(ctx.out(), TextTable::Format::Table);
    return Success;
}

int Commands::check(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Check the file's integrity, the history chain and every asset against the rules. "
                                   "Exit code 1 when there is an error, the history chain is broken (or, with "
                                   "--strict, any warning)."));
    const QCommandLineOption format = formatOption(QStringLiteral("table, json"));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("Treat warnings as findings for the exit code."));
    p.addOptions({format, strict});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    int exit = Success;
    if (!ctx.parse(p, args, 1, QStringLiteral("daicho-cli check FILE [--format table|json] [--strict]"), &exit))
        return exit;
    TextTable::Format f;
    if (!TextTable::parseFormat(p.value(format), &f) || f == TextTable::Format::Csv)
        return ctx.usage(tr("--format takes table or json."));
    // The file's integrity and the history chain (every page, every history row) on a read-only
    // connection of their own, run by the worker that would otherwise give the page check before reading
    // (SQLite's integrity check sees everything that check does, so the pages are read once for both),
    // while this thread reads every asset and runs the rules: the two halves take about as long.
    const QString path = p.positionalArguments().first();
    const Clock& clock = ctx.clock();
    const auto fileCheck = std::make_shared<FileCheckReport>();
    auto reg = ctx.openToRead(path, &exit, [fileCheck, path, &clock]() -> Result<void> {
        *fileCheck = FileCheck::run(path);
        // Damage the page check refuses is among what the integrity check reports: only then is the file
        // checked again, to be refused in the words opening a damaged file uses.
        if (!fileCheck->integrity.isEmpty())
            return Register::checkPages(path, clock);
        return {};
    });
    if (!reg)
        return exit;
    const RuleEngine rules = reg->rules();
    const QVector<Asset> assets = reg->assets();
    int errors = 0, warnings = 0;
    QJsonArray findingsJson;
    TextTable table({tr("Asset no."), tr("Severity"), tr("Rule"), tr("Finding")});
    // Translated once, not once for each of a city's hundred thousand findings.
    const QString errorText = severityText(Severity::Error), warningText = severityText(Severity::Warning);
    for (const Asset& a : assets) {
        for (const Finding& finding : rules.check(a)) {
            (finding.severity == Severity::Error ? errors : warnings) += 1;
            if (f == TextTable::Format::Json)
                findingsJson.append(findingJson(a.assetNo, finding));
            else
                table.addRow({a.assetNo, finding.severity == Severity::Error ? errorText : warningText,
                              finding.ruleId, finding.message});
        }
    }
    if (!ctx.pagesWhole(*reg, &exit))
        return exit;
    const QStringList& integrity = fileCheck->integrity;
    const Result<ChainReport>& chain = fileCheck->chain;
    const bool chainBroken = !chain || !chain.value().whole();
    if (f == TextTable::Format::Json) {
        QJsonObject o{{QStringLiteral("integrity"), QJsonArray::fromStringList(integrity)},
                      {QStringLiteral("assets"), assets.size()},
                      {QStringLiteral("errors"), errors},
                      {QStringLiteral("warnings"), warnings},
                      {QStringLiteral("findings"), findingsJson}};
        o.insert(QStringLiteral("history_chain"),
                 QJsonObject{{QStringLiteral("rows"), chain ? chain.value().rows : 0},
                             {QStringLiteral("whole"), !chainBroken},
                             {QStringLiteral("problems"), chain ? int(chain.value().problems.size()) : 0}});
        writeJson(ctx, QJsonDocument(o));
    } else {
        if (integrity.isEmpty())
            ctx.out() << tr("File integrity: OK") << Qt::endl;
        for (const QString& problem : integrity)
            ctx.out() << tr("File integrity problem: %1").arg(problem) << Qt::endl;
        if (!chain)
            ctx.out() << tr("History chain: %1").arg(chain.error().message) << Qt::endl;
        else if (chain.value().whole())
            ctx.out() << tr("History chain: whole (%n row(s)).", nullptr, chain.value().rows) << Qt::endl;
        else
            ctx.out() << tr("History chain broken: %n row(s) changed, removed or inserted outside Daicho; "
                            "\"daicho-cli verify\" shows where.",
                            nullptr, chain.value().problems.size())
                      << Qt::endl;
        if (table.rowCount() > 0)
            table.write(ctx.out(), TextTable::Format::Table);
        ctx.out() << tr("%1 assets checked: %2 errors, %3 warnings.").arg(assets.size()).arg(errors).arg(warnings)
                  << Qt::endl;
    }
    if (!integrity.isEmpty())
        return FileProblem;
    if (chainBroken)
        return Findings;
    return errors > 0 || (p.isSet(strict) && warnings > 0) ? Findings : Success;
}

int Commands::stats(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Count the current assets (disposed ones left out unless asked) by organisation, "
                                   "level, stage, network segment or personal data."));
    const QCommandLineOption by(QStringLiteral("by"), tr("Comma-separated: %1 (default: all).")
                                                          .arg(Statistics::dimensions().join(QStringLiteral(","))),
                                QStringLiteral("LIST"));
    const QCommandLineOption org(QStringLiteral("org"), tr("Only this organisation unit and the units below it."),
                                 QStringLiteral("CODE"));
    const QCommandLineOption disposed(QStringLiteral("include-disposed"), tr("Count disposed assets too."));
    const QCommandLineOption format = formatOption(QStringLiteral("table, json"));
    p.addOptions({by, org, disposed, format});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    int exit = Success;
    if (!ctx.parse(p, args, 1, QStringLiteral("daicho-cli stats FILE [--by org,c,i,a,stage,segment,personal] [--format table|json]"), &exit))
        return exit;
    TextTable::Format f;
    if (!TextTable::parseFormat(p.value(format), &f) || f == TextTable::Format::Csv)
        return ctx.usage(tr("--format takes table or json."));
    const QStringList dims = p.isSet(by) ? p.value(by).split(QLatin1Char(','), Qt::SkipEmptyParts) : Statistics::dimensions();
    for (const QString& d : dims)
        if (!Statistics::dimensions().contains(d.trimmed()))
            return ctx.usage(tr("\"%1\" is not something to count by (use %2).")
                                 .arg(d, Statistics::dimensions().join(QStringLiteral(", "))));
    // The page check runs while every asset is read; nothing is told before its verdict.
    auto reg = ctx.openToRead(p.positionalArguments().first(), &exit);
    if (!reg)
        return exit;
    AssetFilter filter;
    filter.orgCode = p.value(org);
    filter.includeDisposed = p.isSet(disposed);
    QString error;
    const QVector<Asset> assets = filter.apply(*reg, reg->assets(), &error);
    if (!ctx.pagesWhole(*reg, &exit))
        return exit;
    if (!error.isEmpty())
        return ctx.fail(makeError(ErrorCode::NotFound, error));
    QStringList trimmed;
    for (const QString& d : dims)
        trimmed << d.trimmed();
    const QVector<StatGroup> groups = Statistics::compute(*reg, assets, trimmed, &error);
    if (f == TextTable::Format::Json) {
        QJsonObject o{{QStringLiteral("assets"), assets.size()}};
        for (const StatGroup& g : groups) {
            QJsonArray rows;
            for (const StatRow& r : g.rows)
                rows.append(QJsonObject{{QStringLiteral("key"), r.key},
                                        {QStringLiteral("label"), r.label},
                                        {QStringLiteral("count"), r.count}});
            o.insert(g.dimension, rows);
        }
        writeJson(ctx, QJsonDocument(o));
        return Success;
    }
    ctx.out() << tr("%1: %n asset(s)", nullptr, assets.size()).arg(reg->cityName()) << Qt::endl;
    for (const StatGroup& g : groups) {
        ctx.out() << Qt::endl << g.title << Qt::endl;
        TextTable table({tr("Item"), tr("Assets")});
        for (const StatRow& r : g.rows)
            table.addRow({r.label, QString::number(r.count)});
        table.write(ctx.out(), TextTable::Format::Table);
    }
    return Success;
}

} // namespace daicho::cli
