// Two people, one file: separate processes on the same register. An edit made from a copy read before
// someone else's save is refused (row_version), never written over theirs; writers that meet wait for
// each other (SQLite's busy timeout) and all their changes arrive; one that waits in vain is told who
// holds the file.
#include "CliRun.h"

#include "storage/LockHolder.h"
#include "storage/Register.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;
using daicho::test::Run;

class TestConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    FixedClock m_clock{QDate(2025, 6, 1)};

    Run cli(const QStringList& args) { return daicho::test::runCli(QStringLiteral(DAICHO_CLI), args, m_dir.path()); }

    std::optional<Asset> asset(const QString& no)
    {
        auto reg = Register::open(m_file, m_clock);
        return reg ? reg.value()->assetByNo(no) : std::nullopt;
    }

    static void startWorker(QProcess& p, const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DAICHO_LANG", "en");
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DAICHO_WORKER), args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath("shared.daicho");
        CLI_OK(cli({"demo", m_file, "--assets", "100", "--profile", "saku"}));
    }

    void staleEditIsRefusedNotWrittenOver()
    {
        // Person A opens 0101-00001 and starts typing; person B saves a change to the same asset.
        QProcess a;
        startWorker(a, {"edit", m_file, "0101-00001", "Aの名称"});
        QVERIFY(a.waitForReadyRead(10000));
        QVERIFY(a.readLine().startsWith("read "));
        CLI_OK(cli({"update", m_file, "0101-00001", "--name", "Bの名称"}));
        // A saves: refused, with a message that tells A what to do; B's edit stays.
        a.write("\n");
        a.closeWriteChannel();
        QVERIFY(a.waitForFinished(20000));
        QCOMPARE(a.exitCode(), 1);
        const QString message = QString::fromUtf8(a.readAllStandardError());
        QVERIFY2(message.contains("was changed by someone else after you opened it"), qPrintable(message));
        QCOMPARE(asset("0101-00001")->name, QStringLiteral("Bの名称"));
        // A reloads and saves again: now it goes in, and the history holds both edits, in order.
        QProcess again;
        startWorker(again, {"edit", m_file, "0101-00001", "Aの名称"});
        QVERIFY(again.waitForReadyRead(10000));
        again.write("\n");
        again.closeWriteChannel();
        QVERIFY(again.waitForFinished(20000));
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(asset("0101-00001")->name, QStringLiteral("Aの名称"));
        const Run history = cli({"history", m_file, "0101-00001"});
        CLI_OK(history);
        QVERIFY2(history.out.indexOf("Bの名称") >= 0 && history.out.indexOf("Aの名称") >= 0, qPrintable(history.out));
    }

    void simultaneousWritersAllArrive()
    {
        // Eight people save at the same moment, each to a different asset, and two register new ones.
        QVector<Asset> assets;
        for (const Asset& a : Register::open(m_file, m_clock).value()->assets())
            if (!a.isDisposed() && a.status != QLatin1String("pending"))
                assets << a;
        QVector<QProcess*> running;
        QStringList changed;
        for (int i = 0; i < 8; ++i) {
            const QString no = assets.at(10 + i).assetNo;
            changed << no;
            auto* p = new QProcess(this);
            p->start(QStringLiteral(DAICHO_CLI), {"update", m_file, no, "--remarks", QStringLiteral("同時編集%1").arg(i)});
            running << p;
        }
        for (int i = 0; i < 2; ++i) {
            auto* p = new QProcess(this);
            p->start(QStringLiteral(DAICHO_CLI), {"add", m_file, "--org", "0101", "--name", QStringLiteral("同時追加%1").arg(i)});
            running << p;
        }
        QStringList failures;
        for (QProcess* p : running) {
            p->waitForFinished(30000);
            if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
                failures << QString::fromUtf8(p->readAllStandardError());
            delete p;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
        auto reg = Register::open(m_file, m_clock);
        QVERIFY(reg);
        for (int i = 0; i < changed.size(); ++i)
            QCOMPARE(reg.value()->assetByNo(changed[i])->remarks, QStringLiteral("同時編集%1").arg(i));
        int added = 0;
        for (const Asset& a : reg.value()->assets())
            added += a.name.startsWith(QStringLiteral("同時追加"));
        QCOMPARE(added, 2);
        QVERIFY(reg.value()->integrityProblems().isEmpty());
    }

    void busyFileWaitsThenNamesTheHolder()
    {
        // A short hold: the CLI waits for it and then saves.
        QProcess shortHold;
        startWorker(shortHold, {"hold", m_file, "1500"});
        QVERIFY(shortHold.waitForReadyRead(10000));
        QElapsedTimer waited;
        waited.start();
        CLI_OK(cli({"update", m_file, "0101-00002", "--remarks", "待ってから保存"}));
        QVERIFY2(waited.elapsed() >= 1000, "the save did not wait for the other change");
        QVERIFY(shortHold.waitForFinished(10000));
        QCOMPARE(asset("0101-00002")->remarks, QStringLiteral("待ってから保存"));

        // A long hold: the CLI gives up after its wait and says who it was, and what to do.
        QProcess longHold;
        startWorker(longHold, {"hold", m_file, "8000"});
        QVERIFY(longHold.waitForReadyRead(10000));
        const std::optional<LockHolder> note = LockHolder::read(m_file);
        QVERIFY(note);
        QCOMPARE(note->pid, longHold.processId());
        waited.restart();
        const Run r = cli({"update", m_file, "0101-00002", "--remarks", "諦める"});
        CLI_EXIT(r, 7);
        QVERIFY2(waited.elapsed() >= 4000, "the CLI gave up without waiting");
        // The person as Daicho knows them (the name they set), with the account and the computer.
        QCOMPARE(note->displayName, QStringLiteral("worker"));
        QVERIFY2(r.err.contains(QStringLiteral("The register is being changed by worker (%1 on %2) since")
                                    .arg(note->osUser, QSysInfo::machineHostName())),
                 qPrintable(r.describe()));
        QVERIFY2(r.err.contains("try again when they have finished", Qt::CaseInsensitive), qPrintable(r.describe()));
        QVERIFY(longHold.waitForFinished(15000));
        QCOMPARE(longHold.exitCode(), 0);
        // The holder let go and took its note with it.
        QVERIFY(!QFile::exists(LockHolder::notePath(m_file)));
        QCOMPARE(asset("0101-00002")->remarks, QStringLiteral("待ってから保存"));
    }

    void noteNamesThePersonAsDaichoKnowsThem()
    {
        // The note written for a person with a name of their own, read back as another process would.
        const QString path = m_dir.filePath("named.daicho");
        LockHolder::claim(path, Actor{QStringLiteral("u1234"), QStringLiteral("保険年金課 山田")});
        std::optional<LockHolder> note = LockHolder::read(path);
        QVERIFY(note);
        QCOMPARE(note->displayName, QStringLiteral("保険年金課 山田"));
        QCOMPARE(note->osUser, QStringLiteral("u1234"));
        QVERIFY2(note->describe().startsWith(QStringLiteral("保険年金課 山田 (u1234 on %1) since ")
                                                  .arg(QSysInfo::machineHostName())),
                 qPrintable(note->describe()));
        // Written whole beside its place and renamed over it: nothing is left beside it, and what a
        // process killed while writing it left there is written over.
        const QString beside = LockHolder::notePath(path) + QStringLiteral(".new");
        QVERIFY(!QFile::exists(beside));
        QFile leftover(beside);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("{\"os_user\":\"u99");
        leftover.close();
        // Without a name of their own (it defaults to the account), the account and computer as before.
        LockHolder::claim(path, Actor::current());
        QVERIFY(!QFile::exists(beside));
        note = LockHolder::read(path);
        QVERIFY(note);
        QVERIFY(note->displayName.isEmpty());
        QVERIFY(note->describe().startsWith(QStringLiteral("%1 on %2 since ").arg(note->osUser, QSysInfo::machineHostName())));
        LockHolder::release(path);
        QVERIFY(!QFile::exists(LockHolder::notePath(path)));
    }

    void noteOfAKilledHolderIsNotBelieved()
    {
        QProcess holder;
        startWorker(holder, {"hold", m_file, "30000"});
        QVERIFY(holder.waitForReadyRead(10000));
        holder.kill();
        holder.waitForFinished();
        QVERIFY(QFile::exists(LockHolder::notePath(m_file)));   // left behind, as after a crash
        QVERIFY(!LockHolder::read(m_file));
        // The next writer is not blocked by it, and replaces it with its own while it works.
        CLI_OK(cli({"update", m_file, "0101-00003", "--remarks", "後から保存"}));
        QVERIFY(!QFile::exists(LockHolder::notePath(m_file)));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
