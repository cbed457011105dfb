#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace daicho::cli {

class Context;

// The subcommands. Each receives its own arguments, the command name first (as QCommandLineParser expects).
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Cli)
public:
    static int init(Context& ctx, const QStringList& args);
    static int org(Context& ctx, const QStringList& args);
    static int demo(Context& ctx, const QStringList& args);
    static int add(Context& ctx, const QStringList& args);
    static int update(Context& ctx, const QStringList& args);
    static int stage(Context& ctx, const QStringList& args);
    static int status(Context& ctx, const QStringList& args);
    static int list(Context& ctx, const QStringList& args);
    static int show(Context& ctx, const QStringList& args);
    static int history(Context& ctx, const QStringList& args);
    static int check(Context& ctx, const QStringList& args);
    static int stats(Context& ctx, const QStringList& args);
    static int submit(Context& ctx, const QStringList& args);
    static int consolidate(Context& ctx, const QStringList& args);
    static int submissions(Context& ctx, const QStringList& args);
    static int closeYear(Context& ctx, const QStringList& args);
    static int compare(Context& ctx, const QStringList& args);
    static int exportRegister(Context& ctx, const QStringList& args);   // `export` is a C++ keyword
    static int import(Context& ctx, const QStringList& args);
    static int backup(Context& ctx, const QStringList& args);
    static int backups(Context& ctx, const QStringList& args);
    static int restore(Context& ctx, const QStringList& args);
    static int verify(Context& ctx, const QStringList& args);
#ifdef DAICHO_HAS_PRINT
    static int report(Context& ctx, const QStringList& args);
#endif
};

} // namespace daicho::cli
