#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

namespace daicho::test {

// One run of daicho-cli as a separate process: what a user or a script sees of it.
struct Run
{
    QStringList args;
    int code = -1;            // -2: crashed
    QString out;
    QString err;

    QString describe() const;
};

// Runs `program` with `args` in `workingDir`, offscreen, `input` on standard input. An empty `language`
// leaves the CLI's own default (Japanese); otherwise DAICHO_LANG is set to it.
Run runCli(const QString& program, const QStringList& args, const QString& workingDir, const QByteArray& input = {},
           const QString& language = QStringLiteral("en"));

} // namespace daicho::test

// Compares an exit code and tells the whole run when it differs.
#define CLI_EXIT(run, expected)                                                                            \
    do {                                                                                                   \
        const ::daicho::test::Run& r_ = (run);                                                             \
        if (r_.code != (expected))                                                                         \
            QFAIL(qPrintable(QStringLiteral("expected exit code %1\n").arg(expected) + r_.describe()));    \
    } while (false)
#define CLI_OK(run) CLI_EXIT(run, 0)
