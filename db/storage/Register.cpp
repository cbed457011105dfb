#include "storage/Register.h"

#include "calendar/JapaneseDate.h"
#include "domain/CityProfile.h"
#include "domain/ReviewPolicy.h"
#include "domain/TextRule.h"
#include "storage/AssetColumns.h"
#include "storage/AssetReader.h"
#include "storage/AssetWriter.h"
#include "storage/Backup.h"
#include "storage/BackgroundCheckpoint.h"
#include "storage/FileCheck.h"
#include "storage/HistoryChanges.h"
#include "storage/LockHolder.h"
#include "storage/Migrations.h"
#include "storage/PreparedAhead.h"
#include "storage/RollbackJournal.h"
#include "storage/SqliteHandle.h"
#include "util/Text.h"

#include <algorithm>
#include <numeric>

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <sqlite3.h>

namespace daicho {

namespace {

QAtomicInt g_connectionCounter;

QVariant sqlValue(const AssetField& f, const Asset& a)
{
    const QVariant v = f.get(a);
    switch (f.type) {
    case FieldType::Boolean: return int(v.toBool());
    case FieldType::Integer: return v.toInt();
    case FieldType::Date: return v.toDate().isValid() ? QVariant(v.toDate().toString(Qt::ISODate)) : QVariant();
    default: return textValue(v.toString());
    }
}

QString isoNow(const Clock& clock)
{
    return clock.now().toString(Qt::ISODateWithMs);
}

// Allowed workflow moves: 下書き → 確認待ち → 承認済 / 差戻し; a returned or approved asset can be resubmitted.
bool statusMoveAllowed(const QString& from, const QString& to)
{
    static const QHash<QString, QStringList> moves = {
        {QStringLiteral("draft"), {QStringLiteral("pending")}},
        {QStringLiteral("pending"), {QStringLiteral("approved"), QStringLiteral("returned"), QStringLiteral("draft")}},
        {QStringLiteral("returned"), {QStringLiteral("pending"), QStringLiteral("draft")}},
        {QStringLiteral("approved"), {QStringLiteral("pending"), QStringLiteral("draft")}},
    };
    return moves.value(from).contains(to);
}

} // namespace

Register::Register(const QString& path, const Clock& clock)
    : m_path(path),
      m_connection(QStringLiteral("daicho-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1))),
      m_clock(clock)
{
}

Register::~Register()
{
    // A deferred check (and the backup after it) works on connections of its own; it finishes first.
    if (m_deferredWork.valid())
        m_deferredWork.wait();
    m_checkpoint.reset();   // its thread and connection first
    m_statements.clear();   // before the connection they were prepared on goes
    m_writer.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlQuery& Register::statement(const QString& sql) const
{
    std::shared_ptr<QSqlQuery>& q = m_statements[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connection));
        // A failed prepare shows up as the exec's error, with the statement in the message.
        q->prepare(sql);
    }
    return *q;
}

AssetWriter& Register::writer() const
{
    sqlite3* handle = sqliteHandle(QSqlDatabase::database(m_connection));
    if (!m_writer || m_writer->handle() != handle)
        m_writer = std::make_unique<AssetWriter>(handle);
    return *m_writer;
}

QString Register::rowTime() const
{
    return rowTime(m_clock.now());
}

QString Register::rowTime(const QDateTime& at) const
{
    if (m_rowTime.isEmpty() || at != m_rowTimeAt || at.timeSpec() != m_rowTimeAt.timeSpec()) {
        m_rowTimeAt = at;
        m_rowTime = at.toString(Qt::ISODateWithMs);   // as isoNow writes it
    }
    return m_rowTime;
}

Error Register::sqlError(const QSqlQuery& query, const QString& what) const
{
    return fileError(m_path, query.lastError().text(), what);
}

// SQLite's answer in words a person can act on, each kind with its own code (and CLI exit status).
Error Register::fileError(const QString& path, const QString& text, const QString& what)
{
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"))) {
        if (const std::optional<LockHolder> holder = LockHolder::read(path))
            return makeError(ErrorCode::Busy, tr("The register is being changed by %1; nothing was changed. Try "
                                                 "again when they have finished (%2).")
                                                  .arg(holder->describe(), what));
        return makeError(ErrorCode::Busy, tr("The register is in use by someone else; try again in a moment (%1).").arg(what));
    }
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return makeError(ErrorCode::ReadOnly, tr("The register file (or its folder) is read-only; nothing was changed."));
    if (text.contains(QLatin1String("full")))
        return makeError(ErrorCode::WriteFailed,
                         tr("The disk holding the register is full; nothing was changed. Free some space and try again."));
    if (text.contains(QLatin1String("I/O error")))
        return makeError(ErrorCode::WriteFailed,
                         tr("The register could not be written to the disk (%1); nothing was changed.").arg(what));
    return makeError(ErrorCode::Database, tr("The register could not be read or written (%1): %2").arg(what, text));
}

Result<int> Register::probe(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile() || !info.isReadable())
        return makeError(ErrorCode::FileRefused, tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileRefused,
                         tr("The file %1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(100);
    const QString name = QDir::toNativeSeparators(path);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return makeError(ErrorCode::FileRefused,
                         tr("%1 is not a Daicho register (it is not a database file). It was left unchanged.").arg(name));
    const quint32 appId = qFromBigEndian<quint32>(header.constData() + 68);
    const qint32 version = qFromBigEndian<qint32>(header.constData() + 60);
    if (appId != Migrations::kApplicationId)
        return makeError(ErrorCode::FileRefused,
                         tr("%1 is a database, but not a Daicho register. It was left unchanged.").arg(name));
    if (version > Migrations::latestVersion())
        return makeError(ErrorCode::TooNew,
                         tr("%1 was written by a newer version of Daicho (register format %2; this version reads up "
                            "to %3). Please update Daicho. The file was left unchanged.")
                             .arg(name)
                             .arg(version)
                             .arg(Migrations::latestVersion()));
    if (version < 1)
        return makeError(ErrorCode::FileRefused, tr("%1 is an incomplete Daicho register. It was left unchanged.").arg(name));
    return int(version);
}

Result<void> Register::openConnection(bool create, bool readOnlyCheck)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    // A new file is always written; an existing one that cannot be is opened to read (SqliteHandle).
    if (create) {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        configureRegisterConnection(db, m_path, readOnlyCheck);
    }
    if (!db.open())
        return makeError(ErrorCode::FileRefused,
                         tr("The register %1 could not be opened: %2")
                             .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return sqlError(q, tr("settings"));
    if (create && !q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sqlError(q, tr("settings"));
    return {};
}

Result<void> Register::begin(const Actor& actor)
{
    if (m_batchDepth > 0)
        return {};
    // A register opened with its check deferred saves nothing before the check has passed.
    if (Result<void> checked = awaitPageCheck(); !checked)
        return checked;
    // Every change starts here, so a frozen 年度 copy refuses them all in this one place.
    if (m_frozenYear > 0)
        return makeError(ErrorCode::Validation,
                         tr("This register is the closed copy of %1 and cannot be changed; open the working register "
                            "to make changes.")
                             .arg(JapaneseDate::formatFiscalYear(m_frozenYear)));
    if (m_checkpoint)
        m_checkpoint->beforeWrite();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // IMMEDIATE takes the write lock up front, so two people never both half-finish a change.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(q, tr("start of change"));
    LockHolder::claim(m_path, actor);
    return {};
}

Result<void> Register::commit()
{
    if (m_batchDepth > 0)
        return {};
    // The note goes before the lock does: once the lock is free the next holder writes its own.
    LockHolder::release(m_path);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = sqlError(q, tr("saving"));
        rollback();
        return e;
    }
    if (m_checkpoint)
        m_checkpoint->committed();
    return {};
}

Register::LongWrite::LongWrite(Register& reg) : m_reg(reg), m_outermost(!reg.m_checkpoint)
{
    if (m_outermost)
        m_reg.m_checkpoint = std::make_unique<BackgroundCheckpoint>(m_reg.writer().handle(), m_reg.m_path);
}

Register::LongWrite::~LongWrite()
{
    if (m_outermost)
        m_reg.m_checkpoint.reset();
}

Register::BulkWrite::BulkWrite(Register& reg, qsizetype rows)
    : m_journal(std::make_unique<RollbackJournal>(reg.writer().handle(), rows))
{
}

Register::BulkWrite::~BulkWrite() = default;

void Register::rollback()
{
    // Inside a batch one failed step fails the whole batch, which rolls back once at its end.
    if (m_batchDepth > 0) {
        m_batchFailed = true;
        return;
    }
    LockHolder::release(m_path);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("ROLLBACK"));
}

namespace {

// The municipality's name, printed on every page: one line, cleaned as every stored text, at most as long
// as an organisation unit's name.
Result<QString> cleanCityName(const QString& name)
{
    const QString cleaned = TextRule::clean(name, TextRule::Lines::Single).trimmed();
    const QStringList problems =
        TextRule::problems(Register::tr("The name of the municipality"), cleaned, TextRule::kOrgNameMax);
    if (!problems.isEmpty())
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char(' ')));
    return cleaned;
}

} // namespace

