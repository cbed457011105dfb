// `daicho-cli import` as a user runs it: golden register sheets from tests/data/import, the exit code, what
// is printed, and what the register holds afterwards (or that it was left untouched).
#include "CliRun.h"
#include "TestRegister.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace daicho;
using daicho::test::Run;
using daicho::test::TestRegister;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(DAICHO_TEST_DATA "/import/") + name;
}

int historyRows(const Register& reg)
{
    int n = 0;
    for (const Asset& a : reg.assets())
        n += reg.history(QStringLiteral("asset"), a.id).size();
    return n;
}

// What the register holds, every asset's fields and the number of history rows: a file hash would see
// SQLite move pages from the write-ahead log into the file when the CLI closes it, which changes nothing
// held.
QByteArray contents(const Register& reg)
{
    QByteArray out;
    for (const Asset& a : reg.assets())
        out += QJsonDocument(AssetFields::toJson(a)).toJson(QJsonDocument::Compact) + '\n';
    return out + QByteArray::number(historyRows(reg));
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

    Run cli(const TestRegister& t, const QStringList& args)
    {
        return daicho::test::runCli(QStringLiteral(DAICHO_CLI), args, t.dir.path());
    }
    Run import(const TestRegister& t, const QString& file, const QStringList& more = {})
    {
        return cli(t, QStringList{QStringLiteral("import"), t.path(), fixture(file)} + more);
    }

private slots:
    void cp932TemplateThenTheSameRowsAgain()
    {
        TestRegister t;
        const Run first = import(t, QStringLiteral("ipa_style_register_cp932.csv"));
        CLI_OK(first);
        QVERIFY2(first.out.contains(QStringLiteral("Encoding: CP932 (detected)")),
                 qPrintable(first.describe()));
        QVERIFY(first.out.contains(QStringLiteral("Header: row 3")));
        QVERIFY(first.out.contains(QStringLiteral("情報資産名称 -> name")));
        QVERIFY(first.out.contains(QStringLiteral("保存期限 -> retention_period")));
        QVERIFY(first.out.contains(QStringLiteral("4 added, 0 updated, 0 unchanged, 0 rejected")));
        QCOMPARE(t.reg->assetCount(), 4);
        const Asset a = t.reg->assetByNo(QStringLiteral("2301-002")).value();
        QCOMPARE(a.name, QStringLiteral("高額療養費申請書"));
        QCOMPARE(a.schemeId, QStringLiteral("mic-h27"));
        QCOMPARE(a.cLevel, QStringLiteral("3"));
        QCOMPARE(a.aLevel, QStringLiteral("1"));
        QVERIFY(a.sensitive && !a.specific);
        QCOMPARE(a.registeredOn, QDate(2024, 4, 1));
        const int history = historyRows(*t.reg);

        // The same rows as Excel's "CSV UTF-8" writes them: nothing changes, no history is written.
        const Run again = import(t, QStringLiteral("ipa_style_register_utf8bom.csv"));
        CLI_OK(again);
        QVERIFY2(again.out.contains(QStringLiteral("UTF-8")), qPrintable(again.describe()));
        QVERIFY(again.out.contains(QStringLiteral("0 added, 0 updated, 4 unchanged, 0 rejected")));
        QCOMPARE(t.reg->assetCount(), 4);
        QCOMPARE(historyRows(*t.reg), history);
    }

    void variantHeadersAndValuesAsTyped()
    {
        TestRegister t;
        const Run run = import(t, QStringLiteral("variant_headers.csv"));
        CLI_OK(run);
        QVERIFY(run.out.contains(QStringLiteral("資産名 -> name")));
        QVERIFY(run.out.contains(QStringLiteral("部署 -> org_name")));
        QVERIFY(run.out.contains(QStringLiteral("保管場所 -> storage_location")));
        // The warnings come with their row numbers.
        QVERIFY2(run.out.contains(QStringLiteral("Row 2, 次回見直し日")), qPrintable(run.describe()));
        const Asset a = t.reg->assetByNo(QStringLiteral("0302-0001")).value(); // typed full-width
        QCOMPARE(a.name, QStringLiteral("職員連絡網"));
        QCOMPARE(a.orgId, t.section.id);
        QCOMPARE(a.storageLocation, QStringLiteral("書庫Ａ")); // stored as typed
        QVERIFY(a.personal && !a.sensitive && !a.specific);
        QCOMPARE(a.schemeId, QStringLiteral("mic-r6"));
        QCOMPARE(a.cLevel, QStringLiteral("2"));
        QCOMPARE(a.iLevel, QStringLiteral("1"));
        QCOMPARE(a.registeredOn, QDate(2024, 4, 1));
        QCOMPARE(a.nextReview, QDate(2025, 4, 1));
        const Asset b = t.reg->assetByNo(QStringLiteral("0302-0002")).value();
        QCOMPARE(b.orgId, t.section.id); // the 部署 column held the code
        QCOMPARE(b.cLevel, QStringLiteral("3B"));
        QVERIFY(b.specific);
        QCOMPARE(b.registeredOn, QDate(2024, 4, 1));
    }

    // The same rows saved by LibreOffice as XLSX: the 部署 cell " 0302 " became the number 302.
    void xlsxFromLibreOffice()
    {
        TestRegister t;
        const Run run = import(t, QStringLiteral("variant_headers_libreoffice.xlsx"),
                               {QStringLiteral("--sheet"), QStringLiteral("variant_headers")});
        CLI_OK(run);
        QVERIFY2(run.out.contains(QStringLiteral("Sheet: variant_headers")), qPrintable(run.describe()));
        QVERIFY(run.out.contains(
            QStringLiteral("Row 3, 部署 \"302\" (warning): The organisation code 302 is read as 0302")));
        QCOMPARE(t.reg->assetByNo(QStringLiteral("0302-0002"))->orgId, t.section.id);
        QCOMPARE(t.reg->assetByNo(QStringLiteral("0302-0001"))->cLevel, QStringLiteral("2"));
        // Read again from the CSV it was made from: the same assets, unchanged.
        const Run again = import(t, QStringLiteral("variant_headers.csv"));
        CLI_OK(again);
        QVERIFY2(again.out.contains(QStringLiteral("0 added, 0 updated, 2 unchanged")),
                 qPrintable(again.describe()));
        CLI_EXIT(import(t, QStringLiteral("variant_headers_libreoffice.xlsx"),
                        {QStringLiteral("--sheet"), QStringLiteral("無い")}),
                 3);
    }

    void twoRowHeaderUnderTitleRows()
    {
        TestRegister t;
        const Run run = import(t, QStringLiteral("two_row_header.csv"));
        CLI_OK(run);
        QVERIFY2(run.out.contains(QStringLiteral("Header: rows 4-5")), qPrintable(run.describe()));
        QVERIFY(run.out.contains(QStringLiteral("個人情報の種類／要配慮個人情報 -> sensitive")));
        QVERIFY(run.out.contains(QStringLiteral("評価値／機密性 -> c")));
        QVERIFY(run.out.contains(QStringLiteral("mic-h27")) || run.out.contains(QStringLiteral("平成27年")));
        const Asset a = t.reg->assetByNo(QStringLiteral("0302-0101")).value();
        QVERIFY(a.personal && !a.sensitive);
        QCOMPARE(a.cLevel, QStringLiteral("3"));
        QCOMPARE(a.schemeId, QStringLiteral("mic-h27"));
        QCOMPARE(t.reg->assetCount(), 2);
    }

    void rowsWithErrorsImportNothingUnlessAsked()
    {
        TestRegister t;
        QVERIFY(t.reg->addAsset(t.cleanAsset(), t.actor));
        const QByteArray before = contents(*t.reg);
        const QString rejects = t.dir.filePath(QStringLiteral("rejects.csv"));
        const Run refused =
            import(t, QStringLiteral("malformed_rows.csv"), {QStringLiteral("--rejects"), rejects});
        CLI_EXIT(refused, 1);
        QVERIFY(refused.out.contains(QStringLiteral("Row 3, 管理部署 \"未来課\" (error)")));
        QVERIFY(refused.out.contains(QStringLiteral("Row 4, 個人情報 \"たぶん\" (error)")));
        QVERIFY(refused.out.contains(QStringLiteral("Row 5, 登録日")));
        QVERIFY(refused.out.contains(QStringLiteral("Row 6")));
        QVERIFY(refused.out.contains(QStringLiteral("1 to add, 0 to update, 0 unchanged, 4 rejected")));
        QVERIFY(refused.err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(contents(*t.reg), before);
        QCOMPARE(t.reg->assetCount(), 1);

        QFile f(rejects);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.contains(QStringLiteral("Row,Column,Value,Reason\r\n")));
        QVERIFY(text.contains(QStringLiteral("\r\n3,管理部署,未来課,")));
        QVERIFY(text.contains(QStringLiteral("\r\n4,個人情報,たぶん,")));
        QVERIFY(!text.contains(QStringLiteral("正しい行")));

        const Run clean =
            import(t, QStringLiteral("malformed_rows.csv"), {QStringLiteral("--clean-rows-only")});
        CLI_OK(clean);
        QVERIFY(clean.out.contains(QStringLiteral("1 added, 0 updated, 0 unchanged, 4 rejected")));
        QCOMPARE(t.reg->assetCount(), 2);
        QVERIFY(t.reg->assetByNo(QStringLiteral("0302-0201")));
        QVERIFY(!t.reg->assetByNo(QStringLiteral("0302-0202")));
    }

    void missingRequiredColumnIsAClearError()
    {
        TestRegister t;
        const QByteArray before = contents(*t.reg);
        const Run run =
            import(t, QStringLiteral("missing_name_column.csv"), {QStringLiteral("--clean-rows-only")});
        CLI_EXIT(run, 1);
        QVERIFY2(run.out.contains(QStringLiteral("no column for the asset name (情報資産名称)")),
                 qPrintable(run.describe()));
        QVERIFY(run.err.contains(QStringLiteral("nothing was written")));
        QCOMPARE(contents(*t.reg), before);
    }

    void dryRunWritesNothing()
    {
        TestRegister t;
        const QByteArray before = contents(*t.reg);
        const Run run =
            import(t, QStringLiteral("ipa_style_register_utf8bom.csv"), {QStringLiteral("--dry-run")});
        CLI_OK(run);
        QVERIFY(run.out.contains(QStringLiteral("4 to add")));
        QVERIFY(run.out.contains(QStringLiteral("Dry run: nothing was written.")));
        QCOMPARE(contents(*t.reg), before);
        QCOMPARE(t.reg->assetCount(), 0);
    }

    void mapNamesTheColumnsTheFileCallsItsOwnWay()
    {
        TestRegister t;
        CLI_EXIT(import(t, QStringLiteral("custom_columns.csv")), 1);
        const Run run =
            import(t, QStringLiteral("custom_columns.csv"),
                   {QStringLiteral("--map"), QStringLiteral("資料の名前=name"), QStringLiteral("--map"),
                    QStringLiteral("台帳ID=asset_no"), QStringLiteral("--map"), QStringLiteral("格付=c")});
        CLI_OK(run);
        QVERIFY(run.out.contains(QStringLiteral("資料の名前 -> name (情報資産名称) [--map]")));
        const Asset a = t.reg->assetByNo(QStringLiteral("0302-0401")).value();
        QCOMPARE(a.name, QStringLiteral("窓口日誌"));
        QCOMPARE(a.cLevel, QStringLiteral("2"));
        CLI_EXIT(import(t, QStringLiteral("custom_columns.csv"),
                        {QStringLiteral("--map"), QStringLiteral("資料の名前=colour")}),
                 2);
        CLI_EXIT(import(t, QStringLiteral("custom_columns.csv"),
                        {QStringLiteral("--map"), QStringLiteral("no equals sign")}),
                 2);
    }

    void orgGivesTheSectionForRowsWithout()
    {
        TestRegister t;
        CLI_EXIT(import(t, QStringLiteral("no_org_column.csv")), 1);
        CLI_EXIT(
            import(t, QStringLiteral("no_org_column.csv"), {QStringLiteral("--org"), QStringLiteral("9999")}),
            1);
        const Run run =
            import(t, QStringLiteral("no_org_column.csv"), {QStringLiteral("--org"), QStringLiteral("0303")});
        CLI_OK(run);
        QCOMPARE(t.reg->assetCount(), 2);
        for (const Asset& a : t.reg->assets())
            QCOMPARE(a.orgId, t.otherSection.id);
        // Limited to 0303's subtree: the template's 保険年金課 rows are refused.
        const Run outside = import(t, QStringLiteral("ipa_style_register_utf8bom.csv"),
                                   {QStringLiteral("--org"), QStringLiteral("0303")});
        CLI_EXIT(outside, 1);
        QVERIFY(outside.out.contains(QStringLiteral("this import is limited to 税務課")));
    }

    void badInputFilesAndOptions()
    {
        TestRegister t;
        CLI_EXIT(import(t, QStringLiteral("no_such_file.csv")), 3);
        CLI_EXIT(import(t, QStringLiteral("ipa_style_register_cp932.csv"),
                        {QStringLiteral("--encoding"), QStringLiteral("latin1")}),
                 2);
        CLI_EXIT(cli(t, {QStringLiteral("import"), t.path()}), 2);
        // Read as UTF-8 although it is CP932: the header is not found and nothing is written.
        const QByteArray before = contents(*t.reg);
        const Run forced = import(t, QStringLiteral("ipa_style_register_cp932.csv"),
                                  {QStringLiteral("--encoding"), QStringLiteral("utf-8")});
        QVERIFY(forced.code != 0);
        QCOMPARE(contents(*t.reg), before);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
