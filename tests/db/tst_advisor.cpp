// The classification helper: the questions a 課長 asks, and the levels they lead to in each scheme.
#include "domain/ClassificationAdvisor.h"

#include <QTest>

using namespace daicho;

namespace {

ClassificationProposal propose(const char* scheme, const ClassificationAnswers& q)
{
    const ClassificationScheme* s = ClassificationScheme::preset(QString::fromLatin1(scheme));
    Q_ASSERT(s);
    return ClassificationAdvisor::propose(*s, q);
}

} // namespace

Q_DECLARE_METATYPE(ClassificationAnswers)

class TestAdvisor : public QObject
{
    Q_OBJECT

private slots:
    void confidentiality_data()
    {
        QTest::addColumn<ClassificationAnswers>("answers");
        QTest::addColumn<QString>("r6");
        QTest::addColumn<QString>("h27");
        QTest::addColumn<QString>("mext");

        ClassificationAnswers q;
        QTest::newRow("internal memo") << q << "2" << "2" << "III";
        q.published = true;
        QTest::newRow("published") << q << "1" << "1" << "IV";
        q = {};
        q.personal = true;
        q.subjectBand = "lt1000";
        QTest::newRow("few people") << q << "3C" << "2" << "II";
        q.sensitive = true;
        QTest::newRow("sensitive, few people") << q << "3C" << "2" << "II";
        q = {};
        q.personal = true;
        q.subjectBand = "ge10000";
        QTest::newRow("many people") << q << "3B" << "3" << "I";
        q = {};
        q.personal = true;
        q.specific = true;
        QTest::newRow("My Number") << q << "3B" << "3" << "I";
        q = {};
        q.myNumberSegment = true;
        QTest::newRow("on the My Number segment") << q << "3B" << "3" << "I";
        q = {};
        q.secret = true;
        q.personal = true;
        QTest::newRow("secret beats personal") << q << "3A" << "3" << "I";
        q = {};
        q.personal = true;
        q.published = true;
        QTest::newRow("personal data is never proposed as public") << q << "3C" << "2" << "II";
    }

    void confidentiality()
    {
        QFETCH(ClassificationAnswers, answers);
        QFETCH(QString, r6);
        QFETCH(QString, h27);
        QFETCH(QString, mext);
        const ClassificationProposal a = propose("mic-r6", answers);
        QCOMPARE(a.c.code, r6);
        QVERIFY(!a.c.reason.isEmpty());
        QCOMPARE(propose("mic-h27", answers).c.code, h27);
        QCOMPARE(propose("mext", answers).c.code, mext);
    }

    void publishedPersonalDataSaysWhy()
    {
        ClassificationAnswers q;
        q.personal = true;
        q.published = true;
        QVERIFY(propose("mic-r6", q).c.reason.contains("cannot be published"));
    }

    void integrityAndAvailability()
    {
        ClassificationAnswers q;
        ClassificationProposal p = propose("mic-r6", q);
        QCOMPARE(p.i.code, QString("1"));
        QCOMPARE(p.a.code, QString("1"));
        q.alterationHarms = true;
        q.lossForADayHarms = true;
        p = propose("mic-r6", q);
        QCOMPARE(p.i.code, QString("2"));
        QCOMPARE(p.a.code, QString("2"));
        QVERIFY(p.a.reason.contains("day"));
    }

    void paperOnlyMayBeNotApplicable()
    {
        ClassificationAnswers q;
        q.paperOnly = true;
        const ClassificationProposal p = propose("mic-r6", q);
        QCOMPARE(p.i.code, notApplicableCode());
        QCOMPARE(p.a.code, notApplicableCode());
        q.lossForADayHarms = true;
        QCOMPARE(propose("mic-r6", q).a.code, QString("2"));
    }

    void educationSchemeWeighsTheWorkOnItsOneAxis()
    {
        ClassificationAnswers q;
        QCOMPARE(propose("mext", q).c.code, QString("III"));
        QVERIFY(propose("mext", q).i.code.isEmpty());
        q.lossForADayHarms = true;
        QCOMPARE(propose("mext", q).c.code, QString("II"));
        q.published = true;
        QCOMPARE(propose("mext", q).c.code, QString("II"));
    }

    void ownSchemeGoesByTier()
    {
        // A municipality's own scheme with unfamiliar codes still gets proposals.
        ClassificationScheme own = *ClassificationScheme::preset("mic-h27");
        own.id = "city-2026";
        for (Level& l : own.c.levels)
            l.code = "K" + l.code;
        ClassificationAnswers q;
        QCOMPARE(ClassificationAdvisor::propose(own, q).c.code, QString("K2"));
        q.secret = true;
        QCOMPARE(ClassificationAdvisor::propose(own, q).c.code, QString("K3"));
        q = {};
        q.published = true;
        QCOMPARE(ClassificationAdvisor::propose(own, q).c.code, QString("K1"));
    }

    void everyProposalIsALevelOfItsScheme()
    {
        for (const ClassificationScheme& s : ClassificationScheme::presets()) {
            for (int bits = 0; bits < (1 << 9); ++bits) {
                ClassificationAnswers q;
                q.secret = bits & 1;
                q.personal = bits & 2;
                q.sensitive = bits & 4;
                q.specific = bits & 8;
                q.myNumberSegment = bits & 16;
                q.published = bits & 32;
                q.alterationHarms = bits & 64;
                q.lossForADayHarms = bits & 128;
                q.paperOnly = bits & 256;
                q.subjectBand = (bits & 2) ? "ge1000" : "";
                const ClassificationProposal p = ClassificationAdvisor::propose(s, q);
                for (Axis axis : kAllAxes) {
                    const AxisScale& scale = s.axis(axis);
                    const QString code = p.axis(axis).code;
                    if (!scale.used)
                        QVERIFY(code.isEmpty());
                    else
                        QVERIFY2(scale.level(code) || (code == notApplicableCode() && scale.allowsNotApplicable),
                                 qPrintable(s.id + " " + code));
                    QVERIFY(!p.axis(axis).reason.isEmpty());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAdvisor)
#include "tst_advisor.moc"