Result<std::unique_ptr<Register>> Register::create(const QString& path, const RegisterSettings& settings,
                                                   const Actor& actor, const Clock& clock)
{
    const CityProfile* profile = CityProfile::find(settings.profileId);
    if (!profile)
        return makeError(ErrorCode::Usage, tr("Unknown city profile \"%1\" (known: %2).")
                                               .arg(settings.profileId, CityProfile::ids().join(QStringLiteral(", "))));
    const Result<QString> cityName = cleanCityName(settings.cityName);
    if (!cityName)
        return cityName.error();
    const QString schemeId = settings.schemeId.isEmpty() ? profile->schemeId : settings.schemeId;
    if (!ClassificationScheme::preset(schemeId))
        return makeError(ErrorCode::Usage, tr("Unknown classification scheme \"%1\".").arg(schemeId));
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::FileRefused,
                         tr("%1 already exists; a new register is never written over an existing file.")
                             .arg(QDir::toNativeSeparators(path)));
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return makeError(ErrorCode::Io, tr("The folder %1 cannot be created.").arg(target.absolutePath()));

    // Built under a temporary name and renamed into place, so a half-made file never looks like a register.
    const QString temp = path + QStringLiteral(".creating");
    QFile::remove(temp);
    {
        std::unique_ptr<Register> reg(new Register(temp, clock));
        Result<void> r = reg->openConnection(true);
        QSqlDatabase db = QSqlDatabase::database(reg->m_connection);
        if (r)
            r = reg->begin(actor);
        if (r)
            r = Migrations::migrate(db, 0);
        auto meta = [&db](const QString& key, const QString& value) -> Result<void> {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
            q.addBindValue(key);
            q.addBindValue(textValue(value));
            if (!q.exec())
                return makeError(ErrorCode::Database, q.lastError().text());
            return {};
        };
        const QString city = cityName.value().isEmpty() ? profile->cityName : cityName.value();
        if (r) r = meta(QStringLiteral("city_name"), city);
        if (r) r = meta(QStringLiteral("profile"), profile->id);
        if (r) r = meta(QStringLiteral("default_scheme"), schemeId);
        if (r) r = meta(QStringLiteral("created_at"), isoNow(clock));
        if (r) r = meta(QStringLiteral("created_by"), actor.displayName);
        if (r) r = meta(QStringLiteral("daicho_version"), QStringLiteral(DAICHO_VERSION));
        if (r) r = meta(QStringLiteral("review_interval_months"), QStringLiteral("12"));
        for (const NetworkSegment& s : profile->segments) {
            if (!r)
                break;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO network_segment (code, name, role, sort_order) VALUES (?, ?, ?, ?)"));
            q.addBindValue(s.code);
            q.addBindValue(textValue(s.name));
            q.addBindValue(textValue(s.role));
            q.addBindValue(s.sortOrder);
            if (!q.exec())
                r = makeError(ErrorCode::Database, q.lastError().text());
        }
        if (r)
            r = reg->commit();
        else
            reg->rollback();
        if (!r) {
            reg.reset();
            QFile::remove(temp);
            QFile::remove(temp + QStringLiteral("-wal"));
            QFile::remove(temp + QStringLiteral("-shm"));
            return r.error();
        }
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return makeError(ErrorCode::Io, tr("The new register could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    }
    return open(path, clock);
}

Result<void> Register::pageCheck() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)"))) {
        // In use or unreadable is not damaged: say what it is.
        const Error e = fileError(m_path, q.lastError().text(), tr("opening"));
        if (e.code == ErrorCode::Busy || e.code == ErrorCode::ReadOnly)
            return e;
    }
    if (!q.isActive() || !q.next() || q.value(0).toString() != QLatin1String("ok"))
        return makeError(ErrorCode::FileRefused,
                         tr("%1 is damaged (%2). It was left unchanged; restore it from a backup.")
                             .arg(QDir::toNativeSeparators(m_path),
                                  q.lastError().isValid() ? q.lastError().text() : q.value(0).toString()));
    return {};
}

