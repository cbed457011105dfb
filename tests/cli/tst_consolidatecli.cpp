// `daicho-cli submit`, `consolidate` and `submissions` as the information policy division runs them:
// the yearly merge from department files, run twice, with a tampered file among them.
#include "CliRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using daicho::test::Run;

class TestConsolidateCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run cli(const QStringList& args, const QString& language = QStringLiteral("en"))
    {
        return daicho::test::runCli(QStringLiteral(DAICHO_CLI), args, m_dir.path(), {}, language);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The departments' register and the city's start from the same organisation tree.
        CLI_OK(cli({"demo", "dept.daicho", "--assets", "200", "--profile", "saku"}));
        CLI_OK(cli({"demo", "city.daicho", "--assets", "0", "--profile", "saku"}));
    }

    void yearlyMergeTakesEachFileOnce()
    {
        const QStringList units{"0101", "0102", "0201", "0301"};
        QStringList files;
        int expected = 0;
        for (const QString& unit : units) {
            const QString file = QStringLiteral("s%1.json").arg(unit);
            const Run r = cli({"submit", "dept.daicho", file, "--org", unit, "--fiscal-year", "R7"});
            CLI_OK(r);
            QVERIFY2(r.out.contains("sha256:"), qPrintable(r.out));
            const int n = r.out.section(", ", 1, 1).section(' ', 0, 0).toInt();
            QVERIFY2(n > 0, qPrintable(r.out));
            expected += n;
            files << file;
        }
        Run r = cli(QStringList{"consolidate", "city.daicho"} + files);
        CLI_OK(r);
        QVERIFY2(r.out.contains("4 taken in, 0 already consolidated, 0 refused."), qPrintable(r.out));
        r = cli({"stats", "city.daicho", "--by", "org", "--include-disposed", "--format", "json"});
        CLI_OK(r);
        QVERIFY2(r.out.contains(QStringLiteral("\"assets\": %1").arg(expected)), qPrintable(r.out));

        // Run again: nothing added.
        r = cli(QStringList{"consolidate", "city.daicho"} + files);
        CLI_OK(r);
        QVERIFY2(r.out.contains("0 taken in, 4 already consolidated, 0 refused."), qPrintable(r.out));
        r = cli({"stats", "city.daicho", "--by", "org", "--include-disposed", "--format", "json"});
        QVERIFY2(r.out.contains(QStringLiteral("\"assets\": %1").arg(expected)), qPrintable(r.out));

        r = cli({"submissions", "city.daicho", "--fiscal-year", "2025"});
        CLI_OK(r);
        QVERIFY2(r.out.contains("4 of "), qPrintable(r.out));
        QVERIFY2(r.out.contains("missing"), qPrintable(r.out));
        r = cli({"submissions", "city.daicho", "--fiscal-year", "2025", "--missing"});
        CLI_OK(r);
        QVERIFY2(!r.out.contains("0101 "), qPrintable(r.out));
        r = cli({"submissions", "city.daicho", "--fiscal-year", "2025"}, QStringLiteral("ja"));
        QVERIFY2(r.out.contains(QStringLiteral("令和7年度")), qPrintable(r.out));
    }

    void tamperedAndUnknownFilesAreRefusedWithExitOne()
    {
        CLI_OK(cli({"submit", "dept.daicho", "s0401.json", "--org", "0401"}));
        QFile f(m_dir.filePath("s0401.json"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const int at = bytes.indexOf("\"name\": \"") + 9;
        QVERIFY(at > 9);
        bytes.insert(at, "X");
        f.resize(0);
        f.seek(0);
        f.write(bytes);
        f.close();
        QFile junk(m_dir.filePath("junk.json"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("PK\x03\x04 not a submission");
        junk.close();
        const Run r = cli({"consolidate", "city.daicho", "s0401.json", "junk.json"});
        CLI_EXIT(r, 1);
        QVERIFY2(r.err.contains("checksum"), qPrintable(r.err));
        QVERIFY2(r.err.contains("not a Daicho submission"), qPrintable(r.err));
        QVERIFY2(r.out.contains("0 taken in, 0 already consolidated, 2 refused."), qPrintable(r.out));
    }

    void closedYearIsFrozenAndComparedForTheCommittee()
    {
        Run r = cli({"close-year", "dept.daicho", "--fiscal-year", "2025", "--out", "dept-r7.daicho"});
        CLI_OK(r);
        QVERIFY2(r.out.contains("令和7年度"), qPrintable(r.out));
        CLI_EXIT(cli({"close-year", "dept.daicho", "--fiscal-year", "2025", "--out", "dept-r7.daicho"}), 1);
        r = cli({"update", "dept-r7.daicho", "0101-00001", "--name", "書き換え"});
        CLI_EXIT(r, 1);
        QVERIFY2(r.err.contains("closed copy"), qPrintable(r.err));
        r = cli({"update", "dept-r7.daicho", "0101-00001", "--name", "書き換え"}, QStringLiteral("ja"));
        QVERIFY2(r.err.contains(QStringLiteral("締めた")), qPrintable(r.err));

        CLI_OK(cli({"update", "dept.daicho", "0101-00001", "--c", "3B", "--personal", "1", "--subject-band", "lt1000"}));
        r = cli({"compare", "dept-r7.daicho", "dept.daicho", "--format", "csv"});
        CLI_OK(r);
        QVERIFY2(r.out.contains("Level changed,0101-00001,"), qPrintable(r.out));
        QVERIFY2(r.out.contains(",C3B-I1-A1"), qPrintable(r.out));
        QCOMPARE(r.out.count('\n'), 2);   // header and the one change
        r = cli({"compare", "dept-r7.daicho", "dept.daicho"}, QStringLiteral("ja"));
        CLI_OK(r);
        QVERIFY2(r.out.contains(QStringLiteral("令和7年度 → dept.daicho")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("格付変更 1")), qPrintable(r.out));
    }

    void usageMistakesSayWhat()
    {
        CLI_EXIT(cli({"submit", "dept.daicho", "x.json"}), 2);
        CLI_EXIT(cli({"submit", "dept.daicho", "x.json", "--org", "9999"}), 1);
        CLI_EXIT(cli({"consolidate", "city.daicho"}), 2);
        CLI_EXIT(cli({"submissions", "city.daicho", "--fiscal-year", "someday"}), 2);
        CLI_EXIT(cli({"consolidate", "nonexistent.daicho", "s0101.json"}), 3);
    }
};

QTEST_GUILESS_MAIN(TestConsolidateCli)
#include "tst_consolidatecli.moc"
