#pragma once

#include "domain/Asset.h"
#include "domain/Catalog.h"
#include "domain/OrgUnitIndex.h"
#include "domain/RuleEngine.h"
#include "storage/Actor.h"
#include "storage/AssetPreparer.h"
#include "storage/HistoryChain.h"
#include "storage/HistoryEntry.h"
#include "storage/SubmissionRecord.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace daicho {

struct CityProfile;

// What `create` writes into a new register.
struct RegisterSettings
{
    QString profileId = QStringLiteral("generic");
    QString cityName;              // defaults to the profile's
    QString schemeId;              // defaults to the profile's
};

// Details a stage change records; disposal needs all four of date, person, method, approver.
struct StageChange
{
    QDate date;
    QString person;
    QString comment;
    QString disposalMethod;
    QString disposalApprover;
    QString disposalCertificate;
};

// One register file: an SQLite database with Daicho's application_id. Every write is one
// transaction and writes its history row. The register never shows UI; errors come back as Result.
class Register
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Register)
public:
    ~Register();
    Register(const Register&) = delete;
    Register& operator=(const Register&) = delete;

    // Creates a new register; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Register>> create(const QString& path, const RegisterSettings& settings,
                                                    const Actor& actor, const Clock& clock);
    // Opens an existing register. A file that is not a Daicho register, or was written by a newer
    // Daicho, is refused and left untouched; an older one is backed up, then migrated.
    //
    // Before anything is read, open() runs SQLite's page check so a damaged file is refused whole. On a
    // city's register that check is most of the wait for the first screen, so a window may open with
    // PageCheck::Deferred: the register is read at once while the check runs on a read-only connection
    // of its own in a worker thread, followed by the day's first backup. Every change waits for the
    // check and is refused if the file is damaged; the caller asks pageCheckOutcome() and closes the
    // register on a failure. A register that must be updated to this version's format is still checked
    // before anything is written. The CLI's commands that read every asset defer it too, and wait for
    // its verdict (pageCheckVerdict()) before they write anything out.
    //
    // `deferredCheck`, when given, runs on the worker in place of checkPages() (even when open() had to
    // check the pages first, before updating an older register's format): a check at least as thorough
    // that refuses a damaged file in checkPages()' words. `daicho-cli check` runs SQLite's full integrity
    // check there anyway, so the pages are not read twice.
    enum class PageCheck { Before, Deferred };
    using DeferredCheck = std::function<Result<void>()>;
    static Result<std::unique_ptr<Register>> open(const QString& path, const Clock& clock,
                                                  PageCheck check = PageCheck::Before,
                                                  DeferredCheck deferredCheck = {});
    // SQLite's page check of the file on a connection of its own, read-only: what open() runs before
    // reading. Safe to call from any thread while the register is open elsewhere. Refuses a damaged
    // file (FileRefused) in the words open() uses; nothing is written.
    static Result<void> checkPages(const QString& path, const Clock& clock);
    // Empty while a deferred check runs; then its outcome (code None when the file is whole). A register
    // opened with the check before reading answers at once.
    std::optional<Error> pageCheckOutcome() const;
    // Waits for a deferred check (not for the backup after it); its refusal when the file is damaged.
    // A register checked before reading answers at once.
    Result<void> pageCheckVerdict() const { return awaitPageCheck(); }
    // Waits for the deferred check and the day's backup after it (before listing or restoring backups).
    void waitForDeferredWork() const;
    // Checks a file's header without opening it through SQLite (nothing is written).
    static Result<int> probe(const QString& path);

    QString path() const { return m_path; }
    int schemaVersion() const;
    // Where the pre-migration copy went, when opening migrated the file.
    QString migrationBackup() const { return m_migrationBackup; }
    const Clock& clock() const { return m_clock; }

    QString setting(const QString& key) const;
    Result<void> setSetting(const QString& key, const QString& value);
    QString cityName() const { return setting(QStringLiteral("city_name")); }
    QString profileId() const { return setting(QStringLiteral("profile")); }

    const Catalog& catalog() const { return m_catalog; }
    RuleEngine rules() const { return RuleEngine(m_catalog, m_clock.today()); }

    // Organisation
    // In sort order, then 組織コード. Reading them also refreshes the lookups below, so a unit another
    // connection added is found after the next call.
    QVector<OrgUnit> orgUnits() const;
    std::optional<OrgUnit> orgUnit(qint64 id) const;
    std::optional<OrgUnit> orgUnitByCode(const QString& code) const;
    // The unit and every unit below it.
    QVector<qint64> orgSubtree(qint64 id) const;
    Result<OrgUnit> addOrgUnit(OrgUnit unit, const Actor& actor);

    // Assets (disposed ones included: they are never deleted)
    QVector<Asset> assets() const;
    // Up to `limit` assets with an id above `afterId`, in id order: a window reads a large register in
    // pages so its first screen does not wait for the last row.
    QVector<Asset> assetsPage(qint64 afterId, int limit) const;
    std::optional<Asset> asset(qint64 id) const;
    std::optional<Asset> assetByNo(const QString& assetNo) const;
    int assetCount() const;
    // A fresh asset with the register's defaults (scheme, 年度, dates, stage, status).
    Asset newAsset() const;
    // Rule errors block the save; warnings come back with the saved asset.
    Result<Asset> addAsset(Asset asset, const Actor& actor);
    // Many new assets in one transaction: all or none.
    Result<int> addAssets(QVector<Asset> assets, const Actor& actor);
    // Saves an edit; fails with Conflict when the row changed since `asset.rowVersion` was read.
    Result<Asset> updateAsset(Asset asset, const Actor& actor, const QString& comment = {});
    Result<Asset> changeStage(const QString& assetNo, const QString& stage, const StageChange& change,
                              const Actor& actor);
    Result<Asset> changeStatus(const QString& assetNo, const QString& status, const QString& comment,
                               const Actor& actor);
    Result<Asset> markReviewed(const QString& assetNo, const QDate& on, const Actor& actor);
    QString nextAssetNo(const QString& orgCode) const;

    // Withdraws a draft registered by mistake: it leaves every list and count, keeps its number and its
    // history, and can be restored. Nothing is ever deleted.
    Result<Asset> withdrawAsset(const QString& assetNo, const QString& comment, const Actor& actor);
    Result<Asset> restoreAsset(const QString& assetNo, const QString& comment, const Actor& actor);

    // Runs several changes as one: all of them are saved, or none. The changes are the ordinary calls
    // (updateAsset, changeStage …); the first that fails undoes the others. `actor` is who the note
    // beside the file names while the batch holds the register.
    Result<void> batch(const std::function<Result<void>()>& work, const Actor& actor = Actor::current());

    QVector<HistoryEntry> history(const QString& entity, qint64 entityId) const;

    // 年度 snapshots. Closing a 年度 freezes a copy of the register as it stands (SQLite's VACUUM INTO:
    // one consistent copy even while others work) at `snapshotPath`; the copy refuses every change.
    Result<void> closeFiscalYear(int fiscalYear, const QString& snapshotPath, const Actor& actor);
    // The 年度 this register is the frozen copy of, 0 for a working register.
    int frozenFiscalYear() const { return m_frozenYear; }

    // Consolidation (the city register). Each department's submitted set is mirrored as it was
    // submitted, stage and status included, and each asset remembers the submission it came from.
    QVector<SubmissionRecord> submissions() const;   // in the order they were consolidated
    std::optional<SubmissionRecord> submissionByChecksum(const QString& checksum) const;
    std::optional<SubmissionRecord> latestSubmission(const QString& orgCode) const;
    std::optional<SubmissionRecord> provenance(qint64 assetId) const;
    // Taking a submission in: SubmissionIntake, which writes through this register's safe path.

    // For a run of many commits (consolidating a city's submissions, one commit each): while it lasts,
    // the write-ahead log is copied into the file on a thread of its own (BackgroundCheckpoint).
    class LongWrite
    {
    public:
        explicit LongWrite(Register& reg);
        ~LongWrite();
        LongWrite(const LongWrite&) = delete;
        LongWrite& operator=(const LongWrite&) = delete;

    private:
        Register& m_reg;
        const bool m_outermost;
    };

    // For one change that adds many rows at once (a workbook's import): made before the change
    // begins, it has the change's pages written straight into the file instead of through the
    // write-ahead log (RollbackJournal), when nobody else has the file open.
    class BulkWrite
    {
    public:
        BulkWrite(Register& reg, qsizetype rows);
        ~BulkWrite();
        BulkWrite(const BulkWrite&) = delete;
        BulkWrite& operator=(const BulkWrite&) = delete;

    private:
        std::unique_ptr<class RollbackJournal> m_journal;
    };

    // A verified backup (SQLite's online backup) before a large change such as an import or a
    // consolidation. A read-only register or a full disk says so in the words the other writes use.
    Result<void> backupBefore(const QString& reason) const;

    // The history chain checked on this register's own connection (which also reads a read-only file).
    Result<ChainReport> verifyHistory() const;

    // PRAGMA integrity_check plus foreign key check; empty when whole.
    QStringList integrityProblems() const;

