// daicho-cli export as a user runs it: exit codes, messages, and the files it leaves (or does not).
#include "../exchange/ExportFixture.h"
#include "CliRun.h"
#include "TestRegister.h"

#include <QtTest>

#include <QDir>
#include <QFile>

using namespace daicho;
using namespace daicho::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray golden(const char* name)
{
    return readAll(QStringLiteral(DAICHO_TEST_DATA "/export/") + QString::fromLatin1(name));
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

    Run cli(const QStringList& args) { return runCli(QStringLiteral(DAICHO_CLI), args, m_out->path()); }
    QString out(const QString& name) const { return m_out->filePath(name); }
    QStringList outFiles() const
    {
        return QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    std::unique_ptr<TestRegister> m_reg;
    std::unique_ptr<QTemporaryDir> m_out;

private slots:
    void init()
    {
        m_reg = std::make_unique<TestRegister>();
        fillExportRegister(*m_reg);
        m_out = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        m_reg.reset();
        m_out.reset();
    }

    void csvByDefault()
    {
        const Run r = cli({QStringLiteral("export"), m_reg->path(), QStringLiteral("台帳.csv")});
        CLI_OK(r);
        QCOMPARE(r.out.trimmed(), QStringLiteral("Exported 3 asset(s) to 台帳.csv."));
        QCOMPARE(readAll(out(QStringLiteral("台帳.csv"))), golden("register-utf8.csv"));
        QCOMPARE(outFiles(), QStringList{QStringLiteral("台帳.csv")});
    }

    void cp932()
    {
        const Run r = cli({QStringLiteral("export"), m_reg->path(), QStringLiteral("sjis.CSV"), QStringLiteral("--encoding"),
                           QStringLiteral("cp932")});
        CLI_OK(r);
        QCOMPARE(readAll(out(QStringLiteral("sjis.CSV"))), golden("register-cp932.csv"));
    }

    void xlsx()
    {
        const Run r = cli({QStringLiteral("export"), m_reg->path(), QStringLiteral("register.xlsx")});
        CLI_OK(r);
        QVERIFY(readAll(out(QStringLiteral("register.xlsx"))).startsWith("PK\x03\x04"));
        QCOMPARE(outFiles(), QStringList{QStringLiteral("register.xlsx")});
    }

    void orgSubtree()
    {
        Run r = cli({QStringLiteral("export"), m_reg->path(), QStringLiteral("tax.csv"), QStringLiteral("--org"),
                     QStringLiteral("0303")});
        CLI_OK(r);
        QVERIFY2(r.out.contains(QStringLiteral("Exported 1 asset(s)")), qPrintable(r.describe()));
        r = cli({QStringLiteral("export"), m_reg->path(), QStringLiteral("none.csv"), QStringLiteral("--org"),
                 QStringLiteral("99")});
        CLI_EXIT(r, 1);
        QVERIFY2(r.err.contains(QStringLiteral("99")), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(out(QStringLiteral("none.csv"))));
    }

    void cp932RefusalListsTheCharacters()
    {
        Asset a = m_reg->cleanAsset(QStringLiteral("𠮷野家との契約"));
        a.assetNo = QStringLiteral("0302-0001");
        a.remarks = QStringLiteral("㋿元年から");
        saved(*m_reg, a);
        QFile old(out(QStringLiteral("sjis.csv")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier export\r\n");
        old.close();
        const Run r = cli({QStringLiteral("export"), m_reg->path(), QStringLiteral("sjis.csv"), QStringLiteral("--encoding"),
                           QStringLiteral("cp932")});
        CLI_EXIT(r, 1);
        QVERIFY2(r.err.contains(QStringLiteral("0302-0001 情報資産名称: 𠮷 (U+20BB7)")), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("0302-0001 備考: ㋿ (U+32FF)")), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("2 character(s) cannot be written in CP932")), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readAll(out(QStringLiteral("sjis.csv"))), QByteArray("earlier export\r\n"));
        QCOMPARE(outFiles(), QStringList{QStringLiteral("sjis.csv")});

        const Run replaced = cli({QStringLiteral("export"), m_reg->path(), QStringLiteral("sjis.csv"),
                                  QStringLiteral("--encoding"), QStringLiteral("cp932"), QStringLiteral("--replace")});
        CLI_OK(replaced);
        QVERIFY2(replaced.err.contains(QStringLiteral("replaced with 〓: 0302-0001 情報資産名称: 𠮷 (U+20BB7)")),
                 qPrintable(replaced.describe()));
        QVERIFY2(replaced.err.contains(QStringLiteral("2 character(s) CP932 cannot hold were replaced with 〓.")),
                 qPrintable(replaced.describe()));
        QVERIFY(readAll(out(QStringLiteral("sjis.csv"))).contains("\x81\xAC"));   // 〓 in CP932
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no extension") << QStringList{QStringLiteral("out.txt")};
        QTest::newRow("no out") << QStringList{};
        QTest::newRow("bad encoding") << QStringList{QStringLiteral("out.csv"), QStringLiteral("--encoding"), QStringLiteral("latin1")};
        QTest::newRow("encoding for xlsx") << QStringList{QStringLiteral("out.xlsx"), QStringLiteral("--encoding"), QStringLiteral("cp932")};
        QTest::newRow("replace without cp932") << QStringList{QStringLiteral("out.csv"), QStringLiteral("--replace")};
        QTest::newRow("replace for xlsx") << QStringList{QStringLiteral("out.xlsx"), QStringLiteral("--replace")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList{QStringLiteral("export"), m_reg->path()} + args);
        CLI_EXIT(r, 2);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(outFiles(), QStringList());
    }

    void fileProblems()
    {
        Run r = cli({QStringLiteral("export"), out(QStringLiteral("missing.daicho")), QStringLiteral("out.csv")});
        CLI_EXIT(r, 3);
        r = cli({QStringLiteral("export"), m_reg->path(), QStringLiteral("no-such-folder/out.xlsx")});
        CLI_EXIT(r, 3);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-folder/out.xlsx")), qPrintable(r.describe()));
        QCOMPARE(outFiles(), QStringList());
    }

    void helpNamesTheCommand()
    {
        const Run r = cli({QStringLiteral("--help")});
        CLI_OK(r);
        QVERIFY2(r.out.contains(QStringLiteral("export")), qPrintable(r.describe()));
        const Run h = cli({QStringLiteral("export"), QStringLiteral("--help")});
        CLI_OK(h);
        QVERIFY2(h.out.contains(QStringLiteral("--encoding")), qPrintable(h.describe()));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
