#include "CliContext.h"

#include "calendar/JapaneseDate.h"

#include <cstdio>

namespace daicho::cli {

Context::Context() : m_out(stdout), m_err(stderr), m_clock(std::make_unique<SystemClock>()) {}

QString Context::languageOption(const QStringList& args)
{
    QString language;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            language = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            language = args[i].mid(7);
    }
    return language;
}

bool Context::takeGlobalOptions(QStringList& args, QString* language)
{
    for (int i = 0; i < args.size();) {
        const QString a = args[i];
        auto value = [&](const QString& name, QString* target) -> int {
            if (a == name) {
                if (i + 1 >= args.size())
                    return -1;
                *target = args[i + 1];
                args.remove(i, 2);
                return 1;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                *target = a.mid(name.size() + 1);
                args.removeAt(i);
                return 1;
            }
            return 0;
        };
        QString asOf;
        int taken = value(QStringLiteral("--lang"), language);
        if (taken == 0)
            taken = value(QStringLiteral("--user"), &m_displayName);
        if (taken == 0) {
            taken = value(QStringLiteral("--as-of"), &asOf);
            if (taken == 1) {
                const DateParse d = JapaneseDate::parse(asOf);
                if (!d.ok()) {
                    m_err << tr("--as-of: %1").arg(d.error) << Qt::endl;
                    return false;
                }
                m_clock = std::make_unique<FixedClock>(d.date);
            }
        }
        if (taken < 0) {
            m_err << tr("%1 needs a value.").arg(a) << Qt::endl;
            return false;
        }
        if (taken == 0)
            ++i;
    }
    const QString lang = language->trimmed().toLower();
    if (!lang.isEmpty() && !lang.startsWith(QLatin1String("ja")) && !lang.startsWith(QLatin1String("en"))) {
        m_err << tr("Usage: daicho-cli [--lang ja|en] [--user NAME] [--as-of DATE] COMMAND [ARGS]") << Qt::endl;
        return false;
    }
    return true;
}

bool Context::parse(QCommandLineParser& parser, const QStringList& args, int positionalCount, const QString& usage,
                    int* exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        *exitCode = this->usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        m_out << tr("Usage: %1").arg(usage) << Qt::endl << Qt::endl;
        m_out << parser.helpText().section(QLatin1Char('\n'), 1) << Qt::flush;
        *exitCode = Success;
        return false;
    }
    if (positionalCount >= 0 && parser.positionalArguments().size() != positionalCount) {
        *exitCode = this->usage(tr("Usage: %1").arg(usage));
        return false;
    }
    return true;
}

QCommandLineOption Context::fiscalYearOption()
{
    return QCommandLineOption(QStringLiteral("fiscal-year"),
                              tr("The fiscal year (2025, R7 or 令和7年度; default the current one)."),
                              QStringLiteral("Y"));
}

std::optional<int> Context::fiscalYear(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return JapaneseDate::fiscalYear(clock().today());
    const std::optional<int> y = JapaneseDate::parseFiscalYear(parser.value(option));
    if (!y)
        usage(tr("\"%1\" is not a fiscal year (use 2025, R7 or 令和7年度).").arg(parser.value(option)));
    return y;
}

std::unique_ptr<Register> Context::openRegister(const QString& path, int* exitCode)
{
    return open(path, *m_clock, exitCode);
}

std::unique_ptr<Register> Context::openForChange(const QString& path, int* exitCode)
{
    return open(path, m_systemClock, exitCode);
}

std::unique_ptr<Register> Context::openToRead(const QString& path, int* exitCode,
                                              Register::DeferredCheck check)
{
    return open(path, *m_clock, exitCode, Register::PageCheck::Deferred, std::move(check));
}

bool Context::pagesWhole(const Register& reg, int* exitCode)
{
    const Result<void> verdict = reg.pageCheckVerdict();
    if (!verdict)
        *exitCode = refused(verdict.error());
    return bool(verdict);
}

int Context::refused(const Error& error)
{
    m_err << error.message << Qt::endl;
    // A missing file is a file problem here, not an unknown asset.
    const int code = exitCodeFor(error.code);
    return code > FileProblem ? code : FileProblem;
}

std::unique_ptr<Register> Context::open(const QString& path, const Clock& clock, int* exitCode,
                                        Register::PageCheck check, Register::DeferredCheck deferredCheck)
{
    Result<std::unique_ptr<Register>> reg = Register::open(path, clock, check, std::move(deferredCheck));
    if (!reg) {
        *exitCode = refused(reg.error());
        return nullptr;
    }
    if (!reg.value()->migrationBackup().isEmpty())
        m_err << tr("The register was updated to the current format; the previous file was kept as %1.")
                     .arg(reg.value()->migrationBackup())
              << Qt::endl;
    return std::move(reg).value();
}

int Context::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return Success;
    case ErrorCode::Usage: return UsageError;
    case ErrorCode::FileRefused:
    case ErrorCode::Io:
    case ErrorCode::Database: return FileProblem;
    case ErrorCode::TooNew: return NewerFormat;
    case ErrorCode::ReadOnly: return ReadOnly;
    case ErrorCode::WriteFailed: return WriteFailed;
    case ErrorCode::Busy: return InUse;
    case ErrorCode::NotFound:
    case ErrorCode::Validation:
    case ErrorCode::Conflict: return Findings;
    }
    return FileProblem;
}

int Context::fail(const Error& error)
{
    m_err << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

int Context::usage(const QString& message)
{
    m_err << message << Qt::endl << tr("Run \"daicho-cli --help\" for the list of commands.") << Qt::endl;
    return UsageError;
}

} // namespace daicho::cli
