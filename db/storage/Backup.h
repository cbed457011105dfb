#pragma once

#include "storage/Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace daicho {

// One backup copy of a register.
struct BackupInfo
{
    QString path;
    QDateTime when;
    QString reason; // daily, manual, migration, import, consolidation, restore
    qint64 size = 0;
    int assets = -1; // -1 when the copy cannot be read
    QString cityName;
};

// Automatic, rotating backups of a register, in the folder `<register>.backups/` beside it. Copies are
// made with SQLite's online backup API: one consistent copy even while colleagues write, checked with
// PRAGMA integrity_check before any older copy is rotated out. Daily copies (the first opening of a
// day) and copies taken before an operation (format update, import, consolidation, restore) are kept
// in separate sets, so a busy day of imports never pushes out last week's daily copies.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Backup)
public:
    static constexpr int kKeepDaily = 10;
    static constexpr int kKeepBeforeOperation = 5;
    static constexpr int kKeepManual = 10;

    static QString folderFor(const QString& registerPath);

    // Copies the register now, verifies the copy, then rotates older copies of the same set out.
    static Result<BackupInfo> make(const QString& registerPath, const QString& reason, const Clock& clock);
    // The daily copy, when none was made today (an empty path when there was). A register that cannot be
    // written (a read-only share) or has no history yet (just created) gets none: nothing can be lost there.
    static Result<BackupInfo> makeDailyIfDue(const QString& registerPath, const Clock& clock);

    // The register's backups, newest first, with their size, assets and city read from each copy.
    static QVector<BackupInfo> list(const QString& registerPath);
    // One backup's details; FileRefused when it is not a whole Daicho register.
    static Result<BackupInfo> inspect(const QString& backupPath);

    // Replaces the register with `backupPath`: the backup must be a whole Daicho register of the same
    // city; the current file is backed up first (reason "restore") and the replacement is atomic, so the
    // register is either the old file or the whole backup, never half of one. Nobody else may have the
    // register open. The restored register's history records the restore (who, when, from which copy), so
    // history rows that went with the replaced file are accounted for. Returns the copy of the file as it
    // was before.
    static Result<BackupInfo> restore(const QString& registerPath, const QString& backupPath,
                                      const Clock& clock, const Actor& actor);

    // The reason in words, for lists.
    static QString reasonText(const QString& reason);
};

} // namespace daicho
