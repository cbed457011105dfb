// The import core without files or processes: sheets as the readers give them, mapped, read, planned and
// applied to a test register, and what the register holds afterwards.
#include "TestRegister.h"

#include "exchange/CellValues.h"
#include "exchange/HeaderMapping.h"
#include "exchange/ImportPlan.h"
#include "exchange/Importer.h"

#include <QtTest>

using namespace daicho;
using daicho::test::TestRegister;

namespace {

// Rows of comma-separated cells (no quoting needed in these fixtures).
SheetTable sheet(const QStringList& lines)
{
    SheetTable t;
    t.source = QStringLiteral("test.csv");
    for (const QString& line : lines)
        t.rows << line.split(QLatin1Char(','));
    return t;
}

const QString kIpaHeader = QStringLiteral("管理番号,業務分類,情報資産名称,備考,利用者範囲,管理部署,"
                                          "媒体・保存先,個人情報,要配慮個人情報,特定個人情報,"
                                          "機密性,完全性,可用性,重要度,保存期限,登録日");

// The shared example's rows (h27 levels, 和暦 dates, 有/無).
QStringList ipaRows()
{
    return {kIpaHeader,
            QStringLiteral("2301-001,国民健康保険,国保被保険者台帳,基幹系システム,保険年金課職員,保険年金課,"
                           "基幹系サーバ,有,有,有,3,2,2,3,10年,令和6年4月1日"),
            QStringLiteral("2301-002,国民健康保険,高額療養費申請書,受付後スキャン,保険年金課職員,保険年金課,"
                           "紙・書庫,有,有,無,3,2,1,3,5年,令和6年4月1日"),
            QStringLiteral("2301-003,庶務,課内連絡網,緊急連絡用,課内,保険年金課,ファイルサーバ,有,無,無,2,1,"
                           "1,2,1年,令和6年4月1日"),
            QStringLiteral("2301-004,広報,制度案内チラシ原稿,公開済み,全職員,保険年金課,ファイルサーバ,無,無,"
                           "無,1,1,1,1,3年,令和6年4月1日")};
}

QString messages(const QVector<ImportProblem>& problems)
{
    QStringList out;
    for (const ImportProblem& p : problems)
        out << QStringLiteral("row %1 [%2] %3: %4").arg(p.row).arg(p.column, p.value, p.message);
    return out.join(QLatin1Char('\n'));
}

ImportPlan planFor(TestRegister& t, const SheetTable& table, const ImportOptions& options = {})
{
    Result<ImportPlan> plan = ImportPlan::build(*t.reg, table, HeaderMapping::detect(table), options);
    if (!plan)
        qFatal("plan: %s", qPrintable(plan.error().message));
    return plan.value();
}

int historyRows(TestRegister& t)
{
    int n = 0;
    for (const Asset& a : t.reg->assets())
        n += t.reg->history(QStringLiteral("asset"), a.id).size();
    return n;
}

bool hasProblem(const PlannedRow& row, const QString& column, Severity severity)
{
    for (const ImportProblem& p : row.problems)
        if (p.column.endsWith(column) && p.severity == severity)
            return true;
    return false;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    // ---- mapping ----
    void ipaHeadersMapToFields()
    {
        const SheetTable t = sheet(ipaRows());
        const HeaderMapping m = HeaderMapping::detect(t);
        QCOMPARE(m.headerRow(), 0);
        QCOMPARE(m.headerRowCount(), 1);
        QCOMPARE(m.keyOf(0), QStringLiteral("asset_no"));
        QCOMPARE(m.keyOf(2), QStringLiteral("name"));
        QCOMPARE(m.keyOf(5), QStringLiteral("org_name"));
        QCOMPARE(m.keyOf(6), QStringLiteral("medium"));
        QCOMPARE(m.keyOf(9), QStringLiteral("specific"));
        QCOMPARE(m.keyOf(10), QStringLiteral("c"));
        QCOMPARE(m.keyOf(13), QStringLiteral("importance"));
        // The column holds 10年 and 5年: a period, not a date.
        QCOMPARE(m.keyOf(14), QStringLiteral("retention_period"));
        QCOMPARE(m.keyOf(15), QStringLiteral("registered_on"));
        QVERIFY(m.unmappedHeaders().isEmpty());
    }

    void retentionDatesStayDates()
    {
        const SheetTable t = sheet(
            {QStringLiteral("情報資産名称,管理部署,保存期限"), QStringLiteral("a,保険年金課,R10.3.31")});
        QCOMPARE(HeaderMapping::detect(t).keyOf(2), QStringLiteral("retention_until"));
    }

    void headerBelowTitleAndBlankRows()
    {
        QStringList rows{QStringLiteral("情報資産管理台帳（令和6年度）　保険年金課,,"), QStringLiteral(",,"),
                         QStringLiteral("作成日,令和6年4月1日,")};
        rows << ipaRows();
        const HeaderMapping m = HeaderMapping::detect(sheet(rows));
        QCOMPARE(m.headerRow(), 3);
        QCOMPARE(m.firstDataRow(), 4);
        QCOMPARE(m.keyOf(2), QStringLiteral("name"));
    }

    void variantHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("key");
        QTest::newRow("資産名") << "資産名"
                                << "name";
        QTest::newRow("名称") << "名称"
                              << "name";
        QTest::newRow("部署") << "部署"
                              << "org_name";
        QTest::newRow("所属") << "所属"
                              << "org_name";
        QTest::newRow("保管場所") << "保管場所"
                                  << "storage_location";
        QTest::newRow("管理番号") << "管理番号"
                                  << "asset_no";
        QTest::newRow("資産番号") << "資産番号"
                                  << "asset_no";
        QTest::newRow("full-width 資産No.") << "資産Ｎｏ．"
                                            << "asset_no";
        QTest::newRow("No. counts rows") << "No."
                                         << "";
        QTest::newRow("with a note") << "個人情報（有/無）"
                                     << "personal";
        QTest::newRow("spaces") << " 機 密 性 "
                                << "c";
        QTest::newRow("媒体/保存先") << "媒体／保存先"
                                     << "medium";
        QTest::newRow("組織コード") << "組織コード"
                                    << "org_code";
        QTest::newRow("English label") << "Asset name"
                                       << "name";
        QTest::newRow("unknown") << "担当者の好きな色"
                                 << "";
    }
    void variantHeaders()
    {
        QFETCH(QString, header);
        QFETCH(QString, key);
        QCOMPARE(HeaderMapping::keyForHeader(header), key);
    }

