// The consistency rules of domain.md §5, each triggered and each kept quiet.
#include "domain/Catalog.h"
#include "domain/CityProfile.h"
#include "domain/RuleEngine.h"

#include <QTest>

using namespace daicho;

namespace {

// An asset that passes every rule, to which each case makes one change.
Asset clean()
{
    Asset a;
    a.orgId = 1;
    a.name = QStringLiteral("国保被保険者台帳");
    a.schemeId = QStringLiteral("mic-r6");
    a.cLevel = QStringLiteral("3B");
    a.iLevel = QStringLiteral("2");
    a.aLevel = QStringLiteral("2");
    a.assetType = QStringLiteral("info-electronic");
    a.networkSegment = QStringLiteral("mynumber");
    a.personal = a.specific = true;
    a.subjectBand = QStringLiteral("ge10000");
    a.fileRegisterNo = QStringLiteral("F-012");
    a.backup = QStringLiteral("daily");
    a.recoveryTarget = QStringLiteral("24時間");
    a.stage = QStringLiteral("use");
    a.registeredOn = QDate(2024, 4, 1);
    a.nextReview = QDate(2026, 4, 1);
    return a;
}

using Change = std::function<void(Asset&)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class TestRules : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::defaults(*CityProfile::find(QStringLiteral("generic")));
    QDate m_today{2025, 6, 1};

    QStringList ruleIds(const Asset& a) const
    {
        QStringList ids;
        for (const Finding& f : RuleEngine(m_catalog, m_today).check(a))
            ids << f.ruleId;
        return ids;
    }

private slots:
    void cleanAssetHasNoFindings()
    {
        const QVector<Finding> findings = RuleEngine(m_catalog, m_today).check(clean());
        for (const Finding& f : findings)
            qWarning() << f.ruleId << f.message;
        QVERIFY(findings.isEmpty());
    }

    void eachRule_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QString>("field");