std::optional<Error> Register::pageCheckOutcome() const
{
    if (!m_pageCheck.valid())
        return Error{};
    if (m_pageCheck.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return std::nullopt;
    return m_pageCheck.get();
}

void Register::waitForDeferredWork() const
{
    if (m_deferredWork.valid())
        m_deferredWork.wait();
}

Result<void> Register::awaitPageCheck() const
{
    if (!m_pageCheck.valid())
        return {};
    const Error& e = m_pageCheck.get();
    if (e.isError())
        return e;
    return {};
}

Result<void> Register::checkPages(const QString& path, const Clock& clock)
{
    Result<int> version = probe(path);
    if (!version)
        return version.error();
    // A connection of this thread's own (Qt's connections belong to the thread that made them).
    Register checker(path, clock);
    Result<void> r = checker.openConnection(false, true);
    if (!r)
        return r;
    return checker.pageCheck();
}

Result<std::unique_ptr<Register>> Register::open(const QString& path, const Clock& clock, PageCheck check,
                                                 DeferredCheck deferredCheck)
{
    Result<int> version = probe(path);
    if (!version)
        return version.error();
    std::unique_ptr<Register> reg(new Register(path, clock));
    Result<void> r = reg->openConnection(false);
    if (!r)
        return r.error();
    QSqlDatabase db = QSqlDatabase::database(reg->m_connection);
    bool pagesChecked = false;
    if (check == PageCheck::Before) {
        r = reg->pageCheck();
        if (!r)
            return r.error();
        pagesChecked = true;
    }
    // With the check deferred, anything refused before it starts is refused in the check's words when the
    // check fails too: a damaged or locked file reads the same whichever way it was opened.
    auto refuse = [&reg, &pagesChecked](const Error& e) -> Error {
        if (!pagesChecked)
            if (Result<void> pages = reg->pageCheck(); !pages)
                return pages.error();
        return e;
    };
    // The header probe() reads can lag behind a change still in the write-ahead log (another Daicho
    // migrated the file and still has it open): SQLite's own answer is the one that counts.
    int fileVersion = version.value();
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
            fileVersion = q.value(0).toInt();
        } else if (!pagesChecked) {
            // A file another process holds locked answers once, as the check before reading did, not after
            // a second wait.
            const Error e = fileError(path, q.lastError().text(), tr("opening"));
            if (e.code == ErrorCode::Busy || e.code == ErrorCode::ReadOnly)
                return e;
            r = reg->pageCheck();
            if (!r)
                return r.error();
            pagesChecked = true;
        }
    }
    if (fileVersion > Migrations::latestVersion())
        return refuse(makeError(
            ErrorCode::TooNew,
            tr("%1 was written by a newer version of Daicho (register format %2; this version reads up "
               "to %3). Please update Daicho. The file was left unchanged.")
                .arg(QDir::toNativeSeparators(path))
                .arg(fileVersion)
                .arg(Migrations::latestVersion())));
    if (fileVersion < Migrations::latestVersion()) {
        // Nothing is written to a file that has not passed its check.
        if (!pagesChecked) {
            r = reg->pageCheck();
            if (!r)
                return r.error();
            pagesChecked = true;
        }
        if (!QFileInfo(path).isWritable())
            return makeError(ErrorCode::FileRefused,
                             tr("%1 was written by an older Daicho and must be updated, but the file is read-only.")
                                 .arg(QDir::toNativeSeparators(path)));
        // SQLite's online backup, verified, in the register's backup folder.
        const Result<BackupInfo> backup = Backup::make(path, QStringLiteral("migration"), clock);
        if (!backup && backup.error().code == ErrorCode::WriteFailed)
            return makeError(ErrorCode::WriteFailed, tr("Before updating %1 a backup copy is made, and that failed: %2")
                                                         .arg(QDir::toNativeSeparators(path), backup.error().message));
        // A copy that does not pass its own check means the register itself is damaged where
        // quick_check does not look: refused, as it was.
        if (!backup)
            return makeError(ErrorCode::FileRefused, tr("%1 could not be read: %2")
                                                         .arg(QDir::toNativeSeparators(path), backup.error().message));
        reg->m_migrationBackup = backup.value().path;
        r = reg->begin();
        if (r)
            r = Migrations::migrate(db, fileVersion);
        // A file damaged where quick_check does not look (a table's definition) can migrate and still not
        // be read; reading it inside the migration lets a refusal roll back and leave the file as it was.
        bool unreadable = false;
        if (r) {
            r = reg->loadCatalog();
            unreadable = !r;
        }
        if (r)
            r = reg->commit();
        else
            reg->rollback();
        if (!r) {
            // Nothing was changed, so the copy is not needed; left behind it would only puzzle.
            QFile::remove(backup.value().path);
            if (unreadable)
                return makeError(ErrorCode::FileRefused, tr("%1 could not be read: %2")
                                                             .arg(QDir::toNativeSeparators(path), r.error().message));
            return r.error();
        }
        // Puts the new format into the file's header now, where every other Daicho's probe reads it.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    r = reg->loadCatalog();
    if (!r)
        return refuse(
            makeError(ErrorCode::FileRefused,
                      tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), r.error().message)));
    reg->m_frozenYear = reg->setting(QStringLiteral("frozen_fiscal_year")).toInt();
    // A bulk write killed on its way: SQLite rolled its journal back at the first reading above; the
    // register goes back to WAL mode (a file opened only to read stays as it is).
    RollbackJournal::recover(reg->writer().handle());
    // The first opening of a day keeps a copy; a failed copy never stops anyone from working. A deferred
    // check makes it after the check, in the same worker: a damaged file is not worth copying.
    const bool daily = reg->m_frozenYear == 0;
    if (pagesChecked && !deferredCheck) {
        if (daily)
            Backup::makeDailyIfDue(path, clock);
    } else {
        auto outcome = std::make_shared<std::promise<Error>>();
        reg->m_pageCheck = outcome->get_future().share();
        reg->m_deferredWork = std::async(
            std::launch::async, [path, &clock, daily, outcome, deferredCheck = std::move(deferredCheck)] {
                const Result<void> r = deferredCheck ? deferredCheck() : checkPages(path, clock);
                outcome->set_value(r ? Error{} : r.error());
                if (r && daily)
                    Backup::makeDailyIfDue(path, clock);
            });
    }
    return reg;
}

int Register::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : 0;
}

Result<void> Register::loadCatalog()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Catalog c;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, source FROM scheme ORDER BY id")))
        return sqlError(q, tr("schemes"));
    while (q.next()) {
        ClassificationScheme s;
        s.id = q.value(0).toString();
        s.name = q.value(1).toString();
        s.source = q.value(2).toString();
        c.schemes << s;
    }
    if (!q.exec(QStringLiteral("SELECT scheme_id, axis, name, short_name, used, allows_na FROM scheme_axis")))
        return sqlError(q, tr("schemes"));
    while (q.next()) {
        Axis axis;
        for (ClassificationScheme& s : c.schemes) {
            if (s.id != q.value(0).toString() || !axisFromCode(q.value(1).toString(), &axis))
                continue;
            AxisScale& scale = s.axis(axis);
            scale.name = q.value(2).toString();
            scale.shortName = q.value(3).toString();
            scale.used = q.value(4).toBool();
            scale.allowsNotApplicable = q.value(5).toBool();
        }
    }
    if (!q.exec(QStringLiteral("SELECT scheme_id, axis, code, rank, tier, label, definition FROM scheme_level"
                               " ORDER BY scheme_id, axis, rank")))
        return sqlError(q, tr("levels"));
    while (q.next()) {
        Axis axis;
        for (ClassificationScheme& s : c.schemes)
            if (s.id == q.value(0).toString() && axisFromCode(q.value(1).toString(), &axis))
                s.axis(axis).levels.append({q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt(),
                                            q.value(5).toString(), q.value(6).toString()});
    }
    if (!q.exec(QStringLiteral("SELECT code, text, sort_order FROM restriction ORDER BY sort_order, code")))
        return sqlError(q, tr("handling restrictions"));
    while (q.next())
        c.restrictions.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    if (!q.exec(QStringLiteral("SELECT scheme_id, axis, level_code, restriction_code FROM restriction_link")))
        return sqlError(q, tr("handling restrictions"));
    while (q.next()) {
        Axis axis;
        if (axisFromCode(q.value(1).toString(), &axis))
            c.restrictionLinks.append({q.value(0).toString(), axis, q.value(2).toString(), q.value(3).toString()});
    }
    if (!q.exec(QStringLiteral("SELECT scheme_id, condition, importance FROM importance_rule ORDER BY id")))
        return sqlError(q, tr("importance rules"));
    while (q.next())
        c.importanceRules.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    if (!q.exec(QStringLiteral("SELECT code, name, role, sort_order FROM network_segment ORDER BY sort_order, code")))
        return sqlError(q, tr("network segments"));
    while (q.next())
        c.segments.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    c.defaultSchemeId = setting(QStringLiteral("default_scheme"));
    if (c.defaultSchemeId.isEmpty())
        c.defaultSchemeId = ClassificationScheme::defaultId();
    m_catalog = c;

    orgUnits();   // fills the cache of units
    return {};
}

