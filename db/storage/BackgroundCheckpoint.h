#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QThread;
struct sqlite3;

namespace daicho {

// Copies a register's write-ahead log into the file on a thread and connection of its own after each
// commit of a long run of them, instead of in the commit that filled the log. Consolidating a city
// commits once per submission, and each of those 32 commits then copied its pages itself: a tenth of
// the run, on the thread that writes. SQLite lets a checkpoint run beside a writer (a passive one
// never waits and never blocks); the file is as safe as with SQLite's own automatic checkpoints.
// Nothing changes when the second connection cannot be opened.
class BackgroundCheckpoint
{
public:
    // `writer` is the register's connection, whose automatic checkpoints stop until this is destroyed.
    BackgroundCheckpoint(sqlite3* writer, const QString& path);
    // Copies what the last commit wrote (as the writer's own checkpoint would have), then the writer
    // checkpoints itself again.
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint&) = delete;
    BackgroundCheckpoint& operator=(const BackgroundCheckpoint&) = delete;

    // The writer committed: copy what it wrote.
    void committed();

private:
    void run();

    sqlite3* const m_writer;
    sqlite3* m_own = nullptr;
    int m_writerPages = 0;   // the writer's automatic checkpoint size, given back at the end
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_pending = false;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace daicho
