// daicho-cli: the register from the command line. Links the core, and the print library for reports.
#include "CliContext.h"
#include "Commands.h"

#include "util/Language.h"

#include <QCoreApplication>
#ifdef DAICHO_HAS_PRINT
#include <QApplication>
#endif

#include <memory>

#include <functional>

using namespace daicho::cli;

namespace {

struct Command
{
    const char* name;
    const char* summary;   // English source, translated through "daicho::Cli"
    std::function<int(Context&, const QStringList&)> run;
};

const Command kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("daicho::Cli", "Create a new register for a city."), Commands::init},
    {"org", QT_TRANSLATE_NOOP("daicho::Cli", "Add or list organisation units."), Commands::org},
    {"add", QT_TRANSLATE_NOOP("daicho::Cli", "Add an asset."), Commands::add},
    {"update", QT_TRANSLATE_NOOP("daicho::Cli", "Change an asset's fields, or record a review."), Commands::update},
    {"stage", QT_TRANSLATE_NOOP("daicho::Cli", "Move an asset to a lifecycle stage (disposal included)."), Commands::stage},
    {"status", QT_TRANSLATE_NOOP("daicho::Cli", "Submit, approve or return an asset."), Commands::status},
    {"list", QT_TRANSLATE_NOOP("daicho::Cli", "List assets."), Commands::list},
    {"show", QT_TRANSLATE_NOOP("daicho::Cli", "Show one asset in full."), Commands::show},
    {"history", QT_TRANSLATE_NOOP("daicho::Cli", "Show an asset's history."), Commands::history},
    {"check", QT_TRANSLATE_NOOP("daicho::Cli", "Check integrity and the rules over every asset."), Commands::check},
    {"stats", QT_TRANSLATE_NOOP("daicho::Cli", "Count assets by organisation, level, stage, segment, personal data."), Commands::stats},
    {"submit", QT_TRANSLATE_NOOP("daicho::Cli", "Write a unit's register as a submission for the city."), Commands::submit},
    {"consolidate", QT_TRANSLATE_NOOP("daicho::Cli", "Bring department submissions into the city register."),
     Commands::consolidate},
    {"submissions", QT_TRANSLATE_NOOP("daicho::Cli", "Show which units have submitted for a fiscal year."),
     Commands::submissions},
    {"close-year", QT_TRANSLATE_NOOP("daicho::Cli", "Freeze a copy of the register for a closed fiscal year."),
     Commands::closeYear},
    {"compare", QT_TRANSLATE_NOOP("daicho::Cli", "Compare two registers: added, removed, disposed, level changed."),
     Commands::compare},
    {"export", QT_TRANSLATE_NOOP("daicho::Cli", "Export the register as CSV or XLSX for Excel."), Commands::exportRegister},
    {"import", QT_TRANSLATE_NOOP("daicho::Cli", "Import a register sheet (CSV or XLSX): preview, then all or nothing."),
     Commands::import},
    {"backup", QT_TRANSLATE_NOOP("daicho::Cli", "Make a backup copy of the register now."), Commands::backup},
    {"backups", QT_TRANSLATE_NOOP("daicho::Cli", "List the register's backups."), Commands::backups},
    {"restore", QT_TRANSLATE_NOOP("daicho::Cli", "Replace the register with one of its backups."), Commands::restore},
    {"verify", QT_TRANSLATE_NOOP("daicho::Cli", "Check that no history row was changed, removed or inserted outside "
                                                "Daicho."),
     Commands::verify},
    {"demo", QT_TRANSLATE_NOOP("daicho::Cli", "Fill a register with a realistic synthetic city."), Commands::demo},
#ifdef DAICHO_HAS_PRINT
    {"report", QT_TRANSLATE_NOOP("daicho::Cli", "Write a printout (register, summary, asset sheets, reviews) as PDF."),
     Commands::report},
#endif
};

// Printing lays text out with QtGui and draws charts through QtCharts, which need a QApplication;
// it draws offscreen, so no display is needed. Every other command stays a plain core program.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
#ifdef DAICHO_HAS_PRINT
    for (int i = 1; i < argc; ++i) {
        // `report`, and `compare --out`, print.
        if (qstrcmp(argv[i], "report") != 0 && qstrcmp(argv[i], "compare") != 0)
            continue;
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

int printHelp(Context& ctx)
{
    QTextStream& out = ctx.out();
    out << Commands::tr("Usage: daicho-cli [--lang ja|en] [--user NAME] [--as-of DATE] COMMAND [ARGS]") << Qt::endl
        << Qt::endl
        << Commands::tr("Commands:") << Qt::endl;
    for (const Command& c : kCommands)
        out << QStringLiteral("  %1").arg(QString::fromLatin1(c.name), -12)
            << QCoreApplication::translate("daicho::Cli", c.summary) << Qt::endl;
    out << Qt::endl
        << Commands::tr("Global options:") << Qt::endl
        << Commands::tr("  --lang ja|en    language of messages (default Japanese, or DAICHO_LANG)") << Qt::endl
        << Commands::tr("  --user NAME     your name as the history records it") << Qt::endl
        << Commands::tr("  --as-of DATE    the date to check reviews against (default today)") << Qt::endl
        << Commands::tr("  --version       show the version") << Qt::endl
        << Qt::endl
        << Commands::tr("Exit codes: 0 success, 1 validation findings or a refused change, 2 usage error, "
                        "3 file refused or unreadable, 4 written by a newer Daicho, 5 read-only, "
                        "6 disk full or write error, 7 in use by someone else.")
        << Qt::endl
        << Commands::tr("\"daicho-cli COMMAND --help\" explains each command.") << Qt::endl;
    return Success;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("daicho-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAICHO_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Daicho"));

    Context ctx;
    QStringList args = app.arguments();
    args.removeFirst();
    // The translator goes in first, so that a bad global option is reported in the chosen language too.
    daicho::Language::install(app, daicho::Language::resolve(Context::languageOption(args)));
    QString language;
    if (!ctx.takeGlobalOptions(args, &language))
        return UsageError;

    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help"))
        return printHelp(ctx);
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        ctx.out() << QStringLiteral("daicho-cli %1").arg(QStringLiteral(DAICHO_VERSION)) << Qt::endl;
        return Success;
    }
    for (const Command& c : kCommands)
        if (args.first() == QLatin1String(c.name))
            return c.run(ctx, args);
    return ctx.usage(Commands::tr("Unknown command \"%1\".").arg(args.first()));
}