        QTest::newRow("name") << Change([](Asset& a) { a.name = "  "; }) << "name-required" << true << "name";
        QTest::newRow("org") << Change([](Asset& a) { a.orgId = 0; }) << "org-required" << true << "org_name";
        QTest::newRow("scheme") << Change([](Asset& a) { a.schemeId = "nist"; }) << "scheme-unknown" << true << "scheme";
        QTest::newRow("level") << Change([](Asset& a) { a.cLevel = "3"; }) << "level-unknown" << true << "c";
        QTest::newRow("n/a on C") << Change([](Asset& a) { a.cLevel = "-"; }) << "level-unknown" << true << "c";
        QTest::newRow("missing level") << Change([](Asset& a) { a.aLevel.clear(); }) << "classification-missing"
                                       << false << "c";
        QTest::newRow("segment") << Change([](Asset& a) { a.networkSegment = "kikan"; }) << "segment-unknown" << true
                                 << "network_segment";
        QTest::newRow("My Number off segment")
            << Change([](Asset& a) { a.networkSegment = "lgwan"; }) << "specific-outside-mynumber" << false
            << "network_segment";
        QTest::newRow("C2 on internet") << Change([](Asset& a) {
            a.cLevel = "2";
            a.specific = false;
            a.networkSegment = "internet";
        }) << "c2-on-internet" << false << "network_segment";
        QTest::newRow("paper not locked") << Change([](Asset& a) {
            a.assetType = "info-paper";
            a.networkSegment = "none";
        }) << "media-not-locked" << false << "locked";
        QTest::newRow("media not locked") << Change([](Asset& a) { a.assetType = "media"; }) << "media-not-locked"
                                          << false << "locked";
        QTest::newRow("A2 no backup") << Change([](Asset& a) { a.backup = "none"; }) << "a2-without-backup" << false
                                      << "backup";
        QTest::newRow("A2 no target") << Change([](Asset& a) { a.recoveryTarget.clear(); }) << "a2-without-backup"
                                      << false << "recovery_target";
        QTest::newRow("file register") << Change([](Asset& a) { a.fileRegisterNo.clear(); }) << "file-register-missing"
                                       << false << "file_register_no";
        QTest::newRow("sensitive not personal") << Change([](Asset& a) { a.personal = false; })
                                                << "sensitive-without-personal" << false << "personal";
        QTest::newRow("published C2") << Change([](Asset& a) {
            a.stage = "publish";
        }) << "published-above-c1" << true << "stage";
        QTest::newRow("disposal without record") << Change([](Asset& a) { a.stage = "dispose"; })
                                                 << "disposal-record-missing" << true << "disposal_date";
        QTest::newRow("overdue") << Change([](Asset& a) { a.nextReview = QDate(2025, 5, 31); }) << "review-overdue"
                                 << false << "next_review";
        QTest::newRow("retention before registration")
            << Change([](Asset& a) { a.retentionUntil = QDate(2024, 3, 31); }) << "retention-before-registration"
            << true << "retention_until";
        QTest::newRow("risk out of range") << Change([](Asset& a) { a.threat = 4; }) << "risk-out-of-range" << true
                                           << "threat";
        QTest::newRow("cloud C3 without ISMAP") << Change([](Asset& a) { a.cloud = true; })
                                                << "cloud-c3-without-ismap" << false << "ismap";
    }
    void eachRule()
    {
        QFETCH(Change, change);
        QFETCH(QString, rule);
        QFETCH(bool, error);
        QFETCH(QString, field);
        Asset a = clean();
        change(a);
        const QVector<Finding> findings = RuleEngine(m_catalog, m_today).check(a);
        const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.ruleId == rule; });
        QVERIFY2(it != findings.end(), qPrintable(ruleIds(a).join(",")));
        QCOMPARE(it->severity == Severity::Error, error);
        QCOMPARE(it->field, field);
        QVERIFY(!it->message.isEmpty());
        QCOMPARE(RuleEngine::hasErrors(findings), error || RuleEngine::hasErrors(findings));

        // What saving asks for: exactly the errors among them, in the same words.
        QStringList wanted;
        for (const Finding& f : findings)
            if (f.severity == Severity::Error)
                wanted << f.ruleId + QLatin1Char('|') + f.field + QLatin1Char('|') + f.message;
        QStringList got;
        for (const Finding& f : RuleEngine(m_catalog, m_today).errors(a)) {
            QCOMPARE(f.severity, Severity::Error);
            got << f.ruleId + QLatin1Char('|') + f.field + QLatin1Char('|') + f.message;
        }
        QCOMPARE(got, wanted);
        QCOMPARE(got.size() > 0, error || !wanted.isEmpty());
    }

    void rulesStayQuietAtTheBoundary()
    {
        Asset a = clean();
        a.nextReview = m_today;   // due today is not overdue yet
        QVERIFY(!ruleIds(a).contains("review-overdue"));
        a.cLevel = "1";
        a.specific = a.sensitive = a.personal = false;
        a.networkSegment = "internet";
        a.stage = "publish";
        QVERIFY(!ruleIds(a).contains("c2-on-internet"));
        QVERIFY(!ruleIds(a).contains("published-above-c1"));
        a.assetType = "info-paper";
        QVERIFY(!ruleIds(a).contains("media-not-locked"));
        Asset paper = clean();
        paper.assetType = "info-paper";
        paper.networkSegment = "none";
        paper.locked = true;
        QVERIFY(!ruleIds(paper).contains("media-not-locked"));
        Asset small = clean();
        small.subjectBand = "lt1000";
        small.fileRegisterNo.clear();
        QVERIFY(!ruleIds(small).contains("file-register-missing"));
        Asset standalone = clean();
        standalone.networkSegment = "standalone";
        QVERIFY(!ruleIds(standalone).contains("specific-outside-mynumber"));
    }

    void disposedAssetsNeedTheWholeRecord()
    {
        Asset a = clean();
        a.stage = "dispose";
        a.disposalDate = QDate(2025, 5, 1);
        a.disposalPerson = "佐藤";
        a.disposalMethod = "erase";
        QVERIFY(ruleIds(a).contains("disposal-record-missing"));
        a.disposalApprover = "保険年金課長";
        QVERIFY(!ruleIds(a).contains("disposal-record-missing"));
        a.nextReview = QDate(2020, 1, 1);
        QVERIFY2(!ruleIds(a).contains("review-overdue"), "a disposed asset is never overdue");
    }

    void disposedAssetsAreNotJudgedOnHandling()
    {
        // The same gaps warn while the asset is in use and are moot once it is disposed of.
        Asset a = clean();
        a.backup = "none";
        a.recoveryTarget.clear();
        a.fileRegisterNo.clear();
        a.networkSegment = "internet";
        a.cloud = true;
        a.ismap = false;
        const QStringList inUse = ruleIds(a);
        for (const char* id : {"a2-without-backup", "file-register-missing", "c2-on-internet",
                               "specific-outside-mynumber", "cloud-c3-without-ismap"})
            QVERIFY2(inUse.contains(id), id);

        a.stage = "dispose";
        a.status = "disposed";
        a.disposalDate = QDate(2025, 5, 1);
        a.disposalPerson = "佐藤";
        a.disposalMethod = "erase";
        a.disposalApprover = "保険年金課長";
        QCOMPARE(ruleIds(a), QStringList());
    }

    void paperMayLeaveIntegrityNotApplicable()
    {
        Asset a = clean();
        a.iLevel = a.aLevel = "-";
        QVERIFY(!ruleIds(a).contains("level-unknown"));
        QVERIFY(!ruleIds(a).contains("classification-missing"));
    }

    void mextHasOneAxis()
    {
        Asset a = clean();
        a.schemeId = "mext";
        a.cLevel = "IV";
        a.iLevel.clear();
        a.aLevel.clear();
        a.networkSegment = "school";
        a.specific = false;
        const QStringList ids = ruleIds(a);
        QVERIFY2(!ids.contains("classification-missing"), qPrintable(ids.join(",")));
        QVERIFY(!ids.contains("level-unknown"));
        a.iLevel = "2";
        QVERIFY(ruleIds(a).contains("level-unknown"));
    }

    void everyRuleIsDescribed()
    {
        QSet<QString> ids;
        for (const RuleEngine::RuleInfo& r : RuleEngine::rules()) {
            QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
            ids.insert(r.id);
            QVERIFY(!RuleEngine::describe(r.id).isEmpty());
        }
        QVERIFY(ids.size() >= 15);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
