// Backups: SQLite's online backup of a register, verified and rotated, and restore that never leaves a
// half file and never takes a file that is not a whole register of the same city.
#include "TestRegister.h"

#include "exchange/Consolidator.h"
#include "exchange/Submission.h"
#include "storage/Backup.h"
#include "storage/HistoryChain.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace daicho;
using daicho::test::fileHash;
using daicho::test::TestRegister;

namespace {

// A plain connection of its own, as a colleague's Daicho or another program has.
class Connection
{
public:
    explicit Connection(const QString& path) : m_name(QStringLiteral("tst-backup-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline std::atomic<int> s_counter{0};
    QString m_name;
};

QStringList backupNames(const QString& registerPath)
{
    return QDir(Backup::folderFor(registerPath))
        .entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
}

void addAssets(TestRegister& t, int n, const QString& prefix = QStringLiteral("資産"))
{
    QVector<Asset> many;
    for (int i = 0; i < n; ++i)
        many << t.cleanAsset(QStringLiteral("%1%2").arg(prefix).arg(i));
    QVERIFY(t.reg->addAssets(many, t.actor));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupIsAVerifiedCopyBesideTheRegister()
    {
        TestRegister t;
        addAssets(t, 12);
        t.clock.set(QDateTime(QDate(2025, 6, 1), QTime(10, 15, 30)));
        const Result<BackupInfo> made = Backup::make(t.path(), QStringLiteral("manual"), t.clock);
        QVERIFY2(made, qPrintable(made.error().message));
        const BackupInfo& b = made.value();
        QCOMPARE(QFileInfo(b.path).absolutePath(),
                 QFileInfo(t.path()).absoluteFilePath() + QStringLiteral(".backups"));
        QCOMPARE(QFileInfo(b.path).fileName(), QStringLiteral("20250601-101530-manual.sqlite"));
        QCOMPARE(b.reason, QStringLiteral("manual"));
        QCOMPARE(b.when, QDateTime(QDate(2025, 6, 1), QTime(10, 15, 30)));
        QCOMPARE(b.assets, 12);
        QCOMPARE(b.cityName, t.reg->cityName());
        QVERIFY(b.size > 0);
        // A whole register in its own right: one self-contained file that opens and holds every asset.
        QVERIFY(!QFileInfo::exists(b.path + QStringLiteral("-wal")));
        QCOMPARE(Register::probe(b.path).value(), Migrations::latestVersion());
        QVERIFY(Backup::inspect(b.path));
        QTemporaryDir look;
        QVERIFY(QFile::copy(b.path, look.filePath(QStringLiteral("copy.daicho"))));
        auto copy = Register::open(look.filePath(QStringLiteral("copy.daicho")), t.clock);
        QVERIFY2(copy, qPrintable(copy.error().message));
        QCOMPARE(copy.value()->assetCount(), 12);
        QVERIFY(copy.value()->integrityProblems().isEmpty());
    }

    void backupWhileAnotherConnectionWrites()
    {
        TestRegister t;
        addAssets(t, 5);
        // A colleague is in the middle of a change: the copy holds what was committed, nothing half-done.
        {
            Connection colleague(t.path());
            QVERIFY(colleague.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(colleague.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('half', 'done')")));
            const Result<BackupInfo> during = Backup::make(t.path(), QStringLiteral("manual"), t.clock);
            QVERIFY2(during, qPrintable(during.error().message));
            QCOMPARE(during.value().assets, 5);
            Connection look(during.value().path);
            QCOMPARE(look.value(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'half'")).toInt(), 0);
            QVERIFY(colleague.exec(QStringLiteral("COMMIT")));
        }
        // Someone keeps committing while copies are made: every copy is whole and a consistent moment.
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        std::thread writer([&] {
            Connection c(t.path());
            for (int i = 0; !stop && i < 5000; ++i) {
                if (!c.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('w%1', '%2')")
                                .arg(i)
                                .arg(QString(200, QLatin1Char('x')))))
                    break;
                ++written;
            }
        });
        QVector<int> counts;
        for (int i = 0; i < 5; ++i) {
            while (written < (i + 1) * 20)
                QThread::msleep(1);
            t.clock.set(QDateTime(QDate(2025, 6, 1), QTime(11, 0, i)));
            const Result<BackupInfo> made = Backup::make(t.path(), QStringLiteral("import"), t.clock);
            QVERIFY2(made, qPrintable(made.error().message));
            QVERIFY(Backup::inspect(made.value().path)); // integrity_check passes
            Connection look(made.value().path);
            counts << look.value(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'w%'")).toInt();
        }
        stop = true;
        writer.join();
        QVERIFY(written > 100);
        for (int i = 1; i < counts.size(); ++i)
            QVERIFY2(counts.at(i) >= counts.at(i - 1),
                     qPrintable(QStringLiteral("%1 < %2").arg(counts.at(i)).arg(counts.at(i - 1))));
        QVERIFY(counts.first() >= 20);
    }

    void dailyBackupAtMostOnceADay()
    {
        TestRegister t;
        addAssets(t, 2);
        const QString path = t.path();
        t.reg.reset();
        QCOMPARE(backupNames(path), QStringList()); // created today, nothing recorded at that moment
        FixedClock morning(QDateTime(QDate(2025, 6, 2), QTime(8, 0)));
        FixedClock noon(QDateTime(QDate(2025, 6, 2), QTime(12, 0)));
        FixedClock nextDay(QDateTime(QDate(2025, 6, 3), QTime(8, 30)));
        QVERIFY(Register::open(path, morning));
        QCOMPARE(backupNames(path), QStringList{QStringLiteral("20250602-080000-daily.sqlite")});
        QVERIFY(Register::open(path, noon));
        QCOMPARE(backupNames(path).size(), 1);
        QVERIFY(Register::open(path, nextDay));
        QCOMPARE(backupNames(path), (QStringList{QStringLiteral("20250602-080000-daily.sqlite"),
                                                 QStringLiteral("20250603-083000-daily.sqlite")}));
        QCOMPARE(Backup::list(path).first().assets, 2);
    }

    void newRegisterIsNotBackedUp()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 1));
        const QString path = dir.filePath(QStringLiteral("new.daicho"));
        QVERIFY(Register::create(path, {}, {QStringLiteral("t"), QStringLiteral("t")}, clock));
        QVERIFY(Register::open(path, clock));
        QVERIFY(!QFileInfo::exists(Backup::folderFor(path)));
    }

    void rotationKeepsTheRightOnes()
    {
        TestRegister t;
        addAssets(t, 1);
        auto at = [](int day, int hour) { return QDateTime(QDate(2025, 5, day), QTime(hour, 0)); };
        FixedClock clock(at(1, 9));
        // 14 days of daily copies, 8 imports, 2 by hand, 1 before a consolidation, interleaved.
        for (int day = 1; day <= 14; ++day) {
            clock.set(at(day, 9));
            QVERIFY(Backup::make(t.path(), QStringLiteral("daily"), clock));
            if (day <= 8) {
                clock.set(at(day, 14));
                QVERIFY(Backup::make(t.path(), QStringLiteral("import"), clock));
            }
        }
        clock.set(at(3, 16));
        QVERIFY(Backup::make(t.path(), QStringLiteral("manual"), clock));
        clock.set(at(20, 16));
        QVERIFY(Backup::make(t.path(), QStringLiteral("manual"), clock));
        clock.set(at(15, 10));
        QVERIFY(Backup::make(t.path(), QStringLiteral("consolidation"), clock));

        QStringList daily, operations, manual;
        for (const BackupInfo& b : Backup::list(t.path())) {
            const QString name = QFileInfo(b.path).fileName();
            (b.reason == QLatin1String("daily")    ? daily
             : b.reason == QLatin1String("manual") ? manual
                                                   : operations)
                << name;
        }
        // The newest ten daily copies (days 5 to 14), newest first.
        QCOMPARE(daily.size(), Backup::kKeepDaily);
        QCOMPARE(daily.first(), QStringLiteral("20250514-090000-daily.sqlite"));
        QCOMPARE(daily.last(), QStringLiteral("20250505-090000-daily.sqlite"));
        // The last five before an operation: the consolidation and the imports of days 5 to 8.
        QCOMPARE(operations, (QStringList{QStringLiteral("20250515-100000-consolidation.sqlite"),
                                          QStringLiteral("20250508-140000-import.sqlite"),
                                          QStringLiteral("20250507-140000-import.sqlite"),
                                          QStringLiteral("20250506-140000-import.sqlite"),
                                          QStringLiteral("20250505-140000-import.sqlite")}));
        // Copies made by hand are only pushed out by other copies made by hand.
        QCOMPARE(manual.size(), 2);
    }

    void sameSecondGetsItsOwnName()
    {
        TestRegister t;
        const Result<BackupInfo> a = Backup::make(t.path(), QStringLiteral("import"), t.clock);
        const Result<BackupInfo> b = Backup::make(t.path(), QStringLiteral("import"), t.clock);
        QVERIFY(a && b);
        QVERIFY(a.value().path != b.value().path);
        QCOMPARE(Backup::list(t.path()).first().path, b.value().path); // the later one counts as newer
        // Whatever the reason, the copy made later in the same second lists first.
        const Result<BackupInfo> c = Backup::make(t.path(), QStringLiteral("manual"), t.clock);
        const Result<BackupInfo> d = Backup::make(t.path(), QStringLiteral("daily"), t.clock);
        QVERIFY(c && d);
        QStringList order;
        for (const BackupInfo& info : Backup::list(t.path()))
            order << info.reason;
        QCOMPARE(order, (QStringList{QStringLiteral("daily"), QStringLiteral("manual"),
                                     QStringLiteral("import"), QStringLiteral("import")}));
    }

    void failedBackupRotatesNothingOut()
    {
        TestRegister t;
        const QString path = t.path();
        for (int i = 0; i < Backup::kKeepDaily; ++i) {
            t.clock.set(QDateTime(QDate(2025, 5, 1 + i), QTime(9, 0)));
            QVERIFY(Backup::make(path, QStringLiteral("daily"), t.clock));
        }
        const QStringList before = backupNames(path);
        t.reg.reset();
        // The register is damaged: the copy cannot be made or fails its check, and the old copies stay.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(8192, '\x5a'));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        t.clock.set(QDateTime(QDate(2025, 6, 1), QTime(9, 0)));
        const Result<BackupInfo> made = Backup::make(path, QStringLiteral("daily"), t.clock);
        QVERIFY(!made);
        QCOMPARE(backupNames(path), before);
        QVERIFY(
            QDir(Backup::folderFor(path)).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
    }

    void restoreBringsTheRegisterBack()
    {
        TestRegister t;
        addAssets(t, 3);
        const Result<BackupInfo> made = Backup::make(t.path(), QStringLiteral("manual"), t.clock);
        QVERIFY(made);
        addAssets(t, 4, QStringLiteral("後で"));
        QCOMPARE(t.reg->assetCount(), 7);
        const QString path = t.path();
        t.reg.reset();

        t.clock.set(QDateTime(QDate(2025, 6, 1), QTime(15, 0)));
        const Result<BackupInfo> before = Backup::restore(path, made.value().path, t.clock, t.actor);
        QVERIFY2(before, qPrintable(before.error().message));
        QCOMPARE(before.value().reason, QStringLiteral("restore"));
        QCOMPARE(before.value().assets, 7); // the file as it was, kept
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));
        {
            Connection look(path); // back in WAL mode, as Daicho creates registers
            QCOMPARE(look.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            // The restore is in the history, chained, with who did it and from which copy.
            QCOMPARE(
                look.value(QStringLiteral("SELECT action FROM history ORDER BY id DESC LIMIT 1")).toString(),
                QStringLiteral("restore_register"));
            QCOMPARE(look.value(QStringLiteral("SELECT display_name FROM history ORDER BY id DESC LIMIT 1"))
                         .toString(),
                     t.actor.displayName);
            const QString comment =
                look.value(QStringLiteral("SELECT comment FROM history ORDER BY id DESC LIMIT 1")).toString();
            QVERIFY2(comment.contains(QFileInfo(made.value().path).fileName()) &&
                         comment.contains(QFileInfo(before.value().path).fileName()),
                     qPrintable(comment));
        }
        const Result<ChainReport> chain = HistoryChain::verifyFile(path);
        QVERIFY(chain && chain.value().whole());
        auto reg = Register::open(path, t.clock);
        QVERIFY2(reg, qPrintable(reg.error().message));
        QCOMPARE(reg.value()->assetCount(), 3);
        QVERIFY(reg.value()->integrityProblems().isEmpty());
        // It is a working register again: it takes changes.
        Asset a = reg.value()->newAsset();
        a.orgId = reg.value()->orgUnitByCode(QStringLiteral("0302"))->id;
        a.name = QStringLiteral("復元後");
        a.business = QStringLiteral("庶務");
        a.assetType = QStringLiteral("info-electronic");
        a.networkSegment = QStringLiteral("lgwan");
        a.cLevel = QStringLiteral("2");
        a.iLevel = QStringLiteral("1");
        a.aLevel = QStringLiteral("1");
        a.managerTitle = QStringLiteral("保険年金課長");
        QVERIFY(reg.value()->addAsset(a, t.actor));
        QCOMPARE(reg.value()->assetCount(), 4);
    }

    void restoreOverADamagedRegister()
    {
        // What restore is for: the register is damaged, so the online copy of it fails its check; the
        // file is kept byte for byte before the backup replaces it.
        TestRegister t;
        addAssets(t, 3);
        const Result<BackupInfo> good = Backup::make(t.path(), QStringLiteral("manual"), t.clock);
        QVERIFY(good);
        const QString path = t.path();
        t.reg.reset();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(8192, '\x77'));
        }
        const qint64 damagedSize = QFileInfo(path).size();
        QVERIFY(!Register::open(path, t.clock));
        t.clock.set(QDateTime(QDate(2025, 6, 1), QTime(16, 0)));
        const Result<BackupInfo> before = Backup::restore(path, good.value().path, t.clock, t.actor);
        QVERIFY2(before, qPrintable(before.error().message));
        {
            // Its pages as they were, damage included (the header says "not WAL" now: leaving WAL mode is
            // how restore makes sure nobody else has the file open).
            QFile kept(before.value().path);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.size(), damagedSize);
            QVERIFY(kept.readAll().mid(4096, 8192) == QByteArray(8192, '\x77'));
        }
        auto reg = Register::open(path, t.clock);
        QVERIFY2(reg, qPrintable(reg.error().message));
        QCOMPARE(reg.value()->assetCount(), 3);
    }