QString Register::setting(const QString& key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<void> Register::setSetting(const QString& key, const QString& value)
{
    Result<QString> stored = value;
    if (key == QLatin1String("city_name"))
        stored = cleanCityName(value);
    if (!stored)
        return stored.error();
    Result<void> r = begin();
    if (!r)
        return r;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(textValue(stored.value()));
    if (!q.exec()) {
        Error e = sqlError(q, tr("settings"));
        rollback();
        return e;
    }
    r = commit();
    if (r && key == QLatin1String("default_scheme"))
        m_catalog.defaultSchemeId = value;
    return r;
}

// ---- organisation -------------------------------------------------------------------------

QVector<OrgUnit> Register::orgUnits() const
{
    QVector<OrgUnit> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, kind, parent_id, sort_order, valid_from, valid_to FROM org_unit"
                               " ORDER BY sort_order, code")))
        return out;
    while (q.next()) {
        OrgUnit u;
        u.id = q.value(0).toLongLong();
        u.code = q.value(1).toString();
        u.name = q.value(2).toString();
        u.kind = q.value(3).toString();
        u.parentId = q.value(4).toLongLong();
        u.sortOrder = q.value(5).toInt();
        u.validFrom = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        u.validTo = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        out << u;
    }
    // Having read them all, the lookups by id and code see what a colleague added meanwhile too.
    m_orgUnits.clear();
    for (const OrgUnit& u : out)
        m_orgUnits.insert(u);
    return out;
}

std::optional<OrgUnit> Register::orgUnit(qint64 id) const
{
    if (const OrgUnit* unit = m_orgUnits.byId(id))
        return *unit;
    return std::nullopt;
}

std::optional<OrgUnit> Register::orgUnitByCode(const QString& code) const
{
    if (const OrgUnit* unit = m_orgUnits.byCode(code))
        return *unit;
    return std::nullopt;
}

QVector<qint64> Register::orgSubtree(qint64 id) const
{
    QVector<qint64> out{id};
    for (int i = 0; i < out.size(); ++i)
        for (const OrgUnit& u : m_orgUnits.units())
            if (u.parentId == out[i] && !out.contains(u.id))
                out << u.id;
    return out;
}

namespace {

// A comment a person gives for the history (why an edit, a return, a withdrawal): refused, before
// anything starts, when it holds a broken character or is longer than a comment may be. (Control
// characters are removed where every history row is written.)
std::optional<Error> commentProblem(const QString& comment)
{
    const QStringList problems = TextRule::commentProblems(comment);
    if (problems.isEmpty())
        return std::nullopt;
    return makeError(ErrorCode::Validation, problems.join(QLatin1Char(' ')) + QLatin1Char(' ')
                                                + Register::tr("Nothing was changed."));
}

} // namespace

Result<OrgUnit> Register::addOrgUnit(OrgUnit unit, const Actor& actor)
{
    // Codes and names are one line each, cleaned as every stored text is.
    unit.code = normalizedCode(TextRule::clean(unit.code, TextRule::Lines::Single));
    unit.name = TextRule::clean(unit.name, TextRule::Lines::Single).trimmed();
    if (unit.code.isEmpty() || unit.name.isEmpty())
        return makeError(ErrorCode::Validation, tr("An organisation unit needs a code and a name."));
    const QStringList textProblems = TextRule::problems(tr("The organisation code"), unit.code, TextRule::kOrgCodeMax)
                                     + TextRule::problems(tr("The organisation name"), unit.name, TextRule::kOrgNameMax);
    if (!textProblems.isEmpty())
        return makeError(ErrorCode::Validation, textProblems.join(QLatin1Char(' ')));
    if (!Vocabulary::orgKinds().contains(unit.kind))
        return makeError(ErrorCode::Validation, tr("\"%1\" is not a kind of organisation unit (use %2).")
                                                    .arg(unit.kind, Vocabulary::orgKinds().codes().join(QStringLiteral(", "))));
    if (orgUnitByCode(unit.code))
        return makeError(ErrorCode::Conflict, tr("The organisation code %1 is already used.").arg(unit.code));
    if (unit.parentId != 0 && !orgUnit(unit.parentId))
        return makeError(ErrorCode::NotFound, tr("The parent organisation unit does not exist."));
    if (unit.validFrom.isValid() && unit.validTo.isValid() && unit.validTo < unit.validFrom)
        return makeError(ErrorCode::Validation, tr("An organisation unit cannot end before it starts."));

    Result<void> r = begin(actor);
    if (!r)
        return r.error();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO org_unit (code, name, kind, parent_id, sort_order, valid_from, valid_to)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(unit.code);
    q.addBindValue(textValue(unit.name));
    q.addBindValue(unit.kind);
    q.addBindValue(unit.parentId ? QVariant(unit.parentId) : QVariant());
    q.addBindValue(unit.sortOrder);
    q.addBindValue(unit.validFrom.isValid() ? QVariant(unit.validFrom.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(unit.validTo.isValid() ? QVariant(unit.validTo.toString(Qt::ISODate)) : QVariant());
    if (!q.exec()) {
        Error e = sqlError(q, tr("organisation"));
        rollback();
        return e;
    }
    unit.id = q.lastInsertId().toLongLong();
    const QVector<AssetFields::Change> changes = {{QStringLiteral("code"), {}, unit.code},
                                                  {QStringLiteral("name"), {}, unit.name},
                                                  {QStringLiteral("kind"), {}, unit.kind}};
    r = writeHistory(QStringLiteral("org"), unit.id, QStringLiteral("create"), changes, {}, actor);
    if (r)
        r = commit();
    else
        rollback();
    if (!r)
        return r.error();
    m_orgUnits.insert(unit);
    return unit;
}

// ---- assets -------------------------------------------------------------------------------

QVector<Asset> Register::assets() const
{
    QVector<Asset> rows = readAssets(0, -1);
    // Sort positions, then move each row once: swapping whole rows (some forty strings each) through
    // the sort was a third of reading a city's register.
    QVector<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&rows](int a, int b) { return rows[a].assetNo < rows[b].assetNo; });
    QVector<Asset> out;
    out.reserve(rows.size());
    for (int i : order)
        out.append(std::move(rows[i]));
    return out;
}

