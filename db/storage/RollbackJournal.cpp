#include "storage/RollbackJournal.h"

#include "storage/SqliteHandle.h"

#include <QByteArray>
#include <QFile>

#include <sqlite3.h>

namespace daicho {

namespace {

// A PRAGMA's answer in lower case, or an empty text when it fails (SQLITE_BUSY among others).
QByteArray pragma(sqlite3* db, const char* sql)
{
    return sqliteText(db, sql).toLower();
}

// The note beside the connection's file; empty for a database without a file.
QString notePath(sqlite3* db)
{
    const char* file = sqlite3_db_filename(db, "main");
    return file && *file ? QFile::decodeName(file) + QStringLiteral("-bulkwrite") : QString();
}

} // namespace

RollbackJournal::RollbackJournal(sqlite3* db, qsizetype rows)
{
    if (!db || rows < kMinimumRows || pragma(db, "PRAGMA journal_mode") != "wal")
        return;
    m_note = notePath(db);
    // The note first: wherever a kill comes after it, the next opening finds it.
    QFile note(m_note);
    if (m_note.isEmpty() || !note.open(QIODevice::WriteOnly))
        return;
    note.close();
    // SQLite refuses the change inside a transaction, and answers "busy" at once (no wait) when another
    // connection has the file open.
    if (pragma(db, "PRAGMA journal_mode = DELETE") == "delete")
        m_db = db;
    else
        QFile::remove(m_note);
}

RollbackJournal::~RollbackJournal()
{
    if (m_db && restoreWal(m_db))
        QFile::remove(m_note);
}

bool RollbackJournal::restoreWal(sqlite3* db)
{
    return db && pragma(db, "PRAGMA journal_mode = WAL") == "wal";
}

void RollbackJournal::recover(sqlite3* db)
{
    const QString note = db ? notePath(db) : QString();
    if (note.isEmpty() || !QFile::exists(note) || !restoreWal(db))
        return;
    // A kill between a commit that emptied the journal's header and the journal's deletion (SQLite
    // empties it first when it holds the file alone, as while the mode changes) leaves the journal:
    // never "hot", SQLite ignores it, and with this connection in WAL mode nobody can begin one. Only a
    // journal whose header is empty is taken away: one that can roll the file back is never touched.
    QFile journal(QFile::decodeName(sqlite3_db_filename(db, "main")) + QStringLiteral("-journal"));
    if (journal.open(QIODevice::ReadOnly)) {
        const QByteArray header = journal.read(8);
        journal.close();
        if (header.count('\0') == header.size())
            journal.remove();
    }
    QFile::remove(note);
}

} // namespace daicho
