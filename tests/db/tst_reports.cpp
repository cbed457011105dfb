// The printouts as data, without a GUI: what a report covers (organisation, 年度, disposed assets), what
// it says (columns, rows, totals equal to the statistics, sheets, reviews due), the approval block the
// register keeps, and the drill-down filters that must select exactly what a count counted.
#include "TestRegister.h"

#include "domain/AssetDisplay.h"
#include "domain/AssetSections.h"
#include "query/AssetFilter.h"
#include "report/ApprovalSettings.h"
#include "report/AssetSheetReport.h"
#include "report/CrossTable.h"
#include "report/Dimension.h"
#include "report/RegisterReport.h"
#include "report/ReportScope.h"
#include "report/Reports.h"
#include "report/Statistics.h"
#include "storage/Register.h"

#include <QSet>
#include <QtTest>

#include <memory>

using namespace daicho;
using daicho::test::TestRegister;

namespace {

// The blocks of one numbered part of the summary: from its heading ("3. …") to the next heading.
QVector<ReportBlock> part(const ReportDocument& doc, const QString& number)
{
    QVector<ReportBlock> out;
    bool inside = false;
    for (const ReportBlock& b : doc.blocks) {
        if (b.kind == ReportBlock::Kind::Heading) {
            inside = b.text.startsWith(number + QLatin1Char('.'));
            continue;
        }
        if (inside)
            out << b;
    }
    return out;
}

QVector<ReportBlock> ofKind(const QVector<ReportBlock>& blocks, ReportBlock::Kind kind)
{
    QVector<ReportBlock> out;
    for (const ReportBlock& b : blocks)
        if (b.kind == kind)
            out << b;
    return out;
}

QVector<ReportBlock> ofKind(const ReportDocument& doc, ReportBlock::Kind kind)
{
    return ofKind(doc.blocks, kind);
}

QStringList headers(const ReportTable& t)
{
    QStringList out;
    for (const ReportColumn& c : t.columns)
        out << c.header;
    return out;
}

QStringList column(const ReportTable& t, int c)
{
    QStringList out;
    for (const QStringList& row : t.rows)
        out << row.value(c);
    return out;
}

QStringList numbers(const QVector<Asset>& assets)
{
    QStringList out;
    for (const Asset& a : assets)
        out << a.assetNo;
    return out;
}

int statCount(const StatGroup& g, const QString& key)
{
    for (const StatRow& r : g.rows)
        if (r.key == key)
            return r.count;
    return -1;
}

} // namespace

class TestReportData : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestRegister> t;
    OrgUnit soumuBu;   // 01 総務部, ahead of 市民部
    OrgUnit soumuKa;   // 0101 総務課
    // The fixture's assets by their role; numbers are read back from the register.
    Asset a1, a2, a3, a4, a5, a6, a7, a8;

    Asset add(const Asset& a)
    {
        Result<Asset> r = t->reg->addAsset(a, t->actor);
        if (!r)
            qFatal("fixture asset %s refused: %s %s", qPrintable(a.name), qPrintable(r.error().message),
                   qPrintable(r.error().details.join(QLatin1Char(' '))));
        return r.value();
    }

    // The current assets (disposed left out), as `daicho-cli stats` and the dashboard's filter see them.
    QVector<Asset> current() const
    {
        AssetFilter f;
        f.includeDisposed = false;
        return f.apply(*t->reg, t->reg->assets());
    }

    Result<ReportDocument> build(const QString& kind, const QString& org = {}, int year = 0,
                                 const QStringList& assetNos = {},
                                 std::optional<ApprovalBlock::Style> approval = std::nullopt)
    {
        ReportRequest r;
        r.kind = kind;
        r.orgCode = org;
        r.fiscalYear = year;
        r.assetNos = assetNos;
        r.approval = approval;
        return Reports::build(*t->reg, r);
    }

private slots:
    void init();
    void cleanup() { t.reset(); }

    void scopeWholeCityAndSubtree();
    void scopeLeavesOutDisposedAndLaterYears();
    void scopeUnknownOrganisationOrYear();
    void scopeSortsByOrganisationThenNumber();
    void classificationIsTheHighestConfidentiality();
    void headingIsInJapaneseDates();

    void registerColumnsInTheIpaOrder();
    void registerHasOneRowPerAssetInScope();
    void registerApprovalBlockFollowsTheSettings();

    void summaryConfidentialityTableIsTheStatistics();
    void summaryIntegrityAndAvailabilityTables();
    void summaryPersonalDataTable();
    void summaryStageAndStatusTables();
    void summaryOverdueSection();
    void summaryOutsourcingCountsOnlyTierTwoAndAbove();
    void summaryChartsMatchTheirTables();
    void summaryOfOneDepartment();

    void assetSheetsOnePerAsset();
    void assetSheetHasEveryField();
    void assetSheetLevelDefinitionsAndRestrictions();
    void assetSheetHistoryCaption();
    void assetSheetsForEveryAssetInScope();

    void reviewListsOnlyOverdueAndDueThisYear();
    void reviewGroupsBySection();
    void reviewOfALaterYear();

    void approvalDefaults();
    void approvalRoundTrip();
    void approvalRefusesTooManyOrNoTitles();
    void approvalParseStyle();

    void narrowToMatchesTheDimension_data();
    void narrowToMatchesTheDimension();
    void narrowToRefusesWhatAFilterCannotSay_data();
    void narrowToRefusesWhatAFilterCannotSay();
    void narrowToCombinesCategoryAndSeries();

    void buildErrors();
};

// Today is 2025-06-01 (令和7年度, ending 2026-03-31).
//   01 総務部 / 0101 総務課:   a6 C2 cloud, due 2025-12-01 (this 年度);  a8 C3A of 年度 2026 (a later 年度)
//   03 市民部 / 0302 保険年金課: a1 C3B I2 A2 personal+My Number (10,000+ people) on mynumber, in use,
//                               outsourced, overdue since 2025-04-30;
//                               a2 C3C sensitive only (fewer than 1,000), stored, cloud, due 2026-03-31;
//                               a3 C2, no personal data, due a year after registration (later);
//                               a7 C3A disposed
//              0303 税務課:    a4 C1 on the Internet, published, outsourced, overdue since 2025-05-31;
//                               a5 C3B personal (1,000+ people), outsourced and cloud, due later
void TestReportData::init()
{
    t = std::make_unique<TestRegister>();
    soumuBu = t->reg->addOrgUnit({0, QStringLiteral("01"), QStringLiteral("総務部"), QStringLiteral("department"), 0, 5, {}, {}},
                                 t->actor)
                  .value();
    soumuKa = t->reg->addOrgUnit({0, QStringLiteral("0101"), QStringLiteral("総務課"), QStringLiteral("section"), soumuBu.id, 6,
                                  {}, {}},
                                 t->actor)
                  .value();

    Asset x = t->cleanAsset(QStringLiteral("住民記録システム"));
    x.cLevel = QStringLiteral("3B");
    x.iLevel = x.aLevel = QStringLiteral("2");
    x.backup = QStringLiteral("daily");
    x.recoveryTarget = QStringLiteral("24時間");
    x.networkSegment = QStringLiteral("mynumber");
    x.personal = x.specific = true;
    x.subjectBand = QStringLiteral("ge10000");
    x.fileRegisterNo = QStringLiteral("F-001");
    x.stage = QStringLiteral("use");
    x.outsourced = true;
    x.contractor = QStringLiteral("委託先株式会社");
    x.nextReview = QDate(2025, 4, 30);
    a1 = add(x);

    x = t->cleanAsset(QStringLiteral("健康相談記録"));
    x.cLevel = QStringLiteral("3C");
    x.sensitive = true;
    x.subjectBand = QStringLiteral("lt1000");
    x.stage = QStringLiteral("store");
    x.cloud = true;
    x.cloudService = QStringLiteral("相談管理クラウド");
    x.nextReview = QDate(2026, 3, 31);
    a2 = add(x);

    a3 = add(t->cleanAsset(QStringLiteral("課内連絡網")));

    x = t->cleanAsset(QStringLiteral("窓口案内チラシ"));
    x.orgId = t->otherSection.id;
    x.cLevel = QStringLiteral("1");
    x.networkSegment = QStringLiteral("internet");
    x.stage = QStringLiteral("publish");
    x.outsourced = true;
    x.contractor = QStringLiteral("印刷会社");
    x.nextReview = QDate(2025, 5, 31);
    a4 = add(x);

    x = t->cleanAsset(QStringLiteral("固定資産課税台帳"));
    x.orgId = t->otherSection.id;
    x.cLevel = QStringLiteral("3B");
    x.personal = true;
    x.subjectBand = QStringLiteral("ge1000");
    x.fileRegisterNo = QStringLiteral("F-010");
    x.outsourced = true;
    x.contractor = QStringLiteral("電算センター");
    x.cloud = true;
    x.cloudService = QStringLiteral("税務クラウド");
    a5 = add(x);

    x = t->cleanAsset(QStringLiteral("例規集"));
    x.orgId = soumuKa.id;
    x.cloud = true;
    x.cloudService = QStringLiteral("例規クラウド");
    x.nextReview = QDate(2025, 12, 1);
    a6 = add(x);

    x = t->cleanAsset(QStringLiteral("旧住民記録"));
    x.cLevel = QStringLiteral("3A");
    x.nextReview = QDate(2025, 1, 1);
    const Asset old = add(x);
    StageChange disposal;
    disposal.date = QDate(2025, 5, 20);
    disposal.person = QStringLiteral("試験 次郎");
    disposal.disposalMethod = QStringLiteral("dissolve");
    disposal.disposalApprover = QStringLiteral("保険年金課長");
    Result<Asset> disposed = t->reg->changeStage(old.assetNo, QStringLiteral("dispose"), disposal, t->actor);
    QVERIFY2(disposed, qPrintable(disposed.error().message));
    a7 = disposed.value();
    QVERIFY(a7.isDisposed());

    x = t->cleanAsset(QStringLiteral("次年度計画"));
    x.orgId = soumuKa.id;
    x.cLevel = QStringLiteral("3A");
    x.fiscalYear = 2026;
    a8 = add(x);
    QCOMPARE(a8.fiscalYear, 2026);

    QCOMPARE(t->reg->assetCount(), 8);
    QCOMPARE(current().size(), 7);
    // The default review date falls in the next 年度.
    QVERIFY(a3.nextReview > QDate(2026, 3, 31));
    QVERIFY(a5.nextReview > QDate(2026, 3, 31));
}

