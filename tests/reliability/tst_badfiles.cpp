// Bad files handed to daicho-cli: damaged, empty, junk, someone else's database, a newer register, a
// read-only file or folder, a full disk, a file another process has locked. Each gives one clear message
// and its own exit code (README: exit codes), nothing crashes, and the file stays byte for byte as it was.
//
// Read-only cases run the CLI as the unprivileged user `nobody` (setpriv) when the test runs as root,
// since root writes through file permissions. The full disk is a size-limited tmpfs when `mount` is
// allowed (root), else a file size limit on the child (RLIMIT_FSIZE through `prlimit`, SIGXFSZ ignored),
// which SQLite sees as a write error rather than a full disk: both give exit code 6.
#include "CliRun.h"
#include "TestRegister.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace daicho;
using daicho::test::Run;

namespace {

QStringList folderListing(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

Run runProgram(const QString& program, const QStringList& args, const QString& dir)
{
    return daicho::test::runCli(program, args, dir);
}

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;   // a good register of 200 assets that each case starts from

    QString path(const QString& name) const { return m_dir.filePath(name); }
    Run cli(const QStringList& args) { return runProgram(QStringLiteral(DAICHO_CLI), args, m_dir.path()); }

    // The commands a user would try on the file: reading ones and changing ones.
    static QList<QStringList> commandsOn(const QString& file)
    {
        return {{"list", file},
                {"check", file},
                {"check", file, "--format", "json"},
                {"stats", file},
                {"report", file, "--kind", "summary", "--out", "summary.pdf"},
                {"show", file, "0101-00001"},
                {"add", file, "--org", "0101", "--name", "追加"},
                {"update", file, "0101-00001", "--remarks", "変更"},
                {"import", file, "rows.csv", "--org", "0101"},
                {"export", file, "out.csv"}};
    }

    // setpriv when this test runs as root: the file permissions must apply to the CLI.
    Run cliAsUser(const QStringList& args, const QString& workingDir)
    {
        if (::geteuid() != 0)
            return runProgram(QStringLiteral(DAICHO_CLI), args, workingDir);
        return runProgram(QStringLiteral("setpriv"),
                          QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", QStringLiteral(DAICHO_CLI)}
                              + args,
                          workingDir);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = path("template.daicho");
        CLI_OK(cli({"--as-of", "2025-06-01", "demo", m_template, "--assets", "200", "--profile", "saku"}));
        QFile rows(path("rows.csv"));
        QVERIFY(rows.open(QIODevice::WriteOnly));
        rows.write("情報資産名称,機密性,完全性,可用性\n取り込み資産,2,1,1\n");
    }

    void damagedOrForeignFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated register") << "truncated" << 3 << "is damaged";
        QTest::newRow("zero-length file") << "empty" << 3 << "it is not a database file";
        QTest::newRow("random bytes") << "random" << 3 << "it is not a database file";
        QTest::newRow("random bytes after a register header") << "junk-body" << 3 << "is damaged";
        QTest::newRow("plain SQLite database") << "sqlite" << 3 << "is a database, but not a Daicho register";
        QTest::newRow("register of a newer Daicho") << "newer" << 4 << "written by a newer version of Daicho";
    }

