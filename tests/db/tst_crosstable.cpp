// The committee summary's cross tables (部 × 機密性 …): exact cells, and totals that are the
// one-dimensional counts `daicho-cli stats` prints.
#include "TestRegister.h"

#include "report/CrossTable.h"
#include "report/Statistics.h"

#include <QtTest>

using namespace daicho;
using daicho::test::TestRegister;

namespace {

int statCount(const StatGroup& g, const QString& key)
{
    for (const StatRow& r : g.rows)
        if (r.key == key)
            return r.count;
    return -1;
}

} // namespace

class TestCrossTable : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestRegister> t;
    OrgUnit soumu;     // 01 総務部
    OrgUnit jinji;     // 0101 人事課

    void add(const OrgUnit& org, const char* c, bool personal = false, bool specific = false, const char* segment = "lgwan")
    {
        Asset a = t->cleanAsset(QStringLiteral("資産%1").arg(t->reg->assetCount() + 1));
        a.orgId = org.id;
        a.cLevel = QString::fromLatin1(c);
        a.personal = personal;
        a.specific = specific;
        if (personal)
            a.subjectBand = QStringLiteral("lt1000");
        a.networkSegment = QString::fromLatin1(segment);
        if (!t->reg->addAsset(a, t->actor))
            qFatal("could not add a fixture asset");
    }

