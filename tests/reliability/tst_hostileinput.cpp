// Hostile and oversized input: names that look like SQL, spreadsheet formulas, markup or shell go in
// through add, JSON and import and come out through list, export, re-import and the printout exactly as
// typed, never run. Each text field has its length limit (AssetFields, in one place), control characters
// are removed, and a broken character (an unpaired UTF-16 surrogate) is refused with the field's name.
#include "CliRun.h"
#include "PdfText.h"
#include "TestRegister.h"

#include "domain/Asset.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;
using daicho::test::Run;

namespace {

const QStringList kHostileNames = {
    QStringLiteral("'); DROP TABLE asset;--"),
    QStringLiteral("x' OR '1'='1"),
    QStringLiteral("Robert\"; DELETE FROM history; --"),
    QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
    QStringLiteral("+SUM(A1:A9)"),
    QStringLiteral("-2+3"),
    QStringLiteral("@cmd"),
    QStringLiteral("<script>alert(1)</script>"),
    QStringLiteral("<b>太字</b> &amp;"),
    QStringLiteral("%s%n%x %1 %2"),
    QStringLiteral("$(touch pwned) `touch pwned2`"),
    QStringLiteral("../../etc/passwd"),
    QStringLiteral("'先頭の引用符"),
    QStringLiteral("𠮷野家の台帳 ①②"),
};

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    Run cli(const QStringList& args, const QByteArray& input = {})
    {
        return daicho::test::runCli(QStringLiteral(DAICHO_CLI), args, m_dir.path(), input);
    }

