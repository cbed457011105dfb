// The change lists history rows store: a change as [{"field","new","old"}…] (and every row before
// register format 6), a creation as {"key":"value"…}. Both read back as the same list, so the history
// view, `daicho-cli history` and the chain see one meaning whichever form a row has.
#include "storage/HistoryChanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace daicho;

namespace {

using Changes = QVector<AssetFields::Change>;

QString show(const Changes& changes)
{
    QStringList out;
    for (const AssetFields::Change& c : changes)
        out << c.key + QLatin1Char('=') + c.oldValue + QStringLiteral("->") + c.newValue;
    return out.join(QLatin1Char('|'));
}

// Every kind of member set, with the texts a person (or a hostile file) could leave in a register.
QVector<Asset> assets()
{
    QVector<Asset> out;
    for (int i = 0; i < 4; ++i) {
        Asset a;
        a.orgId = i == 3 ? 0 : 7;   // 0: not yet placed, no organisation in the list
        a.orgCode = QStringLiteral("0302");
        for (const AssetField& f : AssetFields::all())
            if (f.text)
                a.*f.text = QStringLiteral("%1 値%2 \"q\" \\ 𠮷\n\t\x01 end").arg(f.key).arg(i);
        a.name = i == 2 ? QString() : a.name;
        a.fiscalYear = i == 1 ? 0 : 2020 + i;
        a.threat = i;
        a.personal = i % 2 == 0;
        a.outsourced = i % 2 == 1;
        a.retentionUntil = i == 0 ? QDate() : QDate(2030 + i, 3, 31);
        a.nextReview = QDate(9999, 12, 31);
        if (i % 2 == 0)
            a.restrictionOverrides = {{QStringLiteral("c2-no-copies"), false, QStringLiteral("写しは \"作らない\"")},
                                      {QStringLiteral("a2-backup-recovery"), true, QStringLiteral("理由")}};
        out << a;
    }
    out << Asset();   // nothing set at all
    return out;
}

} // namespace

class TestHistoryChanges : public QObject
{
    Q_OBJECT

private slots:
    void aCreationReadsAsTheDiffFromAFreshAsset()
    {
        for (const Asset& a : assets()) {
            const Changes diff = AssetFields::diff(Asset(), a);
            const QByteArray stored = HistoryChanges::created(a);
            QCOMPARE(show(HistoryChanges::read(stored)), show(diff));
            // Stored as one object of the new values, which JSON readers elsewhere read as it is.
            const QJsonDocument doc = QJsonDocument::fromJson(stored);
            QVERIFY(doc.isObject());
            QCOMPARE(doc.object().size(), diff.size());
            for (const AssetFields::Change& c : diff)
                QCOMPARE(doc.object().value(c.key).toString(), c.newValue);
        }
    }

    void aCreationIsAboutHalfTheOldForm()
    {
        const Asset a = assets().at(1);
        const qsizetype compact = HistoryChanges::created(a).size();
        const qsizetype old = HistoryChanges::json(AssetFields::diff(Asset(), a)).toUtf8().size();
        QVERIFY2(compact * 10 < old * 8, qPrintable(QStringLiteral("%1 vs %2 bytes").arg(compact).arg(old)));
    }

    void aChangeListIsWhatQtWritesAndReadsBack()
    {
        const Changes changes = {{QStringLiteral("name"), QStringLiteral("旧 \"名\"\n"), QStringLiteral("新 \\ 𠮷\x1f")},
                                 {QStringLiteral("c_level"), QStringLiteral("2"), QString()},
                                 {QStringLiteral("unknown_key"), QString(), QStringLiteral("x")}};
        QJsonArray array;
        for (const AssetFields::Change& c : changes)
            array.append(QJsonObject{{QStringLiteral("field"), c.key},
                                     {QStringLiteral("old"), c.oldValue},
                                     {QStringLiteral("new"), c.newValue}});
        const QString text = HistoryChanges::json(changes);
        QCOMPARE(text.toUtf8(), QJsonDocument(array).toJson(QJsonDocument::Compact));
        QCOMPARE(show(HistoryChanges::read(text.toUtf8())), show(changes));
        QCOMPARE(HistoryChanges::json({}), QStringLiteral("[]"));
        QVERIFY(HistoryChanges::read("[]").isEmpty());
    }