QVector<Asset> Register::assetsPage(qint64 afterId, int limit) const
{
    return readAssets(afterId, std::max(1, limit));
}

QVector<Asset> Register::readAssets(qint64 afterId, int limit) const
{
    AssetReader reader(sqliteHandle(QSqlDatabase::database(m_connection)));
    QVector<Asset> out = reader.rows(afterId, limit, limit > 0 ? 0 : assetCount());
    for (Asset& a : out)
        a.orgCode = m_orgUnits.codeOf(a.orgId);
    return out;
}

std::optional<Asset> Register::asset(qint64 id) const
{
    AssetReader reader(sqliteHandle(QSqlDatabase::database(m_connection)));
    std::optional<Asset> a = reader.byId(id);
    if (a)
        a->orgCode = m_orgUnits.codeOf(a->orgId);
    return a;
}

std::optional<Asset> Register::assetByNo(const QString& assetNo) const
{
    return readAsset(assetNo, false);
}

std::optional<Asset> Register::readAsset(const QString& assetNo, bool includeWithdrawn) const
{
    AssetReader reader(sqliteHandle(QSqlDatabase::database(m_connection)));
    std::optional<Asset> a = reader.byNo(normalizedCode(assetNo), includeWithdrawn);
    if (a)
        a->orgCode = m_orgUnits.codeOf(a->orgId);
    return a;
}

int Register::assetCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM asset WHERE withdrawn = 0")) && q.next() ? q.value(0).toInt() : 0;
}

Asset Register::newAsset() const
{
    Asset a;
    const QDate today = m_clock.today();
    a.schemeId = m_catalog.defaultSchemeId;
    a.fiscalYear = JapaneseDate::fiscalYear(today);
    a.registeredOn = today;
    a.stage = QStringLiteral("create");
    a.status = QStringLiteral("draft");
    a.nextReview = ReviewPolicy::nextReview(today, setting(QStringLiteral("review_interval_months")).toInt());
    return a;
}

QString Register::nextAssetNo(const QString& orgCode) const
{
    const QString prefix = normalizedCode(orgCode) + QLatin1Char('-');
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT asset_no FROM asset WHERE asset_no LIKE ? ESCAPE '\\'"));
    QString pattern = prefix;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    q.addBindValue(QString(pattern + QLatin1Char('%')));
    int highest = 0;
    int width = 4;   // 0302-0001 unless the unit already writes its numbers wider
    if (q.exec())
        while (q.next()) {
            const QString digits = q.value(0).toString().mid(prefix.size());
            bool ok = false;
            const int n = digits.toInt(&ok);
            if (ok) {
                highest = std::max(highest, n);
                width = std::max(width, int(digits.size()));
            }
        }
    return prefix + QStringLiteral("%1").arg(highest + 1, width, 10, QLatin1Char('0'));
}

Result<Asset> Register::prepareForSave(Asset a) const
{
    return m_preparer.prepare(std::move(a), m_clock.today());
}

Result<void> Register::saveOverrides(const Asset& a)
{
    QSqlQuery& del = statement(QStringLiteral("DELETE FROM asset_restriction WHERE asset_id = ?"));
    del.bindValue(0, a.id);
    if (!del.exec())
        return sqlError(del, tr("handling restrictions"));
    QSqlQuery& q = statement(QStringLiteral("INSERT INTO asset_restriction (asset_id, restriction_code, action, reason)"
                                            " VALUES (?, ?, ?, ?)"));
    for (const RestrictionOverride& o : a.restrictionOverrides) {
        q.bindValue(0, a.id);
        q.bindValue(1, o.code);
        q.bindValue(2, o.add ? QStringLiteral("add") : QStringLiteral("remove"));
        q.bindValue(3, textValue(o.reason.trimmed()));
        if (!q.exec())
            return sqlError(q, tr("handling restrictions"));
    }
    return {};
}

Result<void> Register::writeHistory(const QString& entity, qint64 id, const QString& action,
                                    const QVector<AssetFields::Change>& changes, const QString& comment,
                                    const Actor& actor)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // Every comment passes here, a person's or one made of names from a submitted file: no control characters.
    const Result<HistoryLink> link = m_chain.link(db, {entity, id, isoNow(m_clock), actor.osUser, actor.displayName,
                                                       action, HistoryChanges::json(changes),
                                                       TextRule::clean(comment, TextRule::Lines::Multi)});
    if (!link)
        return link.error();
    // One statement writes every history row (AssetWriter's), whichever path made it.
    AssetWriter& w = writer();
    if (!w.insertHistory(link.value(), link.value().row.changes.toUtf8()))
        return fileError(m_path, w.errorText(), tr("history"));
    return {};
}

Result<Asset> Register::insertAsset(Asset a, const Actor& actor, const QDateTime& at, qint64 submissionId)
{
    Result<Asset> prepared = m_preparer.prepare(std::move(a), at.date());
    if (!prepared)
        return prepared;
    return insertPrepared(std::move(prepared).value(), QByteArray(), actor, at, submissionId);
}

Result<Asset> Register::insertPrepared(Asset a, QByteArray created, const Actor& actor, const QDateTime& at,
                                       qint64 submissionId, const std::optional<HistoryLink>& ahead)
{
    if (a.assetNo.isEmpty()) {
        a.assetNo = nextAssetNo(a.orgCode);
        created.clear();   // made for the asset without its number
    }

    AssetWriter& w = writer();
    const QString now = rowTime(at);
    switch (w.insertAsset(a, now, submissionId, &a.id)) {
    case AssetWriter::Outcome::Written: break;
    // The number's UNIQUE index answers "taken?" as the insert's side effect, withdrawn rows included
    // (a withdrawn registration keeps its number: the history still speaks of it).
    case AssetWriter::Outcome::NumberTaken:
        return makeError(ErrorCode::Conflict, tr("The asset number %1 is already used.").arg(a.assetNo));
    case AssetWriter::Outcome::Failed: return fileError(m_path, w.errorText(), tr("asset %1").arg(a.assetNo));
    }
    a.rowVersion = 1;
    if (!a.restrictionOverrides.isEmpty())
        if (Result<void> r = saveOverrides(a); !r)
            return r.error();

    // The creation's history row: every value the asset was created with (HistoryChanges), written once as UTF-8,
    // stored and hashed into the chain as those same bytes.
    const QByteArray changes = created.isEmpty() ? HistoryChanges::created(a) : created;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const HistoryContent row = HistoryContent::creation(a.id, now, actor);
    // A link made ahead counts only for exactly this row, following exactly the chain's last one.
    bool linkedAhead = false;
    if (ahead && !created.isEmpty() && ahead->row.entityId == row.entityId && ahead->row.at == row.at
        && ahead->row.osUser == row.osUser && ahead->row.displayName == row.displayName) {
        const Result<bool> followed = m_chain.follow(db, *ahead);
        if (!followed)
            return followed.error();
        linkedAhead = followed.value();
    }
    const Result<HistoryLink> link = linkedAhead ? Result<HistoryLink>(*ahead) : m_chain.linkUtf8(db, row, changes);
    if (!link)
        return link.error();
    if (!w.insertHistory(link.value(), changes))
        return fileError(m_path, w.errorText(), tr("history"));
    return a;
}

