#pragma once

#include <QString>

struct sqlite3;

namespace daicho {

// For one transaction that adds many rows to a register: the file leaves WAL mode for its length and
// commits through a rollback journal, SQLite's other crash-safe way, then goes back to WAL.
//
// In WAL mode every page a transaction writes is written twice: into the log at the commit, and from
// the log into the file at the checkpoint. A city's 100,000-row import writes some 130 MB of new pages,
// and the second copy was a seventh of its time. A rollback journal keeps the old content of the few
// pages the transaction changes (new pages need none), and the pages go straight into the file.
//
// Leaving WAL mode needs the only connection to the file: when anyone else has it open (a colleague's
// window, the register's own page check), SQLite refuses at once, without waiting, and the
// transaction goes through the log as always. While the file is out of WAL mode a note lies beside it
// (its name and "-bulkwrite"): a process killed on the way leaves the note, and its journal too when it
// was inside the transaction. SQLite rolls the file back with the journal at the next opening, and
// Register::open (recover()) puts the file back in WAL mode.
class RollbackJournal
{
public:
    // Below this many rows the log costs nothing worth a change of mode.
    static constexpr qsizetype kMinimumRows = 1000;

    // Made before the transaction begins, on the register's connection; `rows` the rows it will add.
    RollbackJournal(sqlite3* db, qsizetype rows);
    // Back to WAL, after the transaction has been committed or rolled back.
    ~RollbackJournal();
    RollbackJournal(const RollbackJournal&) = delete;
    RollbackJournal& operator=(const RollbackJournal&) = delete;

    // The file is in rollback-journal mode now.
    bool active() const { return m_db != nullptr; }

    // After a write killed on its way (the note is there): the file back in WAL mode, and the note
    // gone. Nothing changes when SQLite cannot (the connection only reads, or another holds the file).
    static void recover(sqlite3* db);

private:
    static bool restoreWal(sqlite3* db);

    sqlite3* m_db = nullptr;   // null: nothing was changed
    QString m_note;
};

} // namespace daicho
