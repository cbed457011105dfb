// daicho-cli backup, backups, restore and verify as a user runs them: exit codes, what is printed, and
// that a refused restore leaves the register exactly as it was.
#include "CliRun.h"
#include "TestRegister.h"

#include "storage/Backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace daicho;
using daicho::test::fileHash;
using daicho::test::Run;
using daicho::test::TestRegister;

namespace {

// SQL straight against the file, as another program would run it.
bool execSql(const QString& path, const QStringList& statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_backupcli_%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList backupNames(const QString& registerPath)
{
    return QDir(Backup::folderFor(registerPath))
        .entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
}

} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT

    Run cli(const TestRegister& t, const QStringList& args)
    {
        return daicho::test::runCli(QStringLiteral(DAICHO_CLI), args, t.dir.path());
    }
    // The register's file, also after the test closed its own connection.
    static QString file(const TestRegister& t) { return t.dir.filePath(QStringLiteral("register.daicho")); }
    void fill(TestRegister& t, int n, const QString& prefix = QStringLiteral("資産"))
    {
        for (int i = 0; i < n; ++i)
            QVERIFY(t.reg->addAsset(t.cleanAsset(QStringLiteral("%1%2").arg(prefix).arg(i)), t.actor));
    }

private slots:
    void backupPrintsItsPathAndBackupsListsIt()
    {
        TestRegister t;
        fill(t, 2);
        const Run made = cli(t, {QStringLiteral("backup"), file(t)});
        CLI_OK(made);
        const QString path = made.out.trimmed();
        QVERIFY2(QFileInfo(path).isFile(), qPrintable(made.describe()));
        QCOMPARE(QFileInfo(path).absolutePath(), Backup::folderFor(file(t)));
        QVERIFY(path.endsWith(QStringLiteral("-manual.sqlite")));

        const Run listed = cli(t, {QStringLiteral("backups"), file(t)});
        CLI_OK(listed);
        QVERIFY2(listed.out.contains(QFileInfo(path).fileName()), qPrintable(listed.describe()));
        QVERIFY(listed.out.contains(QStringLiteral("made by hand")));
        QVERIFY(listed.out.contains(QStringLiteral("Assets")));

        const Run json =
            cli(t, {QStringLiteral("backups"), file(t), QStringLiteral("--format"), QStringLiteral("json")});
        CLI_OK(json);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QJsonObject manual;
        for (const QJsonValue& v : rows)
            if (v.toObject().value(QStringLiteral("reason")).toString() == QLatin1String("manual"))
                manual = v.toObject();
        QCOMPARE(manual.value(QStringLiteral("assets")).toInt(), 2);
        QVERIFY(manual.value(QStringLiteral("size")).toInteger() > 0);
        QCOMPARE(manual.value(QStringLiteral("city")).toString(), t.reg->cityName());
        QVERIFY(!manual.value(QStringLiteral("when")).toString().isEmpty());
    }

