#pragma once

#include "storage/HistoryChain.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace daicho {

// What `check` asks of the file itself: SQLite's integrity and foreign key checks, and the history chain.
struct FileCheckReport
{
    QStringList integrity;                       // empty when whole
    Result<ChainReport> chain = ChainReport();
};

// The file's checks, which read every page and every history row but need nothing of the register's
// own connection: on a read-only connection of their own they can run on another thread while that
// connection reads and checks the assets (at 100,000 assets, each side is about half of `check`).
class FileCheck
{
public:
    // Opens, checks and closes its own connection, all on the calling thread (Qt Sql's rule).
    static FileCheckReport run(const QString& path);
    // PRAGMA integrity_check plus the foreign key check on an open connection; empty when whole.
    static QStringList integrityProblems(QSqlDatabase& db);
};

} // namespace daicho