private slots:
    void init()
    {
        t = std::make_unique<TestRegister>();
        soumu = t->reg->addOrgUnit({0, QStringLiteral("01"), QStringLiteral("総務部"), QStringLiteral("department"), 0, 5, {}, {}},
                                   t->actor)
                    .value();
        jinji = t->reg->addOrgUnit({0, QStringLiteral("0101"), QStringLiteral("人事課"), QStringLiteral("section"), soumu.id, 6, {}, {}},
                                   t->actor)
                    .value();
        // 市民部 (03): 保険年金課 2×3B (one with My Number), 1×2; 税務課 1×3A.  総務部 (01): 人事課 1×2, 1×1.
        add(t->section, "3B", true, true, "mynumber");
        add(t->section, "3B", true);
        add(t->section, "2");
        add(t->otherSection, "3A");
        add(jinji, "2");
        add(jinji, "1");
    }

    void departmentByConfidentiality()
    {
        const QVector<Asset> assets = t->reg->assets();
        QString error;
        const CrossTable x = CrossTable::compute(*t->reg, assets, QStringLiteral("org"), QStringLiteral("c"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(x.assets, 6);
        QCOMPARE(x.count(QStringLiteral("03"), QStringLiteral("3B")), 2);
        QCOMPARE(x.count(QStringLiteral("03"), QStringLiteral("3A")), 1);
        QCOMPARE(x.count(QStringLiteral("03"), QStringLiteral("2")), 1);
        QCOMPARE(x.count(QStringLiteral("01"), QStringLiteral("2")), 1);
        QCOMPARE(x.count(QStringLiteral("01"), QStringLiteral("1")), 1);
        QCOMPARE(x.count(QStringLiteral("01"), QStringLiteral("3B")), 0);
        // Rows in 組織コード order as the register keeps it, columns highest level first.
        QCOMPARE(x.rows.first().key, QStringLiteral("01"));
        QStringList columns;
        for (const DimensionValue& c : x.columns)
            columns << c.key;
        QCOMPARE(columns, (QStringList{QStringLiteral("3A"), QStringLiteral("3B"), QStringLiteral("2"), QStringLiteral("1")}));
    }

    // Every total is what the one-dimensional count says, for every pair of dimensions.
    void totalsAreTheStatistics()
    {
        const QVector<Asset> assets = t->reg->assets();
        for (const QString& rowDim : Dimension::ids())
            for (const QString& colDim : Dimension::ids()) {
                const CrossTable x = CrossTable::compute(*t->reg, assets, rowDim, colDim);
                const QVector<StatGroup> stats = Statistics::compute(*t->reg, assets, {rowDim, colDim});
                QCOMPARE(x.rows.size(), stats[0].rows.size());
                QCOMPARE(x.columns.size(), stats[1].rows.size());
                for (int r = 0; r < x.rows.size(); ++r)
                    QCOMPARE(x.rowTotals[r], statCount(stats[0], x.rows[r].key));
                for (int c = 0; c < x.columns.size(); ++c)
                    QCOMPARE(x.columnTotals[c], statCount(stats[1], x.columns[c].key));
            }
    }

    // An asset with personal data and My Number sits in both personal-data columns of its row.
    void personalDataCountsInEveryColumnItBelongsTo()
    {
        const CrossTable x = CrossTable::compute(*t->reg, t->reg->assets(), QStringLiteral("section"), QStringLiteral("personal"));
        QCOMPARE(x.count(QStringLiteral("0302"), QStringLiteral("personal")), 2);
        QCOMPARE(x.count(QStringLiteral("0302"), QStringLiteral("specific")), 1);
        QCOMPARE(x.count(QStringLiteral("0302"), QStringLiteral("none")), 1);
        QCOMPARE(x.count(QStringLiteral("0101"), QStringLiteral("none")), 2);
        // The row total counts assets, not cells.
        for (int r = 0; r < x.rows.size(); ++r)
            if (x.rows[r].key == QLatin1String("0302"))
                QCOMPARE(x.rowTotals[r], 3);
    }

    void segmentByConfidentiality()
    {
        const CrossTable x = CrossTable::compute(*t->reg, t->reg->assets(), QStringLiteral("segment"), QStringLiteral("c"));
        QCOMPARE(x.count(QStringLiteral("mynumber"), QStringLiteral("3B")), 1);
        QCOMPARE(x.count(QStringLiteral("lgwan"), QStringLiteral("3B")), 1);
        QCOMPARE(x.count(QStringLiteral("lgwan"), QStringLiteral("2")), 2);
    }

    // The summary's "overdue reviews per 課" and "outsourced and cloud at 機密性2 and above".
    void reviewAndOutsourcingDimensions()
    {
        Asset late = t->cleanAsset(QStringLiteral("期限切れ"));
        late.nextReview = QDate(2025, 5, 31);          // the day before the test's today
        QVERIFY(t->reg->addAsset(late, t->actor));
        Asset dueSoon = t->cleanAsset(QStringLiteral("今年度中"));
        dueSoon.nextReview = QDate(2026, 3, 31);       // last day of 令和7年度
        dueSoon.outsourced = true;
        dueSoon.contractor = QStringLiteral("委託先");
        dueSoon.cloud = true;
        dueSoon.cloudService = QStringLiteral("クラウド");
        dueSoon.cLevel = QStringLiteral("3B");
        QVERIFY(t->reg->addAsset(dueSoon, t->actor));
        const QVector<Asset> assets = t->reg->assets();

        const CrossTable review = CrossTable::compute(*t->reg, assets, QStringLiteral("section"), QStringLiteral("review"));
        QCOMPARE(review.count(QStringLiteral("0302"), QStringLiteral("overdue")), 1);
        QCOMPARE(review.count(QStringLiteral("0302"), QStringLiteral("this-year")), 1);
        // The fixture's other assets are due a year after registration: the next 年度.
        QCOMPARE(review.count(QStringLiteral("0302"), QStringLiteral("later")), 3);

        const CrossTable outsourcing = CrossTable::compute(*t->reg, assets, QStringLiteral("c"), QStringLiteral("outsourcing"));
        QCOMPARE(outsourcing.count(QStringLiteral("3B"), QStringLiteral("outsourced")), 1);
        QCOMPARE(outsourcing.count(QStringLiteral("3B"), QStringLiteral("cloud")), 1);
        QCOMPARE(outsourcing.count(QStringLiteral("3B"), QStringLiteral("neither")), 2);
        QCOMPARE(outsourcing.columnTotals[0], 1);
    }

    // Placing assets (each key's label made once, the first time it is met) gives exactly what asking
    // every asset for its values and keeping the first label per key gives, for every dimension.
    void placementIsWhatEachAssetSays()
    {
        Asset bare = t->cleanAsset(QStringLiteral("区分なし"));
        bare.cLevel.clear();
        bare.iLevel.clear();
        bare.networkSegment.clear();
        bare.personal = true;
        bare.sensitive = true;
        bare.subjectBand = QStringLiteral("ge1000");
        bare.outsourced = true;
        bare.contractor = QStringLiteral("委託先");
        QVERIFY(t->reg->addAsset(bare, t->actor));
        const QVector<Asset> assets = t->reg->assets();
        QVector<const Asset*> pointers;
        for (const Asset& a : assets)
            pointers.append(&a);
        std::vector<Dimension> every;
        for (const QString& id : Dimension::ids())
            every.push_back(*Dimension::make(*t->reg, id));
        QVector<const Dimension*> dims;
        for (const Dimension& d : every)
            dims.append(&d);
        // All dimensions in one pass place exactly as each on its own.
        const QVector<DimensionPlacement> together = DimensionPlacement::of(dims, pointers);
        QCOMPARE(together.size(), dims.size());
        for (int d = 0; d < dims.size(); ++d) {
            const DimensionPlacement alone = DimensionPlacement::of(*dims[d], assets);
            QCOMPARE(together[d].offsets, alone.offsets);
            QCOMPARE(together[d].indices, alone.indices);
            QCOMPARE(together[d].values.size(), alone.values.size());
            for (int i = 0; i < alone.values.size(); ++i) {
                QCOMPARE(together[d].values[i].key, alone.values[i].key);
                QCOMPARE(together[d].values[i].label, alone.values[i].label);
            }
        }
        for (const QString& id : Dimension::ids()) {
            const std::optional<Dimension> dim = Dimension::make(*t->reg, id);
            QVERIFY(dim);
            QVector<DimensionValue> values;
            QVector<int> offsets{0};
            QVector<int> indices;
            for (const Asset& a : assets) {
                for (const DimensionValue& v : dim->of(a)) {
                    int found = -1;
                    for (int i = 0; i < values.size(); ++i)
                        if (values[i].key == v.key)
                            found = i;
                    if (found < 0) {
                        found = int(values.size());
                        values.append(v);
                    }
                    indices.append(found);
                }
                offsets.append(int(indices.size()));
            }
            const DimensionPlacement p = DimensionPlacement::of(*dim, assets);
            QCOMPARE(p.offsets, offsets);
            QCOMPARE(p.indices, indices);
            QCOMPARE(p.values.size(), values.size());
            for (int i = 0; i < values.size(); ++i) {
                QCOMPARE(p.values[i].key, values[i].key);
                QCOMPARE(p.values[i].label, values[i].label);
            }
        }
    }

    void unknownDimensionIsAnError()
    {
        QString error;
        const CrossTable x = CrossTable::compute(*t->reg, t->reg->assets(), QStringLiteral("org"), QStringLiteral("colour"), &error);
        QVERIFY(error.contains(QStringLiteral("colour")));
        QVERIFY(x.rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrossTable)
#include "tst_crosstable.moc"