private:
    friend class SubmissionIntake;

    Register(const QString& path, const Clock& clock);
    Result<void> openConnection(bool create, bool readOnly = false);
    Result<void> pageCheck() const;
    // Waits for a deferred page check; its error when the file is damaged.
    Result<void> awaitPageCheck() const;
    Result<void> loadCatalog();
    std::optional<Asset> readAsset(const QString& assetNo, bool includeWithdrawn) const;
    QVector<Asset> readAssets(qint64 afterId, int limit) const;
    Result<Asset> setWithdrawn(const QString& assetNo, bool withdrawn, const QString& comment, const Actor& actor);
    // Takes the write lock; the note beside the file names `actor` to anyone kept waiting.
    Result<void> begin(const Actor& actor = Actor::current());
    Result<void> commit();
    void rollback();
    Result<void> writeHistory(const QString& entity, qint64 id, const QString& action,
                              const QVector<AssetFields::Change>& changes, const QString& comment,
                              const Actor& actor);
    // A new asset through the one insert (AssetWriter), with its creation's history row, created `at`
    // (rules and times read this one clock reading); `submissionId` is the consolidated submission it
    // comes from (0: none).
    Result<Asset> insertAsset(Asset asset, const Actor& actor, const QDateTime& at, qint64 submissionId = 0);
    // The same for an asset already prepared (AssetPreparer), with its creation's history when already made
    // (HistoryChanges::created; empty: made here).
    // `ahead`: its history row linked ahead (PreparedAhead), used when it follows the chain's last row.
    Result<Asset> insertPrepared(Asset asset, QByteArray created, const Actor& actor, const QDateTime& at,
                                 qint64 submissionId = 0, const std::optional<HistoryLink>& ahead = std::nullopt);
    Result<Asset> writeAsset(const Asset& before, Asset after, const QString& action, const QString& comment,
                             const Actor& actor);
    Result<Asset> prepareForSave(Asset asset) const;   // AssetPreparer, for the clock's day
    Result<void> saveOverrides(const Asset& asset);
    Error sqlError(const class QSqlQuery& query, const QString& what) const;
    // The statements a bulk write runs for every row, prepared once per connection: preparing is
    // most of the cost of a one-row statement (a 100,000-row import prepares nothing twice).
    QSqlQuery& statement(const QString& sql) const;
    class AssetWriter& writer() const;
    // isoNow for a row: the clock's time formatted once per millisecond, not once per row.
    QString rowTime() const;
    QString rowTime(const QDateTime& at) const;   // for a time already read off the clock
    static Error fileError(const QString& path, const QString& sqliteText, const QString& what);
    // The submission record the clause `where` finds for `key` (its one parameter), if any.
    std::optional<SubmissionRecord> oneSubmission(const QString& where, const QVariant& key) const;

    QString m_path;
    QString m_connection;
    QString m_migrationBackup;
    const Clock& m_clock;
    Catalog m_catalog;
    mutable OrgUnitIndex m_orgUnits;
    AssetPreparer m_preparer{m_catalog, m_orgUnits};   // every asset before it is saved
    int m_batchDepth = 0;
    bool m_batchFailed = false;
    int m_frozenYear = 0;
    std::shared_future<Error> m_pageCheck;   // a deferred check's outcome
    std::future<void> m_deferredWork;        // the deferred check and backup; a closing register waits for it
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    HistoryChain m_chain;   // the last history hash, kept between rows
    mutable std::unique_ptr<class AssetWriter> m_writer;
    std::unique_ptr<class BackgroundCheckpoint> m_checkpoint;   // during a LongWrite
    mutable QDateTime m_rowTimeAt;
    mutable QString m_rowTime;   // statements on the connection's own sqlite3
};

} // namespace daicho
