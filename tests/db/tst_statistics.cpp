// The counts `daicho-cli stats` prints and the committee summary repeats, on a register whose every
// figure is known, and on demo data that must come out the same for the same seed.
#include "TestRegister.h"

#include "demo/DemoGenerator.h"
#include "query/AssetFilter.h"
#include "report/Statistics.h"

#include <QTemporaryDir>
#include <QTest>

using namespace daicho;
using daicho::test::TestRegister;

namespace {

// "key=count" per row, in the order the report prints them.
QStringList counts(const StatGroup& g)
{
    QStringList out;
    for (const StatRow& r : g.rows)
        out << r.key + QLatin1Char('=') + QString::number(r.count);
    return out;
}

QString label(const StatGroup& g, const QString& key)
{
    for (const StatRow& r : g.rows)
        if (r.key == key)
            return r.label;
    return QStringLiteral("<no row %1>").arg(key);
}

int sum(const StatGroup& g)
{
    int n = 0;
    for (const StatRow& r : g.rows)
        n += r.count;
    return n;
}

// Everything a set of groups says, to compare two computations as a whole.
QStringList flatten(const QVector<StatGroup>& groups)
{
    QStringList out;
    for (const StatGroup& g : groups) {
        out << g.dimension + QStringLiteral("|assets|") + QString::number(g.assets);
        for (const StatRow& r : g.rows)
            out << g.dimension + QLatin1Char('|') + r.key + QLatin1Char('|') + r.label + QLatin1Char('|') +
                       QString::number(r.count);
    }
    return out;
}

// The dimensions where every asset falls in exactly one row.
const QStringList kSingleValued = {"org",        "section", "c",      "i",      "a",
                                   "importance", "stage",   "status", "segment"};

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

    TestRegister t;
    OrgUnit m_soumuBu;
    OrgUnit m_soumuKa;

    bool add(const Asset& a)
    {
        Result<Asset> r = t.reg->addAsset(a, t.actor);
        if (!r)
            qWarning() << a.name << r.error().message << r.error().details;
        return bool(r);
    }

    // The assets a filter selects, as the CLI passes them to Statistics.
    QVector<Asset> select(const AssetFilter& f)
    {
        QString error;
        const QVector<Asset> out = f.apply(*t.reg, t.reg->assets(), &error);
        if (!error.isEmpty())
            qWarning() << error;
        return out;
    }
    // `stats` without --include-disposed.
    QVector<Asset> current()
    {
        AssetFilter f;
        f.includeDisposed = false;
        return select(f);
    }

