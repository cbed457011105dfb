#pragma once

#include "exchange/Submission.h"
#include "util/Result.h"

#include <QDateTime>
#include <QMutex>
#include <QStringList>
#include <QVector>
#include <QWaitCondition>

#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace daicho {

// Submission files read on background threads in the order they are consolidated, a few files ahead
// of the one being written: reading a city's 32 files was a third of consolidating them, done before
// the first was written while the second core stood idle during the writing.
class SubmissionReads
{
public:
    // Oldest submission first, files of the same moment in the order given, as consolidation takes them:
    // each file's date read from its end, where a submission states it (after its assets, keys being in
    // order). Nothing when a file's date cannot be found that way: then every file is read whole first.
    // `dates` gets each file's date as found, to be compared with its whole reading.
    static std::optional<QVector<qsizetype>> oldestFirst(const QStringList& files, QVector<QDateTime>* dates);

    SubmissionReads(const QStringList& files, QVector<qsizetype> order);
    ~SubmissionReads();   // stops the readers and waits for them
    SubmissionReads(const SubmissionReads&) = delete;
    SubmissionReads& operator=(const SubmissionReads&) = delete;

    // The next file in the order, read as Submission::read reads it; waits until it is.
    Result<Submission> next();

private:
    void readAhead();

    static constexpr qsizetype ahead = 4;   // files read and not yet taken: the memory of a few units

    const QStringList m_files;
    const QVector<qsizetype> m_order;
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::vector<std::optional<Result<Submission>>> m_done;   // by place in the order
    qsizetype m_started = 0;   // places handed to a reader
    qsizetype m_taken = 0;     // places given out by next()
    bool m_stop = false;
    std::vector<std::unique_ptr<QThread>> m_readers;
};

} // namespace daicho
