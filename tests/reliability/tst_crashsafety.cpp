// Crash safety: a real daicho-cli (or the core, for the window's bulk edit) killed with SIGKILL at
// random moments during a long change. Whatever the moment, the register must open, pass SQLite's
// integrity check and hold all of the change or none of it (a consolidation: each submission whole
// or not at all). The duration of each operation is measured first and the kills spread over it.
#include "CliRun.h"

#include "storage/Backup.h"
#include "storage/Migrations.h"
#include "storage/Register.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>

using namespace daicho;
using daicho::test::Run;

namespace {

constexpr int kKills = 30;

// What the register holds after one run: all of the change, none of it, or (a consolidation of several
// files) some of the files, each of them whole.
enum class State { None, Some, Whole, Partial };

struct Tally
{
    int killedMidway = 0;   // the kill came before the process ended
    int finishedFirst = 0;
    int none = 0;
    int some = 0;
    int whole = 0;
};

// The file header's journal mode (bytes 18 and 19): 2 is WAL.
int walHeader(const QString& path)
{
    QFile f(path);
    const QByteArray header = f.open(QIODevice::ReadOnly) ? f.read(20) : QByteArray();
    return header.size() == 20 && header.at(18) == header.at(19) ? header.at(18) : -1;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QRandomGenerator m_random{quint32(QDateTime::currentMSecsSinceEpoch())};
    FixedClock m_clock{QDate(2025, 6, 1)};

    std::function<State(const QString&)> m_judgeFile;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run cli(const QStringList& args)
    {
        return daicho::test::runCli(QStringLiteral(DAICHO_CLI), args, m_dir.path());
    }

    static qint64 scalar(const QString& file, const QString& sql)
    {
        const QString name = QStringLiteral("probe-%1").arg(quintptr(&file));
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    // Runs the operation `kKills` times on a fresh copy of `source`, killing it after a random delay
    // within its measured duration, and judges each result with `judge` (after opening it as a user would).
    Tally killRepeatedly(const QString& label, const QString& source, const QString& program,
                         const std::function<QStringList(const QString&)>& args,
                         const std::function<State(Register&, const QString&)>& judge)
    {
        Tally t;
        // Full runs first: proof that the operation ends in the "whole" state, and how long it takes. The
        // shortest of three is the span the kills are spread over: the first run of a freshly built binary
        // is slower (cold caches), and a span measured on it would let most kills land after the end.
        qint64 duration = -1;
        for (int run = 0; run < 3; ++run) {
            const QString full = path(QStringLiteral("%1-full-%2.daicho").arg(label).arg(run));
            QFile::remove(full);
            if (!QFile::copy(source, full))
                qFatal("copy failed");
            QElapsedTimer timer;
            timer.start();
            QProcess p;
            p.setWorkingDirectory(m_dir.path());
            p.start(program, args(full));
            p.waitForFinished(60000);
            const qint64 elapsed = timer.elapsed();
            duration = duration < 0 ? elapsed : std::min(duration, elapsed);
            if (p.exitCode() != 0)
                qWarning("%s", p.readAllStandardError().constData());
            auto reg = Register::open(full, m_clock);
            if (!reg || judge(*reg.value(), full) != State::Whole)
                qFatal("%s: the uninterrupted run did not complete", qPrintable(label));
        }

        for (int i = 0; i < kKills; ++i) {
            const QString copy = path(QStringLiteral("%1-%2.daicho").arg(label).arg(i));
            if (!QFile::copy(source, copy))
                qFatal("copy failed");
            const int delay = int(m_random.bounded(quint32(duration + duration / 10 + 1)));
            QProcess victim;
            victim.setWorkingDirectory(m_dir.path());
            victim.start(program, args(copy));
            victim.waitForStarted();
            const bool ended = victim.waitForFinished(delay);
            if (ended) {
                ++t.finishedFirst;
            } else {
                victim.kill();   // SIGKILL: no handler, no cleanup, like a power cut for the process
                victim.waitForFinished();
                ++t.killedMidway;
            }
            // A migration is judged on the file as the kill left it, before opening it migrates it again.
            std::optional<State> raw;
            if (m_judgeFile) {
                raw = m_judgeFile(copy);
                if (*raw == State::Partial)
                    qFatal("%s, kill %d after %d ms: the file was left half changed", qPrintable(label), i, delay);
            }
            auto reg = Register::open(copy, m_clock);
            if (!reg)
                qFatal("%s, kill %d after %d ms: the register does not open: %s", qPrintable(label), i, delay,
                       qPrintable(reg.error().message));
            // A large write killed in rollback-journal mode (RollbackJournal) was rolled back at the opening,
            // and the register is in WAL mode again, as Daicho keeps it.
            if (QFileInfo::exists(copy + QStringLiteral("-journal")) || QFileInfo::exists(copy + QStringLiteral("-bulkwrite"))
                || walHeader(copy) != 2)
                qFatal("%s, kill %d after %d ms: the register was not put back in WAL mode (journal %d, note %d, "
                       "header %d)",
                       qPrintable(label), i, delay, int(QFileInfo::exists(copy + QStringLiteral("-journal"))),
                       int(QFileInfo::exists(copy + QStringLiteral("-bulkwrite"))), walHeader(copy));
            const QStringList problems = reg.value()->integrityProblems();
            if (!problems.isEmpty())
                qFatal("%s, kill %d after %d ms: integrity: %s", qPrintable(label), i, delay,
                       qPrintable(problems.join(QLatin1Char(';'))));
            State s = judge(*reg.value(), copy);
            if (raw && s == State::Whole)
                s = *raw;
            if (s == State::Partial)
                qFatal("%s, kill %d after %d ms: part of the change was kept", qPrintable(label), i, delay);
            s == State::None ? ++t.none : s == State::Some ? ++t.some : ++t.whole;
        }
        qInfo("%s: %d ms uninterrupted; %d kills: %d mid-run, %d after the end; register found with none of "
              "the change %d times, all of it %d times, some whole files of it %d times, a part 0 times",
              qPrintable(label), int(duration), kKills, t.killedMidway, t.finishedFirst, t.none, t.whole, t.some);
        return t;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CLI_OK(cli({"demo", "dept.daicho", "--assets", "1600", "--profile", "saku"}));
        CLI_OK(cli({"demo", "empty.daicho", "--assets", "0", "--profile", "saku"}));
        CLI_OK(cli({"demo", "bulk.daicho", "--assets", "1000", "--profile", "saku"}));
        CLI_OK(cli({"export", "dept.daicho", "all.csv"}));
    }

    void importIsAllOrNothing()
    {
        // The demo's disposed rows are refused by the importer; the clean ones (about 1,500) go in at once.
        const Run preview = cli({"import", "empty.daicho", "all.csv", "--dry-run"});
        const int toAdd = preview.out.section(QStringLiteral("Rows: "), 1).section(QLatin1Char(' '), 0, 0).toInt();
        QVERIFY2(toAdd > 1200, qPrintable(preview.describe()));
        const Tally t = killRepeatedly(
            QStringLiteral("import"), path("empty.daicho"), QStringLiteral(DAICHO_CLI),
            [](const QString& file) {
                return QStringList{"import", file, "all.csv", "--clean-rows-only"};
            },
            [toAdd](Register& reg, const QString&) {
                const int n = reg.assetCount();
                return n == 0 ? State::None : n == toAdd ? State::Whole : State::Partial;
            });
        QVERIFY2(t.killedMidway >= kKills / 3, "too few kills landed during the import");
    }

    void consolidationTakesEachSubmissionWhole()
    {
        QStringList files;
        for (const QString unit : {"0101", "0102", "0201", "0301", "0401", "0501"}) {
            const QString file = QStringLiteral("s%1.json").arg(unit);
            CLI_OK(cli({"submit", "dept.daicho", file, "--org", unit, "--fiscal-year", "R7"}));
            files << file;
        }
        const Tally t = killRepeatedly(
            QStringLiteral("consolidate"), path("empty.daicho"), QStringLiteral(DAICHO_CLI),
            [files](const QString& file) { return QStringList{"consolidate", file} + files; },
            [files](Register& reg, const QString& file) {
                // Every submission recorded has all of its assets, and no asset came without its record.
                const QVector<SubmissionRecord> taken = reg.submissions();
                int expected = 0;
                for (const SubmissionRecord& s : taken) {
                    expected += s.assetCount;
                    if (scalar(file, QStringLiteral("SELECT count(*) FROM asset WHERE submission_id = %1").arg(s.id))
                        != s.assetCount)
                        return State::Partial;
                }
                if (reg.assetCount() != expected)
                    return State::Partial;
                return taken.isEmpty() ? State::None : taken.size() == files.size() ? State::Whole : State::Some;
            });
        QVERIFY2(t.killedMidway >= kKills / 3, "too few kills landed during the consolidation");
    }

    void bulkEditIsAllOrNothing()
    {
        const Tally t = killRepeatedly(
            QStringLiteral("bulk"), path("bulk.daicho"), QStringLiteral(DAICHO_WORKER),
            [](const QString& file) { return QStringList{"bulk", file, "一括変更済"}; },
            [](Register&, const QString& file) {
                const qint64 editable = scalar(file, "SELECT count(*) FROM asset WHERE stage <> 'dispose'");
                const qint64 changed = scalar(file, QStringLiteral("SELECT count(*) FROM asset WHERE remarks = '一括変更済'"));
                const qint64 history = scalar(file, "SELECT count(*) FROM history WHERE action = 'update'");
                if (changed == 0 && history == 0)
                    return State::None;
                return changed == editable && history == editable ? State::Whole : State::Partial;
            });
        QVERIFY2(t.killedMidway >= kKills / 3, "too few kills landed during the bulk edit");
    }

    void migrationIsAllOrNothing()
    {
        // Judged before Register::open runs the migration again: the file as the kill left it.
        const QString source = QStringLiteral(DAICHO_TEST_DATA "/register-v1.sqlite");
        m_judgeFile = [](const QString& file) {
            const qint64 version = scalar(file, "PRAGMA user_version");
            const qint64 step4 = scalar(file, "SELECT count(*) FROM sqlite_master WHERE name = 'submission'");
            const qint64 step3 = scalar(file, "SELECT count(*) FROM pragma_table_info('asset') WHERE name = 'withdrawn'");
            const qint64 step5 = scalar(file, "SELECT count(*) FROM pragma_table_info('history') WHERE name = 'hash'");
            const qint64 appId = scalar(file, "PRAGMA application_id");
            Q_UNUSED(appId);
            // Every step of the update in, and the format number saying so, or none of it.
            if (version == 1 && step3 == 0 && step4 == 0 && step5 == 0)
                return State::None;
            if (version == Migrations::latestVersion() && step3 == 1 && step4 == 1 && step5 == 1)
                return State::Whole;
            return State::Partial;
        };
        const Tally t = killRepeatedly(
            QStringLiteral("migrate"), source, QStringLiteral(DAICHO_CLI),
            [](const QString& file) { return QStringList{"list", file}; },
            [](Register& reg, const QString& file) {
                // Register::open has migrated the file by now; the asset and its history must be there.
                const bool ok = reg.schemaVersion() == Migrations::latestVersion() && reg.assetCount() == 1
                                && scalar(file, "SELECT count(*) FROM history") >= 1;
                return ok ? State::Whole : State::Partial;
            });
        m_judgeFile = nullptr;
        QVERIFY2(t.killedMidway >= kKills / 3, "too few kills landed during the migration");
    }

    void migrationAfterAKilledBackupCopy()
    {
        // A kill during the backup copy leaves a partial copy under the name the next try would use
        // (the same second): the update must still go ahead, and not write over or trust that file.
        const QString file = path("leftover.daicho");
        QVERIFY(QFile::copy(QStringLiteral(DAICHO_TEST_DATA "/register-v1.sqlite"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(QDir().mkpath(Backup::folderFor(file)));
        const QString leftover = QDir(Backup::folderFor(file))
                                     .filePath(m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                               + QStringLiteral("-migration.sqlite.partial"));
        QFile partial(leftover);
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("SQLite format 3", 15);
        partial.close();
        auto reg = Register::open(file, m_clock);
        QVERIFY2(reg, qPrintable(reg.error().message));
        QCOMPARE(reg.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY(reg.value()->migrationBackup() != leftover);
        QVERIFY(QFileInfo(reg.value()->migrationBackup()).size() > 4096);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