Result<Asset> Register::addAsset(Asset asset, const Actor& actor)
{
    Result<void> r = begin(actor);
    if (!r)
        return r.error();
    Result<Asset> saved = insertAsset(std::move(asset), actor, m_clock.now());
    if (!saved) {
        rollback();
        return saved;
    }
    r = commit();
    if (!r)
        return r.error();
    return saved;
}

Result<int> Register::addAssets(QVector<Asset> assets, const Actor& actor)
{
    Result<void> r = begin(actor);
    if (!r)
        return r.error();
    const LargeWriteCache cache(writer().handle(), assets.size());
    // The rows of one batch are created at one moment, the one it began. The system's local time costs
    // a look at the time zone file each reading (a stat and Qt's conversion), and a city's workbook
    // read it for each of 100,000 rows.
    const QDateTime at = m_clock.now();
    // Prepared, and their history linked, on a second thread, a step ahead of the writing here. The
    // table's ids go on from its largest (INTEGER PRIMARY KEY without AUTOINCREMENT): a link made for
    // another id than the row gets is not used.
    std::optional<PreparedAhead::ChainAhead> chain;
    if (assets.size() >= PreparedAhead::kThreadRows) {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        const Result<QString> last = m_chain.last(db);
        bool known = false;
        const qint64 largest = sqliteText(writer().handle(), "SELECT coalesce(max(id), 0) FROM asset").toLongLong(&known);
        if (last && known)
            chain = PreparedAhead::ChainAhead{last.value(), largest + 1, rowTime(at), actor};
    }
    PreparedAhead ahead(m_preparer, std::move(assets), at.date(), std::move(chain));
    int count = 0;
    for (qsizetype i = 0; i < ahead.size(); ++i) {
        PreparedAhead::Prepared p = ahead.take(i);
        Result<Asset> saved =
            p.asset ? insertPrepared(std::move(p.asset).value(), std::move(p.created), actor, at, 0, p.link) : p.asset;
        if (!saved) {
            rollback();
            return saved.error();
        }
        ++count;
    }
    r = commit();
    if (!r)
        return r.error();
    return count;
}

Result<Asset> Register::writeAsset(const Asset& before, Asset after, const QString& action, const QString& comment,
                                   const Actor& actor)
{
    Result<Asset> prepared = prepareForSave(std::move(after));
    if (!prepared)
        return prepared;
    after = std::move(prepared).value();
    after.id = before.id;
    const QVector<AssetFields::Change> changes = AssetFields::diff(before, after);
    if (changes.isEmpty())
        return before;

    QStringList sets{QStringLiteral("org_id = ?"), QStringLiteral("updated_at = ?"),
                     QStringLiteral("row_version = row_version + 1")};
    for (const AssetField& f : AssetFields::all())
        sets << assetColumn(f.key) + QStringLiteral(" = ?");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE asset SET ") + sets.join(QStringLiteral(", "))
              + QStringLiteral(" WHERE id = ? AND row_version = ?"));
    q.addBindValue(after.orgId);
    q.addBindValue(isoNow(m_clock));
    for (const AssetField& f : AssetFields::all())
        q.addBindValue(sqlValue(f, after));
    q.addBindValue(before.id);
    q.addBindValue(after.rowVersion);
    if (!q.exec())
        return sqlError(q, tr("asset %1").arg(after.assetNo));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("The asset %1 was changed by someone else after you opened it. Reload it and make your "
                            "change again.")
                             .arg(before.assetNo));
    after.rowVersion += 1;
    Result<void> r = saveOverrides(after);
    if (r)
        r = writeHistory(QStringLiteral("asset"), after.id, action, changes, comment, actor);
    if (!r)
        return r.error();
    return after;
}

Result<Asset> Register::updateAsset(Asset asset, const Actor& actor, const QString& comment)
{
    if (const std::optional<Error> e = commentProblem(comment))
        return *e;
    Result<void> r = begin(actor);
    if (!r)
        return r.error();
    auto fail = [this](Error e) -> Result<Asset> {
        rollback();
        return e;
    };
    const std::optional<Asset> before = this->asset(asset.id);
    if (!before)
        return fail(makeError(ErrorCode::NotFound, tr("The asset %1 does not exist.").arg(asset.assetNo)));
    if (before->isDisposed())
        return fail(makeError(ErrorCode::Validation,
                              tr("The asset %1 has been disposed of; its record can no longer be changed.")
                                  .arg(before->assetNo)));
    // A stale copy is a conflict whatever changed meanwhile, its stage or status included.
    if (asset.rowVersion != before->rowVersion)
        return fail(makeError(ErrorCode::Conflict,
                              tr("The asset %1 was changed by someone else after you opened it. Reload it and make your "
                                 "change again.")
                                  .arg(before->assetNo)));
    if (asset.stage != before->stage || asset.status != before->status)
        return fail(makeError(ErrorCode::Usage, tr("Stage and status change through their own actions, not an edit.")));
    // An approved row that is edited needs the section head's approval again.
    if (before->status == QLatin1String("approved"))
        asset.status = QStringLiteral("draft");
    Result<Asset> saved = writeAsset(*before, std::move(asset), QStringLiteral("update"), comment, actor);
    if (!saved)
        return fail(saved.error());
    r = commit();
    if (!r)
        return r.error();
    return saved;
}

