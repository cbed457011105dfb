// A large write through a rollback journal instead of the write-ahead log (RollbackJournal,
// Register::BulkWrite): only when the register's connection is the file's only one, never inside a
// transaction, back to WAL afterwards; and a write killed on its way (its journal left beside the file)
// is rolled back at the next opening, which puts the register back in WAL mode.
#include "TestRegister.h"

#include "storage/RollbackJournal.h"
#include "storage/SqliteHandle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <functional>

#include <sqlite3.h>

using namespace daicho;
using daicho::test::TestRegister;

namespace {

bool exec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

sqlite3* openFile(const QString& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);   // as the register's own connection waits
    return db;
}

// A new file with one table of a few rows, in WAL mode as Daicho keeps a register.
sqlite3* walTable(const QString& path)
{
    sqlite3* db = openFile(path);
    if (!db || sqliteText(db, "PRAGMA journal_mode = WAL") != "wal"
        || !exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);"
                     "INSERT INTO t (v) VALUES ('a'), ('b'), ('c')")) {
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

// What the file's header says of its journal (bytes 18 and 19): 1 a rollback journal, 2 WAL.
int headerMode(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = f.read(20);
    return header.size() == 20 && header.at(18) == header.at(19) ? header.at(18) : -1;
}

int assetsIn(const QString& path)
{
    sqlite3* db = openFile(path);
    const int n = db ? sqliteText(db, "SELECT count(*) FROM asset").toInt() : -1;
    sqlite3_close(db);
    return n;
}

} // namespace

class TestRollbackJournal : public QObject
{
    Q_OBJECT

