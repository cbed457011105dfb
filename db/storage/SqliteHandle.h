#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QVariant>

struct sqlite3;

namespace daicho {

// The SQLite connection under a Qt Sql one (QSQLITE driver), for the parts of SQLite's C API that Qt
// does not wrap: online backup, data version, hooks. Null when the connection is not SQLite or closed.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// Names the file and sets the options of a connection to a register, before it is opened. A file, or
// a folder, that cannot be written (or `readOnly` asked for) is opened to read: SQLite then reports
// each change as read-only instead of failing to open. A register in WAL mode needs its -shm file;
// where that cannot be made (a read-only file or folder) and none exists, no one is writing the file,
// so it is read as immutable. (A write-ahead log with changes in it is read through SQLite's index, never
// skipped.) Returns whether the connection will be read-only.
bool configureRegisterConnection(QSqlDatabase& db, const QString& path, bool readOnly);

// The first column of the first row `sql` gives on a connection of SQLite's own API, as text (a PRAGMA's
// answer, a count); empty when the statement fails (busy, among others) or gives no row.
QByteArray sqliteText(sqlite3* db, const char* sql);

// A text bound through Qt Sql. Text columns are NOT NULL with '' for "nothing", and Qt Sql binds a
// null QString as NULL, so every text value goes through here.
inline QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace daicho
