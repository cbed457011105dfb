// CanonicalJson: the compact form it gives must be, byte for byte, what QJsonDocument's re-serialisation
// gives (the definition of a submission's checksum), for every input it accepts; it may decline anything.
#include "TestRegister.h"

#include "exchange/CanonicalJson.h"
#include "exchange/Submission.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace daicho;
using namespace daicho::test;

namespace {

const QLatin1String kSkip("checksum");

// What Submission::read hashes when it goes through Qt: null when Qt cannot read it as an object.
std::optional<QByteArray> reference(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull() || !doc.isObject())
        return std::nullopt;
    QJsonObject o = doc.object();
    o.remove(kSkip);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Accepted means equal to Qt's; returns whether it was accepted.
bool agrees(const QByteArray& bytes, bool* accepted = nullptr)
{
    const std::optional<QByteArray> fast = CanonicalJson::compactWithout(bytes, kSkip);
    if (accepted)
        *accepted = bool(fast);
    if (!fast)
        return true;
    const std::optional<QByteArray> qt = reference(bytes);
    if (!qt || *qt != *fast) {
        qWarning("differs for input: %s\n fast: %s\n qt:   %s", bytes.left(400).constData(), fast->left(400).constData(),
                 qt ? qt->left(400).constData() : "(unreadable)");
        return false;
    }
    return true;
}

QJsonObject tricky()
{
    QJsonObject row{{QStringLiteral("a"), QStringLiteral("quote \" backslash \\ slash / tab\tnl\ncr\rff\fbs\b")},
                    {QStringLiteral("b"), QStringLiteral("国保被保険者台帳 ①Ⅻ 𠮷野家 😀 ｶﾅ ﾟ")},
                    {QStringLiteral("c"), 2025},
                    {QStringLiteral("d"), -17},
                    {QStringLiteral("e"), 0},
                    {QStringLiteral("f"), true},
                    {QStringLiteral("g"), false},
                    {QStringLiteral("h"), QJsonValue()},
                    {QStringLiteral("i"), QJsonArray()},
                    {QStringLiteral("j"), QJsonObject()},
                    {QStringLiteral("k"), QJsonArray{QJsonObject{{QStringLiteral("x"), 1}}, QStringLiteral("y")}},
                    {QStringLiteral("l"), QString()},
                    {QStringLiteral("checksum"), QStringLiteral("nested: not the top level's")},
                    {QStringLiteral("z\x7f~"), QStringLiteral("\x7f")}};
    return QJsonObject{{QStringLiteral("assets"), QJsonArray{row, row}},
                       {QStringLiteral("checksum"), QStringLiteral("sha256:0")},
                       {QStringLiteral("city"), QStringLiteral("○○市")},
                       {QStringLiteral("format_version"), 1}};
}

} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    // What Daicho writes is taken (else the fast path would never be used) and gives Qt's bytes.
    void writtenFilesAreTakenAndAgree()
    {
        for (const QJsonDocument::JsonFormat format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
            bool accepted = false;
            QVERIFY(agrees(QJsonDocument(tricky()).toJson(format), &accepted));
            QVERIFY(accepted);
        }
        QJsonObject onlySkipped{{kSkip, QStringLiteral("x")}};
        bool accepted = false;
        QVERIFY(agrees(QJsonDocument(onlySkipped).toJson(), &accepted));
        QVERIFY(accepted);
        QCOMPARE(*CanonicalJson::compactWithout(QJsonDocument(onlySkipped).toJson(), kSkip), QByteArray("{}"));

        TestRegister dept;
        Asset a = dept.cleanAsset(QStringLiteral("国保被保険者台帳"));
        a.remarks = QStringLiteral("=HYPERLINK(\"x\")'); DROP TABLE asset;--\n二行目");
        const Result<Asset> added = dept.reg->addAsset(a, dept.actor);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        Result<Submission> s = Submission::fromRegister(*dept.reg, QStringLiteral("0302"), 2025, dept.actor);
        QVERIFY(s);
        const QString path = dept.dir.filePath(QStringLiteral("s.json"));
        QVERIFY(s->write(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(agrees(f.readAll(), &accepted));
        QVERIFY(accepted);
        QVERIFY(Submission::read(path));
    }

    // Forms Qt reads but writes otherwise are declined (or, were one taken, would have to agree).
    void otherFormsAreDeclined_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf{\"a\":1}");
        QTest::newRow("fraction") << QByteArray("{\"a\":1.0}");
        QTest::newRow("exponent") << QByteArray("{\"a\":1e2}");
        QTest::newRow("minus zero") << QByteArray("{\"a\":-0}");
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}");
        QTest::newRow("huge") << QByteArray("{\"a\":12345678901234567890}");
        QTest::newRow("unicode escape") << QByteArray("{\"a\":\"\\u00e9\"}");
        QTest::newRow("escaped slash") << QByteArray("{\"a\":\"\\/\"}");
        QTest::newRow("raw control") << QByteArray("{\"a\":\"\x01\"}");
        QTest::newRow("raw tab") << QByteArray("{\"a\":\"\t\"}");
        QTest::newRow("keys out of order") << QByteArray("{\"b\":1,\"a\":2}");
        QTest::newRow("duplicate key") << QByteArray("{\"a\":1,\"a\":2}");
        QTest::newRow("duplicate skipped key") << QByteArray("{\"checksum\":1,\"checksum\":2}");
        QTest::newRow("non-ASCII key") << QByteArray("{\"é\":1}");
        QTest::newRow("escaped key") << QByteArray("{\"a\\n\":1}");
        QTest::newRow("overlong") << QByteArray("{\"a\":\"\xc0\xaf\"}");
        QTest::newRow("surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}");
        QTest::newRow("noncharacter") << QByteArray("{\"a\":\"\xef\xbf\xbe\"}");
        QTest::newRow("truncated UTF-8") << QByteArray("{\"a\":\"\xe5\x9b\"}");
        QTest::newRow("array at top") << QByteArray("[1]");
        QTest::newRow("trailing garbage") << QByteArray("{}x");
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("unterminated") << QByteArray("{\"a\":\"x");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("capital True") << QByteArray("{\"a\":True}");
    }

    void otherFormsAreDeclined()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!CanonicalJson::compactWithout(bytes, kSkip));
    }

    // Random edits of a canonical file: whatever is still taken must agree with Qt.
    void editedFilesAgreeWhenTaken()
    {
        const QByteArray base = QJsonDocument(tricky()).toJson();
        const QByteArray pieces[] = {" ", "\n", "\t", "\r", ",", ":", "{", "}", "[", "]", "\"", "\\", "\\u0041", "\\/",
                                     "0", "-", "1", ".5", "e3", "true", "null", "\xc3\xa9", "\xe5\x9b", "\x01", "\xff",
                                     "\"checksum\":1,", "\"a\":", "\"zz\":2,"};
        QRandomGenerator random(20261130);
        int taken = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes = base;
            for (int edits = 1 + int(random.bounded(3)); edits > 0; --edits) {
                const qsizetype at = random.bounded(int(bytes.size()) + 1);
                const QByteArray& piece = pieces[random.bounded(int(std::size(pieces)))];
                switch (random.bounded(3)) {
                case 0: bytes.insert(at, piece); break;
                case 1: bytes.remove(at, 1 + random.bounded(3)); break;
                default: bytes.replace(at, piece.size(), piece); break;
                }
            }
            bool accepted = false;
            QVERIFY(agrees(bytes, &accepted));
            taken += accepted;
        }
        QVERIFY2(taken > 1000, "the edits should leave many files canonical (whitespace, reordered values …)");
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
