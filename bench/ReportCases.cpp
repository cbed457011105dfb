#include "ReportCases.h"

#include "BenchData.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace daicho::bench {

namespace {

// The register rows a city prints at once; past this the register case is not run (see the header).
constexpr int kRegisterPrintLimit = 10000;

void report(const QString& path, const QString& kind, const QString& out)
{
    QProcess cli;
    cli.start(QStringLiteral(DAICHO_CLI), {QStringLiteral("--as-of"), QStringLiteral("2025-06-01"), QStringLiteral("report"),
                                           path, QStringLiteral("--kind"), kind, QStringLiteral("--out"), out});
    cli.waitForFinished(-1);
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0 || !QFileInfo::exists(out))
        qFatal("bench: daicho-cli report --kind %s failed: %s", qPrintable(kind), cli.readAllStandardError().constData());
}

} // namespace

QVector<CaseResult> runReportCases(BenchData& data, int assets, int runs)
{
    const QString path = data.registerWith(assets);
    const QString out = QFileInfo(path).dir().filePath(QStringLiteral("bench-report.pdf"));
    QVector<CaseResult> results;
    results << measure(QStringLiteral("committee summary PDF (whole city)"), assets, runs, QStringLiteral("< 1 s"),
                       [&] { report(path, QStringLiteral("summary"), out); });
    if (assets <= kRegisterPrintLimit)
        results << measure(QStringLiteral("register PDF (whole city, every row)"), assets, runs,
                           QStringLiteral("< 1/3 of LibreOffice (3.8 s at 10,000)"),
                           [&] { report(path, QStringLiteral("register"), out); });
    QFile::remove(out);
    return results;
}

} // namespace daicho::bench
