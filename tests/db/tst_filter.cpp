// The filters the register window combines, and the search that matches as you type.
#include "TestRegister.h"

#include "query/AssetFilter.h"

#include <QTest>

using namespace daicho;
using daicho::test::TestRegister;

class TestFilter : public QObject
{
    Q_OBJECT

    TestRegister t;

    QStringList names(const AssetFilter& f)
    {
        QString error;
        QStringList out;
        for (const Asset& a : f.apply(*t.reg, t.reg->assets(), &error))
            out << a.name;
        if (!error.isEmpty())
            out << "ERROR: " + error;
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        Asset a = t.cleanAsset("国民健康保険被保険者台帳");
        a.personal = a.specific = true;
        a.networkSegment = "mynumber";
        a.cLevel = "3B";
        a.subjectBand = "lt1000";
        a.storageLocation = "第２書庫";
        a.remarks = "ＡＢＣシステムから出力";
        QVERIFY(t.reg->addAsset(a, t.actor));

        Asset b = t.cleanAsset("健康相談記録");
        b.personal = b.sensitive = true;
        b.cLevel = "3C";
        b.outsourced = true;
        b.contractor = "〇〇保健サービス";
        QVERIFY(t.reg->addAsset(b, t.actor));

        Asset c = t.cleanAsset("窓口案内チラシ");
        c.cLevel = "1";
        c.cloud = true;
        c.cloudService = "CMS";
        c.ismap = true;
        c.networkSegment = "internet";
        c.orgId = t.otherSection.id;
        QVERIFY(t.reg->addAsset(c, t.actor));

        Asset d = t.cleanAsset("課内連絡網");
        d.aLevel = "2";   // no backup: a warning
        d.nextReview = QDate(2025, 1, 1);
        QVERIFY(t.reg->addAsset(d, t.actor));
    }

    void emptyFilterMatchesEverything()
    {
        AssetFilter f;
        QVERIFY(f.isEmpty());
        QCOMPARE(names(f).size(), 4);
        f.text = "  \u3000 ";
        QVERIFY(f.isEmpty());
    }

    void searchIgnoresWidthCaseAndSpaces()
    {
        AssetFilter f;
        f.text = "abc";   // typed half-width, stored full-width
        QCOMPARE(names(f), QStringList{"国民健康保険被保険者台帳"});
        f.text = "第2書庫";
        QCOMPARE(names(f), QStringList{"国民健康保険被保険者台帳"});
        f.text = "健康";
        QCOMPARE(names(f), (QStringList{"健康相談記録", "国民健康保険被保険者台帳"}));
        f.text = "健康\u3000相談";   // two words, both must match
        QCOMPARE(names(f), QStringList{"健康相談記録"});
        f.text = "庶務";                // business
        QCOMPARE(names(f).size(), 4);
        f.text = "0302-";               // asset number
        QCOMPARE(names(f).size(), 3);
        f.text = "台帳健康";            // never across two fields
        QCOMPARE(names(f), QStringList());
    }

    void personalDataKinds()
    {
        AssetFilter f;
        f.personal = AssetFilter::Personal::Personal;
        QCOMPARE(names(f), (QStringList{"健康相談記録", "国民健康保険被保険者台帳"}));
        f.personal = AssetFilter::Personal::Sensitive;
        QCOMPARE(names(f), QStringList{"健康相談記録"});
        f.personal = AssetFilter::Personal::Specific;
        QCOMPARE(names(f), QStringList{"国民健康保険被保険者台帳"});
        f.personal = AssetFilter::Personal::NoPersonal;
        QCOMPARE(names(f), (QStringList{"窓口案内チラシ", "課内連絡網"}));
    }

    void segmentOutsourcingCloud()
    {
        AssetFilter f;
        f.segment = "internet";
        QCOMPARE(names(f), QStringList{"窓口案内チラシ"});
        f = {};
        f.outsourced = true;
        QCOMPARE(names(f), QStringList{"健康相談記録"});
        f.outsourced = false;
        QCOMPARE(names(f).size(), 3);
        f = {};
        f.cloud = true;
        QCOMPARE(names(f), QStringList{"窓口案内チラシ"});
    }

    void findingsAndOverdue()
    {
        AssetFilter f;
        f.findingsOnly = true;
        QCOMPARE(names(f), QStringList{"課内連絡網"});
        f = {};
        f.overdueOnly = true;
        QCOMPARE(names(f), QStringList{"課内連絡網"});
    }

    void filtersCombine()
    {
        AssetFilter f;
        f.orgCode = "0302";
        f.text = "健康";
        QVERIFY(f.addLevel("C=3C").isEmpty());
        QCOMPARE(names(f), QStringList{"健康相談記録"});
        f.orgCode = "0303";
        QCOMPARE(names(f), QStringList());
        f.orgCode = "03";   // the department covers both sections
        QCOMPARE(names(f), QStringList{"健康相談記録"});
    }

    void cachedSearchTextGivesTheSameAnswer()
    {
        AssetFilter f;
        f.text = "ｂｃ　第２";
        AssetFilter::Bound bound;
        QVERIFY(f.bind(*t.reg, &bound).isEmpty());
        for (const Asset& a : t.reg->assets()) {
            const QString cached = AssetFilter::searchableText(a);
            QCOMPARE(bound.matches(a, &cached), bound.matches(a));
        }
    }

    // A printout of 令和7年度 leaves out assets entered for 令和8年度 (ReportScope); a filter opened from
    // one of its counts must leave out the same ones.
    void fiscalYearCutLeavesOutLaterYears()
    {
        AssetFilter f;
        f.upToFiscalYear = 2025;
        QVERIFY(!f.isEmpty());
        AssetFilter::Bound bound;
        QVERIFY(f.bind(*t.reg, &bound).isEmpty());
        Asset a = t.cleanAsset("次年度計画");
        a.fiscalYear = 2026;
        QVERIFY(!bound.matches(a));
        a.fiscalYear = 2025;
        QVERIFY(bound.matches(a));
        a.fiscalYear = 2019;   // earlier 年度 stay, as the printout keeps them
        QVERIFY(bound.matches(a));
        f.upToFiscalYear = 0;   // no cut: every 年度
        a.fiscalYear = 2026;
        QVERIFY(f.bind(*t.reg, &bound).isEmpty());
        QVERIFY(bound.matches(a));
        QVERIFY(f.isEmpty());
        // And through apply, over the register's own assets, which all belong to this 年度 or earlier.
        f.upToFiscalYear = 2025;
        QCOMPARE(names(f).size(), 4);
        f.upToFiscalYear = 1990;
        QCOMPARE(names(f), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