Result<Asset> Register::changeStage(const QString& assetNo, const QString& stage, const StageChange& change,
                                    const Actor& actor)
{
    if (!Vocabulary::stages().contains(stage))
        return makeError(ErrorCode::Usage, tr("\"%1\" is not a lifecycle stage (use %2).")
                                               .arg(stage, Vocabulary::stages().codes().join(QStringLiteral(", "))));
    if (const std::optional<Error> e = commentProblem(change.comment))
        return *e;
    Result<void> r = begin(actor);
    if (!r)
        return r.error();
    auto fail = [this](Error e) -> Result<Asset> {
        rollback();
        return e;
    };
    const std::optional<Asset> before = assetByNo(assetNo);
    if (!before)
        return fail(makeError(ErrorCode::NotFound, tr("The asset %1 does not exist.").arg(assetNo)));
    if (before->isDisposed())
        return fail(makeError(ErrorCode::Validation,
                              tr("The asset %1 has already been disposed of.").arg(before->assetNo)));
    Asset after = *before;
    after.stage = stage;
    const QDate date = change.date.isValid() ? change.date : m_clock.today();
    QString action = QStringLiteral("stage");
    if (stage == QLatin1String("dispose")) {
        action = QStringLiteral("dispose");
        after.disposalDate = change.date;
        after.disposalPerson = change.person.trimmed();
        after.disposalMethod = Vocabulary::disposalMethods().codeFor(change.disposalMethod);
        if (!change.disposalMethod.isEmpty() && after.disposalMethod.isEmpty())
            return fail(makeError(ErrorCode::Validation, tr("\"%1\" is not a disposal method (use %2).")
                                                             .arg(change.disposalMethod,
                                                                  Vocabulary::disposalMethods().codes().join(QStringLiteral(", ")))));
        after.disposalApprover = change.disposalApprover.trimmed();
        after.disposalCertificate = change.disposalCertificate.trimmed();
        after.status = QStringLiteral("disposed");
        if (after.disposalMethod == QLatin1String("contractor") && after.disposalCertificate.isEmpty())
            return fail(makeError(ErrorCode::Validation,
                                  tr("Disposal by a contractor records the certificate number.")));
    }
    QString comment = change.comment;
    if (stage != QLatin1String("dispose")) {
        const QString who = change.person.trimmed().isEmpty() ? actor.displayName : change.person.trimmed();
        comment = tr("%1 by %2").arg(JapaneseDate::format(date), who)
                  + (change.comment.isEmpty() ? QString() : QStringLiteral(": ") + change.comment);
    }
    Result<Asset> saved = writeAsset(*before, after, action, comment, actor);
    if (!saved)
        return fail(saved.error());
    r = commit();
    if (!r)
        return r.error();
    return saved;
}

Result<Asset> Register::changeStatus(const QString& assetNo, const QString& status, const QString& comment,
                                     const Actor& actor)
{
    if (!Vocabulary::statuses().contains(status) || status == QLatin1String("disposed"))
        return makeError(ErrorCode::Usage, tr("\"%1\" is not a status that can be set (use draft, pending, approved "
                                              "or returned; disposal is a lifecycle stage).")
                                               .arg(status));
    if (const std::optional<Error> e = commentProblem(comment))
        return *e;
    Result<void> r = begin(actor);
    if (!r)
        return r.error();
    auto fail = [this](Error e) -> Result<Asset> {
        rollback();
        return e;
    };
    const std::optional<Asset> before = assetByNo(assetNo);
    if (!before)
        return fail(makeError(ErrorCode::NotFound, tr("The asset %1 does not exist.").arg(assetNo)));
    if (!statusMoveAllowed(before->status, status))
        return fail(makeError(ErrorCode::Validation, tr("The asset %1 cannot go from \"%2\" to \"%3\".")
                                                          .arg(before->assetNo,
                                                               Vocabulary::statuses().label(before->status),
                                                               Vocabulary::statuses().label(status))));
    if (status == QLatin1String("returned") && comment.trimmed().isEmpty())
        return fail(makeError(ErrorCode::Validation, tr("Returning an asset needs a comment saying why.")));
    Asset after = *before;
    after.status = status;
    Result<Asset> saved = writeAsset(*before, after, QStringLiteral("status"), comment.trimmed(), actor);
    if (!saved)
        return fail(saved.error());
    r = commit();
    if (!r)
        return r.error();
    return saved;
}

Result<Asset> Register::markReviewed(const QString& assetNo, const QDate& on, const Actor& actor)
{
    Result<void> r = begin(actor);
    if (!r)
        return r.error();
    const std::optional<Asset> before = assetByNo(assetNo);
    if (!before) {
        rollback();
        return makeError(ErrorCode::NotFound, tr("The asset %1 does not exist.").arg(assetNo));
    }
    if (before->isDisposed()) {
        rollback();
        return makeError(ErrorCode::Validation, tr("The asset %1 has already been disposed of.").arg(assetNo));
    }
    Asset after = *before;
    const QDate day = on.isValid() ? on : m_clock.today();
    after.lastReview = day;
    after.nextReview = ReviewPolicy::nextReview(day, setting(QStringLiteral("review_interval_months")).toInt());
    Result<Asset> saved = writeAsset(*before, after, QStringLiteral("review"), {}, actor);
    if (!saved) {
        rollback();
        return saved;
    }
    r = commit();
    if (!r)
        return r.error();
    return saved;
}

QVector<HistoryEntry> Register::history(const QString& entity, qint64 entityId) const
{
    QVector<HistoryEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, at, os_user, display_name, action, changes, comment FROM history"
                             " WHERE entity = ? AND entity_id = ? ORDER BY id"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!q.exec())
        return out;
    while (q.next()) {
        HistoryEntry h;
        h.id = q.value(0).toLongLong();
        h.entity = entity;
        h.entityId = entityId;
        h.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        h.osUser = q.value(2).toString();
        h.displayName = q.value(3).toString();
        h.action = q.value(4).toString();
        h.changes = HistoryChanges::read(q.value(5).toString().toUtf8());
        h.comment = q.value(6).toString();
        out << h;
    }
    return out;
}

QStringList Register::integrityProblems() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    return FileCheck::integrityProblems(db);
}

// ---- batches and withdrawn registrations -------------------------------------------------------

Result<void> Register::batch(const std::function<Result<void>()>& work, const Actor& actor)
{
    if (m_batchDepth > 0)
        return work();
    Result<void> r = begin(actor);
    if (!r)
        return r;
    ++m_batchDepth;
    m_batchFailed = false;
    Result<void> done = work();
    --m_batchDepth;
    if (!done || m_batchFailed) {
        rollback();
        m_batchFailed = false;
        if (!done)
            return done;
        return makeError(ErrorCode::Database, tr("A change of several assets failed; none of them was changed."));
    }
    return commit();
}