    void daichoExportHeaders()
    {
        QStringList headers{QStringLiteral("組織コード"), QStringLiteral("管理部署")};
        for (const AssetField& f : AssetFields::all())
            headers << f.japanese;
        const HeaderMapping m = HeaderMapping::detect(sheet({headers.join(QLatin1Char(','))}));
        QCOMPARE(m.keyOf(0), QStringLiteral("org_code"));
        QCOMPARE(m.keyOf(1), QStringLiteral("org_name"));
        for (int c = 2; c < headers.size(); ++c) {
            const QString key = AssetFields::all().at(c - 2).key;
            if (key != QLatin1String("org_name")) // the second 管理部署 column is the same as the first
                QCOMPARE(m.keyOf(c), key);
        }
    }

    void twoRowHeader()
    {
        const SheetTable t = sheet({
            QStringLiteral("台帳,,,,,,,,,"),
            QStringLiteral("資産番号,情報資産名称,管理部署,個人情報の種類,,,評価値,,,登録日"),
            QStringLiteral(",,,個人情報,要配慮,特定,機密性,完全性,可用性,"),
            QStringLiteral("0302-0001,住民台帳,保険年金課,○,×,×,３,２,２,R6.4.1"),
        });
        const HeaderMapping m = HeaderMapping::detect(t);
        QCOMPARE(m.headerRow(), 2);
        QCOMPARE(m.headerRowCount(), 2);
        QCOMPARE(m.firstDataRow(), 3);
        QCOMPARE(m.keyOf(0), QStringLiteral("asset_no"));
        QCOMPARE(m.keyOf(1), QStringLiteral("name"));
        QCOMPARE(m.keyOf(3), QStringLiteral("personal"));
        QCOMPARE(m.keyOf(4), QStringLiteral("sensitive"));
        QCOMPARE(m.keyOf(5), QStringLiteral("specific"));
        QCOMPARE(m.keyOf(7), QStringLiteral("i"));
        QCOMPARE(m.keyOf(9), QStringLiteral("registered_on"));
        QCOMPARE(m.columns().at(4).header, QStringLiteral("個人情報の種類／要配慮"));
    }

    void personCorrectsTheMapping()
    {
        SheetTable t = sheet({QStringLiteral("情報資産名称,管理部署,担当係,置き場"),
                              QStringLiteral("a,保険年金課,庶務係,書庫")});
        HeaderMapping m = HeaderMapping::detect(t);
        QCOMPARE(m.unmappedHeaders(), QStringList({QStringLiteral("担当係"), QStringLiteral("置き場")}));
        QVERIFY(m.setKey(QStringLiteral("置き場"), QStringLiteral("storage_location")));
        QCOMPARE(m.keyOf(3), QStringLiteral("storage_location"));
        QVERIFY(!m.columns().at(3).guessed);
        QVERIFY(!m.setKey(QStringLiteral("置き場"), QStringLiteral("no_such_field")));
        QVERIFY(!m.setKey(QStringLiteral("ない列"), QStringLiteral("remarks")));
        // A key moves: one column per field.
        QVERIFY(m.setKey(2, QStringLiteral("name")));
        QCOMPARE(m.keyOf(2), QStringLiteral("name"));
        QCOMPARE(m.keyOf(0), QString());
        QVERIFY(m.setKey(2, QString()));
        QCOMPARE(m.columnOf(QStringLiteral("name")), -1);
    }

