#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace daicho::bench {

// One case at one register size: every timed run, and what the issue asks of it.
struct CaseResult
{
    QString name;
    int assets = 0;
    QVector<double> runsMs;   // after the warm-up
    QString target;           // "< 300 ms", for the reader
    QString unit = QStringLiteral("ms");

    double median() const;
    double min() const;
    double max() const;
    QJsonObject toJson() const;
};

// Runs `body` once to warm up, then `runs` times, timing each with a monotonic clock. `prepare`
// runs before each timed run, outside the timing.
CaseResult measure(const QString& name, int assets, int runs, const QString& target, const std::function<void()>& body,
                   const std::function<void()>& prepare = {});

// Resident memory of this process now and at its peak, in MB (Linux /proc/self/status).
double residentMb();
double peakResidentMb();

} // namespace daicho::bench