// ---- scope ---------------------------------------------------------------------------------

void TestReportData::scopeWholeCityAndSubtree()
{
    Result<ReportScope> city = ReportScope::make(*t->reg, QString(), 0);
    QVERIFY(city);
    QCOMPARE(city->assets().size(), 6);
    QCOMPARE(city->organisation(), QStringLiteral("Whole city"));
    QCOMPARE(city->orgCode(), QString());
    QCOMPARE(city->fiscalYear(), 2025);
    QCOMPARE(city->baseDate(), QDate(2025, 6, 1));

    Result<ReportScope> dept = ReportScope::make(*t->reg, QStringLiteral("03"), 0);
    QVERIFY(dept);
    QCOMPARE(numbers(dept->assets()), (QStringList{a1.assetNo, a2.assetNo, a3.assetNo, a4.assetNo, a5.assetNo}));
    QCOMPARE(dept->organisation(), QStringLiteral("市民部"));
    QCOMPARE(dept->orgCode(), QStringLiteral("03"));

    Result<ReportScope> section = ReportScope::make(*t->reg, QStringLiteral("0303"), 0);
    QVERIFY(section);
    QCOMPARE(numbers(section->assets()), (QStringList{a4.assetNo, a5.assetNo}));
    // 部 then 課, as the 課長 signs it.
    QCOMPARE(section->organisation(), QStringLiteral("市民部 税務課"));

    Result<ReportScope> soumu = ReportScope::make(*t->reg, QStringLiteral("01"), 0);
    QVERIFY(soumu);
    QCOMPARE(numbers(soumu->assets()), QStringList{a6.assetNo});
}

void TestReportData::scopeLeavesOutDisposedAndLaterYears()
{
    Result<ReportScope> city = ReportScope::make(*t->reg, QString(), 0);
    QVERIFY(city);
    const QStringList nos = numbers(city->assets());
    QVERIFY(!nos.contains(a7.assetNo));   // disposed
    QVERIFY(!nos.contains(a8.assetNo));   // 年度 2026
    // The 年度 2026 printout takes the asset of 2026 in, and still not the disposed one.
    Result<ReportScope> next = ReportScope::make(*t->reg, QString(), 2026);
    QVERIFY(next);
    QCOMPARE(next->assets().size(), 7);
    QVERIFY(numbers(next->assets()).contains(a8.assetNo));
    QVERIFY(!numbers(next->assets()).contains(a7.assetNo));
    // Before the assets' own 年度 nothing is left.
    Result<ReportScope> earlier = ReportScope::make(*t->reg, QString(), 2024);
    QVERIFY(earlier);
    QCOMPARE(earlier->assets().size(), 0);
    // The in-memory variant (the window's table) applies the same rules.
    const ReportScope mem = ReportScope::ofAssets(*t->reg, t->reg->assets());
    QCOMPARE(numbers(mem.assets()), numbers(city->assets()));
}

void TestReportData::scopeUnknownOrganisationOrYear()
{
    Result<ReportScope> unknown = ReportScope::make(*t->reg, QStringLiteral("9999"), 0);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("9999")), qPrintable(unknown.error().message));
    QCOMPARE(ReportScope::make(*t->reg, QString(), 1800).error().code, ErrorCode::Usage);
}

void TestReportData::scopeSortsByOrganisationThenNumber()
{
    // Registered in the order a1 … a6 (0302, 0302, 0302, 0303, 0303, 0101); printed by 組織 order
    // (総務課 sorts first) and 資産番号 within it.
    Result<ReportScope> city = ReportScope::make(*t->reg, QString(), 0);
    QVERIFY(city);
    QCOMPARE(numbers(city->assets()),
             (QStringList{a6.assetNo, a1.assetNo, a2.assetNo, a3.assetNo, a4.assetNo, a5.assetNo}));
    // Within one unit by number, whatever order the caller hands them in.
    const ReportScope reversed = ReportScope::ofAssets(*t->reg, {a3, a5, a2, a4, a1});
    QCOMPARE(numbers(reversed.assets()), (QStringList{a1.assetNo, a2.assetNo, a3.assetNo, a4.assetNo, a5.assetNo}));
}

void TestReportData::classificationIsTheHighestConfidentiality()
{
    const Register& reg = *t->reg;
    QCOMPARE(ReportScope::classificationOf(reg, {a3, a1}), QStringLiteral("自治体機密性3B"));
    QCOMPARE(ReportScope::classificationOf(reg, {a1, a3}), QStringLiteral("自治体機密性3B"));
    QCOMPARE(ReportScope::classificationOf(reg, {a4, a3}), QStringLiteral("自治体機密性2"));
    // 3C, 3B and 3A share the guideline's tier 3: the finer order decides.
    QCOMPARE(ReportScope::classificationOf(reg, {a2, a3}), QStringLiteral("自治体機密性3C"));
    QCOMPARE(ReportScope::classificationOf(reg, {a2, a1}), QStringLiteral("自治体機密性3B"));
    QCOMPARE(ReportScope::classificationOf(reg, {a1, a8, a2}), QStringLiteral("自治体機密性3A"));
    QCOMPARE(ReportScope::classificationOf(reg, {a4}), QStringLiteral("自治体機密性1"));
    // Nothing classified: a text, not an empty mark.
    Asset open = t->cleanAsset(QStringLiteral("照会回答"));
    open.cLevel.clear();
    open = add(open);
    QCOMPARE(ReportScope::classificationOf(reg, {open}), QStringLiteral("No confidentiality level"));
    QCOMPARE(ReportScope::classificationOf(reg, {}), QStringLiteral("No confidentiality level"));
    QCOMPARE(ReportScope::classificationOf(reg, {open, a4}), QStringLiteral("自治体機密性1"));

    // The scopes' own marks: the disposed 3A and the 3A of 2026 do not raise the city's.
    QCOMPARE(ReportScope::make(reg, QString(), 0)->heading(reg, QStringLiteral("x")).classification,
             QStringLiteral("自治体機密性3B"));
    QCOMPARE(ReportScope::make(reg, QString(), 2026)->heading(reg, QStringLiteral("x")).classification,
             QStringLiteral("自治体機密性3A"));
    QCOMPARE(ReportScope::make(reg, QStringLiteral("0101"), 0)->heading(reg, QStringLiteral("x")).classification,
             QStringLiteral("自治体機密性2"));
}

void TestReportData::headingIsInJapaneseDates()
{
    Result<ReportScope> s = ReportScope::make(*t->reg, QStringLiteral("0302"), 0);
    QVERIFY(s);
    const ReportHeading h = s->heading(*t->reg, QStringLiteral("題"));
    QCOMPARE(h.title, QStringLiteral("題"));
    QCOMPARE(h.organisation, QStringLiteral("市民部 保険年金課"));
    QCOMPARE(h.fiscalYear, QStringLiteral("令和7年度"));
    QCOMPARE(h.baseDate, QStringLiteral("令和7年6月1日"));
    QCOMPARE(h.createdOn, QStringLiteral("令和7年6月1日"));
    QCOMPARE(h.cityName, t->reg->cityName());
    QCOMPARE(ReportScope::make(*t->reg, QString(), 2026)->heading(*t->reg, QString()).fiscalYear,
             QStringLiteral("令和8年度"));
}