    void restoreRefusesWhatIsNotARegisterOfThisCity_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("text file") << "text";
        QTest::newRow("other database") << "database";
        QTest::newRow("other city") << "city";
        QTest::newRow("damaged copy") << "damaged";
        QTest::newRow("newer format") << "newer";
    }

    void restoreRefusesWhatIsNotARegisterOfThisCity()
    {
        QFETCH(QString, kind);
        TestRegister t;
        addAssets(t, 3);
        const Result<BackupInfo> good = Backup::make(t.path(), QStringLiteral("manual"), t.clock);
        QVERIFY(good);
        const QString path = t.path();
        t.reg.reset();
        QTemporaryDir dir;
        const QString candidate = dir.filePath(QStringLiteral("candidate.sqlite"));
        if (kind == QLatin1String("text")) {
            QFile f(candidate);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("資産番号,名称\n").repeated(100));
        } else if (kind == QLatin1String("database")) {
            Connection c(candidate);
            QVERIFY(c.exec(QStringLiteral("CREATE TABLE t (x)")));
        } else if (kind == QLatin1String("city")) {
            FixedClock clock(QDate(2025, 6, 1));
            RegisterSettings settings;
            settings.profileId = QStringLiteral("saku");
            QVERIFY(Register::create(candidate, settings, {QStringLiteral("t"), QStringLiteral("t")}, clock));
        } else if (kind == QLatin1String("damaged")) {
            QVERIFY(QFile::copy(good.value().path, candidate));
            QFile f(candidate);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(8192);
            f.write(QByteArray(4096, '\x33'));
        } else {
            QVERIFY(QFile::copy(good.value().path, candidate));
            QFile::setPermissions(candidate, QFile::ReadOwner | QFile::WriteOwner);
            Connection c(candidate);
            QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        }
        const QByteArray before = fileHash(path);
        const QStringList backups = backupNames(path);
        const Result<BackupInfo> r = Backup::restore(path, candidate, t.clock, t.actor);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::FileRefused);
        QVERIFY2(r.error().message.contains(QStringLiteral("left unchanged")), qPrintable(r.error().message));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(backupNames(path), backups);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));
    }

    void restoreRefusedWhileTheRegisterIsOpen()
    {
        TestRegister t;
        addAssets(t, 2);
        const Result<BackupInfo> good = Backup::make(t.path(), QStringLiteral("manual"), t.clock);
        QVERIFY(good);
        addAssets(t, 1, QStringLiteral("開いたまま"));
        // t.reg stays open, as a colleague's window would.
        const Result<BackupInfo> r = Backup::restore(t.path(), good.value().path, t.clock, t.actor);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("open")), qPrintable(r.error().message));
        QCOMPARE(t.reg->assetCount(), 3);
        QVERIFY(t.reg->addAsset(t.cleanAsset(QStringLiteral("まだ書ける")), t.actor));
        Connection look(t.path());
        QCOMPARE(look.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void consolidationKeepsACopyFirst()
    {
        TestRegister dept;
        addAssets(dept, 2);
        Result<Submission> s = Submission::fromRegister(*dept.reg, QStringLiteral("0302"), 2025, dept.actor);
        QVERIFY2(s, qPrintable(s.error().message));
        const QString file = dept.dir.filePath(QStringLiteral("0302.json"));
        QVERIFY(s->write(file));

        TestRegister city;
        // Nothing to take in (an unreadable file): nothing written, no copy.
        const QString junk = dept.dir.filePath(QStringLiteral("junk.json"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{");
        }
        QCOMPARE(Consolidator::run(*city.reg, {junk}, city.actor).first().outcome,
                 ConsolidationItem::Outcome::Refused);
        QCOMPARE(backupNames(city.path()), QStringList());

        const QVector<ConsolidationItem> items = Consolidator::run(*city.reg, {file}, city.actor);
        QCOMPARE(items.first().outcome, ConsolidationItem::Outcome::Applied);
        const QStringList names = backupNames(city.path());
        QCOMPARE(names, QStringList{QStringLiteral("20250601-000000-consolidation.sqlite")});
        QCOMPARE(Backup::list(city.path()).first().assets, 0); // the city register before the submission
        QCOMPARE(city.reg->assetCount(), 2);
    }

    void restoreAnOlderFormatCopy()
    {
        // The copy taken before a format update is of the old format: restored, it gets its restore row
        // without a hash, and the next opening updates it and chains every row, that one included.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.daicho"));
        QVERIFY(QFile::copy(QStringLiteral(DAICHO_TEST_DATA "/register-v1.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        FixedClock clock(QDateTime(QDate(2025, 6, 1), QTime(9, 0)));
        QString migrationCopy;
        {
            auto reg = Register::open(path, clock);
            QVERIFY(reg);
            migrationCopy = reg.value()->migrationBackup();
        }
        clock.set(QDateTime(QDate(2025, 6, 1), QTime(10, 0)));
        const Result<BackupInfo> before =
            Backup::restore(path, migrationCopy, clock, {QStringLiteral("t"), QStringLiteral("試験")});
        QVERIFY2(before, qPrintable(before.error().message));
        QCOMPARE(Register::probe(path).value(), 1);
        {
            auto reg = Register::open(path, clock);
            QVERIFY2(reg, qPrintable(reg.error().message));
            QCOMPARE(reg.value()->schemaVersion(), Migrations::latestVersion());
            QCOMPARE(reg.value()->assetCount(), 1);
        }
        const Result<ChainReport> chain = HistoryChain::verifyFile(path);
        QVERIFY(chain && chain.value().whole());
        Connection look(path);
        QCOMPARE(look.value(QStringLiteral("SELECT action FROM history ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("restore_register"));
    }

    void migrationBackupIsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.daicho"));
        QVERIFY(QFile::copy(QStringLiteral(DAICHO_TEST_DATA "/register-v1.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        FixedClock clock(QDateTime(QDate(2025, 6, 1), QTime(9, 30, 15)));
        auto reg = Register::open(path, clock);
        QVERIFY2(reg, qPrintable(reg.error().message));
        const QString backup = reg.value()->migrationBackup();
        QCOMPARE(QFileInfo(backup).fileName(), QStringLiteral("20250601-093015-migration.sqlite"));
        QCOMPARE(Register::probe(backup).value(), 1);
        const Result<BackupInfo> info = Backup::inspect(backup);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info.value().assets, 1);
        QCOMPARE(info.value().cityName, QStringLiteral("三鷹市"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