Result<Asset> Register::setWithdrawn(const QString& assetNo, bool withdrawn, const QString& comment, const Actor& actor)
{
    if (const std::optional<Error> e = commentProblem(comment))
        return *e;
    Result<void> r = begin(actor);
    if (!r)
        return r.error();
    auto fail = [this](Error e) -> Result<Asset> {
        rollback();
        return e;
    };
    const std::optional<Asset> a = readAsset(assetNo, true);
    if (!a)
        return fail(makeError(ErrorCode::NotFound, tr("The asset %1 does not exist.").arg(assetNo)));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT withdrawn FROM asset WHERE id = ?"));
    q.addBindValue(a->id);
    if (!q.exec() || !q.next())
        return fail(sqlError(q, tr("asset %1").arg(a->assetNo)));
    if ((q.value(0).toInt() != 0) == withdrawn)
        return fail(makeError(ErrorCode::Validation, withdrawn ? tr("The asset %1 has already been withdrawn.").arg(a->assetNo)
                                                               : tr("The asset %1 is not withdrawn.").arg(a->assetNo)));
    // Only a draft can be withdrawn: once submitted or approved, the record is the section's word.
    if (withdrawn && a->status != QLatin1String("draft"))
        return fail(makeError(ErrorCode::Validation,
                              tr("Only a draft can be withdrawn; %1 is \"%2\".")
                                  .arg(a->assetNo, Vocabulary::statuses().label(a->status))));
    QSqlQuery u(QSqlDatabase::database(m_connection));
    u.prepare(QStringLiteral("UPDATE asset SET withdrawn = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    u.addBindValue(withdrawn ? 1 : 0);
    u.addBindValue(isoNow(m_clock));
    u.addBindValue(a->id);
    if (!u.exec())
        return fail(sqlError(u, tr("asset %1").arg(a->assetNo)));
    r = writeHistory(QStringLiteral("asset"), a->id, withdrawn ? QStringLiteral("withdraw") : QStringLiteral("restore"), {},
                     comment, actor);
    if (!r)
        return fail(r.error());
    r = commit();
    if (!r)
        return r.error();
    Asset out = *a;
    out.rowVersion += 1;
    return out;
}

Result<Asset> Register::withdrawAsset(const QString& assetNo, const QString& comment, const Actor& actor)
{
    return setWithdrawn(assetNo, true, comment, actor);
}

Result<Asset> Register::restoreAsset(const QString& assetNo, const QString& comment, const Actor& actor)
{
    return setWithdrawn(assetNo, false, comment, actor);
}

// ---- 年度 snapshots ----------------------------------------------------------------------------

Result<void> Register::closeFiscalYear(int fiscalYear, const QString& snapshotPath, const Actor& actor)
{
    if (Result<void> checked = awaitPageCheck(); !checked)
        return checked;
    if (m_frozenYear > 0)
        return begin(actor);   // says why
    if (QFileInfo::exists(snapshotPath))
        return makeError(ErrorCode::Conflict, tr("%1 already exists; a closed fiscal year is never overwritten.")
                                                  .arg(QDir::toNativeSeparators(snapshotPath)));
    {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(snapshotPath);
        if (!q.exec()) {
            QFile::remove(snapshotPath);
            return sqlError(q, tr("copy of %1").arg(JapaneseDate::formatFiscalYear(fiscalYear)));
        }
    }
    {
        Result<std::unique_ptr<Register>> copy = Register::open(snapshotPath, m_clock);
        Result<void> r = copy ? Result<void>() : Result<void>(copy.error());
        const QString by = actor.displayName.isEmpty() ? actor.osUser : actor.displayName;
        if (r)
            r = copy.value()->setSetting(QStringLiteral("frozen_at"), isoNow(m_clock));
        if (r)
            r = copy.value()->setSetting(QStringLiteral("frozen_by"), by);
        // Last: from here on the copy refuses changes.
        if (r)
            r = copy.value()->setSetting(QStringLiteral("frozen_fiscal_year"), QString::number(fiscalYear));
        if (!r) {
            copy = Error();
            QFile::remove(snapshotPath);
            return r;
        }
    }
    Result<void> r = setSetting(QStringLiteral("snapshot_%1").arg(fiscalYear), QFileInfo(snapshotPath).fileName());
    if (!r)
        return r;
    r = begin(actor);
    if (r)
        r = writeHistory(QStringLiteral("register"), 0, QStringLiteral("close_year"), {},
                         tr("Closed %1: frozen copy %2.")
                             .arg(JapaneseDate::formatFiscalYear(fiscalYear), QFileInfo(snapshotPath).fileName()),
                         actor);
    if (r)
        return commit();
    rollback();
    return r;
}

// ---- consolidation ------------------------------------------------------------------------------

namespace {

const char* const kSubmissionColumns =
    "id, org_code, org_name, fiscal_year, submitted_by, submitted_at, daicho_version, scheme_id, checksum,"
    " file_name, asset_count, consolidated_at, consolidated_by, added, updated, reclassified, removed, unchanged";

SubmissionRecord readSubmission(const QSqlQuery& q)
{
    SubmissionRecord s;
    s.id = q.value(0).toLongLong();
    s.orgCode = q.value(1).toString();
    s.orgName = q.value(2).toString();
    s.fiscalYear = q.value(3).toInt();
    s.submittedBy = q.value(4).toString();
    s.submittedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    s.daichoVersion = q.value(6).toString();
    s.schemeId = q.value(7).toString();
    s.checksum = q.value(8).toString();
    s.fileName = q.value(9).toString();
    s.assetCount = q.value(10).toInt();
    s.consolidatedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    s.consolidatedBy = q.value(12).toString();
    s.added = q.value(13).toInt();
    s.updated = q.value(14).toInt();
    s.reclassified = q.value(15).toInt();
    s.removed = q.value(16).toInt();
    s.unchanged = q.value(17).toInt();
    return s;
}

} // namespace

Result<void> Register::backupBefore(const QString& reason) const
{
    if (Result<void> checked = awaitPageCheck(); !checked)   // no copy of a damaged file
        return checked;
    const QFileInfo info(m_path);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return makeError(ErrorCode::ReadOnly, tr("The register file (or its folder) is read-only; nothing was changed."));
    const Result<BackupInfo> backup = Backup::make(m_path, reason, m_clock);
    if (!backup && backup.error().code == ErrorCode::WriteFailed)
        return makeError(ErrorCode::WriteFailed,
                         tr("The disk holding the register is full; nothing was changed. Free some space and try again."),
                         {backup.error().message});
    if (!backup)
        return backup.error();
    return {};
}

Result<ChainReport> Register::verifyHistory() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    return HistoryChain::verify(db);
}

QVector<SubmissionRecord> Register::submissions() const
{
    QVector<SubmissionRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT %1 FROM submission ORDER BY id").arg(QLatin1String(kSubmissionColumns))))
        return out;
    while (q.next())
        out << readSubmission(q);
    return out;
}

std::optional<SubmissionRecord> Register::submissionByChecksum(const QString& checksum) const
{
    return oneSubmission(QStringLiteral("WHERE checksum = ?"), checksum);
}

std::optional<SubmissionRecord> Register::latestSubmission(const QString& orgCode) const
{
    return oneSubmission(QStringLiteral("WHERE org_code = ? ORDER BY id DESC LIMIT 1"), orgCode);
}

std::optional<SubmissionRecord> Register::provenance(qint64 assetId) const
{
    return oneSubmission(QStringLiteral("WHERE id = (SELECT submission_id FROM asset WHERE id = ?)"), assetId);
}

std::optional<SubmissionRecord> Register::oneSubmission(const QString& where, const QVariant& key) const
{
    // Prepared once per connection (a consolidation asks twice per submission, the window once per asset
    // shown), and finished at once so that no read stays open on the connection.
    QSqlQuery& q = statement(QStringLiteral("SELECT %1 FROM submission ").arg(QLatin1String(kSubmissionColumns)) + where);
    q.bindValue(0, key);
    std::optional<SubmissionRecord> found;
    if (q.exec() && q.next())
        found = readSubmission(q);
    q.finish();
    return found;
}

} // namespace daicho