    void damagedOrForeignFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir(m_dir.filePath("case-XXXXXX"));
        const QString file = dir.filePath("bad.daicho");
        QFile::copy(path("rows.csv"), dir.filePath("rows.csv"));
        if (kind == "truncated" || kind == "junk-body" || kind == "newer") {
            QVERIFY(QFile::copy(m_template, file));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (kind == "truncated") {
                QVERIFY(f.size() > 40 * 4096);
                QVERIFY(f.resize(f.size() / 3));   // a copy that stopped part-way
            } else if (kind == "junk-body") {
                QVERIFY(f.seek(4096));
                QByteArray junk(f.size() - 4096, Qt::Uninitialized);
                for (char& c : junk)
                    c = char(QRandomGenerator::global()->generate());
                f.write(junk);
            } else {
                f.close();
                QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "newer");
                db.setDatabaseName(file);
                QVERIFY(db.open());
                QSqlQuery(db).exec("PRAGMA user_version = 99");
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase("newer");
            }
        } else if (kind == "empty" || kind == "random") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == "random") {
                QByteArray junk(300000, Qt::Uninitialized);
                for (char& c : junk)
                    c = char(QRandomGenerator::global()->generate());
                f.write(junk);
            }
        } else if (kind == "sqlite") {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "foreign");
                db.setDatabaseName(file);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec("CREATE TABLE asset (asset_no TEXT, name TEXT)"));
                QVERIFY(q.exec("INSERT INTO asset VALUES ('0101-00001', '顧客台帳')"));
                db.close();
            }
            QSqlDatabase::removeDatabase("foreign");
        }
        const QByteArray before = test::fileHash(file);
        const QStringList listing = folderListing(dir.path());
        for (const QStringList& args : commandsOn(file)) {
            const Run r = runProgram(QStringLiteral(DAICHO_CLI), args, dir.path());
            CLI_EXIT(r, code);
            QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
            // One message (`report` starts Qt's GUI side for its fonts, which may first warn about the
            // environment, such as a missing XDG_RUNTIME_DIR).
            if (args.first() != "report")
                QVERIFY2(r.err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(r.describe()));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
            QVERIFY2(test::fileHash(file) == before, qPrintable(r.describe()));
            QVERIFY2(folderListing(dir.path()) == listing, qPrintable(r.describe()));
        }
    }

    void readOnlyFileIsReadButNotChanged_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }

    void readOnlyFileIsReadButNotChanged()
    {
        QFETCH(bool, folder);
        if (::geteuid() == 0 && QStandardPaths::findExecutable("setpriv").isEmpty())
            QSKIP("running as root without setpriv: file permissions cannot be tested");
        QTemporaryDir dir(m_dir.filePath("ro-XXXXXX"));
        const QString file = dir.filePath("register.daicho");
        QVERIFY(QFile::copy(m_template, file));
        QFile::copy(path("rows.csv"), dir.filePath("rows.csv"));
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                | QFile::ExeOther);
        const QFile::Permissions readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const QFile::Permissions enter = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        if (folder) {
            QVERIFY(QFile::setPermissions(file, readable | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
            QVERIFY(QFile::setPermissions(dir.path(), readable | enter));
        } else {
            QVERIFY(QFile::setPermissions(file, readable));
            QVERIFY(QFile::setPermissions(dir.path(), readable | enter | QFile::WriteOwner));
        }
        const QByteArray before = test::fileHash(file);
        const QStringList listing = folderListing(dir.path());

        Run r = cliAsUser({"list", file}, dir.path());
        CLI_OK(r);
        QVERIFY2(r.out.contains("200 asset(s)"), qPrintable(r.describe()));
        CLI_OK(cliAsUser({"check", file}, dir.path()));
        for (const QStringList& args :
             QList<QStringList>{{"add", file, "--org", "0101", "--name", "追加"},
                                {"update", file, "0101-00001", "--remarks", "変更"},
                                {"stage", file, "0101-00001", "store"},
                                {"import", file, "rows.csv", "--org", "0101"}}) {
            r = cliAsUser(args, dir.path());
            CLI_EXIT(r, 5);
            QVERIFY2(r.err.contains("read-only; nothing was changed"), qPrintable(r.describe()));
            QVERIFY2(test::fileHash(file) == before, qPrintable(r.describe()));
            QVERIFY2(folderListing(dir.path()) == listing, qPrintable(r.describe()));
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void fullDiskSavesNothing()
    {
        // 1,500 new assets do not fit in the room left.
        QTemporaryDir dir(m_dir.filePath("full-XXXXXX"));
        QFile rows(dir.filePath("many.csv"));
        QVERIFY(rows.open(QIODevice::WriteOnly));
        rows.write("情報資産名称,備考,機密性,完全性,可用性\n");
        for (int i = 0; i < 1500; ++i)
            rows.write(QStringLiteral("大量資産%1,%2,2,1,1\n").arg(i).arg(QString(200, QChar(0x5099))).toUtf8());
        rows.close();
        const qint64 size = QFileInfo(m_template).size();

        const QString mountPoint = dir.filePath("disk");
        QDir().mkpath(mountPoint);
        QProcess mount;
        mount.start("mount", {"-t", "tmpfs", "-o", QStringLiteral("size=%1k").arg(size / 1024 + 256), "tmpfs", mountPoint});
        const bool mounted = mount.waitForFinished() && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
        QString file;
        Run r;
        if (mounted) {
            file = mountPoint + "/register.daicho";
            QVERIFY(QFile::copy(m_template, file));
            const QByteArray before = test::fileHash(file);
            r = cli({"import", file, rows.fileName(), "--org", "0101"});
            CLI_EXIT(r, 6);
            QVERIFY2(r.err.contains("The disk holding the register is full; nothing was changed."), qPrintable(r.describe()));
            QVERIFY2(test::fileHash(file) == before, qPrintable(r.describe()));
            CLI_OK(cli({"check", file}));
            QProcess::execute("umount", {mountPoint});
            qInfo("full disk: a %lld KiB tmpfs", size / 1024 + 256);
        } else {
            if (QStandardPaths::findExecutable("prlimit").isEmpty())
                QSKIP("neither mount nor prlimit is available");
            file = dir.filePath("register.daicho");
            QVERIFY(QFile::copy(m_template, file));
            const QByteArray before = test::fileHash(file);
            // An ignored SIGXFSZ stays ignored across exec: the write then fails with EFBIG instead.
            r = runProgram("sh",
                           {"-c", QStringLiteral("trap '' XFSZ; exec prlimit --fsize=%1 \"$0\" \"$@\"").arg(size + 65536),
                            QStringLiteral(DAICHO_CLI), "import", file, rows.fileName(), "--org", "0101"},
                           dir.path());
            CLI_EXIT(r, 6);
            QVERIFY2(r.err.contains("could not be written to the disk"), qPrintable(r.describe()));
            QVERIFY2(test::fileHash(file) == before, qPrintable(r.describe()));
            CLI_OK(cli({"check", file}));
            qInfo("full disk: RLIMIT_FSIZE of %lld bytes", size + 65536);
        }
        QVERIFY2(!r.err.contains("Imported"), qPrintable(r.describe()));
    }

    void lockedFileSaysWhoHoldsIt()
    {
        QTemporaryDir dir(m_dir.filePath("lock-XXXXXX"));
        const QString file = dir.filePath("register.daicho");
        QVERIFY(QFile::copy(m_template, file));
        const QByteArray before = test::fileHash(file);

        // Another Daicho holds a change open for longer than the CLI waits.
        QProcess holder;
        holder.start(QStringLiteral(DAICHO_WORKER), {"hold", file, "9000"});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("holding"));
        QElapsedTimer waited;
        waited.start();
        Run r = cli({"add", file, "--org", "0101", "--name", "追加"});
        CLI_EXIT(r, 7);
        QVERIFY2(waited.elapsed() >= 4000, "the CLI did not wait before giving up");
        // The worker works as 「worker」: the person by the name Daicho knows, with account and computer.
        QVERIFY2(r.err.contains(QStringLiteral("being changed by worker (%1 on %2) since ")
                                    .arg(Actor::current().osUser, QSysInfo::machineHostName())),
                 qPrintable(r.describe()));
        CLI_OK(cli({"list", file}));   // reading goes on meanwhile
        holder.kill();
        holder.waitForFinished();

        // A process outside Daicho keeps the file locked, readers included (SQLite's exclusive locking mode).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "locker");
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("PRAGMA locking_mode = EXCLUSIVE"));
            QVERIFY2(q.exec("BEGIN EXCLUSIVE"), qPrintable(q.lastError().text()));
            QVERIFY(q.exec("INSERT INTO meta (key, value) VALUES ('x', 'y')"));
            for (const QStringList& args : QList<QStringList>{{"list", file}, {"add", file, "--org", "0101", "--name", "x"}}) {
                r = cli(args);
                CLI_EXIT(r, 7);
                // The dead holder's note is not believed: the lock is someone else's.
                QVERIFY2(r.err.contains("in use by someone else"), qPrintable(r.describe()));
                QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
            }
            q.exec("ROLLBACK");
            db.close();
        }
        QSqlDatabase::removeDatabase("locker");
        QCOMPARE(test::fileHash(file), before);
        r = cli({"add", file, "--org", "0101", "--name", "追加"});
        CLI_OK(r);
        QVERIFY(!QFileInfo::exists(file + "-holder"));
    }
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
