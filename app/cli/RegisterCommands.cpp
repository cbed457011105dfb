// Commands that make a register and its organisation: init, org, demo.
#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"

#include "calendar/JapaneseDate.h"
#include "demo/DemoGenerator.h"
#include "domain/CityProfile.h"

#include <QFileInfo>

namespace daicho::cli {

int Commands::init(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Create a new register for a city."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("City profile: %1.").arg(CityProfile::ids().join(QStringLiteral(", "))),
                                     QStringLiteral("PROFILE"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The city's name as printed (default: the profile's)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption scheme(QStringLiteral("scheme"),
                                    tr("Classification scheme: mic-r6 (default), mic-h27 or mext."),
                                    QStringLiteral("ID"));
    p.addOptions({profile, name, scheme});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register file to create."));
    int code = Success;
    if (!ctx.parse(p, args, 1, QStringLiteral("daicho-cli init FILE --profile PROFILE [--name NAME] [--scheme ID]"), &code))
        return code;
    if (!p.isSet(profile))
        return ctx.usage(tr("init needs --profile (%1).").arg(CityProfile::ids().join(QStringLiteral(", "))));
    RegisterSettings settings;
    settings.profileId = p.value(profile);
    settings.cityName = p.value(name);
    settings.schemeId = p.value(scheme);
    Result<std::unique_ptr<Register>> reg =
        Register::create(p.positionalArguments().first(), settings, ctx.actor(), ctx.recordingClock());
    if (!reg)
        return ctx.fail(reg.error());
    ctx.out() << tr("Created the register of %1 (%2 profile, scheme %3): %4")
                     .arg(reg.value()->cityName(), reg.value()->profileId(), reg.value()->catalog().defaultSchemeId,
                          QFileInfo(reg.value()->path()).absoluteFilePath())
              << Qt::endl;
    return Success;
}

int Commands::org(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(1);
    QStringList rest = args;
    if (!sub.startsWith(QLatin1Char('-')) && !sub.isEmpty())
        rest.removeAt(1);
    if (sub == QLatin1String("add")) {
        QCommandLineParser p;
        p.setApplicationDescription(tr("Add an organisation unit (部, 課, 係, committee, assembly secretariat, public enterprise)."));
        const QCommandLineOption code(QStringLiteral("code"), tr("Organisation code (組織コード)."), QStringLiteral("CODE"));
        const QCommandLineOption name(QStringLiteral("name"), tr("Name."), QStringLiteral("NAME"));
        const QCommandLineOption kind(QStringLiteral("kind"),
                                      tr("Kind: %1.").arg(Vocabulary::orgKinds().codes().join(QStringLiteral(", "))),
                                      QStringLiteral("KIND"));
        const QCommandLineOption parent(QStringLiteral("parent"), tr("Code of the unit above it."), QStringLiteral("CODE"));
        const QCommandLineOption sort(QStringLiteral("sort"), tr("Sort order (default: after the others)."), QStringLiteral("N"));
        const QCommandLineOption from(QStringLiteral("valid-from"), tr("First day (e.g. 令和7年4月1日)."), QStringLiteral("DATE"));
        const QCommandLineOption to(QStringLiteral("valid-to"), tr("Last day, when the unit is abolished."), QStringLiteral("DATE"));
        p.addOptions({code, name, kind, parent, sort, from, to});
        p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
        int exit = Success;
        if (!ctx.parse(p, rest, 1, QStringLiteral("daicho-cli org add FILE --code CODE --name NAME --kind KIND [--parent CODE]"), &exit))
            return exit;
        if (!p.isSet(code) || !p.isSet(name) || !p.isSet(kind))
            return ctx.usage(tr("org add needs --code, --name and --kind."));
        auto reg = ctx.openForChange(p.positionalArguments().first(), &exit);
        if (!reg)
            return exit;
        OrgUnit u;
        u.code = p.value(code);
        u.name = p.value(name);
        u.kind = Vocabulary::orgKinds().codeFor(p.value(kind));
        if (u.kind.isEmpty())
            return ctx.usage(tr("\"%1\" is not a kind of organisation unit (use %2).")
                                 .arg(p.value(kind), Vocabulary::orgKinds().codes().join(QStringLiteral(", "))));
        if (p.isSet(parent)) {
            const auto up = reg->orgUnitByCode(p.value(parent));
            if (!up)
                return ctx.fail(makeError(ErrorCode::NotFound, tr("There is no organisation unit with code %1.").arg(p.value(parent))));
            u.parentId = up->id;
        }
        if (p.isSet(sort)) {
            bool ok = false;
            u.sortOrder = p.value(sort).toInt(&ok);
            if (!ok)
                return ctx.usage(tr("--sort takes a whole number."));
        } else {
            int highest = 0;
            for (const OrgUnit& o : reg->orgUnits())
                highest = std::max(highest, o.sortOrder);
            u.sortOrder = highest + 10;
        }
        for (const auto& [option, target] : {std::pair{&from, &u.validFrom}, std::pair{&to, &u.validTo}}) {
            if (!p.isSet(*option))
                continue;
            const DateParse d = JapaneseDate::parse(p.value(*option));
            if (!d.ok())
                return ctx.usage(d.error);
            *target = d.date;
        }
        Result<OrgUnit> added = reg->addOrgUnit(u, ctx.actor());
        if (!added)
            return ctx.fail(added.error());
        ctx.out() << tr("Added %1 %2.").arg(added->code, added->name) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("list")) {
        QCommandLineParser p;
        p.setApplicationDescription(tr("List the organisation units in 組織コード order."));
        const QCommandLineOption format(QStringLiteral("format"), tr("table (default), csv or json."), QStringLiteral("FORMAT"),
                                        QStringLiteral("table"));
        p.addOption(format);
        p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
        int exit = Success;
        if (!ctx.parse(p, rest, 1, QStringLiteral("daicho-cli org list FILE [--format table|csv|json]"), &exit))
            return exit;
        TextTable::Format f;
        if (!TextTable::parseFormat(p.value(format), &f))
            return ctx.usage(tr("--format takes table, csv or json."));
        auto reg = ctx.openRegister(p.positionalArguments().first(), &exit);
        if (!reg)
            return exit;
        TextTable table({tr("Code"), tr("Name"), tr("Kind"), tr("Parent"), tr("Valid from"), tr("Valid to")},
                        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("parent"),
                         QStringLiteral("valid_from"), QStringLiteral("valid_to")});
        for (const OrgUnit& u : reg->orgUnits()) {
            const auto parent = reg->orgUnit(u.parentId);
            table.addRow({u.code, u.name,
                          f == TextTable::Format::Table ? Vocabulary::orgKinds().label(u.kind) : u.kind,
                          parent ? parent->code : QString(), u.validFrom.toString(Qt::ISODate),
                          u.validTo.toString(Qt::ISODate)});
        }
        table.write(ctx.out(), f);
        return Success;
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctx.out() << tr("Usage: daicho-cli org add|list FILE ...") << Qt::endl
                  << tr("  add   Add an organisation unit.") << Qt::endl
                  << tr("  list  List the organisation units.") << Qt::endl;
        return Success;
    }
    return ctx.usage(tr("org needs add or list."));
}

