// Classification schemes as data and every value derived from them: labels, 重要度, restrictions, risk.
#include "domain/Catalog.h"
#include "domain/CityProfile.h"
#include "domain/ClassificationScheme.h"

#include <QTest>

using namespace daicho;

class TestClassification : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::defaults(*CityProfile::find(QStringLiteral("generic")));

    Asset asset(const QString& scheme, const QString& c, const QString& i, const QString& a) const
    {
        Asset x;
        x.schemeId = scheme;
        x.cLevel = c;
        x.iLevel = i;
        x.aLevel = a;
        return x;
    }

private slots:
    void presetsHaveTheGuidelineLevels_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QStringList>("c");
        QTest::addColumn<QStringList>("i");
        QTest::addColumn<bool>("iUsed");
        QTest::newRow("mic-r6") << "mic-r6" << QStringList{"1", "2", "3C", "3B", "3A"} << QStringList{"1", "2"} << true;
        QTest::newRow("mic-h27") << "mic-h27" << QStringList{"1", "2", "3"} << QStringList{"1", "2"} << true;
        QTest::newRow("mext") << "mext" << QStringList{"IV", "III", "II", "I"} << QStringList{} << false;
    }
    void presetsHaveTheGuidelineLevels()
    {
        QFETCH(QString, scheme);
        QFETCH(QStringList, c);
        QFETCH(QStringList, i);
        QFETCH(bool, iUsed);
        const ClassificationScheme* s = ClassificationScheme::preset(scheme);
        QVERIFY(s);
        QStringList codes;
        int lastRank = 0;
        for (const Level& l : s->c.levels) {
            codes << l.code;
            QVERIFY2(l.rank > lastRank, "levels are listed lowest first");
            lastRank = l.rank;
            QVERIFY2(!l.definition.isEmpty(), qPrintable(l.code));
            QVERIFY(l.tier >= 1 && l.tier <= 3);
        }
        QCOMPARE(codes, c);
        QCOMPARE(s->i.used, iUsed);
        codes.clear();
        for (const Level& l : s->i.levels)
            codes << l.code;
        QCOMPARE(codes, i);
    }

    void defaultSchemeIsCurrentGuideline() { QCOMPARE(ClassificationScheme::defaultId(), QStringLiteral("mic-r6")); }

    void levelInputAsPeopleTypeIt_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("plain") << "mic-h27" << "3" << "3";
        QTest::newRow("full-width") << "mic-h27" << "３" << "3";
        QTest::newRow("axis word") << "mic-h27" << "機密性2" << "2";
        QTest::newRow("C prefix") << "mic-h27" << "C2" << "2";
        QTest::newRow("lower r6") << "mic-r6" << "3b" << "3B";
        QTest::newRow("r6 label") << "mic-r6" << "自治体機密性3A" << "3A";
        QTest::newRow("r6 C prefix full-width") << "mic-r6" << "Ｃ３Ｃ" << "3C";
        QTest::newRow("spaces") << "mic-r6" << " 2 " << "2";
        QTest::newRow("mext roman") << "mext" << "Ⅲ" << "III";
        QTest::newRow("mext word") << "mext" << "重要性分類IV" << "IV";
        QTest::newRow("unknown") << "mic-h27" << "3B" << "";
        QTest::newRow("garbage") << "mic-r6" << "高" << "";
    }
    void levelInputAsPeopleTypeIt()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, input);
        QFETCH(QString, code);
        QCOMPARE(ClassificationScheme::preset(scheme)->levelCodeFor(Axis::Confidentiality, input), code);
    }

    void notApplicableOnlyWhereAllowed()
    {
        const ClassificationScheme* r6 = ClassificationScheme::preset(QStringLiteral("mic-r6"));
        QCOMPARE(r6->levelCodeFor(Axis::Integrity, QStringLiteral("－")), notApplicableCode());
        QCOMPARE(r6->levelCodeFor(Axis::Confidentiality, QStringLiteral("-")), QString());
    }

    void labels_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("i");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("compact");
        QTest::newRow("r6") << "mic-r6" << "3B" << "2" << "2" << "機密性3B／完全性2／可用性2" << "C3B-I2-A2";
        QTest::newRow("h27") << "mic-h27" << "1" << "1" << "1" << "機密性1／完全性1／可用性1" << "C1-I1-A1";
        QTest::newRow("paper n/a") << "mic-r6" << "2" << "-" << "-" << "機密性2／完全性－／可用性－" << "C2-I--A-";
        QTest::newRow("unclassified") << "mic-r6" << "" << "2" << "1" << "機密性未分類／完全性2／可用性1" << "C?-I2-A1";
        QTest::newRow("mext") << "mext" << "III" << "" << "" << "重要性分類III" << "III";
    }
    void labels()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, c);
        QFETCH(QString, i);
        QFETCH(QString, a);
        QFETCH(QString, label);
        QFETCH(QString, compact);
        const Asset x = asset(scheme, c, i, a);
        QCOMPARE(m_catalog.labelText(x), label);
        QCOMPARE(m_catalog.compactLabel(x), compact);
    }

    void importance_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("i");
        QTest::addColumn<QString>("a");
        QTest::addColumn<int>("personal");   // 0 none, 1 personal, 2 sensitive, 3 specific
        QTest::addColumn<int>("expected");
        QTest::newRow("r6 3A") << "mic-r6" << "3A" << "1" << "1" << 0 << 3;
        QTest::newRow("r6 3B") << "mic-r6" << "3B" << "1" << "1" << 0 << 3;
        QTest::newRow("r6 3C") << "mic-r6" << "3C" << "1" << "1" << 0 << 2;
        QTest::newRow("r6 2") << "mic-r6" << "2" << "1" << "1" << 0 << 2;
        QTest::newRow("r6 1") << "mic-r6" << "1" << "1" << "1" << 0 << 1;
        QTest::newRow("r6 I2 only") << "mic-r6" << "1" << "2" << "1" << 0 << 2;
        QTest::newRow("r6 A2 only") << "mic-r6" << "1" << "1" << "2" << 0 << 2;
        QTest::newRow("h27 3") << "mic-h27" << "3" << "1" << "1" << 0 << 3;
        QTest::newRow("h27 2") << "mic-h27" << "2" << "1" << "1" << 0 << 2;
        QTest::newRow("personal lifts 1 to 2") << "mic-h27" << "1" << "1" << "1" << 1 << 2;
        QTest::newRow("sensitive lifts to 3") << "mic-h27" << "2" << "1" << "1" << 2 << 3;
        QTest::newRow("specific lifts to 3") << "mic-r6" << "3C" << "1" << "1" << 3 << 3;
        QTest::newRow("mext I (most important)") << "mext" << "I" << "" << "" << 0 << 3;
        QTest::newRow("mext II") << "mext" << "II" << "" << "" << 0 << 2;
        QTest::newRow("mext III") << "mext" << "III" << "" << "" << 0 << 2;
        QTest::newRow("mext IV (least)") << "mext" << "IV" << "" << "" << 0 << 1;
        QTest::newRow("unclassified") << "mic-r6" << "" << "" << "" << 0 << 1;
    }
    void importance()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, c);
        QFETCH(QString, i);
        QFETCH(QString, a);
        QFETCH(int, personal);
        QFETCH(int, expected);
        Asset x = asset(scheme, c, i, a);
        x.personal = personal >= 1;
        x.sensitive = personal == 2;
        x.specific = personal == 3;
        QCOMPARE(m_catalog.importance(x), expected);
    }

    void importanceTableIsAdjustable()
    {
        Catalog c = m_catalog;
        const Asset x = asset(QStringLiteral("mic-r6"), QStringLiteral("3C"), QStringLiteral("1"), QStringLiteral("1"));
        QCOMPARE(c.importance(x), 2);
        c.importanceRules.append({QStringLiteral("mic-r6"), QStringLiteral("c>=3C"), 3});
        QCOMPARE(c.importance(x), 3);
        QVERIFY(c.checkImportanceCondition({QStringLiteral("mic-r6"), QStringLiteral("c>=3C"), 3}).isEmpty());
        QVERIFY(!c.checkImportanceCondition({QStringLiteral("mic-h27"), QStringLiteral("c>=3C"), 3}).isEmpty());
        QVERIFY(!c.checkImportanceCondition({QString(), QStringLiteral("c>=2"), 2}).isEmpty());
        QVERIFY(!c.checkImportanceCondition({QString(), QStringLiteral("personal"), 4}).isEmpty());
        QVERIFY(!c.checkImportanceCondition({QString(), QStringLiteral("c=2"), 2}).isEmpty());
    }

    void restrictionsFollowTheLevels()
    {
        auto codes = [this](const Asset& x) {
            QStringList out;
            for (const Restriction& r : m_catalog.effectiveRestrictions(x))
                out << r.code;
            return out;
        };
        const QStringList c1 = codes(asset(QStringLiteral("mic-r6"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")));
        QVERIFY(c1.isEmpty());
        const QStringList c2 = codes(asset(QStringLiteral("mic-r6"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1")));
        QVERIFY(c2.contains(QStringLiteral("c2-no-copies")));
        QVERIFY(c2.contains(QStringLiteral("c2-encrypt-transfer")));
        QVERIFY(!c2.contains(QStringLiteral("c3-issued-devices")));
        const QStringList c3 = codes(asset(QStringLiteral("mic-r6"), QStringLiteral("3C"), QStringLiteral("1"), QStringLiteral("1")));
        QVERIFY(c3.contains(QStringLiteral("c3-issued-devices")));
        const QStringList h3 = codes(asset(QStringLiteral("mic-h27"), QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("1")));
        QVERIFY(h3.contains(QStringLiteral("c3-issued-devices")));
        const QStringList a2 = codes(asset(QStringLiteral("mic-r6"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")));
        QCOMPARE(a2, (QStringList{QStringLiteral("media-locked"), QStringLiteral("a2-backup-recovery")}));
        const QStringList i2 = codes(asset(QStringLiteral("mic-r6"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1")));
        QVERIFY(i2.contains(QStringLiteral("i2-backup-signature")));
        QCOMPARE(i2.count(QStringLiteral("media-locked")), 1);
    }

    void restrictionOverrides()
    {
        Asset x = asset(QStringLiteral("mic-r6"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1"));
        x.restrictionOverrides = {{QStringLiteral("c3-issued-devices"), true, QStringLiteral("課の判断")},
                                  {QStringLiteral("c2-no-copies"), false, QStringLiteral("公開予定の資料")}};
        QStringList codes;
        for (const Restriction& r : m_catalog.effectiveRestrictions(x))
            codes << r.code;
        QVERIFY(codes.contains(QStringLiteral("c3-issued-devices")));
        QVERIFY(!codes.contains(QStringLiteral("c2-no-copies")));
        QVERIFY(codes.contains(QStringLiteral("c2-storage-place")));
        QCOMPARE(codes.first(), QStringLiteral("c3-issued-devices"));   // catalogue order, not override order
    }

    void risk_data()
    {
        QTest::addColumn<int>("threat");
        QTest::addColumn<int>("vulnerability");
        QTest::addColumn<QString>("c");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("band");
        QTest::newRow("not evaluated") << 0 << 2 << "3B" << 0 << "";
        QTest::newRow("low likelihood floor") << 1 << 1 << "1" << 1 << "小";
        QTest::newRow("3 x 1") << 2 << 2 << "3B" << 3 << "小";
        QTest::newRow("2 x 2") << 2 << 3 << "2" << 4 << "中";
        QTest::newRow("3 x 2") << 3 << 2 << "3A" << 6 << "大";
        QTest::newRow("3 x 3") << 3 << 3 << "3A" << 9 << "大";
    }
    void risk()
    {
        QFETCH(int, threat);
        QFETCH(int, vulnerability);
        QFETCH(QString, c);
        QFETCH(int, value);
        QFETCH(QString, band);
        Asset x = asset(QStringLiteral("mic-r6"), c, QStringLiteral("1"), QStringLiteral("1"));
        x.threat = threat;
        x.vulnerability = vulnerability;
        QCOMPARE(m_catalog.riskValue(x), value);
        QCOMPARE(Catalog::riskBand(value), band);
    }
};

QTEST_GUILESS_MAIN(TestClassification)
#include "tst_classification.moc"
