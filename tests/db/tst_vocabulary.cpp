// Closed lists (stage, status, asset type …) and the yes/no and key normalisation used on input.
#include "domain/Asset.h"
#include "domain/AssetSections.h"
#include "domain/Vocabulary.h"
#include "storage/HistoryWording.h"
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

    // Excel reads a pasted or saved cell whole only when separators, quotes and line breaks are quoted.
    void delimitedLineQuotesWhatExcelNeeds()
    {
        QCOMPARE(delimitedLine({"a", "b c", ""}, QLatin1Char('\t')), QStringLiteral("a\tb c\t"));
        QCOMPARE(delimitedLine({"名簿\t一覧", "x"}, QLatin1Char('\t')), QStringLiteral("\"名簿\t一覧\"\tx"));
        QCOMPARE(delimitedLine({"1,000人", "x"}, QLatin1Char(',')), QStringLiteral("\"1,000人\",x"));
        QCOMPARE(delimitedLine({"1,000人"}, QLatin1Char('\t')), QStringLiteral("1,000人"));
        QCOMPARE(delimitedLine({"say \"hi\""}, QLatin1Char('\t')), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(delimitedLine({"一行目\n二行目"}, QLatin1Char('\t')), QStringLiteral("\"一行目\n二行目\""));
    }

    // Every field of a register row is shown in exactly one section of the editor and the details.
    void everyFieldIsInExactlyOneSection()
    {
        QStringList seen;
        for (const AssetSection& s : AssetSections::all())
            for (const QString& key : s.fieldKeys) {
                QVERIFY2(AssetFields::find(key), qPrintable(key));
                QVERIFY2(!seen.contains(key), qPrintable(key));
                seen << key;
            }
        for (const AssetField& f : AssetFields::all())
            QVERIFY2(seen.contains(f.key), qPrintable(f.key));
        QCOMPARE(AssetSections::all().size(), 7);
        QCOMPARE(AssetSections::of(QStringLiteral("c"))->id, QStringLiteral("classification"));
        QVERIFY(!AssetSections::of(QStringLiteral("nonsense")));
    }

    // Each field's typed member is the very member its QVariant accessors read and write, so the
    // storage's fast paths and everything else see the same value.
    void typedMembersAgreeWithAccessors()
    {
        Asset a;
        int n = 0;
        for (const AssetField& f : AssetFields::all()) {
            const int set = int(f.text != nullptr) + int(f.flag != nullptr) + int(f.number != nullptr)
                          + int(f.date != nullptr);
            QVERIFY2(set == 1, qPrintable(f.key));
            switch (f.type) {
            case FieldType::Boolean:
                QVERIFY2(f.flag, qPrintable(f.key));
                a.*f.flag = true;
                QCOMPARE(f.get(a).toBool(), true);
                break;
            case FieldType::Integer:
                QVERIFY2(f.number, qPrintable(f.key));
                a.*f.number = 1000 + ++n;
                QCOMPARE(f.get(a).toInt(), 1000 + n);
                break;
            case FieldType::Date:
                QVERIFY2(f.date, qPrintable(f.key));
                a.*f.date = QDate(2020, 4, 1).addDays(++n);
                QCOMPARE(f.get(a).toDate(), QDate(2020, 4, 1).addDays(n));
                break;
            default:
                QVERIFY2(f.text, qPrintable(f.key));
                a.*f.text = QStringLiteral("v%1").arg(++n);
                QCOMPARE(f.get(a).toString(), QStringLiteral("v%1").arg(n));
                break;
            }
        }
    }

    // History reads in words: labels for codes, 和暦 for dates, yes/no for flags.
    void historyIsWordedForPeople()
    {
        QCOMPARE(HistoryWording::value(QStringLiteral("stage"), QStringLiteral("dispose")),
                 Vocabulary::stages().label(QStringLiteral("dispose")));
        QCOMPARE(HistoryWording::value(QStringLiteral("next_review"), QStringLiteral("2025-04-01")),
                 QStringLiteral("令和7年4月1日"));
        QCOMPARE(HistoryWording::value(QStringLiteral("name"), QStringLiteral("1")), QStringLiteral("1"));
        QCOMPARE(HistoryWording::change({QStringLiteral("c"), QStringLiteral("2"), QStringLiteral("3B")}),
                 QStringLiteral("Confidentiality: 2 → 3B"));
        QCOMPARE(HistoryWording::change({QStringLiteral("name"), QString(), QStringLiteral("台帳")}),
                 QStringLiteral("Asset name: 台帳"));
        QCOMPARE(HistoryWording::action(QStringLiteral("dispose")), QStringLiteral("Disposed"));
        QCOMPARE(HistoryWording::action(QStringLiteral("withdraw")), QStringLiteral("Registration withdrawn"));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
