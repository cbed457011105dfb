#pragma once

#include "storage/Actor.h"
#include "storage/Register.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace daicho::cli {

// Documented exit codes (README, `daicho-cli --help`).
enum Exit : int {
    Success = 0,
    Findings = 1,      // validation findings, a refused change, an unknown asset
    UsageError = 2,
    FileProblem = 3,   // the register file was refused or cannot be read or written
    NewerFormat = 4,   // the register was written by a newer Daicho: update Daicho
    ReadOnly = 5,      // the register (its file or its folder) is read-only: the change was not saved
    WriteFailed = 6,   // the disk is full or refused the write: the change was not saved
    InUse = 7,         // someone else is changing the register and did not finish in time
};

// What every command shares: the streams, who is acting, today's date, and how errors are told.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Cli)
public:
    Context();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // The day reviews are checked against and recorded on: --as-of, or today.
    const Clock& clock() const { return *m_clock; }
    // The real time, which changes are recorded with: --as-of never back-dates the history.
    const Clock& recordingClock() const { return m_systemClock; }
    Actor actor() const { return Actor::current(m_displayName); }

    // The value of --lang, left in place: the translator is installed before anything is reported.
    static QString languageOption(const QStringList& args);
    // Pulls the global options (--lang, --user, --as-of) out of the arguments; returns false on a bad value.
    bool takeGlobalOptions(QStringList& args, QString* language);

    // Parses a subcommand's arguments; prints help and sets `exitCode` when the command should stop.
    bool parse(QCommandLineParser& parser, const QStringList& args, int positionalCount, const QString& usage,
               int* exitCode);

    // Opens the register to read it, on clock().
    std::unique_ptr<Register> openRegister(const QString& path, int* exitCode);
    // Opens the register to change it, on recordingClock().
    std::unique_ptr<Register> openForChange(const QString& path, int* exitCode);
    // Opens the register to read every asset, on clock(), while its page check (or `check` in its place,
    // see Register::open) runs on a worker: call pagesWhole() before writing anything out.
    std::unique_ptr<Register> openToRead(const QString& path, int* exitCode,
                                         Register::DeferredCheck check = {});
    // Waits for the check of a register openToRead() opened. A damaged or locked file is refused here as
    // opening it refuses it (the same message and exit code) and nothing must be written.
    bool pagesWhole(const Register& reg, int* exitCode);
    // --fiscal-year Y (2025, R7, 令和7年度), and its value: the current 年度 when not given, nullopt
    // (after telling the user) when malformed.
    static QCommandLineOption fiscalYearOption();
    std::optional<int> fiscalYear(const QCommandLineParser& parser, const QCommandLineOption& option);
    int fail(const Error& error);
    int usage(const QString& message);
    static int exitCodeFor(ErrorCode code);

private:
    std::unique_ptr<Register> open(const QString& path, const Clock& clock, int* exitCode,
                                   Register::PageCheck check = Register::PageCheck::Before,
                                   Register::DeferredCheck deferredCheck = {});
    // A register that cannot be opened: its message, and at least FileProblem (a missing file too).
    int refused(const Error& error);

    QTextStream m_out;
    QTextStream m_err;
    QString m_displayName;
    SystemClock m_systemClock;
    std::unique_ptr<Clock> m_clock;
};

} // namespace daicho::cli