    // ---- values ----
    void yesNo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // -1: not a yes/no
        for (const char* y : {"有", "あり", "○", "〇", "✓", "1", "１", "はい", " 有 ", "●", "yes"})
            QTest::newRow(y) << QString::fromUtf8(y) << 1;
        for (const char* n : {"無", "なし", "×", "0", "いいえ", "no"})
            QTest::newRow(n) << QString::fromUtf8(n) << 0;
        QTest::newRow("多分") << QStringLiteral("多分") << -1;
    }
    void yesNo()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto v = CellValues::yesNo(text);
        QCOMPARE(v ? int(*v) : -1, expected);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        const QDate d(2024, 4, 1);
        QTest::newRow("R6.4.1") << "R6.4.1" << d;
        QTest::newRow("令和6年4月1日") << "令和6年4月1日" << d;
        QTest::newRow("full-width") << "令和６年４月１日" << d;
        QTest::newRow("2024/4/1") << "2024/4/1" << d;
        QTest::newRow("2024-04-01") << "2024-04-01" << d;
        QTest::newRow("with time") << "2024/4/1 0:00" << d;
        QTest::newRow("ISO with time") << "2024-04-01T00:00:00" << d;
        QTest::newRow("H31.4.30") << "H31.4.30" << QDate(2019, 4, 30);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const DateParse p = CellValues::date(text);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.date, expected);
        QVERIFY(!CellValues::date(QStringLiteral("4月頃")).ok());
    }

    void levelsAsPeopleTypeThem_data()
    {
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("code");
        QTest::newRow("3B") << "3B"
                            << "mic-r6"
                            << "3B";
        QTest::newRow("3b") << "3b"
                            << "mic-r6"
                            << "3B";
        QTest::newRow("機密性３Ｂ") << "機密性３Ｂ"
                                    << "mic-r6"
                                    << "3B";
        QTest::newRow("C3A") << "C3A"
                             << "mic-r6"
                             << "3A";
        QTest::newRow("機密性2") << "機密性2"
                                 << "mic-r6"
                                 << "2";
        QTest::newRow("２") << "２"
                            << "mic-r6"
                            << "2";
        // 3 alone is not a level of mic-r6: kept under mic-h27, never guessed as 3A.
        QTest::newRow("3") << "3"
                           << "mic-h27"
                           << "3";
        QTest::newRow("３") << "３"
                            << "mic-h27"
                            << "3";
        QTest::newRow("機密性3") << "機密性3"
                                 << "mic-h27"
                                 << "3";
        QTest::newRow("C3") << "C3"
                            << "mic-h27"
                            << "3";
    }
    void levelsAsPeopleTypeThem()
    {
        QFETCH(QString, c);
        QFETCH(QString, scheme);
        QFETCH(QString, code);
        TestRegister t;
        const ImportPlan plan =
            planFor(t, sheet({QStringLiteral("情報資産名称,管理部署,機密性,完全性,可用性"),
                              QStringLiteral("台帳,保険年金課,%1,1,1").arg(c)}));
        QCOMPARE(plan.rows().size(), 1);
        const PlannedRow& row = plan.rows().first();
        QVERIFY2(!row.hasErrors(), qPrintable(messages(row.problems)));
        QCOMPARE(row.asset.schemeId, scheme);
        QCOMPARE(row.asset.cLevel, code);
    }

    // ---- plan ----
    void ipaFilePlansUnderH27AndSaysSo()
    {
        TestRegister t;
        const ImportPlan plan = planFor(t, sheet(ipaRows()));
        QVERIFY2(!plan.hasErrors(), qPrintable(messages(plan.problems())));
        QCOMPARE(plan.count(ImportAction::Add), 4);
        QCOMPARE(plan.fileSchemeId(), QStringLiteral("mic-h27"));
        // Every row, the 2/1/1 ones too, stays in the file's scheme: no row is silently read as mic-r6.
        for (const PlannedRow& r : plan.rows()) {
            QCOMPARE(r.asset.schemeId, QStringLiteral("mic-h27"));
            QVERIFY(!r.asset.reclassPending);
        }
        QVERIFY(messages(plan.fileProblems()).contains(QStringLiteral("not of the register's scheme")));
        const Asset& first = plan.rows().first().asset;
        QCOMPARE(first.assetNo, QStringLiteral("2301-001"));
        QCOMPARE(first.orgId, t.section.id);
        QCOMPARE(first.cLevel, QStringLiteral("3"));
        QVERIFY(first.personal && first.sensitive && first.specific);
        QCOMPARE(first.retentionPeriod, QStringLiteral("10y"));
        QCOMPARE(first.registeredOn, QDate(2024, 4, 1));
        QCOMPARE(first.medium, QStringLiteral("基幹系サーバ"));
    }

    void importanceMismatchIsAWarning()
    {
        TestRegister t;
        const ImportPlan plan =
            planFor(t, sheet({QStringLiteral("情報資産名称,管理部署,機密性,完全性,可用性,重要度"),
                              QStringLiteral("チラシ,保険年金課,1,1,1,3")}));
        const PlannedRow& row = plan.rows().first();
        QCOMPARE(row.action, ImportAction::Add);
        QVERIFY(hasProblem(row, QStringLiteral("重要度"), Severity::Warning));
    }

    void badRowsAreRejectedWithTheirCell()
    {
        TestRegister t;
        const ImportPlan plan = planFor(
            t, sheet({
                   QStringLiteral("情報資産名称,管理部署,個人情報,機密性,完全性,可用性,登録日,保存期限"),
                   QStringLiteral("良い行,保険年金課,有,3B,2,2,R6.4.1,"),
                   QStringLiteral("未知の課,財政課,有,2,1,1,R6.4.1,"),
                   QStringLiteral("変な値,保険年金課,多分,2,1,1,R6.4.1,"),
                   QStringLiteral("変な水準,保険年金課,無,5,1,1,R6.4.1,"),
                   QStringLiteral("変な日付,保険年金課,無,2,1,1,4月頃,"),
                   QStringLiteral("規則違反,保険年金課,無,2,1,1,R6.4.1,R5.3.31"),
                   QStringLiteral(",保険年金課,無,2,1,1,R6.4.1,"),
               }));
        QCOMPARE(plan.rows().size(), 7);
        QCOMPARE(plan.rows().at(0).action, ImportAction::Add);
        QCOMPARE(plan.rows().at(0).row, 2);
        QVERIFY(hasProblem(plan.rows().at(1), QStringLiteral("管理部署"), Severity::Error));
        QVERIFY(hasProblem(plan.rows().at(2), QStringLiteral("個人情報"), Severity::Error));
        QVERIFY(hasProblem(plan.rows().at(3), QStringLiteral("機密性"), Severity::Error));
        QVERIFY(hasProblem(plan.rows().at(4), QStringLiteral("登録日"), Severity::Error));
        // RuleEngine's own errors: 保存期限 before 登録日, and a row without a name.
        QVERIFY(hasProblem(plan.rows().at(5), QString(), Severity::Error));
        QVERIFY(plan.rows().at(6).hasErrors());
        for (int i = 1; i < 7; ++i)
            QCOMPARE(plan.rows().at(i).action, ImportAction::Rejected);
        QVERIFY(plan.hasErrors());
        QCOMPARE(plan.count(ImportAction::Rejected), 6);
        const QString csv = QString::fromUtf8(plan.rejectsCsv());
        QVERIFY(plan.rejectsCsv().startsWith("\xEF\xBB\xBF")); // a BOM, for Excel
        QVERIFY(csv.contains(QStringLiteral("\r\n3,管理部署,財政課,")));
        QVERIFY(csv.contains(QStringLiteral("4,個人情報,多分,")));
        QVERIFY(!csv.contains(QStringLiteral("良い行")));
    }

    void missingRequiredColumnRefusesTheFile()
    {
        TestRegister t;
        const ImportPlan plan =
            planFor(t, sheet({QStringLiteral("管理部署,機密性,完全性"), QStringLiteral("保険年金課,2,1")}));
        QVERIFY(plan.fileRefused());
        QVERIFY(plan.rows().isEmpty());
        QVERIFY(messages(plan.fileProblems()).contains(QStringLiteral("情報資産名称")));
        const ImportPlan none = planFor(t, sheet({QStringLiteral("あ,い"), QStringLiteral("1,2")}));
        QVERIFY(none.fileRefused());
        // Without any organisation column the rows need --org.
        const SheetTable noOrg = sheet({QStringLiteral("情報資産名称,機密性"), QStringLiteral("台帳,2")});
        QVERIFY(planFor(t, noOrg).fileRefused());
        ImportOptions o;
        o.defaultOrgCode = QStringLiteral("０３０２"); // full-width, as typed
        const ImportPlan withOrg = planFor(t, noOrg, o);
        QVERIFY(!withOrg.fileRefused());
        QCOMPARE(withOrg.rows().first().asset.orgId, t.section.id);
    }

    void orgOptionLimitsTheImport()
    {
        TestRegister t;
        ImportOptions o;
        o.defaultOrgCode = QStringLiteral("0302");
        const ImportPlan plan =
            planFor(t,
                    sheet({QStringLiteral("情報資産名称,管理部署,機密性,完全性,可用性"),
                           QStringLiteral("自課,保険年金課,2,1,1"), QStringLiteral("他課,税務課,2,1,1"),
                           QStringLiteral("無記入,,2,1,1")}),
                    o);
        QCOMPARE(plan.rows().at(0).action, ImportAction::Add);
        QCOMPARE(plan.rows().at(1).action, ImportAction::Rejected);
        QCOMPARE(plan.rows().at(2).action, ImportAction::Add);
        QCOMPARE(plan.rows().at(2).asset.orgId, t.section.id);
        o.defaultOrgCode = QStringLiteral("9999");
        const SheetTable any =
            sheet({QStringLiteral("情報資産名称,管理部署"), QStringLiteral("a,保険年金課")});
        QVERIFY(!ImportPlan::build(*t.reg, any, HeaderMapping::detect(any), o));
    }

    void codeWithoutLeadingZeroIsFoundWithAWarning()
    {
        TestRegister t;
        const ImportPlan plan =
            planFor(t, sheet({QStringLiteral("情報資産名称,組織コード,機密性,完全性,可用性"),
                              QStringLiteral("台帳,302,2,1,1"), QStringLiteral("台帳2,3,2,1,1"),
                              QStringLiteral("台帳3,402,2,1,1")}));
        QCOMPARE(plan.rows().at(0).action, ImportAction::Add);
        QCOMPARE(plan.rows().at(0).asset.orgId, t.section.id);
        QVERIFY(hasProblem(plan.rows().at(0), QStringLiteral("組織コード"), Severity::Warning));
        QCOMPARE(plan.rows().at(1).asset.orgId, t.department.id); // 03
        QCOMPARE(plan.rows().at(2).action, ImportAction::Rejected);
    }

    void orgOptionDoesNotMoveAnAssetTheRowDoesNotPlace()
    {
        TestRegister t;
        const Asset a = t.reg->addAsset(t.cleanAsset(), t.actor).value(); // in 0302, below 03
        ImportOptions o;
        o.defaultOrgCode = QStringLiteral("03");
        const ImportPlan plan = planFor(
            t,
            sheet({QStringLiteral("資産番号,情報資産名称,備考"),
                   QStringLiteral("%1,%2,追記").arg(a.assetNo, a.name), QStringLiteral(",新しい資産,")}),
            o);
        QCOMPARE(plan.rows().at(0).action, ImportAction::Update);
        QCOMPARE(plan.rows().at(0).asset.orgId, t.section.id);
        QCOMPARE(plan.rows().at(0).changes.size(), 1);
        QCOMPARE(plan.rows().at(1).asset.orgId, t.department.id);
    }

    void newAssetsGetTheSectionsNextNumbers()
    {
        TestRegister t;
        QVERIFY(t.reg->addAsset(t.cleanAsset(), t.actor)); // 0302-0001
        const ImportPlan plan = planFor(
            t, sheet({QStringLiteral("資産番号,情報資産名称,管理部署,機密性,完全性,可用性"),
                      QStringLiteral(",一,保険年金課,2,1,1"), QStringLiteral("0302-0002,二,保険年金課,2,1,1"),
                      QStringLiteral(",三,保険年金課,2,1,1"),
                      QStringLiteral("0302-0002,重複,保険年金課,2,1,1")}));
        QCOMPARE(plan.rows().at(0).asset.assetNo, QStringLiteral("0302-0003"));
        QCOMPARE(plan.rows().at(1).asset.assetNo, QStringLiteral("0302-0002"));
        QCOMPARE(plan.rows().at(2).asset.assetNo, QStringLiteral("0302-0004"));
        QCOMPARE(plan.rows().at(3).action, ImportAction::Rejected);

        // A section whose register writes five digits gets five-digit numbers from the import too.
        Asset wide = t.cleanAsset(QStringLiteral("五桁"));
        wide.assetNo = QStringLiteral("0302-00010");
        QVERIFY(t.reg->addAsset(wide, t.actor));
        const ImportPlan widePlan = planFor(
            t, sheet({QStringLiteral("資産番号,情報資産名称,管理部署,機密性,完全性,可用性"),
                      QStringLiteral(",四,保険年金課,2,1,1"), QStringLiteral(",五,保険年金課,2,1,1")}));
        QCOMPARE(widePlan.rows().at(0).asset.assetNo, QStringLiteral("0302-00011"));
        QCOMPARE(widePlan.rows().at(1).asset.assetNo, QStringLiteral("0302-00012"));
    }

    // ---- apply ----
    void applyAddsThenReimportChangesNothing()
    {
        TestRegister t;
        const SheetTable table = sheet(ipaRows());
        const ImportPlan plan = planFor(t, table);
        Result<ImportResult> done = Importer::apply(*t.reg, plan, Importer::Mode::AllOrNothing, t.actor);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->added, 4);
        QCOMPARE(t.reg->assetCount(), 4);
        const Asset a = t.reg->assetByNo(QStringLiteral("2301-001")).value();
        QCOMPARE(a.schemeId, QStringLiteral("mic-h27"));
        QCOMPARE(a.cLevel, QStringLiteral("3"));
        QCOMPARE(a.orgName, QStringLiteral("保険年金課"));
        QCOMPARE(t.reg->history(QStringLiteral("asset"), a.id).size(), 1);
        const int history = historyRows(t);

        const ImportPlan again = planFor(t, table);
        QCOMPARE(again.count(ImportAction::Unchanged), 4);
        QCOMPARE(again.count(ImportAction::Add), 0);
        done = Importer::apply(*t.reg, again, Importer::Mode::AllOrNothing, t.actor);
        QVERIFY(done);
        QCOMPARE(done->unchanged, 4);
        QCOMPARE(done->added + done->updated, 0);
        QCOMPARE(t.reg->assetCount(), 4);
        QCOMPARE(historyRows(t), history);
        QCOMPARE(t.reg->assetByNo(QStringLiteral("2301-001"))->rowVersion, a.rowVersion);
    }

    // Daicho's own export (組織コード, 管理部署, then every field by its Japanese header) read back into the
    // register it came from: every row is recognised and nothing changes.
    void daichoExportReadsBackUnchanged()
    {
        TestRegister t;
        Asset a = t.cleanAsset();
        a.personal = true;
        a.subjectBand = QStringLiteral("ge1000");
        a.fileRegisterNo = QStringLiteral("第12号");
        a.retentionPeriod = QStringLiteral("5y");
        a.retentionUntil = QDate(2030, 3, 31);
        a.threat = 2;
        a.vulnerability = 3;
        a.remarks = QStringLiteral("備考, カンマ入り");
        QVERIFY(t.reg->addAsset(a, t.actor));
        Asset b = t.cleanAsset(QStringLiteral("旧基準の資産"));
        b.orgId = t.otherSection.id;
        b.schemeId = QStringLiteral("mic-h27");
        b.cLevel = QStringLiteral("3");
        QVERIFY(t.reg->addAsset(b, t.actor));
        Asset c = t.cleanAsset(QStringLiteral("廃棄した資産"));
        c = t.reg->addAsset(c, t.actor).value();
        StageChange disposal;
        disposal.date = QDate(2025, 5, 1);
        disposal.person = QStringLiteral("山田");
        disposal.disposalMethod = QStringLiteral("shred");
        disposal.disposalApprover = QStringLiteral("保険年金課長");
        QVERIFY(t.reg->changeStage(c.assetNo, QStringLiteral("dispose"), disposal, t.actor));
        QVERIFY(t.reg->changeStatus(t.reg->assets().first().assetNo, QStringLiteral("pending"), {}, t.actor));

        SheetTable table;
        QStringList header{QStringLiteral("組織コード"), QStringLiteral("管理部署")};
        for (const AssetField& f : AssetFields::all())
            header << f.japanese;
        table.rows << header;
        for (const Asset& x : t.reg->assets()) {
            QStringList row{x.orgCode, x.orgName};
            for (const AssetField& f : AssetFields::all())
                row << AssetFields::toText(f, x);
            table.rows << row;
        }
        const ImportPlan plan = planFor(t, table);
        QVERIFY2(!plan.hasErrors(), qPrintable(messages(plan.problems())));
        QCOMPARE(plan.count(ImportAction::Unchanged), 3);
        const int history = historyRows(t);
        QVERIFY(Importer::apply(*t.reg, plan, Importer::Mode::AllOrNothing, t.actor));
        QCOMPARE(historyRows(t), history);

        // The same file into a new register with the same units adds every asset that is not disposed.
        TestRegister other;
        const ImportPlan into = planFor(other, table);
        QCOMPARE(into.count(ImportAction::Add), 2);
        QCOMPARE(into.count(ImportAction::Rejected), 1);
        const Result<ImportResult> done =
            Importer::apply(*other.reg, into, Importer::Mode::CleanRowsOnly, other.actor);
        QVERIFY(done);
        const Asset copied = other.reg->assetByNo(QStringLiteral("0302-0001")).value();
        QCOMPARE(copied.fileRegisterNo, QStringLiteral("第12号"));
        QCOMPARE(copied.retentionUntil, QDate(2030, 3, 31));
        QCOMPARE(copied.vulnerability, 3);
        QCOMPARE(copied.remarks, QStringLiteral("備考, カンマ入り"));
        QCOMPARE(copied.status, QStringLiteral("draft")); // approval is not carried in by a file
        const Asset old = other.reg->assetByNo(QStringLiteral("0303-0001")).value();
        QCOMPARE(old.schemeId, QStringLiteral("mic-h27"));
        QCOMPARE(old.cLevel, QStringLiteral("3"));
    }

    void reimportWithoutNumbersMatchesByOrgAndName()
    {
        TestRegister t;
        const SheetTable table = sheet({QStringLiteral("情報資産名称,部署,機密性,完全性,可用性,備考"),
                                        QStringLiteral("窓口受付簿,保険年金課,2,1,1,初版"),
                                        QStringLiteral("窓口受付簿,税務課,2,1,1,初版")});
        QVERIFY(Importer::apply(*t.reg, planFor(t, table), Importer::Mode::AllOrNothing, t.actor));
        QCOMPARE(t.reg->assetCount(), 2);
        const ImportPlan again = planFor(t, table);
        QCOMPARE(again.count(ImportAction::Unchanged), 2);
    }

    void updateWritesOnlyChangedFields()
    {
        TestRegister t;
        QVERIFY(Importer::apply(*t.reg, planFor(t, sheet(ipaRows())), Importer::Mode::AllOrNothing, t.actor));
        QStringList rows = ipaRows();
        rows[3].replace(QStringLiteral("緊急連絡用"), QStringLiteral("緊急連絡用（令和7年改訂）"));
        const ImportPlan plan = planFor(t, sheet(rows));
        QCOMPARE(plan.count(ImportAction::Update), 1);
        QCOMPARE(plan.count(ImportAction::Unchanged), 3);
        const PlannedRow& changed = plan.rows().at(2);
        QCOMPARE(changed.changes.size(), 1);
        QCOMPARE(changed.changes.first().key, QStringLiteral("remarks"));
        const Asset before = t.reg->assetByNo(QStringLiteral("2301-003")).value();
        const Result<ImportResult> done =
            Importer::apply(*t.reg, plan, Importer::Mode::AllOrNothing, t.actor);
        QVERIFY(done);
        QCOMPARE(done->updated, 1);
        const Asset after = t.reg->assetByNo(QStringLiteral("2301-003")).value();
        QCOMPARE(after.remarks, QStringLiteral("緊急連絡用（令和7年改訂）"));
        const QVector<HistoryEntry> h = t.reg->history(QStringLiteral("asset"), after.id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.last().action, QStringLiteral("update"));
        QCOMPARE(h.last().changes.size(), 1);
        QCOMPARE(after.rowVersion, before.rowVersion + 1);
    }

    void fileWithErrorsImportsNothing()
    {
        TestRegister t;
        QVERIFY(t.reg->addAsset(t.cleanAsset(), t.actor));
        const QByteArray hashBefore = daicho::test::fileHash(t.path());
        const int historyBefore = historyRows(t);
        QStringList rows = ipaRows();
        rows << QStringLiteral(
            "2301-005,庶務,壊れた行,,課内,存在しない課,紙,有,無,無,2,1,1,2,1年,令和6年4月1日");
        const ImportPlan plan = planFor(t, sheet(rows));
        QCOMPARE(plan.count(ImportAction::Rejected), 1);
        const Result<ImportResult> refused =
            Importer::apply(*t.reg, plan, Importer::Mode::AllOrNothing, t.actor);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Validation);
        QCOMPARE(t.reg->assetCount(), 1);
        QCOMPARE(historyRows(t), historyBefore);
        QCOMPARE(daicho::test::fileHash(t.path()), hashBefore);

        const Result<ImportResult> clean =
            Importer::apply(*t.reg, plan, Importer::Mode::CleanRowsOnly, t.actor);
        QVERIFY(clean);
        QCOMPARE(clean->added, 4);
        QCOMPARE(clean->rejected, 1);
        QCOMPARE(t.reg->assetCount(), 5);
        QVERIFY(!t.reg->assetByNo(QStringLiteral("2301-005")));
    }

    void refusedFileChangesNothingEvenInCleanMode()
    {
        TestRegister t;
        const ImportPlan plan =
            planFor(t, sheet({QStringLiteral("管理部署,機密性"), QStringLiteral("保険年金課,2")}));
        QVERIFY(!Importer::apply(*t.reg, plan, Importer::Mode::CleanRowsOnly, t.actor));
        QCOMPARE(t.reg->assetCount(), 0);
    }

    void conflictDuringApplyRollsEverythingBack()
    {
        TestRegister t;
        QVERIFY(Importer::apply(*t.reg, planFor(t, sheet(ipaRows())), Importer::Mode::AllOrNothing, t.actor));
        QStringList rows = ipaRows();
        rows[1].replace(QStringLiteral("基幹系システム"), QStringLiteral("改"));
        rows << QStringLiteral(
            "2301-009,庶務,新しい資産,,課内,保険年金課,紙,無,無,無,2,1,1,2,1年,令和6年4月1日");
        const ImportPlan plan = planFor(t, sheet(rows));
        QCOMPARE(plan.count(ImportAction::Update), 1);
        // Someone edits the asset between the preview and the import.
        Asset other = t.reg->assetByNo(QStringLiteral("2301-001")).value();
        other.userScope = QStringLiteral("係内");
        QVERIFY(t.reg->updateAsset(other, t.actor));
        const Result<ImportResult> done =
            Importer::apply(*t.reg, plan, Importer::Mode::AllOrNothing, t.actor);
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Conflict);
        QVERIFY(!t.reg->assetByNo(QStringLiteral("2301-009")));
        QCOMPARE(t.reg->assetByNo(QStringLiteral("2301-001"))->remarks, QStringLiteral("基幹系システム"));
    }

    void existingAssetKeepsItsSchemeAndStage()
    {
        TestRegister t;
        Asset a = t.cleanAsset();
        a.assetNo = QStringLiteral("0302-0001");
        a.cLevel = QStringLiteral("3B");
        a.personal = true;
        a.specific = false;
        a = t.reg->addAsset(a, t.actor).value();
        QVERIFY(t.reg->changeStage(a.assetNo, QStringLiteral("use"), {}, t.actor));
        const ImportPlan plan =
            planFor(t, sheet({QStringLiteral("資産番号,情報資産名称,管理部署,機密性,ライフサイクル"),
                              QStringLiteral("0302-0001,課内連絡網,保険年金課,機密性３Ｂ,保管")}));
        const PlannedRow& row = plan.rows().first();
        QVERIFY(hasProblem(row, QStringLiteral("ライフサイクル"), Severity::Warning));
        QCOMPARE(row.asset.stage, QStringLiteral("use"));
        QCOMPARE(row.asset.schemeId, QStringLiteral("mic-r6"));
        QCOMPARE(row.action, ImportAction::Unchanged);
    }

    void largeFilePlansAsItsRowsInTurn()
    {
        // A file of ImportPlan::kTwoThreadRows rows or more is read in two halves on two threads, and the
        // checks against earlier rows (a number twice, one asset twice) made afterwards in row order:
        // every row of it is planned exactly as in a file of its first rows alone, read in turn.
        TestRegister t;
        for (int n = 0; n < 3; ++n) {
            Asset a = t.cleanAsset(QStringLiteral("既存 %1").arg(n));
            a.assetNo = QStringLiteral("2301-%1").arg(9000 + n);
            QVERIFY(t.reg->addAsset(a, t.actor));
        }
        QStringList lines{kIpaHeader};
        const int rows = int(ImportPlan::kTwoThreadRows) + 400;
        for (int i = 0; i < rows; ++i) {
            if (i % 250 == 7) {
                lines << QString(15, QLatin1Char(','));   // a blank row
                continue;
            }
            QString number = QStringLiteral("2301-%1").arg(i, 4, 10, QLatin1Char('0'));
            if (i % 97 == 50)
                number = QStringLiteral("2301-%1").arg(i > 1100 ? i - 1100 : 1, 4, 10, QLatin1Char('0'));
            if (i % 131 == 3)
                number = QStringLiteral("2301-%1").arg(9000 + i % 3);   // an existing asset, again and again
            const QString c = i % 89 == 11 ? QStringLiteral("9") : QString::number(1 + i % 3);
            const QString unit = i % 173 == 5 ? QStringLiteral("無い課") : QStringLiteral("保険年金課");
            lines << QStringLiteral("%1,庶務,資産 %2,備考,課内,%3,ファイルサーバ,%4,無,無,%5,1,1,%5,1年,"
                                    "令和6年4月1日")
                         .arg(number)
                         .arg(i)
                         .arg(unit, i % 2 ? QStringLiteral("有") : QStringLiteral("無"), c);
        }
        const ImportPlan whole = planFor(t, sheet(lines));
        const ImportPlan head = planFor(t, sheet(lines.mid(0, int(ImportPlan::kTwoThreadRows))));
        QVERIFY(whole.rows().size() >= ImportPlan::kTwoThreadRows);
        QVERIFY(head.rows().size() < ImportPlan::kTwoThreadRows);
        QVERIFY(head.rows().size() > whole.rows().size() / 2 + 100);   // well into the second half
        int twice = 0, again = 0;
        for (qsizetype i = 0; i < head.rows().size(); ++i) {
            const PlannedRow& a = whole.rows().at(i);
            const PlannedRow& b = head.rows().at(i);
            QCOMPARE(a.row, b.row);
            QCOMPARE(int(a.action), int(b.action));
            QCOMPARE(messages(a.problems), messages(b.problems));
            for (qsizetype p = 0; p < a.problems.size(); ++p)
                QCOMPARE(int(a.problems[p].severity), int(b.problems[p].severity));
            for (const AssetField& f : AssetFields::all())
                QCOMPARE(AssetFields::toText(f, a.asset), AssetFields::toText(f, b.asset));
            twice += messages(a.problems).contains(QStringLiteral("is already on row"));
            again += messages(a.problems).contains(QStringLiteral("is the same asset as row"));
        }
        QVERIFY(twice > 5);
        QVERIFY(again > 5);
        // A row whose number is an earlier row's and names an asset an earlier row named: the number's
        // problem before the asset's, both after the row's organisation.
        const PlannedRow* both = nullptr;
        for (const PlannedRow& r : whole.rows())
            if (r.row > rows / 2 && messages(r.problems).contains(QStringLiteral("is already on row"))
                && messages(r.problems).contains(QStringLiteral("is the same asset as row")))
                both = &r;
        QVERIFY(both);
        const QString text = messages(both->problems);
        QVERIFY(text.indexOf(QStringLiteral("is already on row")) < text.indexOf(QStringLiteral("is the same asset")));
        QCOMPARE(int(both->action), int(ImportAction::Rejected));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