    StatGroup group(const QVector<Asset>& assets, const QString& dim)
    {
        QString error;
        const QVector<StatGroup> g = Statistics::compute(*t.reg, assets, {dim}, &error);
        if (g.size() != 1 || !error.isEmpty()) {
            qWarning() << dim << error;
            return {};
        }
        return g.first();
    }

private slots:
    void initTestCase()
    {
        // A second department ahead of 市民部 in 組織コード order.
        m_soumuBu = t.reg->addOrgUnit({0, "01", "総務部", "department", 0, 1, {}, {}}, t.actor).value();
        m_soumuKa =
            t.reg->addOrgUnit({0, "0101", "総務課", "section", m_soumuBu.id, 2, {}, {}}, t.actor).value();

        // 1 (0302) C3B/I2/A2, My Number, 10,000+ people, in use, approved.
        Asset a1 = t.cleanAsset("国民健康保険被保険者台帳");
        a1.cLevel = "3B";
        a1.iLevel = a1.aLevel = "2";
        a1.backup = "daily";
        a1.recoveryTarget = "24時間";
        a1.networkSegment = "mynumber";
        a1.personal = a1.specific = true;
        a1.subjectBand = "ge10000";
        a1.fileRegisterNo = "F-001";
        a1.stage = "use";
        a1.status = "approved";
        QVERIFY(add(a1));

        // 2 (0302) C3C/I2/A1, sensitive data of fewer than 1,000 people, stored, awaiting approval.
        Asset a2 = t.cleanAsset("健康相談記録");
        a2.cLevel = "3C";
        a2.iLevel = "2";
        a2.personal = a2.sensitive = true;
        a2.subjectBand = "lt1000";
        a2.stage = "store";
        a2.status = "pending";
        QVERIFY(add(a2));

        // 3 (0303) C1/I1/A1 on the Internet segment, published, approved.
        Asset a3 = t.cleanAsset("窓口案内チラシ");
        a3.orgId = t.otherSection.id;
        a3.cLevel = "1";
        a3.networkSegment = "internet";
        a3.stage = "publish";
        a3.status = "approved";
        QVERIFY(add(a3));

        // 4 (0302) C2/I1/A1, a draft whose review was due on 1 January: overdue.
        Asset a4 = t.cleanAsset("課内連絡網");
        a4.nextReview = QDate(2025, 1, 1);
        QVERIFY(add(a4));

        // 5 (0303) C3B/I2/A2, personal data of 1,000+ people, returned, due yesterday: overdue.
        Asset a5 = t.cleanAsset("固定資産課税台帳");
        a5.orgId = t.otherSection.id;
        a5.cLevel = "3B";
        a5.iLevel = a5.aLevel = "2";
        a5.backup = "daily";
        a5.recoveryTarget = "72時間";
        a5.networkSegment = "mynumber";
        a5.personal = true;
        a5.subjectBand = "ge1000";
        a5.fileRegisterNo = "F-010";
        a5.stage = "use";
        a5.status = "returned";
        a5.nextReview = QDate(2025, 5, 31);
        QVERIFY(add(a5));

        // 6 (0101) paper, C1 with I and A not applicable, stored, approved, due today: not overdue yet.
        Asset a6 = t.cleanAsset("例規集（加除式）");
        a6.orgId = m_soumuKa.id;
        a6.assetType = "info-paper";
        a6.networkSegment = "none";
        a6.cLevel = "1";
        a6.iLevel = a6.aLevel = "-";
        a6.storageLocation = "総務課書棚";
        a6.stage = "store";
        a6.status = "approved";
        a6.nextReview = QDate(2025, 6, 1);
        QVERIFY(add(a6));

        // 7 (03, the department itself) C3A standalone, obtained, awaiting approval.
        Asset a7 = t.cleanAsset("人事異動内示案");
        a7.orgId = t.department.id;
        a7.cLevel = "3A";
        a7.networkSegment = "standalone";
        a7.stage = "obtain";
        a7.status = "pending";
        QVERIFY(add(a7));

        // 8 (0302) confidentiality not decided yet (分類未確定), obtained, draft.
        Asset a8 = t.cleanAsset("他団体からの照会回答");
        a8.cLevel.clear();
        a8.stage = "obtain";
        QVERIFY(add(a8));

        // 9 (0303) paper C3B of 1,000+ people, overdue while in use, then disposed of: history only.
        Asset a9 = t.cleanAsset("住民税申告書（平成29年度分）");
        a9.orgId = t.otherSection.id;
        a9.assetType = "info-paper";
        a9.networkSegment = "none";
        a9.cLevel = "3B";
        a9.iLevel = "2";
        a9.locked = true;
        a9.storageLocation = "税務課書庫";
        a9.personal = true;
        a9.subjectBand = "ge1000";
        a9.fileRegisterNo = "F-020";
        a9.stage = "store";
        a9.status = "approved";
        a9.nextReview = QDate(2025, 4, 1);
        Result<Asset> saved = t.reg->addAsset(a9, t.actor);
        QVERIFY(saved);
        StageChange disposal;
        disposal.date = QDate(2025, 5, 20);
        disposal.person = "試験 次郎";
        disposal.disposalMethod = "dissolve";
        disposal.disposalApprover = "税務課長";
        QVERIFY(t.reg->changeStage(saved->assetNo, "dispose", disposal, t.actor));

        QCOMPARE(t.reg->assetCount(), 9);
        QCOMPARE(current().size(), 8);
    }