// ---- register ------------------------------------------------------------------------------

void TestReportData::registerColumnsInTheIpaOrder()
{
    const QStringList keys{"asset_no", "business",  "name",     "remarks", "user_scope", "org_name",
                           "medium",   "personal",  "sensitive", "specific", "c",         "i",
                           "a",        "importance", "retention_until", "registered_on"};
    QCOMPARE(RegisterReport::columnKeys(), keys);
    Result<ReportDocument> doc = build(QStringLiteral("register"));
    QVERIFY(doc);
    QCOMPARE(doc->orientation, ReportDocument::Orientation::Landscape);
    QCOMPARE(doc->heading.title, QStringLiteral("Information Asset Register"));
    const QVector<ReportBlock> tables = ofKind(doc.value(), ReportBlock::Kind::Table);
    QCOMPARE(tables.size(), 1);
    QStringList expected;
    for (const QString& key : keys) {
        const AssetField* f = AssetFields::find(key);
        expected << (f ? f->translatedLabel() : AssetDisplay::derivedLabel(key));
    }
    QCOMPARE(headers(tables[0].table), expected);
    QVERIFY(!tables[0].table.totalsRow);
}

void TestReportData::registerHasOneRowPerAssetInScope()
{
    Result<ReportDocument> doc = build(QStringLiteral("register"));
    QVERIFY(doc);
    const ReportTable table = ofKind(doc.value(), ReportBlock::Kind::Table).value(0).table;
    QCOMPARE(table.rows.size(), 6);
    QCOMPARE(column(table, 0), (QStringList{a6.assetNo, a1.assetNo, a2.assetNo, a3.assetNo, a4.assetNo, a5.assetNo}));
    for (const QStringList& row : table.rows)
        QCOMPARE(row.size(), 16);
    // a1's row: its name, its section, its levels and the marks of its personal data.
    const QStringList row = table.rows[1];
    QCOMPARE(row[2], a1.name);
    QCOMPARE(row[5], QStringLiteral("保険年金課"));
    QCOMPARE(row.mid(10, 3), (QStringList{"3B", "2", "2"}));
    const Catalog& cat = t->reg->catalog();
    for (int i = 0; i < 16; ++i)
        QCOMPARE(row[i], AssetDisplay::text(cat, a1, RegisterReport::columnKeys()[i]));
    QVERIFY(!row[7].isEmpty());   // personal
    QVERIFY(row[8].isEmpty());    // not sensitive
    QVERIFY(!row[9].isEmpty());   // specific
    QCOMPARE(row[15], QStringLiteral("令和7年6月1日"));
    QCOMPARE(doc->heading.classification, QStringLiteral("自治体機密性3B"));
    QVERIFY(ofKind(doc.value(), ReportBlock::Kind::Text).value(0).text.startsWith(QStringLiteral("6 asset(s)")));

    // One 課: its rows only.
    Result<ReportDocument> section = build(QStringLiteral("register"), QStringLiteral("0303"));
    QVERIFY(section);
    QCOMPARE(column(ofKind(section.value(), ReportBlock::Kind::Table).value(0).table, 0),
             (QStringList{a4.assetNo, a5.assetNo}));
    QCOMPARE(section->heading.organisation, QStringLiteral("市民部 税務課"));
    // An organisation without assets still prints, with an empty table.
    Result<ReportDocument> none = build(QStringLiteral("register"), QStringLiteral("0101"), 2024);
    QVERIFY(none);
    QCOMPARE(ofKind(none.value(), ReportBlock::Kind::Table).value(0).table.rows.size(), 0);
}

void TestReportData::registerApprovalBlockFollowsTheSettings()
{
    Result<ReportDocument> doc = build(QStringLiteral("register"));
    QVERIFY(doc);
    QVector<ReportBlock> approvals = ofKind(doc.value(), ReportBlock::Kind::Approval);
    QCOMPARE(approvals.size(), 1);
    QCOMPARE(approvals[0].approval.style, ApprovalBlock::Style::Seals);
    QCOMPARE(approvals[0].approval.titles, (QStringList{"部長", "課長", "係長", "担当"}));
    QCOMPARE(doc->blocks.last().kind, ReportBlock::Kind::Approval);   // it ends the printout

    // --approval none: no block at all.
    Result<ReportDocument> none = build(QStringLiteral("register"), {}, 0, {}, ApprovalBlock::Style::None);
    QVERIFY(none);
    QCOMPARE(ofKind(none.value(), ReportBlock::Kind::Approval).size(), 0);
    QVERIFY(!none->texts().contains(QStringLiteral("係長")));

    // The register's own titles and style; a request's style overrides only the style.
    QVERIFY(ApprovalSettings::write(*t->reg, {ApprovalBlock::Style::Signatures, {"局長", "課長"}}));
    doc = build(QStringLiteral("register"));
    approvals = ofKind(doc.value(), ReportBlock::Kind::Approval);
    QCOMPARE(approvals.size(), 1);
    QCOMPARE(approvals[0].approval.style, ApprovalBlock::Style::Signatures);
    QCOMPARE(approvals[0].approval.titles, (QStringList{"局長", "課長"}));
    doc = build(QStringLiteral("register"), {}, 0, {}, ApprovalBlock::Style::Seals);
    approvals = ofKind(doc.value(), ReportBlock::Kind::Approval);
    QCOMPARE(approvals[0].approval.style, ApprovalBlock::Style::Seals);
    QCOMPARE(approvals[0].approval.titles, (QStringList{"局長", "課長"}));
    // The register's setting "none" leaves the block out.
    QVERIFY(ApprovalSettings::write(*t->reg, {ApprovalBlock::Style::None, {}}));
    QCOMPARE(ofKind(build(QStringLiteral("register")).value(), ReportBlock::Kind::Approval).size(), 0);
    QCOMPARE(ofKind(build(QStringLiteral("summary")).value(), ReportBlock::Kind::Approval).size(), 0);
    // Asset sheets and the review list never carry one.
    QVERIFY(ApprovalSettings::write(*t->reg, {ApprovalBlock::Style::Seals, {"課長"}}));
    QCOMPARE(ofKind(build(QStringLiteral("review")).value(), ReportBlock::Kind::Approval).size(), 0);
    QCOMPARE(ofKind(build(QStringLiteral("asset")).value(), ReportBlock::Kind::Approval).size(), 0);
    QCOMPARE(ofKind(build(QStringLiteral("summary")).value(), ReportBlock::Kind::Approval).size(), 1);
}

// ---- summary -------------------------------------------------------------------------------

void TestReportData::summaryConfidentialityTableIsTheStatistics()
{
    Result<ReportDocument> doc = build(QStringLiteral("summary"));
    QVERIFY(doc);
    QCOMPARE(doc->heading.title, QStringLiteral("Information Asset Summary"));
    const QVector<ReportBlock> tables = ofKind(part(doc.value(), QStringLiteral("1")), ReportBlock::Kind::Table);
    QCOMPARE(tables.size(), 1);
    const ReportTable& table = tables[0].table;
    QVERIFY(table.totalsRow);
    // Only the levels in use, highest first; 3A (disposed, or of 2026) is not among them.
    QCOMPARE(headers(table), (QStringList{"Department", "機密性3B", "機密性3C", "機密性2", "機密性1", "Total"}));
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows[0], (QStringList{"総務部", "0", "0", "1", "0", "1"}));
    QCOMPARE(table.rows[1], (QStringList{"市民部", "2", "1", "1", "1", "5"}));
    QCOMPARE(table.rows[2], (QStringList{"Total", "2", "1", "2", "1", "6"}));

    // The same numbers as the statistics over the scope's assets.
    const ReportScope scope = ReportScope::make(*t->reg, QString(), 0).value();
    QString error;
    const QVector<StatGroup> stats = Statistics::compute(*t->reg, scope.assets(), {"c", "org"}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const StatGroup& byC = stats[0];
    const StatGroup& byOrg = stats[1];
    int column = 1;
    for (const StatRow& r : byC.rows) {
        if (r.count == 0)
            continue;
        QCOMPARE(table.columns[column].header, r.label);
        QCOMPARE(table.rows.last()[column].toInt(), r.count);
        ++column;
    }
    QCOMPARE(column, table.columns.size() - 1);
    QCOMPARE(table.rows.last().last().toInt(), byC.assets);
    for (int r = 0; r + 1 < table.rows.size(); ++r) {
        int found = -1;
        for (const StatRow& s : byOrg.rows)
            if (s.label == table.rows[r][0])
                found = s.count;
        QCOMPARE(table.rows[r].last().toInt(), found);
    }
}

