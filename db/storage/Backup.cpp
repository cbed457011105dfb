#include "storage/Backup.h"

#include "storage/HistoryChain.h"
#include "storage/Migrations.h"
#include "storage/Register.h"
#include "storage/SqliteHandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

#include <sqlite3.h>

namespace daicho {

namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

// A raw SQLite connection, closed on every way out.
struct RawDb
{
    sqlite3* db = nullptr;
    RawDb() = default;
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;
    ~RawDb()
    {
        if (db)
            sqlite3_close(db);
    }
    bool open(const QString& path, int flags)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK)
            return false;
        sqlite3_busy_timeout(db, 5000);
        return true;
    }
    QString error() const
    {
        return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
    }
    int errorCode() const { return db ? sqlite3_errcode(db) : SQLITE_NOMEM; }
    // Every row's first column; false on an SQL error.
    bool column(const char* sql, QStringList* out)
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
            return false;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const unsigned char* text = sqlite3_column_text(st, 0);
            *out << QString::fromUtf8(reinterpret_cast<const char*>(text));
        }
        sqlite3_finalize(st);
        return rc == SQLITE_DONE;
    }
    QString value(const char* sql, bool* ok = nullptr)
    {
        QStringList values;
        const bool done = column(sql, &values);
        if (ok)
            *ok = done && !values.isEmpty();
        return values.value(0);
    }
};

// Copies one whole database into `target` with the online backup API: a consistent snapshot of the last
// committed state, whatever other connections write meanwhile.
Result<void> copyDatabase(sqlite3* source, const QString& target)
{
    QFile::remove(target);
    RawDb dst;
    if (!dst.open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        return makeError(
            ErrorCode::Io,
            Backup::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), dst.error()));
    sqlite3_backup* b = sqlite3_backup_init(dst.db, "main", source, "main");
    if (!b)
        return makeError(ErrorCode::Io, Backup::tr("The copy could not be started: %1").arg(dst.error()));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        // All pages in one step, so the copy is one snapshot even if colleagues keep writing.
        rc = sqlite3_backup_step(b, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(100);
    }
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return makeError(
            // A full disk is its own case for the person (and the CLI's exit code): free space, try again.
            rc == SQLITE_FULL || rc == SQLITE_IOERR ? ErrorCode::WriteFailed : ErrorCode::Io,
            Backup::tr("The copy could not be made: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    // A copy of a WAL register says WAL in its header: a backup is one self-contained file instead.
    dst.value("PRAGMA journal_mode = DELETE");
    QStringList check;
    if (!dst.column("PRAGMA integrity_check", &check) || check != QStringList{QStringLiteral("ok")})
        return makeError(ErrorCode::Io,
                         Backup::tr("The copy failed its integrity check: %1")
                             .arg(check.isEmpty() ? dst.error() : check.join(QStringLiteral("; "))));
    return {};
}

struct Entry
{
    QString path;
    QDateTime when;
    int sequence = 0;
    QString reason;
};

const QRegularExpression& namePattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{8}-\\d{6})(?:\\.(\\d+))?-([a-z]+)\\.sqlite$"));
    return re;
}

QVector<Entry> entries(const QString& registerPath)
{
    QVector<Entry> out;
    const QDir dir(Backup::folderFor(registerPath));
    for (const QString& name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const QRegularExpressionMatch m = namePattern().match(name);
        if (!m.hasMatch())
            continue;
        Entry e{dir.filePath(name), QDateTime::fromString(m.captured(1), kStamp), m.captured(2).toInt(),
                m.captured(3)};
        if (e.when.isValid())
            out << e;
    }
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        return a.when != b.when ? a.when > b.when : a.sequence > b.sequence;
    });
    return out;
}

QString group(const QString& reason)
{
    if (reason == QLatin1String("daily") || reason == QLatin1String("manual"))
        return reason;
    return QStringLiteral("operation");
}

int keep(const QString& group)
{
    if (group == QLatin1String("daily"))
        return Backup::kKeepDaily;
    if (group == QLatin1String("manual"))
        return Backup::kKeepManual;
    return Backup::kKeepBeforeOperation;
}

void rotate(const QString& registerPath, const QString& reason)
{
    const QString g = group(reason);
    int kept = 0;
    for (const Entry& e : entries(registerPath)) {
        if (group(e.reason) != g)
            continue;
        if (++kept > keep(g))
            QFile::remove(e.path);
    }
}

