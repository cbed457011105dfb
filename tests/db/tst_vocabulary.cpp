// Closed lists (stage, status, asset type …) and the yes/no and key normalisation used on input.
#include "domain/Vocabulary.h"
#include "util/Text.h"

#include <QTest>

using namespace daicho;

class TestVocabulary : public QObject
{
    Q_OBJECT
private slots:
    void stagesInLifeOrder()
    {
        QCOMPARE(Vocabulary::stages().codes(),
                 (QStringList{"create", "obtain", "use", "store", "send", "carry", "provide", "publish", "dispose"}));
        QStringList ja;
        for (const Term& t : Vocabulary::stages().terms())
            ja << t.japanese;
        QCOMPARE(ja, (QStringList{"作成", "入手", "利用", "保管", "送信", "運搬", "提供", "公表", "廃棄"}));
        QCOMPARE(stageCode(Stage::Dispose), QString("dispose"));
        bool ok = false;
        QCOMPARE(stageFromCode("publish", &ok), Stage::Publish);
        QVERIFY(ok);
        stageFromCode("burn", &ok);
        QVERIFY(!ok);
    }

    void statuses()
    {
        QStringList ja;
        for (const Term& t : Vocabulary::statuses().terms())
            ja << t.japanese;
        QCOMPARE(ja, (QStringList{"下書き", "確認待ち", "承認済", "差戻し", "廃棄済"}));
    }

    void codeForAcceptsWhatPeopleWrite_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << "dispose" << "dispose";
        QTest::newRow("japanese") << "廃棄" << "dispose";
        QTest::newRow("english") << "Disposed of" << "dispose";
        QTest::newRow("case and space") << " PUBLISH " << "publish";
        QTest::newRow("unknown") << "燃やす" << "";
        QTest::newRow("empty") << "" << "";
    }
    void codeForAcceptsWhatPeopleWrite()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QCOMPARE(Vocabulary::stages().codeFor(input), code);
    }

    void assetTypesMatchTheRegisterColumn()
    {
        QCOMPARE(Vocabulary::assetTypes().codeFor("情報(紙)"), QString("info-paper"));
        QCOMPARE(Vocabulary::assetTypes().codeFor("情報（紙）"), QString("info-paper"));
        QCOMPARE(Vocabulary::assetTypes().terms().size(), 9);
        QVERIFY(codes::isPhysicalMedium("media"));
        QVERIFY(!codes::isPhysicalMedium("system"));
        QVERIFY(codes::needsFileRegister("ge1000"));
        QVERIFY(!codes::needsFileRegister("lt1000"));
    }

    void yesNo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value");
        for (const char* yes : {"有", "あり", "○", "〇", "✓", "1", "１", "Yes", "TRUE", " 有 "})
            QTest::newRow(yes) << QString::fromUtf8(yes) << 1;
        for (const char* no : {"無", "なし", "×", "0", "no", "false", "－"})
            QTest::newRow(no) << QString::fromUtf8(no) << 0;
        QTest::newRow("unclear") << "たぶん" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void yesNo()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        QCOMPARE(parseYesNo(text), value);
    }

    void searchKeyFoldsWidthAndCase()
    {
        QCOMPARE(searchKey("ＡＢＣ　１２３"), searchKey("abc123"));
        QCOMPARE(searchKey("ｶﾀｶﾅ"), searchKey("カタカナ"));
        QCOMPARE(normalizedCode(" ０１０１ "), QString("0101"));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