void TestReportData::summaryIntegrityAndAvailabilityTables()
{
    Result<ReportDocument> doc = build(QStringLiteral("summary"));
    QVERIFY(doc);
    const QVector<ReportBlock> tables = ofKind(part(doc.value(), QStringLiteral("2")), ReportBlock::Kind::Table);
    QCOMPARE(tables.size(), 2);
    QCOMPARE(tables[0].text, QStringLiteral("Integrity"));
    QCOMPARE(headers(tables[0].table), (QStringList{"Department", "完全性2", "完全性1", "Total"}));
    QCOMPARE(tables[0].table.rows.last(), (QStringList{"Total", "1", "5", "6"}));
    QCOMPARE(tables[1].text, QStringLiteral("Availability"));
    QCOMPARE(tables[1].table.rows.last(), (QStringList{"Total", "1", "5", "6"}));
}

void TestReportData::summaryPersonalDataTable()
{
    Result<ReportDocument> doc = build(QStringLiteral("summary"));
    QVERIFY(doc);
    const QVector<ReportBlock> blocks = part(doc.value(), QStringLiteral("3"));
    const QVector<ReportBlock> tables = ofKind(blocks, ReportBlock::Kind::Table);
    QCOMPARE(tables.size(), 1);
    const ReportTable& table = tables[0].table;
    // Every kind, even empty ones, then no personal data.
    QCOMPARE(headers(table), (QStringList{"Department", "Personal data", "Sensitive personal data",
                                         "Specific personal data (My Number)",
                                         "Needs a file register entry (1,000+ people)", "No personal data", "Total"}));
    QCOMPARE(table.rows[0], (QStringList{"総務部", "0", "0", "0", "0", "1", "1"}));
    // The sensitive-only a2 counts as personal data too: 3 of 市民部's 5.
    QCOMPARE(table.rows[1], (QStringList{"市民部", "3", "1", "1", "2", "2", "5"}));
    QCOMPARE(table.rows[2], (QStringList{"Total", "3", "1", "1", "2", "3", "6"}));
    const StatGroup stats = Statistics::compute(*t->reg, ReportScope::make(*t->reg, {}, 0)->assets(), {"personal"}).first();
    QCOMPARE(statCount(stats, "personal"), 3);
    QCOMPARE(statCount(stats, "file-register"), 2);
    QCOMPARE(statCount(stats, "none"), 3);

    const QVector<ReportBlock> charts = ofKind(blocks, ReportBlock::Kind::Chart);
    QCOMPARE(charts.size(), 1);
    QStringList seriesKeys;
    for (const ReportChart::Series& s : charts[0].chart.series)
        seriesKeys << s.key;
    QCOMPARE(seriesKeys, (QStringList{"personal", "sensitive", "specific", "file-register"}));
    QCOMPARE(charts[0].chart.series[0].values, (QVector<int>{0, 3}));
    QCOMPARE(charts[0].chart.series[3].values, (QVector<int>{0, 2}));
}

void TestReportData::summaryStageAndStatusTables()
{
    Result<ReportDocument> doc = build(QStringLiteral("summary"));
    QVERIFY(doc);
    const QVector<ReportBlock> blocks = part(doc.value(), QStringLiteral("5"));
    const QVector<ReportBlock> tables = ofKind(blocks, ReportBlock::Kind::Table);
    QCOMPARE(tables.size(), 2);
    QHash<QString, QString> stage;
    for (const QStringList& row : tables[0].table.rows)
        stage.insert(row[0], row[1]);
    const Vocabulary& stages = Vocabulary::stages();
    QCOMPARE(stage.value(stages.label(QStringLiteral("create"))), QStringLiteral("3"));   // a3, a5, a6
    QCOMPARE(stage.value(stages.label(QStringLiteral("use"))), QStringLiteral("1"));
    QCOMPARE(stage.value(stages.label(QStringLiteral("store"))), QStringLiteral("1"));
    QCOMPARE(stage.value(stages.label(QStringLiteral("publish"))), QStringLiteral("1"));
    QCOMPARE(tables[0].table.rows.last(), (QStringList{"Total", "6"}));
    QCOMPARE(tables[1].table.rows.last(), (QStringList{"Total", "6"}));
    // The pie shows the stages in use only.
    const QVector<ReportBlock> charts = ofKind(blocks, ReportBlock::Kind::Chart);
    QCOMPARE(charts.size(), 1);
    QCOMPARE(charts[0].chart.kind, ReportChart::Kind::Pie);
    QCOMPARE(charts[0].chart.categoryDimension, QStringLiteral("stage"));
    QCOMPARE(charts[0].chart.seriesDimension, QString());
    QCOMPARE(charts[0].chart.categoryKeys.size(), 4);   // create, use, store, publish
    int sum = 0;
    for (int i = 0; i < charts[0].chart.categoryKeys.size(); ++i) {
        sum += charts[0].chart.series[0].values[i];
        QCOMPARE(charts[0].chart.categories[i], stages.label(charts[0].chart.categoryKeys[i]));
    }
    QCOMPARE(sum, 6);
}

void TestReportData::summaryOverdueSection()
{
    Result<ReportDocument> doc = build(QStringLiteral("summary"));
    QVERIFY(doc);
    const QVector<ReportBlock> blocks = part(doc.value(), QStringLiteral("6"));
    const QVector<ReportBlock> tables = ofKind(blocks, ReportBlock::Kind::Table);
    QCOMPARE(tables.size(), 1);
    const ReportTable& table = tables[0].table;
    QCOMPARE(headers(table), (QStringList{"Section", "Overdue", "Due this fiscal year", "Due later",
                                         "No review due (disposed or no date)", "Total"}));
    // Only the 課 with a review overdue or due this 年度: all three here.
    QCOMPARE(table.rows.size(), 4);
    QCOMPARE(table.rows[0], (QStringList{"総務課", "0", "1", "0", "0", "1"}));
    QCOMPARE(table.rows[1], (QStringList{"保険年金課", "1", "1", "1", "0", "3"}));
    QCOMPARE(table.rows[2], (QStringList{"税務課", "1", "0", "1", "0", "2"}));
    QCOMPARE(table.rows[3], (QStringList{"Total", "2", "2", "2", "0", "6"}));
    // The chart shows the overdue ones by 部: only 市民部 has any.
    const QVector<ReportBlock> charts = ofKind(blocks, ReportBlock::Kind::Chart);
    QCOMPARE(charts.size(), 1);
    QCOMPARE(charts[0].chart.categoryKeys, QStringList{"03"});
    QCOMPARE(charts[0].chart.series.size(), 1);
    QCOMPARE(charts[0].chart.series[0].key, QStringLiteral("overdue"));
    QCOMPARE(charts[0].chart.series[0].values, QVector<int>{2});

    // A 課 whose reviews are all later drops out; none due at all: a sentence instead of a table.
    Result<ReportDocument> soumu = build(QStringLiteral("summary"), QStringLiteral("0303"));
    QCOMPARE(ofKind(part(soumu.value(), QStringLiteral("6")), ReportBlock::Kind::Table).value(0).table.rows.size(), 2);
    QVERIFY(t->reg->markReviewed(a6.assetNo, QDate(2025, 6, 1), t->actor));
    Result<ReportDocument> reviewed = build(QStringLiteral("summary"), QStringLiteral("01"));
    const QVector<ReportBlock> after = part(reviewed.value(), QStringLiteral("6"));
    QCOMPARE(ofKind(after, ReportBlock::Kind::Table).size(), 0);
    QCOMPARE(ofKind(after, ReportBlock::Kind::Chart).size(), 0);
    QCOMPARE(ofKind(after, ReportBlock::Kind::Text).value(0).text,
             QStringLiteral("No section has a review overdue or due this fiscal year."));
}