// Copies made within the same second (whatever their reason) are numbered, so the order of the list is
// the order they were made in.
QString targetName(const QString& folder, const QDateTime& when, const QString& reason)
{
    const QString stamp = when.toString(kStamp);
    const QDir dir(folder);
    const int same = dir.entryList({stamp + QStringLiteral("*.sqlite")}, QDir::Files).size();
    QString name = same == 0 ? QStringLiteral("%1-%2.sqlite").arg(stamp, reason)
                             : QStringLiteral("%1.%2-%3.sqlite").arg(stamp).arg(same + 1).arg(reason);
    for (int n = same + 2; QFileInfo::exists(dir.filePath(name)); ++n)
        name = QStringLiteral("%1.%2-%3.sqlite").arg(stamp).arg(n).arg(reason);
    return dir.filePath(name);
}

Result<BackupInfo> describe(const QString& path, bool thorough)
{
    const QString name = QDir::toNativeSeparators(path);
    BackupInfo info;
    info.path = path;
    const QFileInfo fi(path);
    info.size = fi.size();
    const QRegularExpressionMatch m = namePattern().match(fi.fileName());
    if (m.hasMatch()) {
        info.when = QDateTime::fromString(m.captured(1), kStamp);
        info.reason = m.captured(3);
    } else {
        info.when = fi.lastModified();
    }
    Result<int> version = Register::probe(path);
    if (!version)
        return version.error();
    RawDb db;
    if (!db.open(path, SQLITE_OPEN_READONLY))
        return makeError(ErrorCode::FileRefused, Backup::tr("%1 cannot be read: %2").arg(name, db.error()));
    if (thorough) {
        QStringList check;
        if (!db.column("PRAGMA integrity_check", &check) || check != QStringList{QStringLiteral("ok")})
            return makeError(ErrorCode::FileRefused,
                             Backup::tr("%1 is damaged (%2).")
                                 .arg(name, check.isEmpty() ? db.error() : check.join(QStringLiteral("; "))));
    }
    bool ok = false;
    info.cityName = db.value("SELECT value FROM meta WHERE key = 'city_name'", &ok);
    if (!ok)
        return makeError(ErrorCode::FileRefused,
                         Backup::tr("%1 is not a whole Daicho register: it has no city.").arg(name));
    // Withdrawn registrations are not assets; registers from before withdrawal have none.
    QString count = db.value("SELECT count(*) FROM asset WHERE withdrawn = 0", &ok);
    if (!ok)
        count = db.value("SELECT count(*) FROM asset", &ok);
    if (!ok)
        return makeError(ErrorCode::FileRefused,
                         Backup::tr("%1 is not a whole Daicho register: it has no assets table.").arg(name));
    info.assets = count.toInt();
    return info;
}