    void everyCharacterIsEncodedAsQtEncodesIt()
    {
        // One, two, three and four UTF-8 bytes, every escape, and the unpaired surrogates texts are
        // checked for before they are saved: the bytes are what QString::toUtf8 makes of the escaped text.
        QString all = QStringLiteral("a\"\\/\n\r\t\b\f\x01\x1f\x7f é ß ア 漢 ｱ \uFFFD 𠮷 😀");
        all += QChar(0xD800);
        all += QStringLiteral("x");
        all += QChar(0xDC00);
        const Changes one = {{QStringLiteral("name"), all, all}};
        QString escaped = all;
        escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
        escaped.replace(QLatin1String("\n"), QLatin1String("\\n")).replace(QLatin1String("\r"), QLatin1String("\\r"));
        escaped.replace(QLatin1String("\t"), QLatin1String("\\t")).replace(QLatin1String("\b"), QLatin1String("\\b"));
        escaped.replace(QLatin1String("\f"), QLatin1String("\\f")).replace(QChar(0x01), QLatin1String("\\u0001"));
        escaped.replace(QChar(0x1f), QLatin1String("\\u001f"));
        const QString expected = QStringLiteral("[{\"field\":\"name\",\"new\":\"%1\",\"old\":\"%1\"}]").arg(escaped);
        QCOMPARE(HistoryChanges::json(one).toUtf8(), expected.toUtf8());

        Asset a;
        a.name = all;
        QCOMPARE(HistoryChanges::created(a), QStringLiteral("{\"name\":\"%1\"}").arg(escaped).toUtf8());
        // Without the unpaired ones, what a saved text can hold, the row reads back as it was.
        a.name = all.left(all.indexOf(QChar(0xD800)));
        QCOMPARE(HistoryChanges::read(HistoryChanges::created(a)).value(0).newValue, a.name);
    }

    void rowsOfOlderRegistersReadAsBefore()
    {
        // A creation as format 5 stored it: every value with the fresh asset's on the old side.
        const QByteArray v5 = R"([{"field":"org","new":"0302","old":""},{"field":"name","new":"住民記録","old":""},)"
                              R"({"field":"personal","new":"1","old":"0"}])";
        QCOMPARE(show(HistoryChanges::read(v5)), QStringLiteral("org=->0302|name=->住民記録|personal=0->1"));
        // The same creation in format 6.
        const QByteArray v6 = R"({"org":"0302","name":"住民記録","personal":"1"})";
        QCOMPARE(show(HistoryChanges::read(v6)), show(HistoryChanges::read(v5)));
    }

    void keysThisVersionDoesNotKnowComeLast()
    {
        const QByteArray newer = R"({"zz_new_field":"a","name":"住民記録","aa_new_field":"b"})";
        QCOMPARE(show(HistoryChanges::read(newer)), QStringLiteral("name=->住民記録|aa_new_field=->b|zz_new_field=->a"));
    }

    void aDamagedRowReadsAsNoChanges()
    {
        for (const QByteArray& bad : {QByteArray(), QByteArray("{"), QByteArray("[{\"field\":"), QByteArray("42"),
                                      QByteArray("\"text\""), QByteArray("\xff\xfe")})
            QVERIFY2(HistoryChanges::read(bad).isEmpty(), bad.constData());
        // Values of the wrong type read as empty text, as the array form always did.
        QCOMPARE(show(HistoryChanges::read(R"({"name":42})")), QStringLiteral("name=->"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryChanges)
#include "tst_historychanges.moc"
