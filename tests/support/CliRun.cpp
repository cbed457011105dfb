#include "CliRun.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace daicho::test {

QString Run::describe() const
{
    return QStringLiteral("daicho-cli %1\n  exit code %2\n  stdout: %3\n  stderr: %4")
        .arg(args.join(QLatin1Char(' ')))
        .arg(code)
        .arg(out.left(2000), err.left(2000));
}

Run runCli(const QString& program, const QStringList& args, const QString& workingDir, const QByteArray& input,
           const QString& language)
{
    Run r;
    r.args = args;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (language.isEmpty())
        env.remove(QStringLiteral("DAICHO_LANG"));
    else
        env.insert(QStringLiteral("DAICHO_LANG"), language);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workingDir);
    p.start(program, args);
    if (!p.waitForStarted(30000)) {
        r.err = p.errorString();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();   // the CLI never waits for input it was not given
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace daicho::test
