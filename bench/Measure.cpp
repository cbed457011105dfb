#include "Measure.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace daicho::bench {

double CaseResult::median() const
{
    if (runsMs.isEmpty())
        return 0;
    QVector<double> sorted = runsMs;
    std::sort(sorted.begin(), sorted.end());
    const int n = int(sorted.size());
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

double CaseResult::min() const
{
    return runsMs.isEmpty() ? 0 : *std::min_element(runsMs.begin(), runsMs.end());
}

double CaseResult::max() const
{
    return runsMs.isEmpty() ? 0 : *std::max_element(runsMs.begin(), runsMs.end());
}

QJsonObject CaseResult::toJson() const
{
    QJsonArray runs;
    for (double r : runsMs)
        runs.append(r);
    return QJsonObject{{QStringLiteral("case"), name},      {QStringLiteral("assets"), assets},
                       {QStringLiteral("unit"), unit},      {QStringLiteral("median"), median()},
                       {QStringLiteral("min"), min()},      {QStringLiteral("max"), max()},
                       {QStringLiteral("runs"), runs},      {QStringLiteral("target"), target}};
}

CaseResult measure(const QString& name, int assets, int runs, const QString& target, const std::function<void()>& body,
                   const std::function<void()>& prepare)
{
    CaseResult result{name, assets, {}, target};
    if (prepare)
        prepare();
    body();   // warm-up: caches, fonts, the first allocation of every buffer
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        body();
        result.runsMs << timer.nsecsElapsed() / 1e6;
    }
    return result;
}

namespace {
double statusFieldMb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(f.readAll());
    const QRegularExpression re(QString::fromLatin1(field) + QStringLiteral(":\\s+(\\d+) kB"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : 0;
}
} // namespace

double residentMb()
{
    return statusFieldMb("VmRSS");
}

double peakResidentMb()
{
    return statusFieldMb("VmHWM");
}

} // namespace daicho::bench
