#include "storage/BackgroundCheckpoint.h"

#include "storage/SqliteHandle.h"

#include <QByteArray>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

namespace daicho {

BackgroundCheckpoint::BackgroundCheckpoint(sqlite3* writer, const QString& path) : m_writer(writer)
{
    if (!m_writer || sqlite3_db_readonly(m_writer, "main") != 0)
        return;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_own, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(m_own);
        m_own = nullptr;
        return;
    }
    m_writerPages = sqliteText(m_writer, "PRAGMA wal_autocheckpoint").toInt();
    // A new connection learns the file is in WAL mode only when it first reads it; until then a
    // checkpoint on it does nothing.
    const bool wal = sqliteText(m_own, "PRAGMA journal_mode") == "wal";
    if (m_writerPages <= 0 || !wal) {   // nothing to take over
        sqlite3_close(m_own);
        m_own = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_own, 0);
    sqlite3_wal_autocheckpoint(m_writer, 0);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    if (m_thread) {
        {
            const QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_wake.wakeAll();
        }
        m_thread->wait();
    }
    if (m_writerPages > 0)
        sqlite3_wal_autocheckpoint(m_writer, m_writerPages);
    sqlite3_close(m_own);
}

void BackgroundCheckpoint::committed()
{
    if (!m_thread)
        return;
    const QMutexLocker lock(&m_mutex);
    m_pending = true;
    m_wake.wakeAll();
}

void BackgroundCheckpoint::run()
{
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (!m_pending && !m_stop)
                m_wake.wait(&m_mutex);
            if (!m_pending)   // stopped, with every commit copied
                return;
            m_pending = false;
            m_copying = true;
        }
        // Passive: copies what no reader still needs, never waits for a lock; what it leaves, the
        // next pass or the writer's own checkpoint copies.
        int logFrames = 0;
        sqlite3_wal_checkpoint_v2(m_own, "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames, nullptr);
        const QMutexLocker lock(&m_mutex);
        m_copying = false;
        m_logFrames = logFrames;
        m_idle.wakeAll();
    }
}

void BackgroundCheckpoint::beforeWrite()
{
    if (!m_thread)
        return;
    QMutexLocker lock(&m_mutex);
    if (m_logFrames < kRestartFrames)
        return;
    while (m_pending || m_copying)
        m_idle.wait(&m_mutex);
    m_logFrames = 0;   // the transaction about to begin starts the log again (or, if it cannot, waits no more)
}

} // namespace daicho
