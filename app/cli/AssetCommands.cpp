// Commands that change assets: add, update, stage, status.
#include "CliContext.h"
#include "Commands.h"

#include "calendar/JapaneseDate.h"
#include "domain/RuleEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho::cli {

namespace {

// Fields set by their own commands, or derived, are not options of add/update.
bool isOption(const AssetField& f)
{
    static const QStringList excluded = {QStringLiteral("stage"), QStringLiteral("status"), QStringLiteral("org_name"),
                                         QStringLiteral("disposal_date"), QStringLiteral("disposal_person"),
                                         QStringLiteral("disposal_method"), QStringLiteral("disposal_approver"),
                                         QStringLiteral("disposal_certificate")};
    return !excluded.contains(f.key);
}

QString optionName(const AssetField& f)
{
    return QString(f.key).replace(QLatin1Char('_'), QLatin1Char('-'));
}

struct FieldOptions
{
    QList<QCommandLineOption> options;
    QCommandLineOption org{QStringLiteral("org"), QString(), QStringLiteral("CODE")};
    QCommandLineOption json{QStringLiteral("json"), QString()};
};

FieldOptions fieldOptions()
{
    FieldOptions fo;
    fo.org.setDescription(Commands::tr("Organisation code of the section that holds the asset."));
    fo.json.setDescription(Commands::tr("Read the fields as a JSON object from standard input."));
    for (const AssetField& f : AssetFields::all()) {
        if (!isOption(f))
            continue;
        QString help = f.translatedLabel() + QStringLiteral(" (") + f.japanese + QLatin1Char(')');
        if (f.vocabulary)
            help += QStringLiteral(": ") + f.vocabulary->codes().join(QStringLiteral(", "));
        fo.options << QCommandLineOption(optionName(f), help, QStringLiteral("VALUE"));
    }
    return fo;
}

// Applies the JSON object from stdin (when --json) and then the options, so options win.
Result<void> applyFields(QCommandLineParser& p, const FieldOptions& fo, Asset& asset, const Register& reg)
{
    QStringList errors;
    if (p.isSet(fo.json)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return makeError(ErrorCode::Validation, Commands::tr("Standard input cannot be read."));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
        if (!doc.isObject())
            return makeError(ErrorCode::Validation,
                             Commands::tr("Standard input is not a JSON object: %1").arg(parseError.errorString()));
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("org")))
            asset.orgCode = o.value(QStringLiteral("org")).toString();
        const Asset before = asset;
        errors << AssetFields::applyJson(asset, o);
        // The JSON sets what the options set: stage, status and the disposal record have their own commands
        // (`stage`, `status`), so neither a new asset nor an edit skips the approval or the disposal record.
        for (const AssetField& f : AssetFields::all())
            if (!isOption(f) && f.key != QLatin1String("org_name")
                && AssetFields::toText(f, asset) != AssetFields::toText(f, before))
                return makeError(ErrorCode::Usage,
                                 QCoreApplication::translate(
                                     "daicho::Register", "Stage and status change through their own actions, not an edit."));
    }
    if (p.isSet(fo.org))
        asset.orgCode = p.value(fo.org);
    if (!asset.orgCode.isEmpty()) {
        const auto org = reg.orgUnitByCode(asset.orgCode);
        if (!org)
            errors << Commands::tr("There is no organisation unit with code %1.").arg(asset.orgCode);
        else if (org->id != asset.orgId) {
            asset.orgId = org->id;
            asset.orgName = org->name;
        }
    }
    for (const AssetField& f : AssetFields::all()) {
        if (!isOption(f) || !p.isSet(optionName(f)))
            continue;
        const QString e = AssetFields::fromText(f, asset, p.value(optionName(f)));
        if (!e.isEmpty())
            errors << e;
    }
    if (!errors.isEmpty())
        return makeError(ErrorCode::Validation, errors.join(QLatin1Char('\n')));
    return {};
}

void printWarnings(Context& ctx, const Register& reg, const Asset& asset)
{
    for (const Finding& f : RuleEngine(reg.catalog(), ctx.clock().today()).check(asset))
        if (f.severity == Severity::Warning)
            ctx.out() << Commands::tr("Warning: %1").arg(f.message) << Qt::endl;
}

} // namespace

int Commands::add(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Add an asset. Fields come as options, or as a JSON object on standard input with "
                                   "--json. Without --asset-no the next number of the section is used."));
    FieldOptions fo = fieldOptions();
    p.addOption(fo.org);
    p.addOption(fo.json);
    p.addOptions(fo.options);
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    int exit = Success;
    if (!ctx.parse(p, args, 1, QStringLiteral("daicho-cli add FILE --org CODE --name NAME [--c LEVEL] ... | --json < asset.json"),
                   &exit))
        return exit;
    auto reg = ctx.openForChange(p.positionalArguments().first(), &exit);
    if (!reg)
        return exit;
    Asset asset = reg->newAsset();
    if (const Result<void> applied = applyFields(p, fo, asset, *reg); !applied)
        return ctx.fail(applied.error());
    Result<Asset> saved = reg->addAsset(asset, ctx.actor());
    if (!saved)
        return ctx.fail(saved.error());
    ctx.out() << tr("Added %1 %2 (%3).").arg(saved->assetNo, saved->name, reg->catalog().labelText(saved.value()))
              << Qt::endl;
    printWarnings(ctx, *reg, saved.value());
    return Success;
}