    void dimensionsAreTheDocumentedOnes()
    {
        const QStringList dims{"org",        "section", "c",      "i",       "a",        "importance",
                               "stage",      "status",  "segment", "personal", "review", "outsourcing"};
        QCOMPARE(Statistics::dimensions(), dims);
        QString error;
        const QVector<StatGroup> all = Statistics::compute(*t.reg, current(), dims, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(all.size(), dims.size());
        QStringList titles;
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].dimension, dims[i]);
            QCOMPARE(all[i].assets, 8);
            titles << all[i].title;
        }
        // Each table gets its own heading on the printout.
        QVERIFY(!titles.contains(QString()));
        QCOMPARE(titles.removeDuplicates(), 0);
    }

    void onlyTheRequestedDimensionsInTheRequestedOrder()
    {
        const QVector<StatGroup> g = Statistics::compute(*t.reg, current(), {"stage", "c"});
        QCOMPARE(g.size(), 2);
        QCOMPARE(g[0].dimension, QStringLiteral("stage"));
        QCOMPARE(g[1].dimension, QStringLiteral("c"));
    }

    void unknownDimensionIsAnError()
    {
        QString error;
        QVERIFY(Statistics::compute(*t.reg, current(), {"c", "colour"}, &error).isEmpty());
        QVERIFY2(error.contains("\"colour\""), qPrintable(error));
        QVERIFY2(error.contains("importance"), qPrintable(error)); // says what would work
        // Without an error pointer the answer is still empty, not a partial report.
        QVERIFY(Statistics::compute(*t.reg, current(), {"colour", "c"}).isEmpty());
    }

    void byDepartment()
    {
        // Sections and the department's own assets roll up to the 部, in 組織コード order.
        const StatGroup g = group(current(), "org");
        QCOMPARE(counts(g), (QStringList{"01=1", "03=7"}));
        QCOMPARE(label(g, "01"), QStringLiteral("総務部"));
        QCOMPARE(label(g, "03"), QStringLiteral("市民部"));
    }

    void bySection()
    {
        // The unit an asset belongs to; units with nothing are left out.
        const StatGroup g = group(current(), "section");
        QCOMPARE(counts(g), (QStringList{"0101=1", "03=1", "0302=4", "0303=2"}));
        QCOMPARE(label(g, "0302"), QStringLiteral("保険年金課"));
        QCOMPARE(label(g, "0303"), QStringLiteral("税務課"));
    }

    void byConfidentialityHighestFirst()
    {
        const StatGroup g = group(current(), "c");
        QCOMPARE(counts(g), (QStringList{"3A=1", "3B=2", "3C=1", "2=1", "1=2", "=1"}));
        QCOMPARE(label(g, "3B"), QStringLiteral("機密性3B"));
        // An undecided level is counted, last, not dropped.
        QCOMPARE(label(g, ""), QStringLiteral("Not classified"));
    }

    void byIntegrityAndAvailability()
    {
        // "-" (not applicable, paper) is its own row after the levels.
        QCOMPARE(counts(group(current(), "i")), (QStringList{"2=3", "1=4", "-=1"}));
        QCOMPARE(counts(group(current(), "a")), (QStringList{"2=2", "1=5", "-=1"}));
        QCOMPARE(label(group(current(), "a"), "2"), QStringLiteral("可用性2"));
    }

    void byImportance()
    {
        // 3: C3B ×2, C3A, sensitive data (C3C); 2: C2; 1: the two C1 and the unclassified one.
        const StatGroup g = group(current(), "importance");
        QCOMPARE(counts(g), (QStringList{"3=4", "2=1", "1=3"}));
    }

    void byStageInLifecycleOrder()
    {
        // Every stage is listed, empty ones too, so the committee sees the whole life.
        const StatGroup g = group(current(), "stage");
        QCOMPARE(counts(g), (QStringList{"create=1", "obtain=2", "use=2", "store=2", "send=0", "carry=0",
                                         "provide=0", "publish=1", "dispose=0"}));
        QCOMPARE(label(g, "publish"), Vocabulary::stages().label("publish"));
    }

    void byStatus()
    {
        const StatGroup g = group(current(), "status");
        QCOMPARE(counts(g), (QStringList{"draft=2", "pending=2", "approved=3", "returned=1", "disposed=0"}));
        QCOMPARE(label(g, "returned"), Vocabulary::statuses().label("returned"));
    }

    void bySegmentWithTheCitysNames()
    {
        const StatGroup g = group(current(), "segment");
        QCOMPARE(counts(g),
                 (QStringList{"mynumber=2", "lgwan=3", "internet=1", "school=0", "standalone=1", "none=1"}));
        QCOMPARE(label(g, "mynumber"), QStringLiteral("マイナンバー利用事務系"));
        QCOMPARE(label(g, "school"), QStringLiteral("学校情報接続系"));
    }

    void personalData()
    {
        // One asset may count as personal, sensitive and specific at once; file-register counts
        // personal data of 1,000+ people (10,000+ included).
        const StatGroup g = group(current(), "personal");
        QCOMPARE(counts(g),
                 (QStringList{"personal=3", "sensitive=1", "specific=1", "file-register=2", "none=5"}));
        QCOMPARE(g.assets, 8);
    }

    void fileRegisterFromOneThousandPeople()
    {
        // The 個人情報ファイル簿 duty starts at 1,000 people, and only for personal data: a band left
        // on a row whose personal flags were cleared does not count.
        auto withBand = [&](const char* band, bool personal) {
            Asset a = t.cleanAsset();
            a.subjectBand = QString::fromLatin1(band);
            a.personal = personal;
            return a;
        };
        const QVector<Asset> assets{withBand("lt1000", true), withBand("ge1000", true),
                                    withBand("ge10000", true), withBand("ge100000", true),
                                    withBand("ge1000", false)};
        QCOMPARE(counts(group(assets, "personal")),
                 (QStringList{"personal=4", "sensitive=0", "specific=0", "file-register=3", "none=1"}));
    }

    void everyAssetInExactlyOneRow()
    {
        for (const QString& dim : kSingleValued) {
            QCOMPARE(sum(group(current(), dim)), 8);
            QCOMPARE(sum(group(t.reg->assets(), dim)), 9);
        }
    }

    void disposedCountedOnlyWhenAsked()
    {
        // The disposed row stays in the file; `stats --include-disposed` puts it back in every count.
        AssetFilter f;
        f.includeDisposed = false;
        QVERIFY(!f.isEmpty());
        QCOMPARE(select(f).size(), 8);
        f.includeDisposed = true;
        const QVector<Asset> all = select(f);
        QCOMPARE(all.size(), 9);
        QCOMPARE(counts(group(all, "org")), (QStringList{"01=1", "03=8"}));
        QCOMPARE(counts(group(all, "section")), (QStringList{"0101=1", "03=1", "0302=4", "0303=3"}));
        QCOMPARE(counts(group(all, "c")), (QStringList{"3A=1", "3B=3", "3C=1", "2=1", "1=2", "=1"}));
        QCOMPARE(counts(group(all, "stage")),
                 (QStringList{"create=1", "obtain=2", "use=2", "store=2", "send=0", "carry=0", "provide=0",
                              "publish=1", "dispose=1"}));
        QCOMPARE(counts(group(all, "status")),
                 (QStringList{"draft=2", "pending=2", "approved=3", "returned=1", "disposed=1"}));
        QCOMPARE(counts(group(all, "importance")), (QStringList{"3=5", "2=1", "1=3"}));
        QCOMPARE(counts(group(all, "segment")),
                 (QStringList{"mynumber=2", "lgwan=3", "internet=1", "school=0", "standalone=1", "none=2"}));
        QCOMPARE(counts(group(all, "personal")),
                 (QStringList{"personal=4", "sensitive=1", "specific=1", "file-register=3", "none=5"}));
        QCOMPARE(group(all, "personal").assets, 9);
    }

    void overdueReviews()
    {
        // Due yesterday and due in January are overdue; due today is not; a disposed asset never is,
        // even though its review date passed while it was in use.
        AssetFilter f;
        f.overdueOnly = true;
        f.includeDisposed = true;
        const QVector<Asset> overdue = select(f);
        QStringList names;
        for (const Asset& a : overdue)
            names << a.name;
        names.sort();
        QCOMPARE(names, (QStringList{"固定資産課税台帳", "課内連絡網"}));
        QCOMPARE(counts(group(overdue, "org")), QStringList{"03=2"});
        QCOMPARE(counts(group(overdue, "section")), (QStringList{"0302=1", "0303=1"}));
        QCOMPARE(counts(group(overdue, "status")),
                 (QStringList{"draft=1", "pending=0", "approved=0", "returned=1", "disposed=0"}));
    }

    void orgSubtree_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("disposed");
        QTest::addColumn<QStringList>("org");
        QTest::addColumn<QStringList>("section");
        QTest::addColumn<QStringList>("c");
        QTest::newRow("department") << "03" << false << QStringList{"03=7"}
                                    << QStringList{"03=1", "0302=4", "0303=2"}
                                    << QStringList{"3A=1", "3B=2", "3C=1", "2=1", "1=1", "=1"};
        QTest::newRow("section") << "0302" << false << QStringList{"03=4"} << QStringList{"0302=4"}
                                 << QStringList{"3B=1", "3C=1", "2=1", "=1"};
        QTest::newRow("other department")
            << "01" << false << QStringList{"01=1"} << QStringList{"0101=1"} << QStringList{"1=1"};
        QTest::newRow("section with disposed")
            << "0303" << true << QStringList{"03=3"} << QStringList{"0303=3"} << QStringList{"3B=2", "1=1"};
    }
    void orgSubtree()
    {
        // `stats --org CODE`: the unit and every unit below it, nothing from its siblings.
        QFETCH(QString, code);
        QFETCH(bool, disposed);
        QFETCH(QStringList, org);
        QFETCH(QStringList, section);
        QFETCH(QStringList, c);
        AssetFilter f;
        f.orgCode = code;
        f.includeDisposed = disposed;
        const QVector<Asset> assets = select(f);
        QCOMPARE(counts(group(assets, "org")), org);
        QCOMPARE(counts(group(assets, "section")), section);
        QCOMPARE(counts(group(assets, "c")), c);
        QCOMPARE(group(assets, "personal").assets, assets.size());
    }

    void unknownOrgIsAnError()
    {
        AssetFilter f;
        f.orgCode = "99";
        QString error;
        QVERIFY(f.apply(*t.reg, t.reg->assets(), &error).isEmpty());
        QVERIFY2(error.contains("99"), qPrintable(error));
    }

    void nothingToCount()
    {
        // An empty selection prints the fixed rows with zeros and no organisation rows.
        const QVector<Asset> none;
        QCOMPARE(counts(group(none, "org")), QStringList());
        QCOMPARE(counts(group(none, "section")), QStringList());
        QCOMPARE(counts(group(none, "c")), QStringList());
        QCOMPARE(counts(group(none, "importance")), (QStringList{"3=0", "2=0", "1=0"}));
        QCOMPARE(group(none, "stage").rows.size(), Vocabulary::stages().terms().size());
        QCOMPARE(sum(group(none, "stage")), 0);
        QCOMPARE(counts(group(none, "personal")),
                 (QStringList{"personal=0", "sensitive=0", "specific=0", "file-register=0", "none=0"}));
        QCOMPARE(group(none, "segment").rows.size(), t.reg->catalog().segments.size());
        QCOMPARE(group(none, "stage").assets, 0);
    }

    void mextLevelsMostImportantFirst()
    {
        // 重要性分類 I is the most important level (the reverse of the MIC numbering): it heads the table.
        TestRegister m(QStringLiteral("generic"), QStringLiteral("mext"));
        auto mextAsset = [&](const char* name, const char* level) {
            Asset a = m.cleanAsset(QString::fromUtf8(name));
            a.cLevel = QString::fromLatin1(level);
            a.iLevel.clear(); // mext has one axis
            a.aLevel.clear();
            return a;
        };
        for (const Asset& a : {mextAsset("成績一覧表", "I"), mextAsset("指導要録", "I"),
                               mextAsset("学級通信", "IV"), mextAsset("校務分掌表", "II")}) {
            Result<Asset> r = m.reg->addAsset(a, m.actor);
            QVERIFY2(r, qPrintable(r.error().message + r.error().details.join(QLatin1Char('\n'))));
        }
        const QVector<StatGroup> g = Statistics::compute(*m.reg, m.reg->assets(), {"c", "importance"});
        QCOMPARE(g.size(), 2);
        QCOMPARE(counts(g[0]), (QStringList{"I=2", "II=1", "IV=1"}));
        QCOMPARE(label(g[0], "I"), QStringLiteral("重要性分類I"));
        QCOMPARE(counts(g[1]), (QStringList{"3=2", "2=1", "1=1"}));
    }

    void demoDataIsDeterministic()
    {
        // Same seed on the same day: the same figures, label for label. Another seed: other figures.
        FixedClock clock{QDate(2025, 6, 1)};
        const Actor actor{QStringLiteral("tester"), QStringLiteral("試験 太郎")};
        auto demoStats = [&](quint32 seed, QStringList* out) {
            QTemporaryDir dir;
            auto created = Register::create(dir.filePath("demo.daicho"), RegisterSettings{}, actor, clock);
            QVERIFY(created);
            Register& reg = *created.value();
            Result<int> filled = DemoGenerator::populate(reg, {40, seed}, actor);
            QVERIFY2(filled,
                     qPrintable(filled.error().message + filled.error().details.join(QLatin1Char('\n'))));
            QCOMPARE(filled.value(), 40);
            const QVector<Asset> assets = reg.assets();
            QCOMPARE(assets.size(), 40);
            QString error;
            const QVector<StatGroup> groups =
                Statistics::compute(reg, assets, Statistics::dimensions(), &error);
            QVERIFY(error.isEmpty());
            QCOMPARE(groups.size(), Statistics::dimensions().size());
            int disposed = 0;
            for (const Asset& a : assets)
                disposed += a.isDisposed() ? 1 : 0;
            for (const StatGroup& g : groups) {
                QCOMPARE(g.assets, 40);
                if (kSingleValued.contains(g.dimension))
                    QCOMPARE(sum(g), 40);
                if (g.dimension == QLatin1String("stage"))
                    QCOMPARE(g.rows.last().count, disposed);
            }
            *out = flatten(groups);
        };
        QStringList first, again, other;
        demoStats(7, &first);
        if (QTest::currentTestFailed())
            return;
        demoStats(7, &again);
        if (QTest::currentTestFailed())
            return;
        demoStats(8, &other);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(first.size() > 40); // a real comparison, not two empty lists
        QCOMPARE(again, first);
        QVERIFY(other != first);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
