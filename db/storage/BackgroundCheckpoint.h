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
    // The writer is about to begin a transaction. Once the log has grown past kRestartFrames, waits
    // for the copy of what it holds: a transaction that begins with the whole log copied writes it from
    // its start again (SQLite restarts it), where otherwise the log grew by every page of the run (a
    // city's 150 MB, the file's every new page allocated, and deleted at the close). While a reader
    // elsewhere (a colleague's open window) keeps the log from starting again, each such transaction
    // waits for the copy in flight: no longer than the writer's own checkpoint in its commit took.
    void beforeWrite();

private:
    void run();

    static constexpr int kRestartFrames = 4096;   // 16 MiB of 4 KiB pages

    sqlite3* const m_writer;
    sqlite3* m_own = nullptr;
    int m_writerPages = 0;   // the writer's automatic checkpoint size, given back at the end
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    bool m_pending = false;
    bool m_copying = false;
    int m_logFrames = 0;   // in the log at the end of the last copy
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace daicho