    // The register `t`, closed, then out of WAL mode for a bulk write on a connection of its own, while
    // `during` copies what a kill at that moment leaves beside it into killed.daicho (returned).
    QString leftByKill(TestRegister& t,
                       const std::function<void(sqlite3* db, const QString& path, const QString& killed)>& during)
    {
        const QString path = t.path();
        t.reg.reset();
        const QString killed = t.dir.filePath("killed.daicho");
        sqlite3* db = openFile(path);
        if (!db)
            return QString();
        {
            const RollbackJournal journal(db, RollbackJournal::kMinimumRows);
            if (journal.active())
                during(db, path, killed);
        }
        sqlite3_close(db);
        return killed;
    }

private slots:
    void largeWriteLeavesWalForItsLength()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("t.sqlite");
        sqlite3* db = walTable(path);
        QVERIFY(db);
        {
            const RollbackJournal journal(db, RollbackJournal::kMinimumRows);
            QVERIFY(journal.active());
            QCOMPARE(sqliteText(db, "PRAGMA journal_mode"), QByteArray("delete"));
            QCOMPARE(headerMode(path), 1);
            QVERIFY(!QFileInfo::exists(path + "-wal"));   // the log went with the mode
            QVERIFY(QFileInfo::exists(path + "-bulkwrite"));
            QVERIFY(exec(db, "BEGIN IMMEDIATE; INSERT INTO t (v) VALUES ('d'); COMMIT"));
        }
        QCOMPARE(sqliteText(db, "PRAGMA journal_mode"), QByteArray("wal"));
        QCOMPARE(headerMode(path), 2);
        QCOMPARE(sqliteText(db, "SELECT group_concat(v, '') FROM t"), QByteArray("abcd"));
        QVERIFY(!QFileInfo::exists(path + "-journal"));
        QVERIFY(!QFileInfo::exists(path + "-bulkwrite"));
        sqlite3_close(db);
    }

    void smallWriteStaysInWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("t.sqlite");
        sqlite3* db = walTable(path);
        QVERIFY(db);
        {
            const RollbackJournal journal(db, RollbackJournal::kMinimumRows - 1);
            QVERIFY(!journal.active());
            QCOMPARE(sqliteText(db, "PRAGMA journal_mode"), QByteArray("wal"));
        }
        QCOMPARE(sqliteText(db, "PRAGMA journal_mode"), QByteArray("wal"));
        sqlite3_close(db);
    }

    void anotherConnectionKeepsWalWithoutWaiting()
    {
        // A colleague's window has the file open: the write goes through the log, and the attempt does
        // not sit out the connection's five-second wait for the colleague to let go.
        QTemporaryDir dir;
        const QString path = dir.filePath("t.sqlite");
        sqlite3* db = walTable(path);
        QVERIFY(db);
        sqlite3* colleague = openFile(path);
        QVERIFY(colleague);
        QCOMPARE(sqliteText(colleague, "SELECT count(*) FROM t"), QByteArray("3"));
        QElapsedTimer timer;
        timer.start();
        {
            const RollbackJournal journal(db, 100000);
            QVERIFY(!journal.active());
            QVERIFY2(timer.elapsed() < 4000, "waited for the other connection");
            QCOMPARE(sqliteText(db, "PRAGMA journal_mode"), QByteArray("wal"));
            QVERIFY(!QFileInfo::exists(path + "-bulkwrite"));
            QVERIFY(exec(db, "BEGIN IMMEDIATE; INSERT INTO t (v) VALUES ('d'); COMMIT"));
        }
        QCOMPARE(sqliteText(colleague, "SELECT group_concat(v, '') FROM t"), QByteArray("abcd"));
        QCOMPARE(sqliteText(db, "PRAGMA journal_mode"), QByteArray("wal"));
        sqlite3_close(colleague);
        sqlite3_close(db);
    }

    void notInsideATransactionNorOutsideWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("t.sqlite");
        sqlite3* db = walTable(path);
        QVERIFY(db);
        QVERIFY(exec(db, "BEGIN IMMEDIATE"));
        {
            const RollbackJournal journal(db, 100000);
            QVERIFY(!journal.active());
        }
        QVERIFY(exec(db, "COMMIT"));
        QCOMPARE(sqliteText(db, "PRAGMA journal_mode"), QByteArray("wal"));

        // A file kept with a rollback journal (a backup copy, a closed year's) is not turned into WAL.
        QCOMPARE(sqliteText(db, "PRAGMA journal_mode = DELETE"), QByteArray("delete"));
        {
            const RollbackJournal journal(db, 100000);
            QVERIFY(!journal.active());
        }
        QCOMPARE(sqliteText(db, "PRAGMA journal_mode"), QByteArray("delete"));
        sqlite3_close(db);
    }

    void registerImportWritesPastTheLog()
    {
        TestRegister t;
        const int before = t.reg->assetCount();
        QVector<Asset> assets;
        for (int i = 0; i < RollbackJournal::kMinimumRows; ++i)
            assets << t.cleanAsset(QStringLiteral("資産 %1").arg(i));
        int modeDuringWrite = -1;
        {
            const Register::BulkWrite bulk(*t.reg, assets.size());
            const Result<void> done = t.reg->batch(
                [&]() -> Result<void> {
                    modeDuringWrite = headerMode(t.path());
                    Result<int> n = t.reg->addAssets(assets, t.actor);
                    return n ? Result<void>() : Result<void>(n.error());
                },
                t.actor);
            QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        }
        QCOMPARE(modeDuringWrite, 1);
        QCOMPARE(headerMode(t.path()), 2);
        QCOMPARE(t.reg->assetCount(), before + int(assets.size()));
        const Result<ChainReport> chain = t.reg->verifyHistory();
        QVERIFY(chain && chain.value().whole());
        QVERIFY(t.reg->integrityProblems().isEmpty());
    }

    void registerOpenElsewhereWritesThroughTheLog()
    {
        TestRegister t;
        sqlite3* colleague = openFile(t.path());
        QVERIFY(colleague);
        QVERIFY(!sqliteText(colleague, "SELECT count(*) FROM asset").isEmpty());
        QVector<Asset> assets;
        for (int i = 0; i < RollbackJournal::kMinimumRows; ++i)
            assets << t.cleanAsset(QStringLiteral("資産 %1").arg(i));
        int modeDuringWrite = -1;
        {
            const Register::BulkWrite bulk(*t.reg, assets.size());
            modeDuringWrite = headerMode(t.path());
            const Result<int> n = t.reg->addAssets(assets, t.actor);
            QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        }
        QCOMPARE(modeDuringWrite, 2);
        QCOMPARE(sqliteText(colleague, "SELECT count(*) FROM asset").toInt(), t.reg->assetCount());
        QCOMPARE(sqliteText(colleague, "PRAGMA journal_mode"), QByteArray("wal"));
        sqlite3_close(colleague);
    }

    void killedWriteIsRolledBackAndTheRegisterReturnsToWal()
    {
        // What a kill in the middle of a bulk write leaves: the file with some of the new pages already in
        // it (a small page cache spills them) and the journal beside it. Copied together while the write is
        // under way, the pair is that file; nobody holds a lock on the copy, so its journal is "hot".
        TestRegister t;
        const int before = t.reg->assetCount();
        const QString killed = leftByKill(t, [](sqlite3* db, const QString& path, const QString& killed) {
            QVERIFY(exec(db, "PRAGMA cache_size = 10; BEGIN IMMEDIATE"));
            for (int i = 0; i < 400; ++i)
                QVERIFY(exec(db, "INSERT INTO history (entity, entity_id, at, os_user, display_name, action,"
                                 " changes) VALUES ('asset', 0, '', '', '', 'create', hex(randomblob(900)))"));
            QVERIFY(exec(db, "UPDATE meta SET value = 'half written' WHERE key = 'city_name'"));
            QVERIFY(QFileInfo(path + "-journal").size() > 0);
            QVERIFY(QFile::copy(path, killed));
            QVERIFY(QFile::copy(path + "-journal", killed + "-journal"));
            QVERIFY(QFile::copy(path + "-bulkwrite", killed + "-bulkwrite"));
            QVERIFY(exec(db, "ROLLBACK"));
        });
        QCOMPARE(headerMode(killed), 1);

        auto reopened = Register::open(killed, t.clock);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
        QVERIFY(!QFileInfo::exists(killed + "-journal"));
        QVERIFY(!QFileInfo::exists(killed + "-bulkwrite"));
        QCOMPARE(headerMode(killed), 2);
        QCOMPARE(reopened.value()->assetCount(), before);
        QVERIFY(reopened.value()->setting(QStringLiteral("city_name")) != QStringLiteral("half written"));
        QVERIFY(reopened.value()->integrityProblems().isEmpty());
        const Result<ChainReport> chain = reopened.value()->verifyHistory();
        QVERIFY(chain && chain.value().whole());
        reopened.value().reset();
        QCOMPARE(assetsIn(killed), before);
    }

    void killedOutsideTheTransactionReturnsToWal()
    {
        // Killed just after the file left WAL mode, or just after the commit: no journal, only the note.
        TestRegister t;
        const int before = t.reg->assetCount();
        const QString killed = leftByKill(t, [](sqlite3*, const QString& path, const QString& killed) {
            QVERIFY(QFile::copy(path, killed));
            QVERIFY(QFile::copy(path + "-bulkwrite", killed + "-bulkwrite"));
        });
        QCOMPARE(headerMode(killed), 1);
        auto reopened = Register::open(killed, t.clock);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
        QCOMPARE(headerMode(killed), 2);
        QVERIFY(!QFileInfo::exists(killed + "-bulkwrite"));
        QCOMPARE(reopened.value()->assetCount(), before);
    }

    void killedAfterTheJournalWasSpentLeavesNoJournal()
    {
        // Killed between the commit that changed the mode back (SQLite empties the journal's header
        // first while it holds the file alone) and the journal's deletion: a journal nothing can roll
        // back with. The opening takes it away with the note.
        TestRegister t;
        const QString path = t.path();
        const int before = t.reg->assetCount();
        t.reg.reset();
        QFile spent(path + "-journal");
        QVERIFY(spent.open(QIODevice::WriteOnly));
        spent.write(QByteArray(4616, '\0').replace(512, 16, "SQLite format 3"));
        spent.close();
        QFile note(path + "-bulkwrite");
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.close();
        auto reopened = Register::open(path, t.clock);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
        QVERIFY(!QFileInfo::exists(path + "-journal"));
        QVERIFY(!QFileInfo::exists(path + "-bulkwrite"));
        QCOMPARE(headerMode(path), 2);
        QCOMPARE(reopened.value()->assetCount(), before);
    }

    void openLeavesAFileKeptWithoutTheLogAsItIs()
    {
        // A backup copy is one file in rollback-journal mode, and a closed year's copy too: opening one
        // that no write was killed in changes nothing about how it is kept.
        TestRegister t;
        const QString path = t.path();
        t.reg.reset();
        sqlite3* db = openFile(path);
        QVERIFY(db);
        QCOMPARE(sqliteText(db, "PRAGMA journal_mode = DELETE"), QByteArray("delete"));
        sqlite3_close(db);
        auto reopened = Register::open(path, t.clock);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
        QCOMPARE(headerMode(path), 1);
        QVERIFY(!QFileInfo::exists(path + "-wal"));
    }
};

QTEST_GUILESS_MAIN(TestRollbackJournal)
#include "tst_rollbackjournal.moc"
