// The write-ahead log copied into the file by a thread of its own during a long run of commits
// (BackgroundCheckpoint): the writer stops checkpointing itself meanwhile, every commit reaches the
// file, and the writer's own checkpoints come back afterwards.
#include "storage/BackgroundCheckpoint.h"

#include "storage/SqliteHandle.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace daicho;

namespace {

bool exec(sqlite3* db, const QByteArray& sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// One transaction of `rows` rows of about a kilobyte each.
bool commitRows(sqlite3* db, int rows)
{
    if (!exec(db, "BEGIN IMMEDIATE"))
        return false;
    for (int i = 0; i < rows; ++i)
        if (!exec(db, "INSERT INTO t (v) VALUES (hex(randomblob(500)))"))
            return false;
    return exec(db, "COMMIT");
}

// A new file at `path` with the one table, in WAL mode when `wal`; null when any of it fails.
sqlite3* openTable(const QString& path, bool wal)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK
        || (wal && sqliteText(db, "PRAGMA journal_mode = WAL") != "wal")
        || !exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")) {
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

} // namespace

class TestBackgroundCheckpoint : public QObject
{
    Q_OBJECT

private slots:
    void commitsReachTheFileFromTheOtherThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        sqlite3* writer = openTable(path, true);
        QVERIFY(writer);
        QVERIFY(exec(writer, "PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 before = QFileInfo(path).size();
        {
            BackgroundCheckpoint background(writer, path);
            // The writer no longer copies the log itself: a commit of 3 MB stays in the log unless the
            // other thread copies it.
            QCOMPARE(sqliteText(writer, "PRAGMA wal_autocheckpoint"), QByteArray("0"));
            for (int i = 0; i < 3; ++i) {
                QVERIFY(commitRows(writer, 1000));
                background.committed();
            }
        }
        // All three commits are in the file itself, copied by the other thread.
        QVERIFY2(QFileInfo(path).size() > before + 2 * 1024 * 1024,
                 qPrintable(QStringLiteral("%1 -> %2 bytes").arg(before).arg(QFileInfo(path).size())));
        QCOMPARE(sqliteText(writer, "PRAGMA wal_autocheckpoint"), QByteArray("1000"));
        QCOMPARE(sqliteText(writer, "SELECT count(*) FROM t"), QByteArray("3000"));
        QCOMPARE(sqliteText(writer, "PRAGMA integrity_check"), QByteArray("ok"));
        sqlite3_close(writer);
    }

    void theLogStartsAgainInsteadOfGrowing()
    {
        // 24 commits of about 1 MB each. Told before each transaction, the checkpoint lets the log
        // start again once it passes 16 MB; without that, it holds every page of the run.
        for (const bool told : {true, false}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("r.sqlite"));
            sqlite3* writer = openTable(path, true);
            QVERIFY(writer);
            {
                BackgroundCheckpoint background(writer, path);
                for (int i = 0; i < 24; ++i) {
                    if (told)
                        background.beforeWrite();
                    QVERIFY(commitRows(writer, 1000));
                    background.committed();
                }
            }
            const qint64 log = QFileInfo(path + QStringLiteral("-wal")).size();
            const qint64 MB = 1024 * 1024;
            if (told)
                QVERIFY2(log < 20 * MB, qPrintable(QStringLiteral("log of %1 bytes").arg(log)));
            else
                QVERIFY2(log > 24 * MB, qPrintable(QStringLiteral("log of %1 bytes").arg(log)));
            QCOMPARE(sqliteText(writer, "SELECT count(*) FROM t"), QByteArray("24000"));
            QCOMPARE(sqliteText(writer, "PRAGMA integrity_check"), QByteArray("ok"));
            sqlite3_close(writer);
        }
    }

    void aFileNotInWalModeIsLeftToItsWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        sqlite3* writer = openTable(path, false);
        QVERIFY(writer);
        {
            BackgroundCheckpoint background(writer, path);
            QCOMPARE(sqliteText(writer, "PRAGMA wal_autocheckpoint"), QByteArray("1000"));
            QVERIFY(commitRows(writer, 10));
            background.committed();
        }
        QCOMPARE(sqliteText(writer, "SELECT count(*) FROM t"), QByteArray("10"));
        sqlite3_close(writer);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundCheckpoint)
#include "tst_backgroundcheckpoint.moc"