    void backupRefusesWhatIsNotARegister()
    {
        TestRegister t;
        const QString notes = t.dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("memo\n");
        }
        CLI_EXIT(cli(t, {QStringLiteral("backup"), notes}), 3);
        QVERIFY(!QFileInfo::exists(Backup::folderFor(notes)));
        const Run none = cli(t, {QStringLiteral("backups"), notes});
        CLI_OK(none);
        QVERIFY2(none.out.contains(QStringLiteral("no backups")), qPrintable(none.describe()));
    }

    void restoreBringsBackTheBackup()
    {
        TestRegister t;
        fill(t, 2);
        const Run made = cli(t, {QStringLiteral("backup"), file(t)});
        CLI_OK(made);
        fill(t, 3, QStringLiteral("後から"));
        t.reg.reset();
        // Named as `backups` lists it: the file name alone is found in the register's backup folder.
        const Run restored =
            cli(t, {QStringLiteral("restore"), file(t), QFileInfo(made.out.trimmed()).fileName()});
        CLI_OK(restored);
        QVERIFY2(restored.out.contains(QStringLiteral("was restored")), qPrintable(restored.describe()));
        {
            auto reg = Register::open(file(t), t.clock);
            QVERIFY2(reg, qPrintable(reg.error().message));
            QCOMPARE(reg.value()->assetCount(), 2);
        }
        const Run listed = cli(t, {QStringLiteral("backups"), file(t)});
        QVERIFY2(listed.out.contains(QStringLiteral("before a restore")), qPrintable(listed.describe()));
        CLI_OK(cli(t, {QStringLiteral("verify"), file(t)}));
    }

    void restoreRefusesAndChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("not a register") << "junk";
        QTest::newRow("another city's register") << "city";
        QTest::newRow("missing backup") << "missing";
    }

    void restoreRefusesAndChangesNothing()
    {
        QFETCH(QString, kind);
        TestRegister t;
        fill(t, 2);
        CLI_OK(cli(t, {QStringLiteral("backup"), file(t)}));
        t.reg.reset();
        const QString candidate = t.dir.filePath(QStringLiteral("candidate.sqlite"));
        if (kind == QLatin1String("junk")) {
            QFile f(candidate);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("SQLite format 3").append(QByteArray(5000, '\0')));
        } else if (kind == QLatin1String("city")) {
            CLI_OK(cli(t, {QStringLiteral("init"), candidate, QStringLiteral("--profile"),
                           QStringLiteral("mitaka")}));
        }
        const QByteArray before = fileHash(file(t));
        const QStringList backups = backupNames(file(t));
        const Run r = cli(t, {QStringLiteral("restore"), file(t), candidate});
        CLI_EXIT(r, kind == QLatin1String("missing") ? 1 : 3);
        QVERIFY2(r.out.isEmpty() && !r.err.trimmed().isEmpty(), qPrintable(r.describe()));
        if (kind == QLatin1String("city"))
            QVERIFY2(r.err.contains(QStringLiteral("三鷹市")), qPrintable(r.describe()));
        QCOMPARE(fileHash(file(t)), before);
        QCOMPARE(backupNames(file(t)), backups);
    }

    void restoreRefusedWhileOpenElsewhere()
    {
        TestRegister t;
        fill(t, 1);
        const Run made = cli(t, {QStringLiteral("backup"), file(t)});
        CLI_OK(made);
        fill(t, 1, QStringLiteral("開いている"));
        const Run r = cli(t, {QStringLiteral("restore"), file(t), made.out.trimmed()});
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("close it there first")),
                 qPrintable(r.describe()));
        QCOMPARE(t.reg->assetCount(), 2);
    }

    void verifyFindsTamperingAndCheckToo()
    {
        TestRegister t;
        fill(t, 3);
        const QString second = t.reg->assets().at(1).assetNo;
        const Run whole = cli(t, {QStringLiteral("verify"), file(t)});
        CLI_OK(whole);
        QVERIFY2(whole.out.contains(QStringLiteral("History chain whole: 6 row(s) checked.")),
                 qPrintable(whole.describe()));
        const Run checked = cli(t, {QStringLiteral("check"), file(t)});
        CLI_OK(checked);
        QVERIFY2(checked.out.contains(QStringLiteral("History chain: whole")),
                 qPrintable(checked.describe()));

        // Someone edits the history with a database tool, getting the triggers out of the way first.
        QVERIFY(execSql(file(t), {QStringLiteral("DROP TRIGGER history_no_update"),
                                  QStringLiteral("DROP TRIGGER history_no_delete"),
                                  QStringLiteral("UPDATE history SET os_user = 'someone' WHERE id = 5"),
                                  QStringLiteral("DELETE FROM history WHERE id = 2")}));
        const Run broken = cli(t, {QStringLiteral("verify"), file(t)});
        CLI_EXIT(broken, 1);
        QVERIFY2(broken.out.contains(QStringLiteral("asset ") + second), qPrintable(broken.describe()));
        QVERIFY(broken.out.contains(QStringLiteral("changed")));
        QVERIFY(broken.out.contains(QStringLiteral("removed")));
        QVERIFY(broken.out.contains(QStringLiteral("History chain broken: 2 of 5 row(s)")));

        const Run json =
            cli(t, {QStringLiteral("verify"), file(t), QStringLiteral("--format"), QStringLiteral("json")});
        CLI_EXIT(json, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("whole")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 5);
        const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("row")).toInt(), 3);
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("removed"));
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("org"));
        QCOMPARE(problems.at(1).toObject().value(QStringLiteral("row")).toInt(), 5);
        QCOMPARE(problems.at(1).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("changed"));
        QCOMPARE(problems.at(1).toObject().value(QStringLiteral("location")).toString(), second);

        const Run checkBroken = cli(t, {QStringLiteral("check"), file(t)});
        CLI_EXIT(checkBroken, 1);
        QVERIFY2(checkBroken.out.contains(QStringLiteral("History chain broken")),
                 qPrintable(checkBroken.describe()));
    }

    void verifyRefusesWhatIsNotARegister()
    {
        TestRegister t;
        const QString notes = t.dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("memo\n");
        }
        CLI_EXIT(cli(t, {QStringLiteral("verify"), notes}), 3);
        CLI_EXIT(cli(t, {QStringLiteral("verify")}), 2);
    }

    void importKeepsABackupFirst()
    {
        TestRegister t;
        const Run r = cli(t, {QStringLiteral("import"), file(t),
                              QStringLiteral(DAICHO_TEST_DATA "/import/ipa_style_register_utf8bom.csv")});
        CLI_OK(r);
        const QStringList names = backupNames(file(t));
        QVERIFY2(names.filter(QStringLiteral("-import.sqlite")).size() == 1,
                 qPrintable(names.join(QLatin1Char(' '))));
        const Result<BackupInfo> info =
            Backup::inspect(QDir(Backup::folderFor(file(t)))
                                .filePath(names.filter(QStringLiteral("-import.sqlite")).first()));
        QVERIFY(info);
        QCOMPARE(info.value().assets, 0); // the register as it was before the rows came in
        // A dry run writes nothing, so it keeps no copy either.
        CLI_OK(cli(t, {QStringLiteral("import"), file(t),
                       QStringLiteral(DAICHO_TEST_DATA "/import/ipa_style_register_utf8bom.csv"),
                       QStringLiteral("--dry-run")}));
        QCOMPARE(backupNames(file(t)).filter(QStringLiteral("-import.sqlite")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