int Commands::demo(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Fill a register with a realistic synthetic city, for demonstrations and benchmarks. "
                                   "The file is created first when it does not exist."));
    const QCommandLineOption assets(QStringLiteral("assets"), tr("How many assets to add."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 1): the same seed gives the same register."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("City profile for a new file (default generic)."),
                                     QStringLiteral("PROFILE"), QStringLiteral("generic"));
    p.addOptions({assets, seed, profile});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    int exit = Success;
    if (!ctx.parse(p, args, 1, QStringLiteral("daicho-cli demo FILE --assets N [--seed S] [--profile PROFILE]"), &exit))
        return exit;
    bool okN = false, okS = false;
    const int n = p.value(assets).toInt(&okN);
    const uint s = p.value(seed).toUInt(&okS);
    if (!p.isSet(assets) || !okN || n < 0 || !okS)
        return ctx.usage(tr("demo needs --assets N (a whole number) and an optional numeric --seed."));
    const QString path = p.positionalArguments().first();
    // Demo data is made relative to --as-of, so that a seed and a date always give the same register.
    std::unique_ptr<Register> reg;
    if (!QFileInfo::exists(path)) {
        RegisterSettings settings;
        settings.profileId = p.value(profile);
        Result<std::unique_ptr<Register>> created = Register::create(path, settings, ctx.actor(), ctx.clock());
        if (!created)
            return ctx.fail(created.error());
        reg = std::move(created).value();
    } else {
        reg = ctx.openRegister(path, &exit);
        if (!reg)
            return exit;
    }
    Result<int> added = DemoGenerator::populate(*reg, {n, s}, ctx.actor());
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << tr("Added %n demo asset(s).", nullptr, added.value()) << Qt::endl;
    return Success;
}

} // namespace daicho::cli