    QStringList namesIn(const QString& file)
    {
        const Run r = cli({"list", file, "--format", "json"});
        if (r.code != 0)
            return {QStringLiteral("list failed: ") + r.err};
        QStringList names;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            names << v.toObject().value("name").toString();
        names.sort();
        return names;
    }

    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CLI_OK(cli({"demo", "empty.daicho", "--assets", "0", "--profile", "saku"}));
    }

    void hostileNamesAreStoredAndShownVerbatim()
    {
        QVERIFY(QFile::copy(path("empty.daicho"), path("added.daicho")));
        for (int i = 0; i < kHostileNames.size(); ++i) {
            const QString& name = kHostileNames[i];
            if (i % 2 == 0) {
                CLI_OK(cli({"add", "added.daicho", "--org", "0101", "--name", name, "--remarks", name}));
            } else {
                const QJsonObject o{{"org", "0101"}, {"name", name}, {"remarks", name}};
                CLI_OK(cli({"add", "added.daicho", "--json"}, QJsonDocument(o).toJson()));
            }
        }
        QCOMPARE(namesIn("added.daicho"), sorted(kHostileNames));
        const Run check = cli({"check", "added.daicho"});
        QVERIFY2(check.code == 0 || check.code == 1, qPrintable(check.describe()));
        QVERIFY2(check.out.contains(QStringLiteral("%1 assets checked").arg(kHostileNames.size())), qPrintable(check.out));
        QVERIFY(!QFile::exists(path("pwned")) && !QFile::exists(path("pwned2")));
        // Shown as text by `show` too, and the remarks likewise.
        const Run show = cli({"show", "added.daicho", "0101-0001"});
        CLI_OK(show);
        QVERIFY2(show.out.contains(kHostileNames[0]), qPrintable(show.out));

        // Export to CSV: a cell that Excel would run as a formula gets its apostrophe; importing the file
        // into an empty register gives every name back unchanged.
        CLI_OK(cli({"export", "added.daicho", "hostile.csv"}));
        QFile csv(path("hostile.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","), qPrintable(text.left(3000)));
        QVERIFY2(text.contains(",'+SUM(A1:A9),") && text.contains(",'-2+3,") && text.contains(",'@cmd,"),
                 qPrintable(text.left(3000)));
        QVERIFY(QFile::copy(path("empty.daicho"), path("reimported.daicho")));
        const Run imported = cli({"import", "reimported.daicho", "hostile.csv"});
        CLI_OK(imported);
        QCOMPARE(namesIn("reimported.daicho"), sorted(kHostileNames));

        // A sheet typed by hand (no apostrophes) imports as typed.
        QFile typed(path("typed.csv"));
        QVERIFY(typed.open(QIODevice::WriteOnly));
        typed.write("組織コード,情報資産名称\r\n");
        for (const QString& name : kHostileNames) {
            QString cell = name;
            cell.replace("\"", "\"\"");
            typed.write(QStringLiteral("0101,\"%1\"\r\n").arg(cell).toUtf8());
        }
        typed.close();
        QVERIFY(QFile::copy(path("empty.daicho"), path("typed.daicho")));
        CLI_OK(cli({"import", "typed.daicho", "typed.csv"}));
        QStringList expected = kHostileNames;
        // A leading apostrophe in front of a plain word is the user's own text; kept as typed.
        QCOMPARE(namesIn("typed.daicho"), sorted(expected));
    }

    void hostileNamesPrintAsText()
    {
        if (cli({"report", "--help"}).code != 0 || !test::havePoppler())
            QSKIP("daicho-cli report (the print library) or poppler-utils is not available");
        QVERIFY(QFile::exists(path("added.daicho")));
        CLI_OK(cli({"report", "added.daicho", "--kind", "register", "--out", "hostile.pdf"}));
        const QString pdf = test::pdfPages(path("hostile.pdf"), false).join(QLatin1Char('\n'));
        for (const QString& name : {QStringLiteral("DROP TABLE asset;--"), QStringLiteral("=HYPERLINK"),
                                    QStringLiteral("<script>alert(1)</script>"), QStringLiteral("%s%n%x %1 %2")})
            QVERIFY2(pdf.contains(test::fold(name)), qPrintable(name + "\n" + pdf.left(3000)));
    }

    void lengthLimitsAreTheFieldsOwn_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<int>("limit");
        QTest::newRow("name") << "--name" << 200;
        QTest::newRow("remarks") << "--remarks" << 4000;
        QTest::newRow("storage place") << "--storage-location" << 200;
        QTest::newRow("file register number") << "--file-register-no" << 40;
    }

    void lengthLimitsAreTheFieldsOwn()
    {
        QFETCH(QString, option);
        QFETCH(int, limit);
        const QString file = QStringLiteral("limits-%1.daicho").arg(limit) + option;
        QFile::remove(path(file));
        QVERIFY(QFile::copy(path("empty.daicho"), path(file)));
        const QStringList base{"add", file, "--org", "0101"};
        const QStringList nameOption = option == "--name" ? QStringList{} : QStringList{"--name", "上限の確認"};
        // Exactly at the limit, counted in characters: 𠮷 is one, though two UTF-16 units.
        QString atLimit = QString(limit - 1, QChar(0x53F0)) + QStringLiteral("𠮷");
        CLI_OK(cli(base + nameOption + QStringList{option, atLimit}));
        const QByteArray before = test::fileHash(path(file));
        const Run r = cli(base + nameOption + QStringList{option, atLimit + "x"});
        CLI_EXIT(r, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is too long: %1 characters, at most %2.").arg(limit + 1).arg(limit)),
                 qPrintable(r.describe()));
        QCOMPARE(test::fileHash(path(file)), before);
    }

    void oversizedImportRowIsRejectedWithItsColumn()
    {
        QFile sheet(path("long.csv"));
        QVERIFY(sheet.open(QIODevice::WriteOnly));
        sheet.write("組織コード,情報資産名称,備考\r\n");
        sheet.write(QStringLiteral("0101,普通の名前,\r\n0101,%1,\r\n0101,備考が長い,%2\r\n")
                        .arg(QString(201, QChar(0x540D)), QString(4001, QChar(0x5099)))
                        .toUtf8());
        sheet.close();
        QVERIFY(QFile::copy(path("empty.daicho"), path("long.daicho")));
        const QByteArray before = test::fileHash(path("long.daicho"));
        Run r = cli({"import", "long.daicho", "long.csv"});
        CLI_EXIT(r, 1);
        QVERIFY2(r.out.contains("Row 3, 情報資産名称") && r.out.contains("too long: 201 characters, at most 200"),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Row 4, 備考") && r.out.contains("too long: 4001 characters, at most 4000"),
                 qPrintable(r.describe()));
        QCOMPARE(test::fileHash(path("long.daicho")), before);
        r = cli({"import", "long.daicho", "long.csv", "--clean-rows-only"});
        CLI_OK(r);
        QCOMPARE(namesIn("long.daicho"), QStringList{"普通の名前"});
    }

    void controlCharactersAreRemoved()
    {
        QVERIFY(QFile::copy(path("empty.daicho"), path("control.daicho")));
        const QJsonObject o{{"org", "0101"},
                            {"name", QStringLiteral("名前\u0007と\u001b[31m色\u0000付き\r\n二行目\t終わり\u0085")},
                            {"remarks", QStringLiteral("一行目\r\n二行目\tタブ\u0008")}};
        CLI_OK(cli({"add", "control.daicho", "--json"}, QJsonDocument(o).toJson()));
        const Run r = cli({"list", "control.daicho", "--format", "json"});
        const QJsonObject stored = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(stored.value("name").toString(), QStringLiteral("名前と[31m色付き\r\n二行目\t終わり"));
        QCOMPARE(stored.value("remarks").toString(), QStringLiteral("一行目\r\n二行目\tタブ"));
    }

    void brokenCharactersAreRefused()
    {
        // In the core, the way the window saves: a lone surrogate is refused with the field's name.
        test::TestRegister t;
        Asset a = t.cleanAsset();
        a.name = QStringLiteral("壊れた") + QChar(0xD842) + QStringLiteral("文字");
        const int before = t.reg->assetCount();
        const Result<Asset> saved = t.reg->addAsset(a, t.actor);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Validation);
        QVERIFY2(saved.error().message.contains("Asset name holds a broken character at position 4"),
                 qPrintable(saved.error().message));
        QCOMPARE(t.reg->assetCount(), before);
        a.name = QStringLiteral("正しい𠮷");
        QVERIFY(t.reg->addAsset(a, t.actor));

        // Through the CLI, JSON can spell one (\ud842): refused, or replaced by the parser, never stored broken.
        QVERIFY(QFile::copy(path("empty.daicho"), path("broken.daicho")));
        const Run r = cli({"add", "broken.daicho", "--json"}, R"({"org": "0101", "name": "壊れた\ud842文字"})");
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.describe()));
        for (const QString& name : namesIn("broken.daicho"))
            for (const QChar c : name)
                QVERIFY2(!c.isSurrogate() || name.contains(QStringLiteral("𠮷")), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
