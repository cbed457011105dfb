#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace daicho {

// The SQLite connection under a Qt Sql one (QSQLITE driver), for the parts of SQLite's C API that Qt
// does not wrap: online backup, data version, hooks. Null when the connection is not SQLite or closed.
sqlite3* sqliteHandle(const QSqlDatabase& db);

} // namespace daicho