int Commands::update(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Change fields of an asset. Only the fields given change."));
    FieldOptions fo = fieldOptions();
    const QCommandLineOption comment(QStringLiteral("comment"), tr("Why the change was made (kept in the history)."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption reviewed(QStringLiteral("mark-reviewed"),
                                      tr("Record a review today (or on --as-of) and set the next review date."));
    p.addOptions({fo.org, fo.json, comment, reviewed});
    p.addOptions(fo.options);
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    p.addPositionalArgument(QStringLiteral("ASSET_NO"), tr("The asset number."));
    int exit = Success;
    if (!ctx.parse(p, args, 2, QStringLiteral("daicho-cli update FILE ASSET_NO [--FIELD VALUE ...] [--mark-reviewed]"), &exit))
        return exit;
    auto reg = ctx.openForChange(p.positionalArguments().first(), &exit);
    if (!reg)
        return exit;
    const QString no = p.positionalArguments().at(1);
    std::optional<Asset> asset = reg->assetByNo(no);
    if (!asset)
        return ctx.fail(makeError(ErrorCode::NotFound, tr("The asset %1 does not exist.").arg(no)));
    if (const Result<void> applied = applyFields(p, fo, *asset, *reg); !applied)
        return ctx.fail(applied.error());
    Result<Asset> saved = reg->updateAsset(*asset, ctx.actor(), p.value(comment));
    if (!saved)
        return ctx.fail(saved.error());
    if (p.isSet(reviewed)) {
        saved = reg->markReviewed(saved->assetNo, ctx.clock().today(), ctx.actor());
        if (!saved)
            return ctx.fail(saved.error());
    }
    ctx.out() << tr("Updated %1 %2 (%3).").arg(saved->assetNo, saved->name, reg->catalog().labelText(saved.value()))
              << Qt::endl;
    printWarnings(ctx, *reg, saved.value());
    return Success;
}

int Commands::stage(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Move an asset to a lifecycle stage (%1). Disposal records the date, the person, the method and the "
           "approver, and leaves the row read-only.")
            .arg(Vocabulary::stages().codes().join(QStringLiteral(", "))));
    const QCommandLineOption date(QStringLiteral("date"), tr("When (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption person(QStringLiteral("person"), tr("Who did it."), QStringLiteral("NAME"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    tr("Disposal method: %1.").arg(Vocabulary::disposalMethods().codes().join(QStringLiteral(", "))),
                                    QStringLiteral("METHOD"));
    const QCommandLineOption approver(QStringLiteral("approver"), tr("Who approved the disposal."), QStringLiteral("NAME"));
    const QCommandLineOption certificate(QStringLiteral("certificate"), tr("Contractor's certificate of disposal number."),
                                         QStringLiteral("NO"));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("A note for the history."), QStringLiteral("TEXT"));
    p.addOptions({date, person, method, approver, certificate, comment});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    p.addPositionalArgument(QStringLiteral("ASSET_NO"), tr("The asset number."));
    p.addPositionalArgument(QStringLiteral("STAGE"), tr("The new stage."));
    int exit = Success;
    if (!ctx.parse(p, args, 3,
                   QStringLiteral("daicho-cli stage FILE ASSET_NO STAGE [--date D --person P --method M --approver A]"),
                   &exit))
        return exit;
    const QString stageCode = Vocabulary::stages().codeFor(p.positionalArguments().at(2));
    if (stageCode.isEmpty())
        return ctx.usage(tr("\"%1\" is not a lifecycle stage (use %2).")
                             .arg(p.positionalArguments().at(2), Vocabulary::stages().codes().join(QStringLiteral(", "))));
    StageChange change;
    if (p.isSet(date)) {
        const DateParse d = JapaneseDate::parse(p.value(date));
        if (!d.ok())
            return ctx.usage(d.error);
        change.date = d.date;
    }
    change.person = p.value(person);
    change.disposalMethod = p.value(method);
    change.disposalApprover = p.value(approver);
    change.disposalCertificate = p.value(certificate);
    change.comment = p.value(comment);
    auto reg = ctx.openForChange(p.positionalArguments().first(), &exit);
    if (!reg)
        return exit;
    Result<Asset> saved = reg->changeStage(p.positionalArguments().at(1), stageCode, change, ctx.actor());
    if (!saved)
        return ctx.fail(saved.error());
    ctx.out() << tr("%1 %2 is now \"%3\".").arg(saved->assetNo, saved->name, Vocabulary::stages().label(saved->stage))
              << Qt::endl;
    return Success;
}

int Commands::status(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Move an asset through the approval workflow: pending (submit), approved, returned "
                                   "(needs --comment), draft."));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("The comment, e.g. why it was returned."),
                                     QStringLiteral("TEXT"));
    p.addOption(comment);
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    p.addPositionalArgument(QStringLiteral("ASSET_NO"), tr("The asset number."));
    p.addPositionalArgument(QStringLiteral("STATUS"), tr("The new status."));
    int exit = Success;
    if (!ctx.parse(p, args, 3, QStringLiteral("daicho-cli status FILE ASSET_NO STATUS [--comment TEXT]"), &exit))
        return exit;
    const QString statusCode = Vocabulary::statuses().codeFor(p.positionalArguments().at(2));
    if (statusCode.isEmpty())
        return ctx.usage(tr("\"%1\" is not a status (use %2).")
                             .arg(p.positionalArguments().at(2), Vocabulary::statuses().codes().join(QStringLiteral(", "))));
    auto reg = ctx.openForChange(p.positionalArguments().first(), &exit);
    if (!reg)
        return exit;
    Result<Asset> saved = reg->changeStatus(p.positionalArguments().at(1), statusCode, p.value(comment), ctx.actor());
    if (!saved)
        return ctx.fail(saved.error());
    ctx.out() << tr("%1 %2 is now \"%3\".").arg(saved->assetNo, saved->name, Vocabulary::statuses().label(saved->status))
              << Qt::endl;
    return Success;
}

} // namespace daicho::cli
