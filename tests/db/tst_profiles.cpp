// The six city profiles against the policies they are drawn from (the shared seeds folder, domain.md §7),
// and what a register created with each of them holds.
#include "domain/Catalog.h"
#include "domain/CityProfile.h"
#include "domain/ClassificationScheme.h"
#include "domain/RuleEngine.h"
#include "domain/Vocabulary.h"
#include "storage/Register.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace daicho;

namespace {

// "code|name|role" per segment, in the order the register lists them.
QStringList describe(const QVector<NetworkSegment>& segments)
{
    QStringList out;
    for (const NetworkSegment& s : segments)
        out << s.code + QLatin1Char('|') + s.name + QLatin1Char('|') + s.role;
    return out;
}

const CityProfile& profile(const QString& id)
{
    const CityProfile* p = CityProfile::find(id);
    if (!p)
        qFatal("no profile %s", qPrintable(id));
    return *p;
}

const QString kMynumber = QStringLiteral("mynumber|マイナンバー利用事務系|mynumber");
const QString kLgwan = QStringLiteral("lgwan|LGWAN接続系|lgwan");
const QString kInternet = QStringLiteral("internet|インターネット接続系|internet");
const QString kSchool = QStringLiteral("school|学校情報接続系|school");
const QString kStandalone = QStringLiteral("standalone|スタンドアロン|standalone");
const QString kNone = QStringLiteral("none|該当なし|none");

// The segment of a profile that plays a role (三層の対策); empty when it has none.
QString codeForRole(const CityProfile& p, const QString& role)
{
    for (const NetworkSegment& s : p.segments)
        if (s.role == role)
            return s.code;
    return {};
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2025, 6, 1)};
    Actor m_actor{QStringLiteral("tester"), QStringLiteral("試験 太郎")};

    std::unique_ptr<Register> create(QTemporaryDir& dir, const RegisterSettings& settings)
    {
        auto r = Register::create(dir.filePath(QStringLiteral("r.daicho")), settings, m_actor, m_clock);
        if (!r) {
            qWarning() << r.error().message;
            return nullptr;
        }
        return std::move(r).value();
    }

    // One row per profile, for the data-driven tests.
    static void profileRows()
    {
        QTest::addColumn<QString>("id");
        for (const char* id : {"saku", "inabe", "mitaka", "makinohara", "akiruno", "generic"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

private slots:
    void theSixProfiles()
    {
        // The five seed cities plus the generic one, in the order `init --help` lists them.
        QCOMPARE(CityProfile::ids(),
                 (QStringList{"saku", "inabe", "mitaka", "makinohara", "akiruno", "generic"}));
        QCOMPARE(CityProfile::all().size(), 6);
        for (const QString& id : CityProfile::ids())
            QCOMPARE(CityProfile::find(id)->id, id);
        // find() is exact: a typo or another city is not silently mapped to a profile.
        QVERIFY(!CityProfile::find(QStringLiteral("nagano")));
        QVERIFY(!CityProfile::find(QStringLiteral("Saku")));
        QVERIFY(!CityProfile::find(QString()));
    }

    void cityFromSeed_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("prefecture");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("title"); // the seed's own title (seeds/README.md)

        // Every seed classifies by 機密性・完全性・可用性 (佐久 6.2, いなべ 6(2), 三鷹 第8-1, 牧之原 6(2));
        // あきる野 6(2) says 重要性, and its C/I/A definitions (2(7)–(9)) are the MIC ones: all use the
        // current MIC scheme. mext is not a default anywhere (あきる野 excludes its education network).
        QTest::newRow("saku")
            << "saku"
            << "佐久市"
            << "長野県"
            << "mic-r6"
            << "佐久市情報セキュリティポリシー 第1章 情報セキュリティ基本方針（令和8年2月）";
        QTest::newRow("inabe") << "inabe"
                               << "いなべ市"
                               << "三重県"
                               << "mic-r6"
                               << "情報セキュリティ基本方針";
        QTest::newRow("mitaka") << "mitaka"
                                << "三鷹市"
                                << "東京都"
                                << "mic-r6"
                                << "三鷹市情報セキュリティ基本方針（令和8年4月1日制定）";
        QTest::newRow("makinohara")
            << "makinohara"
            << "牧之原市"
            << "静岡県"
            << "mic-r6"
            << "牧之原市におけるサイバーセキュリティを確保するための方針（令和8年3月26日）";
        QTest::newRow("akiruno") << "akiruno"
                                 << "あきる野市"
                                 << "東京都"
                                 << "mic-r6"
                                 << "あきる野市サイバーセキュリティ基本方針（令和8年3月）";
        // The generic profile is the MIC guideline itself: no city, no prefecture.
        QTest::newRow("generic")
            << "generic"
            << "○○市"
            << ""
            << "mic-r6"
            << "総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」";
    }
    void cityFromSeed()
    {
        QFETCH(QString, id);
        QFETCH(QString, city);
        QFETCH(QString, prefecture);
        QFETCH(QString, scheme);
        QFETCH(QString, title);
        const CityProfile& p = profile(id);
        QCOMPARE(p.cityName, city);
        QCOMPARE(p.prefecture, prefecture);
        QCOMPARE(p.schemeId, scheme);
        QVERIFY(ClassificationScheme::preset(p.schemeId));
        QVERIFY2(p.policyTitle.contains(title), qPrintable(p.policyTitle));
        // The About dialog names the city's own policy, so the title must say whose it is.
        if (id != QLatin1String("generic"))
            QVERIFY2(p.policyTitle.contains(city), qPrintable(p.policyTitle));
        QVERIFY(!p.notes.trimmed().isEmpty());
    }

    void segmentsFromSeed_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("segments");

        // 佐久 2(12)–(14): 基幹系（マイナンバー利用事務系）, 情報系（LGWAN 接続系）, インターネット接続系.
        QTest::newRow("saku") << "saku"
                              << QStringList{"kikan|基幹系（マイナンバー利用事務系）|mynumber",
                                             "joho|情報系（LGWAN接続系）|lgwan", kInternet, kStandalone,
                                             kNone};
        // いなべ 2(10), (12)–(14): 行政接続系 holds the My Number work (and internal admin), plus
        // 学校情報接続系.
        QTest::newRow("inabe")
            << "inabe"
            << QStringList{"gyosei|行政接続系|mynumber", kLgwan, kInternet, kSchool, kStandalone, kNone};
        // 三鷹 第2-9〜11, 牧之原 2(8)–(10), あきる野 2(11)–(13): the MIC names; あきる野 4(1) leaves
        // the education network out, so no school segment there.
        QTest::newRow("mitaka") << "mitaka" << QStringList{kMynumber, kLgwan, kInternet, kStandalone, kNone};
        QTest::newRow("makinohara") << "makinohara"
                                    << QStringList{kMynumber, kLgwan, kInternet, kStandalone, kNone};
        QTest::newRow("akiruno") << "akiruno"
                                 << QStringList{kMynumber, kLgwan, kInternet, kStandalone, kNone};
        // The guideline's three segments plus the school segment of the MEXT guideline.
        QTest::newRow("generic") << "generic"
                                 << QStringList{kMynumber, kLgwan, kInternet, kSchool, kStandalone, kNone};
    }
    void segmentsFromSeed()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, segments);
        QCOMPARE(describe(profile(id).segments), segments);
    }

    void everyProfileHasTheThreeTiers_data() { profileRows(); }
    void everyProfileHasTheThreeTiers()
    {
        // Every seed requires 三層の対策; the rules read the role, so each role must be there exactly once,
        // and the codes stored in assets must be unique and in the register's order.
        QFETCH(QString, id);
        const CityProfile& p = profile(id);
        QStringList roles, codes;
        int lastOrder = 0;
        for (const NetworkSegment& s : p.segments) {
            QVERIFY2(Vocabulary::segmentRoles().contains(s.role), qPrintable(s.role));
            QVERIFY2(!s.name.trimmed().isEmpty(), qPrintable(s.code));
            QVERIFY2(s.sortOrder > lastOrder, qPrintable(s.code));
            lastOrder = s.sortOrder;
            roles << s.role;
            codes << s.code;
        }
        for (const char* role : {"mynumber", "lgwan", "internet", "standalone", "none"})
            QCOMPARE(roles.count(QString::fromLatin1(role)), 1);
        QCOMPARE(codes.removeDuplicates(), 0);
    }

    void bodiesInScopeFromSeed_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("bodies");
        // 佐久 4.1: 内部部局、行政委員会、議会事務局、病院事業.
        QTest::newRow("saku") << "saku" << QStringList{"行政委員会", "議会事務局", "病院事業"};
        // いなべ 4(1): 市長の内部組織、教育委員会事務局、農業委員会事務局、監査委員事務局及び議会事務局
        // (no 選挙管理委員会事務局).
        QTest::newRow("inabe") << "inabe"
                               << QStringList{"教育委員会事務局", "農業委員会事務局", "監査委員事務局",
                                              "議会事務局"};
        // 三鷹 第3: 市、行政委員会及び市議会.
        QTest::newRow("mitaka") << "mitaka" << QStringList{"行政委員会", "市議会（議会事務局）"};
        // 牧之原's policy names no bodies.
        QTest::newRow("makinohara") << "makinohara" << QStringList{};
        // あきる野 4(2):
        // 市長、教育委員会、選挙管理委員会、監査委員、農業委員会、固定資産評価審査委員会、議会.
        QTest::newRow("akiruno") << "akiruno"
                                 << QStringList{"教育委員会", "選挙管理委員会",         "監査委員",
                                                "農業委員会", "固定資産評価審査委員会", "議会"};
        QTest::newRow("generic") << "generic" << QStringList{};
    }
    void bodiesInScopeFromSeed()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, bodies);
        QCOMPARE(profile(id).bodiesInScope, bodies);
    }

    void orgKindsFromSeed_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("enterprise");
        // Only 佐久 puts a public enterprise (病院事業) in scope; a policy silent on scope (牧之原) and the
        // generic profile allow every kind.
        QTest::newRow("saku") << "saku" << true;
        QTest::newRow("inabe") << "inabe" << false;
        QTest::newRow("mitaka") << "mitaka" << false;
        QTest::newRow("makinohara") << "makinohara" << true;
        QTest::newRow("akiruno") << "akiruno" << false;
        QTest::newRow("generic") << "generic" << true;
    }
    void orgKindsFromSeed()
    {
        QFETCH(QString, id);
        QFETCH(bool, enterprise);
        const CityProfile& p = profile(id);
        for (const QString& kind : p.orgKinds)
            QVERIFY2(Vocabulary::orgKinds().contains(kind), qPrintable(kind));
        QCOMPARE(p.orgKinds.contains(QStringLiteral("enterprise")), enterprise);
        // Every city has 部・課・係; every seed puts committees and the assembly in scope (牧之原 by
        // default).
        for (const char* kind : {"department", "section", "unit", "committee", "assembly"})
            QVERIFY2(p.orgKinds.contains(QString::fromLatin1(kind)), kind);
        QCOMPARE(p.orgKinds.size(), enterprise ? 6 : 5);
    }

    void notesSayWhatThePolicyAdds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("words");
        // domain.md §7, checked against the seeds.
        QTest::newRow("saku") << "saku" << QStringList{"基幹系", "情報系", "病院事業", "6.2"};
        QTest::newRow("inabe") << "inabe" << QStringList{"行政接続系", "学校情報接続系", "紙"};
        // 第8-1: the evaluation is per 部 (by the 情報セキュリティ責任者), not per 課.
        QTest::newRow("mitaka") << "mitaka"
                                << QStringList{"第7",  "第8",  "部ごとの", "管理者",  "リスク評価",
                                               "作成", "廃棄", "第10",     "クラウド"};
        QTest::newRow("makinohara") << "makinohara" << QStringList{"ひな形", "三層"};
        QTest::newRow("akiruno") << "akiruno"
                                 << QStringList{"重要性", "6(2)", "教育ネットワーク", "対象外",
                                                "ランサムウェア"};
    }
    void notesSayWhatThePolicyAdds()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, words);
        const QString notes = profile(id).notes;
        for (const QString& w : words)
            QVERIFY2(notes.contains(w), qPrintable(w + QStringLiteral(" not in: ") + notes));
    }

    void registerIsSetUpFromProfile_data() { profileRows(); }
    void registerIsSetUpFromProfile()
    {
        QFETCH(QString, id);
        const CityProfile& p = profile(id);
        QTemporaryDir dir;
        RegisterSettings settings;
        settings.profileId = id;
        auto reg = create(dir, settings);
        QVERIFY(reg);
        QCOMPARE(reg->profileId(), id);
        QCOMPARE(reg->cityName(), p.cityName);
        QCOMPARE(reg->setting(QStringLiteral("default_scheme")), p.schemeId);
        QCOMPARE(reg->catalog().defaultSchemeId, p.schemeId);
        // The city's own segment names, read back from the file in the profile's order.
        QCOMPARE(describe(reg->catalog().segments), describe(p.segments));
        for (int i = 0; i < p.segments.size(); ++i)
            QCOMPARE(reg->catalog().segments.at(i).sortOrder, p.segments.at(i).sortOrder);
        // Every register carries all three schemes, so いなべ's school assets can use mext.
        for (const char* scheme : {"mic-r6", "mic-h27", "mext"})
            QVERIFY2(reg->catalog().scheme(QString::fromLatin1(scheme)), scheme);
        // No seed sets a review interval: the default of one year applies (domain.md §5).
        QCOMPARE(reg->setting(QStringLiteral("review_interval_months")), QStringLiteral("12"));
        const Asset fresh = reg->newAsset();
        QCOMPARE(fresh.schemeId, p.schemeId);
        QCOMPARE(fresh.registeredOn, QDate(2025, 6, 1));
        QCOMPARE(fresh.nextReview, QDate(2026, 6, 1));
        QCOMPARE(fresh.fiscalYear, 2025);
    }

    void rulesReadTheCitysOwnSegments_data() { profileRows(); }
    void rulesReadTheCitysOwnSegments()
    {
        // 特定個人情報 belongs on the My Number segment, whatever the city calls it (基幹系, 行政接続系 …).
        QFETCH(QString, id);
        const CityProfile& p = profile(id);
        QTemporaryDir dir;
        RegisterSettings settings;
        settings.profileId = id;
        auto reg = create(dir, settings);
        QVERIFY(reg);
        OrgUnit section{
            0, QStringLiteral("0302"), QStringLiteral("保険年金課"), QStringLiteral("section"), 0, 10, {},
            {}};
        section = reg->addOrgUnit(section, m_actor).value();

        Asset a = reg->newAsset();
        a.orgId = section.id;
        a.name = QStringLiteral("国民健康保険被保険者台帳");
        a.assetType = QStringLiteral("info-electronic");
        a.personal = a.specific = true;
        a.subjectBand = QStringLiteral("lt1000");
        a.cLevel = QStringLiteral("3B");
        a.iLevel = QStringLiteral("2");
        a.aLevel = QStringLiteral("2");
        a.backup = QStringLiteral("daily");
        a.recoveryTarget = QStringLiteral("24時間");
        a.managerTitle = QStringLiteral("保険年金課長");
        a.networkSegment = codeForRole(p, QStringLiteral("mynumber"));
        QVERIFY(!a.networkSegment.isEmpty());
        QCOMPARE(reg->rules().check(a).size(), 0);
        QVERIFY(reg->addAsset(a, m_actor));

        Asset onLgwan = a;
        onLgwan.assetNo.clear();
        onLgwan.networkSegment = codeForRole(p, QStringLiteral("lgwan"));
        QStringList ids;
        for (const Finding& f : reg->rules().check(onLgwan))
            ids << f.ruleId;
        QCOMPARE(ids, QStringList{"specific-outside-mynumber"});

        // A city with its own names does not also accept the MIC codes: the segment list is the city's.
        Asset micCode = a;
        micCode.assetNo.clear();
        micCode.networkSegment = QStringLiteral("mynumber");
        const bool ownCodes = codeForRole(p, QStringLiteral("mynumber")) != QLatin1String("mynumber");
        QCOMPARE(bool(reg->addAsset(micCode, m_actor)), !ownCodes);
    }

    void cityNameCanBeGivenAtCreation()
    {
        // A city using another city's profile (same policy model) keeps its own name; blanks fall back.
        QTemporaryDir dir;
        RegisterSettings settings;
        settings.profileId = QStringLiteral("makinohara");
        settings.cityName = QStringLiteral("  御前崎市 ");
        auto named = create(dir, settings);
        QVERIFY(named);
        QCOMPARE(named->cityName(), QStringLiteral("御前崎市"));
        QCOMPARE(named->profileId(), QStringLiteral("makinohara"));

        QTemporaryDir dir2;
        settings.cityName = QStringLiteral("\u3000 ");
        auto blank = create(dir2, settings);
        QVERIFY(blank);
        QCOMPARE(blank->cityName(), QStringLiteral("牧之原市"));
    }

    void unknownProfileIsRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("other city") << "nagano";
        QTest::newRow("wrong case") << "Saku";
        QTest::newRow("empty") << "";
    }
    void unknownProfileIsRefused()
    {
        QFETCH(QString, id);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.daicho"));
        RegisterSettings settings;
        settings.profileId = id;
        auto r = Register::create(path, settings, m_actor, m_clock);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Usage);
        // The message names what was asked for and what would have worked.
        const QString message = r.error().message;
        QVERIFY2(message.contains(QLatin1Char('"') + id + QLatin1Char('"')), qPrintable(message));
        for (const QString& known : CityProfile::ids())
            QVERIFY2(message.contains(known), qPrintable(message));
        // Nothing is left behind, not even the half-made file.
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".creating")));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void genericWorksWithEveryScheme_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("i");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("foreignC"); // a level of another scheme, refused under this one
        QTest::newRow("mic-r6") << "mic-r6"
                                << "3A"
                                << "2"
                                << "2"
                                << "3";
        QTest::newRow("mic-h27") << "mic-h27"
                                 << "3"
                                 << "2"
                                 << "2"
                                 << "3B";
        // mext has one axis only.
        QTest::newRow("mext") << "mext"
                              << "I"
                              << ""
                              << ""
                              << "3A";
    }
    void genericWorksWithEveryScheme()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, c);
        QFETCH(QString, i);
        QFETCH(QString, a);
        QFETCH(QString, foreignC);
        QTemporaryDir dir;
        RegisterSettings settings;
        settings.schemeId = scheme; // profile left at its default: generic
        auto reg = create(dir, settings);
        QVERIFY(reg);
        QCOMPARE(reg->profileId(), QStringLiteral("generic"));
        QCOMPARE(reg->setting(QStringLiteral("default_scheme")), scheme);
        QCOMPARE(reg->catalog().defaultSchemeId, scheme);
        QCOMPARE(describe(reg->catalog().segments), describe(profile(QStringLiteral("generic")).segments));

        OrgUnit section{
            0, QStringLiteral("0101"), QStringLiteral("総務課"), QStringLiteral("section"), 0, 10, {}, {}};
        section = reg->addOrgUnit(section, m_actor).value();
        Asset asset = reg->newAsset();
        QCOMPARE(asset.schemeId, scheme);
        asset.orgId = section.id;
        asset.name = QStringLiteral("人事評価記録");
        asset.assetType = QStringLiteral("info-electronic");
        asset.networkSegment = QStringLiteral("lgwan");
        asset.cLevel = c;
        asset.iLevel = i;
        asset.aLevel = a;
        asset.backup = QStringLiteral("daily");
        asset.recoveryTarget = QStringLiteral("48時間");
        Result<Asset> saved = reg->addAsset(asset, m_actor);
        QVERIFY2(saved, qPrintable(saved.error().message + saved.error().details.join(QLatin1Char('\n'))));
        QCOMPARE(saved->schemeId, scheme);
        QCOMPARE(saved->cLevel, c);
        // The scheme's top level makes the asset most important under every scheme.
        QCOMPARE(reg->catalog().importance(saved.value()), 3);

        Asset foreign = asset;
        foreign.cLevel = foreignC;
        QVERIFY(!reg->addAsset(foreign, m_actor));

        // The choice survives reopening the file.
        const QString path = reg->path();
        reg.reset();
        auto reopened = Register::open(path, m_clock);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->catalog().defaultSchemeId, scheme);
        QCOMPARE(reopened.value()->newAsset().schemeId, scheme);
    }

    void unknownSchemeIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.daicho"));
        RegisterSettings settings;
        settings.schemeId = QStringLiteral("nist");
        auto r = Register::create(path, settings, m_actor, m_clock);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Usage);
        QVERIFY2(r.error().message.contains(QStringLiteral("nist")), qPrintable(r.error().message));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