// The restore as a history row of the restored register, chained like every other row. A copy from
// before the chain (format 4 or older) gets the row without hashes: opening it chains every row.
Result<void> recordRestore(const QString& registerPath, const QString& comment, const Clock& clock,
                           const Actor& actor)
{
    Result<void> result;
    const QString connection =
        QStringLiteral("daicho-restore-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(registerPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery q(db);
        int version = 0;
        if (db.open() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toInt();
        const HistoryContent row{QStringLiteral("register"),
                                 0,
                                 clock.now().toString(Qt::ISODateWithMs),
                                 actor.osUser.isNull() ? QStringLiteral("") : actor.osUser,
                                 actor.displayName.isNull() ? QStringLiteral("") : actor.displayName,
                                 QStringLiteral("restore_register"),
                                 QStringLiteral("[]"),
                                 comment};
        auto fail = [&](const QSqlQuery& query) {
            result = makeError(ErrorCode::Database, query.lastError().text());
        };
        if (version < 1) {
            result = makeError(ErrorCode::Database, db.lastError().text());
        } else if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            fail(q);
        } else {
            HistoryChain chain;
            const bool chained = version >= 5;
            const Result<HistoryLink> link =
                chained ? chain.link(db, row) : Result<HistoryLink>(HistoryLink{row, {}, {}});
            QSqlQuery insert(db);
            insert.prepare(
                chained ? QStringLiteral("INSERT INTO history (entity, entity_id, at, os_user, display_name,"
                                         " action, changes, comment, prev_hash, hash)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        : QStringLiteral("INSERT INTO history (entity, entity_id, at, os_user, display_name,"
                                         " action, changes, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v : {QVariant(row.entity), QVariant(row.entityId), QVariant(row.at),
                                      QVariant(row.osUser), QVariant(row.displayName), QVariant(row.action),
                                      QVariant(row.changes), QVariant(row.comment)})
                insert.addBindValue(v);
            if (chained && link) {
                insert.addBindValue(link.value().previous.isNull() ? QStringLiteral("")
                                                                   : link.value().previous);
                insert.addBindValue(link.value().hash);
            }
            if (!link)
                result = link.error();
            else if (!insert.exec())
                fail(insert);
            if (result)
                q.exec(QStringLiteral("COMMIT"));
            else
                q.exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

QString Backup::folderFor(const QString& registerPath)
{
    return QFileInfo(registerPath).absoluteFilePath() + QStringLiteral(".backups");
}

Result<BackupInfo> Backup::make(const QString& registerPath, const QString& reason, const Clock& clock)
{
    const QString folder = folderFor(registerPath);
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io,
                         tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    const QString target = targetName(folder, clock.now(), reason);
    const QString partial = target + QStringLiteral(".partial");
    // A copy cut short by a crash or a kill in the same second left this name behind: never build on it.
    QFile::remove(partial);

    Result<void> copied;
    const QString connection =
        QStringLiteral("daicho-backup-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(registerPath);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (!QFileInfo(registerPath).isWritable())
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!QFileInfo::exists(registerPath) || !db.open())
            copied = makeError(ErrorCode::FileRefused,
                               tr("%1 cannot be read: %2")
                                   .arg(QDir::toNativeSeparators(registerPath), db.lastError().text()));
        else if (sqlite3* source = sqliteHandle(db))
            copied = copyDatabase(source, partial);
        else
            copied = makeError(ErrorCode::Database, tr("The register is not an SQLite database."));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!copied) {
        QFile::remove(partial);
        return makeError(copied.error().code,
                         tr("The backup of %1 failed: %2")
                             .arg(QDir::toNativeSeparators(registerPath), copied.error().message));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io,
                         tr("The backup %1 could not be written.").arg(QDir::toNativeSeparators(target)));
    }
    // Only a verified copy makes room: older ones go after the new one is known to be good.
    rotate(registerPath, reason);
    return describe(target, false);
}

Result<BackupInfo> Backup::makeDailyIfDue(const QString& registerPath, const Clock& clock)
{
    if (!QFileInfo(registerPath).isWritable())
        return BackupInfo{};
    {
        // A register nobody has recorded anything in yet (just created) has nothing to lose.
        RawDb db;
        bool ok = false;
        if (!db.open(registerPath, SQLITE_OPEN_READONLY) ||
            db.value("SELECT EXISTS (SELECT 1 FROM history)", &ok) != QLatin1String("1") || !ok)
            return BackupInfo{};
    }
    const QDate today = clock.today();
    for (const Entry& e : entries(registerPath))
        if (e.reason == QLatin1String("daily") && e.when.date() == today)
            return BackupInfo{};
    return make(registerPath, QStringLiteral("daily"), clock);
}

QVector<BackupInfo> Backup::list(const QString& registerPath)
{
    QVector<BackupInfo> out;
    for (const Entry& e : entries(registerPath)) {
        Result<BackupInfo> info = describe(e.path, false);
        if (info) {
            out << info.value();
        } else {
            BackupInfo broken;
            broken.path = e.path;
            broken.when = e.when;
            broken.reason = e.reason;
            broken.size = QFileInfo(e.path).size();
            out << broken;
        }
    }
    return out;
}

Result<BackupInfo> Backup::inspect(const QString& backupPath)
{
    return describe(backupPath, true);
}

Result<BackupInfo> Backup::restore(const QString& registerPath, const QString& backupPath, const Clock& clock,
                                   const Actor& actor)
{
    const QString reg = QDir::toNativeSeparators(registerPath);
    const QString unchanged = tr("The register was left unchanged.");
    if (!QFileInfo::exists(registerPath))
        return makeError(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(reg));
    if (QFileInfo(registerPath).canonicalFilePath() == QFileInfo(backupPath).canonicalFilePath())
        return makeError(ErrorCode::Usage,
                         tr("The backup is the register itself.") + QLatin1Char(' ') + unchanged);

    Result<BackupInfo> backup = inspect(backupPath);
    if (!backup)
        return makeError(ErrorCode::FileRefused,
                         tr("%1 cannot be restored: %2")
                                 .arg(QDir::toNativeSeparators(backupPath), backup.error().message) +
                             QLatin1Char(' ') + unchanged);
    QString currentCity;
    bool currentReadable = false;
    {
        RawDb current;
        if (current.open(registerPath, SQLITE_OPEN_READONLY))
            currentCity = current.value("SELECT value FROM meta WHERE key = 'city_name'", &currentReadable);
    }
    if (currentReadable && currentCity != backup.value().cityName)
        return makeError(ErrorCode::FileRefused, tr("%1 is the register of %2, not of %3.")
                                                         .arg(QDir::toNativeSeparators(backupPath),
                                                              backup.value().cityName, currentCity) +
                                                     QLatin1Char(' ') + unchanged);

    // Nobody else may have the file open: leaving WAL mode needs the only connection, and takes the
    // write-ahead log with it, so no stale log is ever applied to the restored file. Whatever happens
    // next, the register goes back to WAL, as Daicho creates it.
    auto backToWal = [&registerPath] {
        RawDb db;
        if (db.open(registerPath, SQLITE_OPEN_READWRITE))
            db.value("PRAGMA journal_mode = WAL");
    };
    {
        RawDb current;
        if (!current.open(registerPath, SQLITE_OPEN_READWRITE))
            return makeError(ErrorCode::Io, tr("%1 cannot be opened: %2").arg(reg, current.error()) +
                                                QLatin1Char(' ') + unchanged);
        sqlite3_busy_timeout(current.db, 1000);
        current.value("PRAGMA wal_checkpoint(TRUNCATE)");
        bool ok = false;
        const QString mode = current.value("PRAGMA journal_mode = DELETE", &ok);
        const int code = current.errorCode() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED ||
            (ok && mode.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0))
            return makeError(ErrorCode::Io,
                             tr("%1 is open in Daicho elsewhere; close it there first.").arg(reg) +
                                 QLatin1Char(' ') + unchanged);
    }

    // The file as it is now, first. A damaged file (the reason to restore, often) fails the online copy's
    // check: it is kept byte for byte instead, write-ahead log included.
    Result<BackupInfo> before = make(registerPath, QStringLiteral("restore"), clock);
    if (!before) {
        const QString target = targetName(folderFor(registerPath), clock.now(), QStringLiteral("restore"));
        if (!QFile::copy(registerPath, target)) {
            backToWal();
            return makeError(ErrorCode::Io, tr("The current file could not be kept before restoring.") +
                                                QLatin1Char(' ') + unchanged);
        }
        if (QFileInfo::exists(registerPath + QStringLiteral("-wal")))
            QFile::copy(registerPath + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
        BackupInfo kept;
        kept.path = target;
        kept.when = clock.now();
        kept.reason = QStringLiteral("restore");
        kept.size = QFileInfo(target).size();
        before = kept;
    }

    // A verified copy of the backup beside the register, then swapped in whole.
    const QString temp = registerPath + QStringLiteral(".restoring");
    {
        RawDb source;
        if (!source.open(backupPath, SQLITE_OPEN_READONLY)) {
            backToWal();
            return makeError(
                ErrorCode::FileRefused,
                tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(backupPath), source.error()));
        }
        Result<void> copied = copyDatabase(source.db, temp);
        if (!copied) {
            QFile::remove(temp);
            backToWal();
            return makeError(copied.error().code, copied.error().message + QLatin1Char(' ') + unchanged);
        }
    }
    {
        QFile in(temp);
        QSaveFile out(registerPath);
        bool written = in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly);
        while (written && !in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            written = !chunk.isEmpty() && out.write(chunk) == chunk.size();
        }
        if (!written || !out.commit()) {
            out.cancelWriting();
            QFile::remove(temp);
            backToWal();
            return makeError(ErrorCode::Io, tr("%1 could not be replaced: %2").arg(reg, out.errorString()) +
                                                QLatin1Char(' ') + unchanged);
        }
    }
    QFile::remove(temp);
    // What a damaged file left beside it belongs to the old file, never to the restored one.
    QFile::remove(registerPath + QStringLiteral("-wal"));
    QFile::remove(registerPath + QStringLiteral("-shm"));
    backToWal();
    const QString from = QFileInfo(backupPath).fileName();
    const QString comment =
        backup.value().when.isValid()
            ? tr("Restored from the backup %1 of %2; the register as it was is kept as %3.")
                  .arg(from, backup.value().when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       QFileInfo(before.value().path).fileName())
            : tr("Restored from %1; the register as it was is kept as %2.")
                  .arg(from, QFileInfo(before.value().path).fileName());
    // The file is already whole and restored; a failed record is said, not undone.
    const Result<void> recorded = recordRestore(registerPath, comment, clock, actor);
    if (!recorded)
        qWarning("daicho: the restore could not be recorded in the history: %s",
                 qPrintable(recorded.error().message));
    return before;
}

QString Backup::reasonText(const QString& reason)
{
    if (reason == QLatin1String("daily"))
        return tr("daily");
    if (reason == QLatin1String("manual"))
        return tr("made by hand");
    if (reason == QLatin1String("migration"))
        return tr("before a format update");
    if (reason == QLatin1String("import"))
        return tr("before an import");
    if (reason == QLatin1String("consolidation"))
        return tr("before a consolidation");
    if (reason == QLatin1String("restore"))
        return tr("before a restore");
    return reason;
}

} // namespace daicho