void TestReportData::summaryOutsourcingCountsOnlyTierTwoAndAbove()
{
    Result<ReportDocument> doc = build(QStringLiteral("summary"));
    QVERIFY(doc);
    const QVector<ReportBlock> blocks = part(doc.value(), QStringLiteral("7"));
    const QVector<ReportBlock> tables = ofKind(blocks, ReportBlock::Kind::Table);
    QCOMPARE(tables.size(), 1);
    const ReportTable& table = tables[0].table;
    QCOMPARE(headers(table), (QStringList{"Department", "Outsourced", "Cloud service", "Neither", "Total"}));
    // a4 is outsourced but only 機密性1: left out. a5 is both outsourced and in the cloud.
    QCOMPARE(table.rows[0], (QStringList{"総務部", "0", "1", "0", "1"}));
    QCOMPARE(table.rows[1], (QStringList{"市民部", "2", "2", "1", "4"}));
    QCOMPARE(table.rows[2], (QStringList{"Total", "2", "3", "1", "5"}));
    QVERIFY(ofKind(blocks, ReportBlock::Kind::Text).value(0).text.startsWith(QStringLiteral("5 asset(s)")));
    // Over all current assets the outsourced count would be 3: the table is not the plain statistics.
    const StatGroup all = Statistics::compute(*t->reg, ReportScope::make(*t->reg, {}, 0)->assets(), {"outsourcing"}).first();
    QCOMPARE(statCount(all, "outsourced"), 3);

    const QVector<ReportBlock> charts = ofKind(blocks, ReportBlock::Kind::Chart);
    QCOMPARE(charts.size(), 1);
    QVERIFY(!charts[0].chart.drillable);
    QCOMPARE(charts[0].chart.series.size(), 2);
    QCOMPARE(charts[0].chart.series[0].values, (QVector<int>{0, 2}));
    QCOMPARE(charts[0].chart.series[1].values, (QVector<int>{1, 2}));
}

void TestReportData::summaryChartsMatchTheirTables()
{
    Result<ReportDocument> doc = build(QStringLiteral("summary"));
    QVERIFY(doc);
    const QVector<ReportBlock> charts = ofKind(doc.value(), ReportBlock::Kind::Chart);
    // 部×機密性, personal data, segment×機密性, stages, overdue by 部, outsourced and cloud.
    QCOMPARE(charts.size(), 6);
    QStringList dims;
    for (const ReportBlock& c : charts)
        dims << c.chart.categoryDimension + QLatin1Char('/') + c.chart.seriesDimension;
    QCOMPARE(dims, (QStringList{"org/c", "org/personal", "segment/c", "stage/", "org/review", "org/outsourcing"}));
    for (int i = 0; i < charts.size(); ++i) {
        QCOMPARE(charts[i].chart.categoryKeys.size(), charts[i].chart.categories.size());
        for (const ReportChart::Series& s : charts[i].chart.series)
            QCOMPARE(s.values.size(), charts[i].chart.categories.size());
        // Only the last (機密性2 and above) cannot be drilled into.
        QCOMPARE(charts[i].chart.drillable, i != charts.size() - 1);
    }

    // Chart 0 draws table 0: the same rows (without the totals) and the same cells.
    const ReportTable table = ofKind(part(doc.value(), QStringLiteral("1")), ReportBlock::Kind::Table).value(0).table;
    const ReportChart& c = charts[0].chart;
    QCOMPARE(c.kind, ReportChart::Kind::StackedBar);
    QCOMPARE(c.categoryKeys, (QStringList{"01", "03"}));
    QCOMPARE(c.categories, column(table, 0).mid(0, table.rows.size() - 1));
    QStringList seriesKeys, seriesNames;
    for (const ReportChart::Series& s : c.series) {
        seriesKeys << s.key;
        seriesNames << s.name;
    }
    QCOMPARE(seriesKeys, (QStringList{"3B", "3C", "2", "1"}));
    QCOMPARE(seriesNames, headers(table).mid(1, 4));
    for (int s = 0; s < c.series.size(); ++s)
        for (int r = 0; r < c.categories.size(); ++r)
            QCOMPARE(c.series[s].values[r], table.rows[r][s + 1].toInt());

    // Segment chart: categories are the rows of the segment table.
    const ReportTable segments = ofKind(part(doc.value(), QStringLiteral("4")), ReportBlock::Kind::Table).value(0).table;
    QCOMPARE(charts[2].chart.categories, column(segments, 0).mid(0, segments.rows.size() - 1));
    const CrossTable x = CrossTable::compute(*t->reg, ReportScope::make(*t->reg, {}, 0)->assets(), "segment", "c");
    QStringList rowKeys;
    for (const DimensionValue& v : x.rows)
        rowKeys << v.key;
    QCOMPARE(charts[2].chart.categoryKeys, rowKeys);
    QCOMPARE(x.count("mynumber", "3B"), 1);
    QCOMPARE(x.count("internet", "1"), 1);
}

void TestReportData::summaryOfOneDepartment()
{
    Result<ReportDocument> doc = build(QStringLiteral("summary"), QStringLiteral("03"));
    QVERIFY(doc);
    QCOMPARE(doc->heading.organisation, QStringLiteral("市民部"));
    const ReportTable table = ofKind(part(doc.value(), QStringLiteral("1")), ReportBlock::Kind::Table).value(0).table;
    QCOMPARE(table.rows, (QVector<QStringList>{{"市民部", "2", "1", "1", "1", "5"}, {"Total", "2", "1", "1", "1", "5"}}));
    QVERIFY(ofKind(doc.value(), ReportBlock::Kind::Text).value(0).text.startsWith(QStringLiteral("5 current asset(s)")));
}

// ---- asset sheets --------------------------------------------------------------------------

void TestReportData::assetSheetsOnePerAsset()
{
    Result<ReportDocument> doc = build(QStringLiteral("asset"), {}, 0, {a1.assetNo, a4.assetNo});
    QVERIFY(doc);
    QCOMPARE(doc->orientation, ReportDocument::Orientation::Portrait);
    QCOMPARE(doc->heading.title, QStringLiteral("Information Asset Sheet"));
    int breaks = 0;
    int breakAt = -1;
    for (int i = 0; i < doc->blocks.size(); ++i)
        if (doc->blocks[i].kind == ReportBlock::Kind::PageBreak) {
            ++breaks;
            breakAt = i;
        }
    QCOMPARE(breaks, 1);
    // The sheet of a1, the break, the sheet of a4.
    QCOMPARE(doc->blocks.first().kind, ReportBlock::Kind::Heading);
    QCOMPARE(doc->blocks.first().text, a1.assetNo + QStringLiteral("　") + a1.name);
    QCOMPARE(doc->blocks[breakAt + 1].kind, ReportBlock::Kind::Heading);
    QCOMPARE(doc->blocks[breakAt + 1].text, a4.assetNo + QStringLiteral("　") + a4.name);
    QVERIFY(doc->blocks.last().kind != ReportBlock::Kind::PageBreak);
    // The mark is that of the sheets printed, not of the whole city.
    QCOMPARE(doc->heading.classification, QStringLiteral("自治体機密性3B"));
    Result<ReportDocument> low = build(QStringLiteral("asset"), {}, 0, {a4.assetNo});
    QCOMPARE(low->heading.classification, QStringLiteral("自治体機密性1"));
    QCOMPARE(ofKind(low.value(), ReportBlock::Kind::PageBreak).size(), 0);
}

void TestReportData::assetSheetHasEveryField()
{
    Result<ReportDocument> doc = build(QStringLiteral("asset"), {}, 0, {a1.assetNo});
    QVERIFY(doc);
    const QVector<ReportBlock> fields = ofKind(doc.value(), ReportBlock::Kind::Fields);
    // The seven sections, then the levels and their definitions.
    QCOMPARE(fields.size(), 8);
    QCOMPARE(AssetSections::all().size(), 7);
    const Catalog& cat = t->reg->catalog();
    for (int s = 0; s < 7; ++s) {
        const AssetSection& section = AssetSections::all()[s];
        QCOMPARE(fields[s].text, section.translatedTitle());
        QStringList labels, values;
        for (const auto& pair : fields[s].fields.pairs) {
            labels << pair.first;
            values << pair.second;
        }
        QStringList expected;
        QStringList expectedValues;
        for (const QString& key : section.fieldKeys) {
            expected << AssetFields::find(key)->translatedLabel();
            expectedValues << AssetDisplay::text(cat, a1, key);
        }
        if (section.id == QLatin1String("classification")) {
            expected << AssetDisplay::derivedLabel("importance") << AssetDisplay::derivedLabel("risk");
            expectedValues << AssetDisplay::text(cat, a1, "importance") << AssetDisplay::text(cat, a1, "risk");
        }
        QCOMPARE(labels, expected);
        QCOMPARE(values, expectedValues);
    }
    const QStringList texts = doc->texts();
    for (const QString& value : {a1.assetNo, a1.name, a1.contractor, a1.fileRegisterNo, QStringLiteral("令和7年4月30日")})
        QVERIFY2(texts.contains(value), qPrintable(value));
}

