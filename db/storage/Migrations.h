#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daicho {

// The schema as numbered steps. Each step runs in the caller's transaction and leaves
// PRAGMA user_version at its number, so a register is always at exactly one known version.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Migrations)
public:
    // Daicho's own application_id ("DAIC"), stored in the SQLite header.
    static constexpr quint32 kApplicationId = 0x44414943;
    static int latestVersion();

    // Runs the steps after `from` up to `to` (default: the latest).
    static Result<void> migrate(QSqlDatabase& db, int from, int to = -1);
};

} // namespace daicho
