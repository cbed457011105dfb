// daicho-bench: times what people wait for, at the register sizes a city has (see BENCHMARKS.md).
// Prints a table and writes the results as JSON.
#include "BenchData.h"
#include "Measure.h"
#include "ExchangeCases.h"
#include "ReportCases.h"
#include "WindowCases.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace daicho::bench;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DaichoBench"));
    QApplication::setApplicationName(QStringLiteral("daicho-bench"));
    // The window's remembered layout must not differ between runs.
    QStandardPaths::setTestModeEnabled(true);
    // Nobody answers a message box in a benchmark: one that opens (an error the window reports) ends the
    // run with its text instead of waiting for ever.
    QTimer modalWatch;
    QObject::connect(&modalWatch, &QTimer::timeout, [] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            const auto* box = qobject_cast<QMessageBox*>(modal);
            qFatal("bench: a dialog opened and nobody can answer it: %s %s", qPrintable(modal->windowTitle()),
                   qPrintable(box ? box->text() + QLatin1Char(' ') + box->informativeText() : QString()));
        }
    });
    modalWatch.start(1000);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Daicho benchmarks at city scale."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Register sizes, comma-separated."),
                                   QStringLiteral("N,N"), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per case (after one warm-up)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Folder for the generated registers (kept)."),
                                  QStringLiteral("DIR"), QStringLiteral("bench-data"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("JSON file for the results."), QStringLiteral("FILE"),
                                 QStringLiteral("bench-results.json"));
    const QCommandLineOption groups(QStringLiteral("groups"),
                                    QStringLiteral("Groups of cases to run, comma-separated: window, check, report, "
                                                   "exchange (default all)."),
                                    QStringLiteral("LIST"), QStringLiteral("window,check,report,exchange"));
    parser.addOptions({sizes, runs, data, out, groups});
    parser.process(app);

    QVector<int> sizeList;
    for (const QString& s : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizeList << s.trimmed().toInt();
    const int runCount = std::max(1, parser.value(runs).toInt());
    BenchData bench(parser.value(data));

    QVector<CaseResult> results;
    for (int n : sizeList) {
        if (n <= 0)
            continue;
        const QStringList wanted = parser.value(groups).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (wanted.contains(QStringLiteral("window")))
            results << runWindowCases(bench, n, runCount);
        if (wanted.contains(QStringLiteral("check")))
            results << runCliCheck(bench, n, runCount);
        if (wanted.contains(QStringLiteral("report")))
            results << runReportCases(bench, n, runCount);
        if (wanted.contains(QStringLiteral("exchange")))
            results << runExchangeCases(bench, n, runCount);
    }

    QTextStream o(stdout);
    o << QStringLiteral("%1 %2 %3 %4 %5  %6").arg(QStringLiteral("case"), -48).arg(QStringLiteral("assets"), 8)
             .arg(QStringLiteral("median"), 10).arg(QStringLiteral("min"), 10).arg(QStringLiteral("max"), 10)
             .arg(QStringLiteral("target"))
      << Qt::endl;
    QJsonArray json;
    for (const CaseResult& r : results) {
        o << QStringLiteral("%1 %2 %3 %4 %5  %6")
                 .arg(r.name, -48)
                 .arg(r.assets, 8)
                 .arg(QStringLiteral("%1 %2").arg(r.median(), 0, 'f', 1).arg(r.unit), 10)
                 .arg(QString::number(r.min(), 'f', 1), 10)
                 .arg(QString::number(r.max(), 'f', 1), 10)
                 .arg(r.target)
          << Qt::endl;
        json.append(r.toJson());
    }
    o << QStringLiteral("peak resident memory of the run: %1 MB").arg(peakResidentMb(), 0, 'f', 0) << Qt::endl;

    QFile file(parser.value(out));
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!file.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "cannot write " << file.fileName() << Qt::endl;
        return 2;
    }
    const QJsonObject doc{{QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                          {QStringLiteral("machine"), QSysInfo::prettyProductName()},
                          {QStringLiteral("cpus"), QThread::idealThreadCount()},
                          {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                          {QStringLiteral("runs"), runCount},
                          {QStringLiteral("peak_rss_mb"), peakResidentMb()},
                          {QStringLiteral("results"), json}};
    file.write(QJsonDocument(doc).toJson());
    return results.isEmpty() ? 1 : 0;
}