void TestReportData::assetSheetLevelDefinitionsAndRestrictions()
{
    const Catalog& cat = t->reg->catalog();
    // What a1's levels mean, in the words of its scheme.
    Result<ReportDocument> doc = build(QStringLiteral("asset"), {}, 0, {a1.assetNo});
    QVERIFY(doc);
    QVector<ReportBlock> fields = ofKind(doc.value(), ReportBlock::Kind::Fields);
    QCOMPARE(fields.size(), 8);
    const ReportBlock levels = fields[7];
    QCOMPARE(levels.text, QStringLiteral("Classification and what it means"));
    QCOMPARE(levels.fields.pairs.size(), 3);
    const Level* c = cat.level(a1, Axis::Confidentiality);
    QVERIFY(c);
    QCOMPARE(levels.fields.pairs[0].first, QStringLiteral("機密性"));
    QCOMPARE(levels.fields.pairs[0].second, c->label + QStringLiteral("：") + c->definition);
    QVERIFY(levels.fields.pairs[0].second.startsWith(QStringLiteral("自治体機密性3B：漏えいにより広範囲")));
    QCOMPARE(levels.fields.pairs[1].first, QStringLiteral("完全性"));
    QVERIFY(levels.fields.pairs[1].second.startsWith(QStringLiteral("完全性2：")));
    QCOMPARE(levels.fields.pairs[2].first, QStringLiteral("可用性"));
    QVERIFY(levels.fields.pairs[2].second.startsWith(QStringLiteral("可用性2：")));
    // C3B, I2 and A2 imply every restriction of the catalogue.
    auto restrictionsText = [](const ReportDocument& d) {
        for (int i = 0; i + 1 < d.blocks.size(); ++i)
            if (d.blocks[i].kind == ReportBlock::Kind::Heading && d.blocks[i].text == QLatin1String("Handling restrictions")
                && d.blocks[i + 1].kind == ReportBlock::Kind::Text)
                return d.blocks[i + 1].text;
        return QStringLiteral("<no restrictions paragraph>");
    };
    QString text = restrictionsText(doc.value());
    QCOMPARE(cat.effectiveRestrictions(a1).size(), 10);
    for (const Restriction& r : cat.effectiveRestrictions(a1))
        QVERIFY2(text.contains(QStringLiteral("・") + r.text), qPrintable(r.text));

    // a3 (C2, I1, A1) with one restriction added for it and one set aside, each with the 課長's reason.
    QStringList implied;
    for (const Restriction& r : cat.effectiveRestrictions(a3))
        implied << r.code;
    QVERIFY(implied.contains(QStringLiteral("c2-no-copies")));
    QVERIFY(!implied.contains(QStringLiteral("c3-issued-devices")));
    Asset changed = a3;
    changed.restrictionOverrides = {{QStringLiteral("c3-issued-devices"), true, QStringLiteral("持出し端末を限るため")},
                                    {QStringLiteral("c2-no-copies"), false, QStringLiteral("全職員に配付する連絡網")}};
    Result<Asset> saved = t->reg->updateAsset(changed, t->actor);
    QVERIFY2(saved, qPrintable(saved.error().message));
    doc = build(QStringLiteral("asset"), {}, 0, {a3.assetNo});
    QVERIFY(doc);
    text = restrictionsText(doc.value());
    const QVector<Restriction> effective = cat.effectiveRestrictions(saved.value());
    QCOMPARE(effective.size(), implied.size());   // one added, one taken away
    for (const Restriction& r : effective)
        QVERIFY2(text.contains(QStringLiteral("・") + r.text), qPrintable(r.text));
    QVERIFY2(text.contains(QStringLiteral("・支給以外の端末での作業の原則禁止 (added for this asset: 持出し端末を限るため)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("× 必要以上の複製及び配付禁止 (not applied to this asset: 全職員に配付する連絡網)")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("・必要以上の複製及び配付禁止")), qPrintable(text));
    fields = ofKind(doc.value(), ReportBlock::Kind::Fields);
    QVERIFY(fields[7].fields.pairs[0].second.startsWith(QStringLiteral("自治体機密性2：")));

    // 機密性1 with I and A at 1: no restriction follows.
    Result<ReportDocument> low = build(QStringLiteral("asset"), {}, 0, {a4.assetNo});
    QCOMPARE(restrictionsText(low.value()), QStringLiteral("No handling restrictions follow from its levels."));
    QVERIFY(low->texts().contains(QStringLiteral("自治体機密性1：") + cat.level(a4, Axis::Confidentiality)->definition));
}

void TestReportData::assetSheetHistoryCaption()
{
    auto historyTable = [](const ReportDocument& doc) {
        const QVector<ReportBlock> tables = ofKind(doc, ReportBlock::Kind::Table);
        return tables.isEmpty() ? ReportBlock() : tables.last();
    };
    // Registered only: one entry.
    QCOMPARE(t->reg->history(QStringLiteral("asset"), a3.id).size(), 1);
    Result<ReportDocument> doc = build(QStringLiteral("asset"), {}, 0, {a3.assetNo});
    QVERIFY(doc);
    ReportBlock h = historyTable(doc.value());
    QCOMPARE(h.text, QStringLiteral("History: 1 entry(ies)"));
    QCOMPARE(h.table.rows.size(), 1);
    QCOMPARE(h.table.columns.size(), 4);
    QCOMPARE(h.table.rows[0][1], QStringLiteral("試験 太郎 (tester)"));
    QVERIFY2(h.table.rows[0][3].contains(a3.assetNo), qPrintable(h.table.rows[0][3]));

    // Six changes later: the latest five of seven, newest first.
    Asset a = a3;
    for (int i = 1; i <= 6; ++i) {
        a.remarks = QStringLiteral("備考%1").arg(i);
        Result<Asset> r = t->reg->updateAsset(a, t->actor, QStringLiteral("変更%1").arg(i));
        QVERIFY2(r, qPrintable(r.error().message));
        a = r.value();
    }
    QCOMPARE(t->reg->history(QStringLiteral("asset"), a3.id).size(), 7);
    doc = build(QStringLiteral("asset"), {}, 0, {a3.assetNo});
    h = historyTable(doc.value());
    QCOMPARE(h.text, QStringLiteral("History: the latest 5 of 7 entries"));
    QCOMPARE(h.table.rows.size(), AssetSheetReport::kHistoryEntries);
    QVERIFY2(h.table.rows[0][3].contains(QStringLiteral("備考6")), qPrintable(h.table.rows[0][3]));
    QVERIFY2(h.table.rows[0][3].contains(QStringLiteral("Comment: 変更6")), qPrintable(h.table.rows[0][3]));
    QVERIFY2(h.table.rows[4][3].contains(QStringLiteral("備考2")), qPrintable(h.table.rows[4][3]));
    QVERIFY(!doc->texts().join(QLatin1Char('\n')).contains(QStringLiteral("変更1")));
    QVERIFY(doc->fitSheetsToPage);

    // An edit of five fields: three are listed and the rest counted, so that the sheet keeps to one page.
    a.remarks = QStringLiteral("備考7");
    a.business = QStringLiteral("業務7");
    a.userScope = QStringLiteral("利用者7");
    a.medium = QStringLiteral("媒体7");
    a.storageLocation = QStringLiteral("書庫7");
    Result<Asset> r = t->reg->updateAsset(a, t->actor, QStringLiteral("変更7"));
    QVERIFY2(r, qPrintable(r.error().message));
    doc = build(QStringLiteral("asset"), {}, 0, {a3.assetNo});
    h = historyTable(doc.value());
    const QString latest = h.table.rows[0][3];
    QVERIFY2(latest.endsWith(QStringLiteral("and 2 more change(s)、Comment: 変更7")), qPrintable(latest));
    QCOMPARE(latest.count(QStringLiteral("7")), 3 + 1);   // three changes listed, and the comment
}

void TestReportData::assetSheetsForEveryAssetInScope()
{
    // Without --asset: one sheet for every asset of the scope, in the scope's order.
    Result<ReportDocument> doc = build(QStringLiteral("asset"), QStringLiteral("03"));
    QVERIFY(doc);
    QCOMPARE(ofKind(doc.value(), ReportBlock::Kind::PageBreak).size(), 4);
    QStringList sheets;
    for (const ReportBlock& b : doc->blocks)
        if (b.kind == ReportBlock::Kind::Heading && b.text.contains(QStringLiteral("　")))
            sheets << b.text.section(QStringLiteral("　"), 0, 0);
    QCOMPARE(sheets, (QStringList{a1.assetNo, a2.assetNo, a3.assetNo, a4.assetNo, a5.assetNo}));
    // A named asset prints even when it lies outside the scope (it was asked for by number).
    Result<ReportDocument> named = build(QStringLiteral("asset"), QStringLiteral("0303"), 0, {a1.assetNo});
    QVERIFY(named);
    QCOMPARE(named->blocks.first().text, a1.assetNo + QStringLiteral("　") + a1.name);
    // A scope without assets has nothing to print.
    QCOMPARE(build(QStringLiteral("asset"), QStringLiteral("0101"), 2024).error().code, ErrorCode::NotFound);
}

// ---- reviews due ---------------------------------------------------------------------------

void TestReportData::reviewListsOnlyOverdueAndDueThisYear()
{
    Result<ReportDocument> doc = build(QStringLiteral("review"));
    QVERIFY(doc);
    QCOMPARE(doc->heading.title, QStringLiteral("Reviews Due"));
    QCOMPARE(doc->orientation, ReportDocument::Orientation::Landscape);
    // a1 and a4 overdue, a2 and a6 due by 2026-03-31; a3 and a5 later, a7 disposed, a8 of 2026.
    QCOMPARE(ofKind(doc.value(), ReportBlock::Kind::Text).value(0).text,
             QStringLiteral("Reviews overdue on 令和7年6月1日 or due by the end of 令和7年度: 4 asset(s), 2 of them overdue."));
    QStringList listed;
    for (const ReportBlock& b : ofKind(doc.value(), ReportBlock::Kind::Table))
        listed << column(b.table, 0);
    QCOMPARE(listed, (QStringList{a6.assetNo, a1.assetNo, a2.assetNo, a4.assetNo}));
    const QString all = doc->texts().join(QLatin1Char('\n'));
    for (const Asset& a : {a3, a5, a7, a8})
        QVERIFY2(!all.contains(a.assetNo), qPrintable(a.assetNo));
    // The mark of what is listed: a1's 3B.
    QCOMPARE(doc->heading.classification, QStringLiteral("自治体機密性3B"));
    QCOMPARE(ofKind(doc.value(), ReportBlock::Kind::Approval).size(), 0);

    // Nothing due in 総務課 once a6 is reviewed: the sentence only.
    QVERIFY(t->reg->markReviewed(a6.assetNo, QDate(2025, 6, 1), t->actor));
    Result<ReportDocument> none = build(QStringLiteral("review"), QStringLiteral("0101"));
    QVERIFY(none);
    QCOMPARE(ofKind(none.value(), ReportBlock::Kind::Table).size(), 0);
    QCOMPARE(ofKind(none.value(), ReportBlock::Kind::Text).value(0).text,
             QStringLiteral("Reviews overdue on 令和7年6月1日 or due by the end of 令和7年度: 0 asset(s), 0 of them overdue."));
    QCOMPARE(none->heading.classification, QStringLiteral("No confidentiality level"));
}

void TestReportData::reviewGroupsBySection()
{
    Result<ReportDocument> doc = build(QStringLiteral("review"));
    QVERIFY(doc);
    QStringList headings;
    for (const ReportBlock& b : ofKind(doc.value(), ReportBlock::Kind::Heading))
        headings << b.text;
    QCOMPARE(headings, (QStringList{"総務課: 0 overdue, 1 due this fiscal year",
                                    "保険年金課: 1 overdue, 1 due this fiscal year",
                                    "税務課: 1 overdue, 0 due this fiscal year"}));
    const QVector<ReportBlock> tables = ofKind(doc.value(), ReportBlock::Kind::Table);
    QCOMPARE(tables.size(), 3);
    // Soonest first within a 課; the last column says how late.
    const ReportTable& hoken = tables[1].table;
    QCOMPARE(headers(hoken).size(), 7);
    QCOMPARE(headers(hoken).last(), QStringLiteral("Status"));
    QCOMPARE(column(hoken, 0), (QStringList{a1.assetNo, a2.assetNo}));
    QCOMPARE(hoken.rows[0].last(), QStringLiteral("Overdue (32 day(s))"));   // 2025-04-30 → 2025-06-01
    QCOMPARE(hoken.rows[1].last(), QStringLiteral("Due this fiscal year"));
    QCOMPARE(hoken.rows[0][5], QStringLiteral("令和7年4月30日"));
    QCOMPARE(tables[2].table.rows[0].last(), QStringLiteral("Overdue (1 day(s))"));
    QCOMPARE(tables[0].table.rows[0].last(), QStringLiteral("Due this fiscal year"));

    // One 課: only its group.
    Result<ReportDocument> tax = build(QStringLiteral("review"), QStringLiteral("0303"));
    QCOMPARE(ofKind(tax.value(), ReportBlock::Kind::Heading).size(), 1);
    QCOMPARE(ofKind(tax.value(), ReportBlock::Kind::Heading)[0].text, QStringLiteral("税務課: 1 overdue, 0 due this fiscal year"));
    QCOMPARE(tax->heading.classification, QStringLiteral("自治体機密性1"));
}

void TestReportData::reviewOfALaterYear()
{
    // For 令和8年度 everything due by 2027-03-31 is listed: a3, a5 and a8 join.
    Result<ReportDocument> doc = build(QStringLiteral("review"), QString(), 2026);
    QVERIFY(doc);
    QCOMPARE(ofKind(doc.value(), ReportBlock::Kind::Text).value(0).text,
             QStringLiteral("Reviews overdue on 令和7年6月1日 or due by the end of 令和8年度: 7 asset(s), 2 of them overdue."));
    QCOMPARE(doc->heading.classification, QStringLiteral("自治体機密性3A"));
}

// ---- approval settings ---------------------------------------------------------------------

void TestReportData::approvalDefaults()
{
    const ApprovalBlock b = ApprovalSettings::read(*t->reg);
    QCOMPARE(b.style, ApprovalBlock::Style::Seals);
    QCOMPARE(b.titles, (QStringList{"部長", "課長", "係長", "担当"}));
    QCOMPARE(ApprovalSettings::defaultTitles(), b.titles);
    QCOMPARE(ApprovalSettings::maxTitles(), 8);
    QCOMPARE(ApprovalSettings::styleIds(), (QStringList{"seals", "signatures", "none"}));
}

void TestReportData::approvalRoundTrip()
{
    ApprovalBlock b{ApprovalBlock::Style::Signatures, {" 副市長 ", "", "総務部長", "課|長", "担当"}};
    QVERIFY(ApprovalSettings::write(*t->reg, b));
    ApprovalBlock read = ApprovalSettings::read(*t->reg);
    QCOMPARE(read.style, ApprovalBlock::Style::Signatures);
    // Trimmed, empty ones dropped, the separator taken out of a title.
    QCOMPARE(read.titles, (QStringList{"副市長", "総務部長", "課長", "担当"}));
    // Kept in the file: another connection reads the same.
    auto other = Register::open(t->path(), t->clock);
    QVERIFY(other);
    QCOMPARE(ApprovalSettings::read(*other.value()).titles, read.titles);
    QCOMPARE(ApprovalSettings::read(*other.value()).style, ApprovalBlock::Style::Signatures);
    // Eight is the most that fits.
    b = {ApprovalBlock::Style::Seals, QStringList(8, QStringLiteral("係長"))};
    QVERIFY(ApprovalSettings::write(*t->reg, b));
    QCOMPARE(ApprovalSettings::read(*t->reg).titles.size(), 8);
    // "none" with no titles is fine, and reads back as the default titles.
    QVERIFY(ApprovalSettings::write(*t->reg, {ApprovalBlock::Style::None, {}}));
    QCOMPARE(ApprovalSettings::read(*t->reg).style, ApprovalBlock::Style::None);
    QCOMPARE(ApprovalSettings::read(*t->reg).titles, ApprovalSettings::defaultTitles());
}

void TestReportData::approvalRefusesTooManyOrNoTitles()
{
    QVERIFY(ApprovalSettings::write(*t->reg, {ApprovalBlock::Style::Signatures, {"課長", "担当"}}));
    const Result<void> nine = ApprovalSettings::write(*t->reg, {ApprovalBlock::Style::Seals, QStringList(9, QStringLiteral("係長"))});
    QVERIFY(!nine);
    QCOMPARE(nine.error().code, ErrorCode::Validation);
    QVERIFY2(nine.error().message.contains(QStringLiteral("8")), qPrintable(nine.error().message));
    // Empty titles do not count towards the eight.
    QStringList padded(8, QStringLiteral("係長"));
    padded << QStringLiteral(" ") << QString();
    QVERIFY(ApprovalSettings::write(*t->reg, {ApprovalBlock::Style::Seals, padded}));
    QVERIFY(ApprovalSettings::write(*t->reg, {ApprovalBlock::Style::Signatures, {"課長", "担当"}}));
    const Result<void> empty = ApprovalSettings::write(*t->reg, {ApprovalBlock::Style::Seals, {" ", ""}});
    QCOMPARE(empty.error().code, ErrorCode::Validation);
    // Refused writes leave the setting as it was.
    QCOMPARE(ApprovalSettings::read(*t->reg).style, ApprovalBlock::Style::Signatures);
    QCOMPARE(ApprovalSettings::read(*t->reg).titles, (QStringList{"課長", "担当"}));
}

void TestReportData::approvalParseStyle()
{
    QCOMPARE(ApprovalSettings::parseStyle("seals"), std::optional<ApprovalBlock::Style>(ApprovalBlock::Style::Seals));
    QCOMPARE(ApprovalSettings::parseStyle("signatures"), std::optional<ApprovalBlock::Style>(ApprovalBlock::Style::Signatures));
    QCOMPARE(ApprovalSettings::parseStyle("none"), std::optional<ApprovalBlock::Style>(ApprovalBlock::Style::None));
    QCOMPARE(ApprovalSettings::parseStyle(" Seals "), std::optional<ApprovalBlock::Style>(ApprovalBlock::Style::Seals));
    QVERIFY(!ApprovalSettings::parseStyle("seal"));
    QVERIFY(!ApprovalSettings::parseStyle(""));
    QVERIFY(!ApprovalSettings::parseStyle("印"));
    for (const QString& id : ApprovalSettings::styleIds())
        QCOMPARE(ApprovalSettings::styleId(*ApprovalSettings::parseStyle(id)), id);
}

// ---- drill-down filters --------------------------------------------------------------------

void TestReportData::narrowToMatchesTheDimension_data()
{
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("expected");
    // Over the seven current assets (a7 disposed is never shown).
    QTest::newRow("org 03") << "org" << "03" << 5;
    QTest::newRow("org 01") << "org" << "01" << 2;
    QTest::newRow("section 0302") << "section" << "0302" << 3;
    QTest::newRow("section 0303") << "section" << "0303" << 2;
    QTest::newRow("section 0101") << "section" << "0101" << 2;
    QTest::newRow("c 3A") << "c" << "3A" << 1;
    QTest::newRow("c 3B") << "c" << "3B" << 2;
    QTest::newRow("c 3C") << "c" << "3C" << 1;
    QTest::newRow("c 2") << "c" << "2" << 2;
    QTest::newRow("c 1") << "c" << "1" << 1;
    QTest::newRow("i 2") << "i" << "2" << 1;
    QTest::newRow("a 1") << "a" << "1" << 6;
    QTest::newRow("stage create") << "stage" << "create" << 4;
    QTest::newRow("stage use") << "stage" << "use" << 1;
    QTest::newRow("stage store") << "stage" << "store" << 1;
    QTest::newRow("stage publish") << "stage" << "publish" << 1;
    QTest::newRow("status draft") << "status" << "draft" << 7;
    QTest::newRow("segment lgwan") << "segment" << "lgwan" << 5;
    QTest::newRow("segment mynumber") << "segment" << "mynumber" << 1;
    QTest::newRow("segment internet") << "segment" << "internet" << 1;
    QTest::newRow("personal any kind") << "personal" << "personal" << 3;
    QTest::newRow("personal sensitive") << "personal" << "sensitive" << 1;
    QTest::newRow("personal specific") << "personal" << "specific" << 1;
    QTest::newRow("personal file-register") << "personal" << "file-register" << 2;
    QTest::newRow("personal none") << "personal" << "none" << 4;
    QTest::newRow("review overdue") << "review" << "overdue" << 2;
    QTest::newRow("outsourced") << "outsourcing" << "outsourced" << 3;
    QTest::newRow("cloud") << "outsourcing" << "cloud" << 3;
}

void TestReportData::narrowToMatchesTheDimension()
{
    QFETCH(QString, dimension);
    QFETCH(QString, key);
    QFETCH(int, expected);
    const QVector<Asset> assets = current();
    QCOMPARE(assets.size(), 7);

    AssetFilter f;
    f.includeDisposed = false;
    QVERIFY(f.narrowTo(dimension, key));
    QVERIFY(!f.isEmpty());
    QString error;
    const QVector<Asset> matched = f.apply(*t->reg, assets, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(matched.size(), expected);

    // The statistics count the same number under that key …
    const QVector<StatGroup> stats = Statistics::compute(*t->reg, assets, {dimension}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(statCount(stats.first(), key), expected);
    // … and the very same assets: those the dimension puts under the key.
    const std::optional<Dimension> dim = Dimension::make(*t->reg, dimension);
    QVERIFY(dim);
    QSet<QString> counted;
    for (const Asset& a : assets)
        for (const DimensionValue& v : dim->of(a))
            if (v.key == key)
                counted << a.assetNo;
    const QStringList nos = numbers(matched);
    QCOMPARE(QSet<QString>(nos.begin(), nos.end()), counted);
}

void TestReportData::narrowToRefusesWhatAFilterCannotSay_data()
{
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QString>("key");
    QTest::newRow("review later") << "review" << "later";
    QTest::newRow("review this year") << "review" << "this-year";
    QTest::newRow("review none") << "review" << "none";
    QTest::newRow("not classified") << "c" << "";
    QTest::newRow("segment not set") << "segment" << "";
    QTest::newRow("org without code") << "org" << "";
    QTest::newRow("neither outsourced nor cloud") << "outsourcing" << "neither";
    QTest::newRow("unknown personal kind") << "personal" << "lots";
    QTest::newRow("unknown dimension") << "colour" << "red";
}

void TestReportData::narrowToRefusesWhatAFilterCannotSay()
{
    QFETCH(QString, dimension);
    QFETCH(QString, key);
    AssetFilter f;
    QVERIFY(!f.narrowTo(dimension, key));
    // Left as it was.
    QVERIFY(f.isEmpty());
    QCOMPARE(f.apply(*t->reg, t->reg->assets()).size(), 8);
}

void TestReportData::narrowToCombinesCategoryAndSeries()
{
    // A bar of 部×機密性: 市民部 at 3B is a1 and a5; 総務部 at 3A is a8 (a later 年度, still current).
    AssetFilter f;
    f.includeDisposed = false;
    QVERIFY(f.narrowTo("org", "03"));
    QVERIFY(f.narrowTo("c", "3B"));
    QCOMPARE(numbers(f.apply(*t->reg, t->reg->assets())), (QStringList{a1.assetNo, a5.assetNo}));
    const CrossTable x = CrossTable::compute(*t->reg, current(), "org", "c");
    QCOMPARE(x.count("03", "3B"), 2);
    // The disposed 3A of 市民部 is not behind its bar.
    AssetFilter g;
    g.includeDisposed = false;
    QVERIFY(g.narrowTo("org", "03"));
    QVERIFY(g.narrowTo("c", "3A"));
    QCOMPARE(g.apply(*t->reg, t->reg->assets()).size(), 0);
    QCOMPARE(x.count("03", "3A"), 0);
    // Personal data by 部: the sensitive-only asset is in 市民部's "personal" bar.
    AssetFilter p;
    p.includeDisposed = false;
    QVERIFY(p.narrowTo("org", "03"));
    QVERIFY(p.narrowTo("personal", "personal"));
    QCOMPARE(numbers(p.apply(*t->reg, t->reg->assets())), (QStringList{a1.assetNo, a2.assetNo, a5.assetNo}));
}

// ---- errors --------------------------------------------------------------------------------

void TestReportData::buildErrors()
{
    Result<ReportDocument> bogus = build(QStringLiteral("bogus"));
    QVERIFY(!bogus);
    QCOMPARE(bogus.error().code, ErrorCode::Usage);
    QVERIFY2(bogus.error().message.contains(QStringLiteral("bogus")), qPrintable(bogus.error().message));
    QCOMPARE(build(QString()).error().code, ErrorCode::Usage);
    QCOMPARE(build(QStringLiteral("Register")).error().code, ErrorCode::Usage);

    Result<ReportDocument> missing = build(QStringLiteral("asset"), {}, 0, {a1.assetNo, QStringLiteral("0302-9999")});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY2(missing.error().message.contains(QStringLiteral("0302-9999")), qPrintable(missing.error().message));

    for (const QString& kind : Reports::kinds()) {
        QCOMPARE(build(kind, QStringLiteral("9999")).error().code, ErrorCode::NotFound);
        QCOMPARE(build(kind, QString(), 1500).error().code, ErrorCode::Usage);
        QVERIFY2(build(kind), qPrintable(kind));
        QVERIFY(!Reports::kindLabel(kind).isEmpty());
    }
    QCOMPARE(Reports::kinds(), (QStringList{"register", "summary", "asset", "review", "consolidation"}));
    QCOMPARE(Reports::kindLabel(QStringLiteral("bogus")), QString());
}

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reports.moc"
