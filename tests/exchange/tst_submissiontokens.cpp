// Submission::read's fast path (SubmissionTokens) against the reading through QJsonDocument
// (Submission::readThroughQt): the same Submission field for field for every file, the same refusal
// word for word for every broken one, and the fast path really taken for what Daicho writes.
#include "TestRegister.h"

#include "demo/DemoGenerator.h"
#include "exchange/Submission.h"
#include "exchange/SubmissionTokens.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace daicho;
using namespace daicho::test;

namespace {

const QByteArray kPlaceholder = "sha256:PLACEHOLDER";

// The checksum as the format defines it: SHA-256 of Qt's compact form without "checksum".
QString checksumOf(const QByteArray& bytes)
{
    QJsonObject o = QJsonDocument::fromJson(bytes).object();
    o.remove(QStringLiteral("checksum"));
    return QStringLiteral("sha256:")
         + QString::fromLatin1(
               QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                   .toHex());
}

// `raw` holds "checksum": kPlaceholder; it is replaced by the file's true checksum (when Qt reads it).
QByteArray sealRaw(QByteArray raw)
{
    if (QJsonDocument::fromJson(raw).isObject())
        raw.replace(kPlaceholder, checksumOf(raw).toLatin1());
    return raw;
}

QByteArray seal(QJsonObject content, QJsonDocument::JsonFormat format = QJsonDocument::Indented)
{
    content.insert(QStringLiteral("checksum"), QString::fromLatin1(kPlaceholder));
    return sealRaw(QJsonDocument(content).toJson(format));
}

QJsonObject header(const QJsonArray& assets)
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("daicho-submission")},
                       {QStringLiteral("format_version"), 1},
                       {QStringLiteral("city"), QStringLiteral("○○市")},
                       {QStringLiteral("org"), QStringLiteral("0302")},
                       {QStringLiteral("org_name"), QStringLiteral("保険年金課")},
                       {QStringLiteral("fiscal_year"), 2025},
                       {QStringLiteral("submitted_by"), QStringLiteral("試験 太郎")},
                       {QStringLiteral("submitted_at"), QStringLiteral("2025-06-01T09:30:00.000")},
                       {QStringLiteral("daicho_version"), QStringLiteral("1.0")},
                       {QStringLiteral("scheme"), QStringLiteral("mic-r6")},
                       {QStringLiteral("assets"), assets}};
}

// The first difference between two readings, or empty.
QString difference(const Submission& a, const Submission& b)
{
    if (a.cityName != b.cityName || a.orgCode != b.orgCode || a.orgName != b.orgName || a.fiscalYear != b.fiscalYear
        || a.submittedBy != b.submittedBy || a.submittedAt != b.submittedAt || a.daichoVersion != b.daichoVersion
        || a.schemeId != b.schemeId || a.checksum != b.checksum)
        return QStringLiteral("header");
    if (a.assets.size() != b.assets.size())
        return QStringLiteral("asset count %1 / %2").arg(a.assets.size()).arg(b.assets.size());
    for (qsizetype i = 0; i < a.assets.size(); ++i) {
        const Asset& x = a.assets[i];
        const Asset& y = b.assets[i];
        if (x.id != y.id || x.orgId != y.orgId || x.rowVersion != y.rowVersion || x.orgCode != y.orgCode)
            return QStringLiteral("row %1: org or ids").arg(i);
        if (x.restrictionOverrides != y.restrictionOverrides)
            return QStringLiteral("row %1: restriction overrides").arg(i);
        for (const AssetField& f : AssetFields::all()) {
            const bool same = f.text ? x.*(f.text) == y.*(f.text)
                            : f.flag ? x.*(f.flag) == y.*(f.flag)
                            : f.number ? x.*(f.number) == y.*(f.number)
                            : f.date ? x.*(f.date) == y.*(f.date)
                                     : f.get(x) == f.get(y);
            // Text compares QString by value: a null and an empty string are the same text.
            if (!same || (f.text && (x.*(f.text)).isNull() != (y.*(f.text)).isNull()))
                return QStringLiteral("row %1: %2 \"%3\" / \"%4\"")
                    .arg(i)
                    .arg(f.key, AssetFields::toText(f, x), AssetFields::toText(f, y));
        }
    }
    return {};
}

// Both readings of the file at `path`; empty when they agree, else what differs.
QString disagreement(const QString& path)
{
    const Result<Submission> fast = Submission::read(path);
    const Result<Submission> qt = Submission::readThroughQt(path);
    if (bool(fast) != bool(qt))
        return QStringLiteral("one reads it, the other refuses: %1")
            .arg(fast ? qt.error().message : fast.error().message);
    if (!fast) {
        if (fast.error().code != qt.error().code || fast.error().message != qt.error().message
            || fast.error().details != qt.error().details)
            return QStringLiteral("refusals differ: %1 / %2").arg(fast.error().message, qt.error().message);
        return {};
    }
    return difference(fast.value(), qt.value());
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

bool taken(const QByteArray& bytes)
{
    return SubmissionTokens::read(bytes).has_value();
}

// Texts a department's register may really hold, and a few a damaged one might.
const QStringList& unusualTexts()
{
    static const QStringList texts = {
        QString(),
        QStringLiteral(" "),
        QStringLiteral("課内連絡網"),
        QStringLiteral("  前後に空白  "),
        QStringLiteral("\u3000全角空白\u3000"),
        QStringLiteral("quote \" backslash \\ slash / 'single'"),
        QStringLiteral("tab\there, line\nbreak, cr\r\nlf, ff\fbs\b"),
        QStringLiteral("制御\x01文字\x1f\x7f DEL"),
        QString(QChar(0)) + QStringLiteral("NUL at the start"),
        QStringLiteral("C1 \u0085 \u009f here"),
        QStringLiteral("𠮷野家 😀 🏯 𩸽"),
        QStringLiteral("ＦＵＬＬ－ＷＩＤＴＨ　１２３　ｶﾀｶﾅ ﾟ"),
        QStringLiteral("①Ⅻ㈱〒 髙﨑"),
        QStringLiteral("=HYPERLINK(\"x\")'); DROP TABLE asset;--"),
        QStringLiteral("\u200b zero width \ufeff BOM inside"),
        QString(300, QChar(u'長')),
    };
    return texts;
}

// A row as a file may hold it: every field a value of its kind, sometimes in an unusual form, some
// keys left out, overrides with unusual reasons.
QJsonObject randomRow(QRandomGenerator& rng, int i)
{
    const auto pick = [&rng](const QList<QJsonValue>& values) { return values[rng.bounded(int(values.size()))]; };
    QJsonObject row;
    row.insert(QStringLiteral("org"), rng.bounded(2) ? QStringLiteral("0302") : QStringLiteral("0303"));
    for (const AssetField& f : AssetFields::all()) {
        if (f.key != QLatin1String("asset_no") && rng.bounded(8) == 0)
            continue;   // left out: the asset keeps its default
        QJsonValue v;
        switch (f.type) {
        case FieldType::Text:
            if (f.key == QLatin1String("asset_no"))
                v = QStringLiteral("A-%1").arg(i, 5, 10, QLatin1Char('0'));
            else if (rng.bounded(10) == 0)
                v = pick({QJsonValue(), 42, true, false});
            else
                v = unusualTexts()[rng.bounded(int(unusualTexts().size()))];
            break;
        case FieldType::Integer:
            v = pick({0, 1, 2, 3, 2025, -1, QJsonValue(), QStringLiteral(""), QStringLiteral("2"), QStringLiteral("２"),
                      QStringLiteral(" 3 "), 2147483647});
            break;
        case FieldType::Boolean:
            v = pick({true, false, QJsonValue(), QStringLiteral(""), QStringLiteral("1"), QStringLiteral("0"),
                      QStringLiteral("はい"), QStringLiteral("いいえ"), 1, 0});
            break;
        case FieldType::Date:
            v = pick({QStringLiteral(""), QJsonValue(), QStringLiteral("2025-04-01"), QStringLiteral("2028-03-31"),
                      QStringLiteral("令和7年4月1日"), QStringLiteral("２０２５－０４－０１"), QStringLiteral(" 2024-02-29 ")});
            break;
        case FieldType::Code: {
            const QStringList codes = f.vocabulary->codes();
            v = rng.bounded(6) == 0 ? QJsonValue(QString()) : QJsonValue(codes[rng.bounded(int(codes.size()))]);
            break;
        }
        case FieldType::Level:
            v = pick({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3c"), QStringLiteral(" ３ "),
                      QStringLiteral("iii"), QStringLiteral(""), QJsonValue(), 2});
            break;
        }
        row.insert(f.key, v);
    }
    QJsonArray overrides;
    for (int n = rng.bounded(3); n > 0; --n)
        overrides.append(QJsonObject{{QStringLiteral("action"), rng.bounded(2) ? QStringLiteral("add") : QStringLiteral("remove")},
                                     {QStringLiteral("code"), rng.bounded(2) ? QStringLiteral("no-copy") : QStringLiteral("no-usb")},
                                     {QStringLiteral("reason"), unusualTexts()[rng.bounded(int(unusualTexts().size()))]}});
    if (rng.bounded(5) != 0)
        row.insert(QStringLiteral("restriction_overrides"), overrides);
    return row;
}

// A good file to break, with its checksum as the placeholder (raw text to edit).
QByteArray goodRaw()
{
    QJsonArray assets;
    QJsonObject row{{QStringLiteral("org"), QStringLiteral("0302")},
                    {QStringLiteral("asset_no"), QStringLiteral("0302-00001")},
                    {QStringLiteral("name"), QStringLiteral("国保被保険者台帳")},
                    {QStringLiteral("personal"), true},
                    {QStringLiteral("threat"), 2},
                    {QStringLiteral("registered_on"), QStringLiteral("2022-05-01")},
                    {QStringLiteral("asset_type"), QStringLiteral("info-electronic")},
                    {QStringLiteral("restriction_overrides"),
                     QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("add")},
                                            {QStringLiteral("code"), QStringLiteral("no-copy")},
                                            {QStringLiteral("reason"), QStringLiteral("課長判断")}}}}};
    assets.append(row);
    row.insert(QStringLiteral("asset_no"), QStringLiteral("0302-00002"));
    assets.append(row);
    QJsonObject content = header(assets);
    content.insert(QStringLiteral("checksum"), QString::fromLatin1(kPlaceholder));
    return QJsonDocument(content).toJson(QJsonDocument::Indented);
}

} // namespace

class TestSubmissionTokens : public QObject
{
    Q_OBJECT

private slots:
    // The demo city's submissions, as `submit` writes them: read on the fast path, the same assets.
    void demoSubmissionsAreTakenAndAgree()
    {
        FixedClock clock{QDate(2025, 6, 1)};
        const Actor actor{QStringLiteral("tester"), QStringLiteral("試験 太郎")};
        for (const quint32 seed : {1u, 2u}) {
            QTemporaryDir dir;
            auto created = Register::create(dir.filePath(QStringLiteral("demo.daicho")), RegisterSettings{}, actor, clock);
            QVERIFY(created);
            Register& reg = *created.value();
            const Result<int> filled = DemoGenerator::populate(reg, {400, seed}, actor);
            QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().message));
            int files = 0;
            int assets = 0;
            for (const OrgUnit& unit : reg.orgUnits()) {
                Result<Submission> s = Submission::fromRegister(reg, unit.code, 2025, actor);
                QVERIFY(s);
                if (s->assets.isEmpty())
                    continue;
                const QString path = dir.filePath(unit.code + QStringLiteral(".json"));
                QVERIFY(s->write(path));
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(taken(f.readAll()), qPrintable(path));
                const QString diff = disagreement(path);
                QVERIFY2(diff.isEmpty(), qPrintable(unit.code + QStringLiteral(": ") + diff));
                const Result<Submission> read = Submission::read(path);
                QVERIFY(read);
                QCOMPARE(read->checksum, s->checksum);
                ++files;
                assets += int(read->assets.size());
            }
            QVERIFY(files > 5);
            QVERIFY(assets >= 400);   // a 部's file holds its 課' assets too
        }
    }

    // Every field in every form a file may give it, unusual texts (escaped quotes and backslashes,
    // control characters Qt writes as \u00XX, non-BMP and full-width characters), empty and left-out
    // values, overrides: the fast path takes exactly the files the slow one reads, with the same assets.
    void unusualValuesAgree()
    {
        QTemporaryDir dir;
        int takenFiles = 0;
        int refused = 0;
        for (quint32 seed = 1; seed <= 40; ++seed) {
            QRandomGenerator rng(seed);
            QJsonArray rows;
            const int count = 1 + rng.bounded(40);
            for (int i = 0; i < count; ++i)
                rows.append(randomRow(rng, i));
            if (seed % 4 == 0) {   // one value in the file the reading refuses
                const int i = rng.bounded(count);
                QJsonObject row = rows[i].toObject();
                const QList<QPair<QString, QJsonValue>> bad = {{QStringLiteral("personal"), QStringLiteral("maybe")},
                                                               {QStringLiteral("threat"), QStringLiteral("三")},
                                                               {QStringLiteral("last_review"), QStringLiteral("2025-13-01")},
                                                               {QStringLiteral("backup"), QStringLiteral("hourly")}};
                const auto& [key, value] = bad[rng.bounded(int(bad.size()))];
                row.insert(key, value);
                rows[i] = row;
            }
            const auto format = seed % 3 == 0 ? QJsonDocument::Compact : QJsonDocument::Indented;
            const QByteArray bytes = seal(header(rows), format);
            const QString path = writeFile(dir, QStringLiteral("s%1.json").arg(seed), bytes);
            const QString diff = disagreement(path);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("seed %1: ").arg(seed) + diff));
            const bool readable = bool(Submission::readThroughQt(path));
            QCOMPARE(taken(bytes), readable);
            (readable ? takenFiles : refused) += 1;
        }
        // Both kinds were met: files that read, and files with a row the reading refuses.
        QVERIFY(takenFiles > 5);
        QVERIFY(refused > 5);

        // One row per unusual text in every text field, all readable: each taken and equal.
        for (int t = 0; t < unusualTexts().size(); ++t) {
            QJsonObject row{{QStringLiteral("org"), QStringLiteral("0302")}};
            for (const AssetField& f : AssetFields::all())
                if (f.type == FieldType::Text)
                    row.insert(f.key, unusualTexts()[t]);
            row.insert(QStringLiteral("restriction_overrides"),
                       QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("remove")},
                                              {QStringLiteral("code"), unusualTexts()[t]},
                                              {QStringLiteral("reason"), unusualTexts()[t]}}});
            const QByteArray bytes = seal(header(QJsonArray{row, row}));
            QVERIFY2(taken(bytes), qPrintable(QStringLiteral("text %1").arg(t)));
            const QString path = writeFile(dir, QStringLiteral("t%1.json").arg(t), bytes);
            const QString diff = disagreement(path);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("text %1: ").arg(t) + diff));
        }
    }

    // Every control character Qt writes escaped, in each of its forms: taken, and read as Qt reads it.
    void controlCharactersAgree()
    {
        QTemporaryDir dir;
        QString all;
        for (char16_t u = 0; u < 0x20; ++u)
            all += QChar(u);
        QJsonObject row{{QStringLiteral("org"), QStringLiteral("0302")},
                        {QStringLiteral("asset_no"), QStringLiteral("X-1")},
                        {QStringLiteral("remarks"), all},
                        {QStringLiteral("name"), QString(QStringLiteral("a") + all + QStringLiteral("b"))}};
        const QByteArray bytes = seal(header(QJsonArray{row}));
        QVERIFY(bytes.contains("\\u0000") && bytes.contains("\\u001f") && bytes.contains("\\t"));
        QVERIFY(taken(bytes));
        QVERIFY(disagreement(writeFile(dir, QStringLiteral("c.json"), bytes)).isEmpty());
    }

    // More distinct values of a field than the reader keeps readings of (4,096): the rest are read one
    // by one, alike, and a bad one among them is still refused.
    void manyDistinctValuesAgree()
    {
        QTemporaryDir dir;
        QJsonArray rows;
        for (int i = 0; i < 5000; ++i)
            rows.append(QJsonObject{{QStringLiteral("org"), QStringLiteral("0302")},
                                    {QStringLiteral("asset_no"), QStringLiteral("N-%1").arg(i)},
                                    {QStringLiteral("remarks"), QStringLiteral(" 備考 %1 ").arg(i)},
                                    {QStringLiteral("retention_until"), QDate(2025, 1, 1).addDays(i).toString(Qt::ISODate)},
                                    {QStringLiteral("c"), QStringLiteral("l%1").arg(i)},
                                    {QStringLiteral("threat"), i % 4},
                                    {QStringLiteral("personal"), i % 2 == 0}});
        const QByteArray good = seal(header(rows));
        QVERIFY(taken(good));
        QString diff = disagreement(writeFile(dir, QStringLiteral("many.json"), good));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        QJsonObject last = rows.last().toObject();
        last.insert(QStringLiteral("retention_until"), QStringLiteral("not a date"));
        rows.append(last);
        const QByteArray bad = seal(header(rows));
        QVERIFY(!taken(bad));
        const QString path = writeFile(dir, QStringLiteral("many-bad.json"), bad);
        QVERIFY(!Submission::read(path));
        diff = disagreement(path);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // Broken and unusual files: the fast path declines them (or reads them as the slow one would), and
    // the refusal is the slow reading's, word for word.
    void brokenFilesAgree_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("fastMayTake");
        const QByteArray good = goodRaw();
        const auto edit = [&good](const QByteArray& from, const QByteArray& to) {
            QByteArray b = good;
            if (!b.contains(from))
                qFatal("no %s in the good file", from.constData());
            b.replace(from, to);
            return b;
        };
        QTest::newRow("good") << sealRaw(good) << true;
        QTest::newRow("good, unsealed") << good << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("not JSON") << QByteArray("PK\x03\x04 a zip") << false;
        QTest::newRow("array") << QByteArray("[1,2]") << false;
        QTest::newRow("truncated") << sealRaw(good).left(good.size() / 2) << false;
        QTest::newRow("trailing garbage") << sealRaw(good) + "x" << false;
        QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf") + sealRaw(good) << false;
        QTest::newRow("checksum wrong") << QByteArray(good).replace(kPlaceholder, "sha256:00") << false;
        QTest::newRow("checksum a number") << sealRaw(edit("\"" + kPlaceholder + "\"", "5")) << false;
        QTest::newRow("no checksum") << edit("\"checksum\": \"" + kPlaceholder + "\",", "") << false;
        QTest::newRow("another format") << sealRaw(edit("\"daicho-submission\"", "\"daicho-export\"")) << false;
        QTest::newRow("newer version") << sealRaw(edit("\"format_version\": 1", "\"format_version\": 2")) << false;
        QTest::newRow("version a string") << sealRaw(edit("\"format_version\": 1", "\"format_version\": \"1\"")) << false;
        QTest::newRow("fiscal year a string") << sealRaw(edit("\"fiscal_year\": 2025", "\"fiscal_year\": \"2025\"")) << false;
        QTest::newRow("fiscal year huge") << sealRaw(edit("\"fiscal_year\": 2025", "\"fiscal_year\": 99999999999")) << false;
        QTest::newRow("fiscal year fraction") << sealRaw(edit("\"fiscal_year\": 2025", "\"fiscal_year\": 2025.0")) << false;
        QTest::newRow("city a number") << sealRaw(edit("\"city\": \"○○市\"", "\"city\": 7")) << false;
        QTest::newRow("no org") << sealRaw(edit("\"org\": \"0302\",\n    \"org_name\"", "\"org_name\"")) << false;
        QTest::newRow("bad date") << sealRaw(edit("2025-06-01T09:30:00.000", "yesterday")) << false;
        QTest::newRow("unknown top-level key") << sealRaw(edit("\"city\"", "\"capital\": 1,\n    \"city\"")) << false;
        QTest::newRow("assets an object") << sealRaw(edit("\"assets\": [", "\"assets\": {\"x\": [")
                                                         .replace("\n    ],\n    \"checksum\"", "\n    ]},\n    \"checksum\""))
                                          << false;
        QTest::newRow("asset a number") << sealRaw(edit("\"assets\": [", "\"assets\": [ 1,")) << false;
        QTest::newRow("unknown field") << sealRaw(edit("\"name\":", "\"nickname\": \"x\",\n            \"name\":")) << false;
        QTest::newRow("hyphenated key") << sealRaw(edit("\"asset_no\":", "\"asset-no\":")) << false;
        QTest::newRow("duplicate key") << sealRaw(edit("\"name\":", "\"name\": \"先\",\n            \"name\":")) << false;
        QTest::newRow("duplicate key, unsealed") << edit("\"name\":", "\"name\": \"先\",\n            \"name\":") << false;
        QTest::newRow("keys out of order") << sealRaw(edit("\"asset_type\": \"info-electronic\",", "")
                                                          .replace("\"threat\": 2", "\"threat\": 2,\n\"asset_type\": \"info-electronic\""))
                                           << false;
        QTest::newRow("number where a string belongs") << sealRaw(edit("\"0302-00001\"", "302")) << true;
        QTest::newRow("string where a number belongs") << sealRaw(edit("\"threat\": 2", "\"threat\": \"二\"")) << false;
        QTest::newRow("number where a flag belongs") << sealRaw(edit("\"personal\": true", "\"personal\": 7")) << false;
        QTest::newRow("text not yes or no") << sealRaw(edit("\"personal\": true", "\"personal\": \"maybe\"")) << false;
        QTest::newRow("threat huge") << sealRaw(edit("\"threat\": 2", "\"threat\": 99999999999")) << false;
        QTest::newRow("threat negative zero") << sealRaw(edit("\"threat\": 2", "\"threat\": -0")) << false;
        QTest::newRow("threat exponent") << sealRaw(edit("\"threat\": 2", "\"threat\": 2e0")) << false;
        QTest::newRow("name an array") << sealRaw(edit("\"国保被保険者台帳\"", "[\"a\"]")) << false;
        QTest::newRow("name an object") << sealRaw(edit("\"国保被保険者台帳\"", "{\"a\": 1}")) << false;
        QTest::newRow("org a number") << sealRaw(edit("\"org\": \"0302\",\n            \"personal\"",
                                                      "\"org\": 302,\n            \"personal\""))
                                      << false;
        QTest::newRow("bad date in a row") << sealRaw(edit("\"2022-05-01\"", "\"2022-13-45\"")) << false;
        QTest::newRow("unknown asset type") << sealRaw(edit("\"info-electronic\"", "\"telepathy\"")) << false;
        QTest::newRow("override action keep") << sealRaw(edit("\"action\": \"add\"", "\"action\": \"keep\"")) << false;
        QTest::newRow("override without action") << sealRaw(edit("\"action\": \"add\",", "")) << false;
        QTest::newRow("override extra key") << sealRaw(edit("\"reason\":", "\"priority\": 1,\n\"reason\":")) << false;
        QTest::newRow("override a string") << sealRaw(edit("\"restriction_overrides\": [",
                                                           "\"restriction_overrides\": [ \"no-copy\","))
                                           << false;
        QTest::newRow("overrides an object")
            << sealRaw(edit("\"restriction_overrides\": [", "\"restriction_overrides\": {\"x\": [")
                           .replace("}\n            ]\n        }", "}\n            ]}\n        }"))
            << false;
        QTest::newRow("escaped slash") << sealRaw(edit("\"国保被保険者台帳\"", "\"a\\/b\"")) << false;
        QTest::newRow("needless unicode escape") << sealRaw(edit("\"国保被保険者台帳\"", "\"caf\\u00e9\"")) << false;
        QTest::newRow("upper-case escape") << sealRaw(edit("\"国保被保険者台帳\"", "\"a\\u001Fb\"")) << false;
        QTest::newRow("escaped tab as \\u") << sealRaw(edit("\"国保被保険者台帳\"", "\"a\\u0009b\"")) << false;
        QTest::newRow("surrogate pair escaped") << sealRaw(edit("\"国保被保険者台帳\"", "\"\\ud842\\udfb7野家\"")) << false;
        QTest::newRow("lone surrogate escaped") << sealRaw(edit("\"国保被保険者台帳\"", "\"\\ud842 alone\"")) << false;
        QTest::newRow("raw control character") << sealRaw(edit("\"国保被保険者台帳\"", "\"a\x01z\"")) << false;
        QTest::newRow("broken UTF-8") << sealRaw(edit("\"国保被保険者台帳\"", "\"\xe5\x9b\"")) << false;
        QTest::newRow("short escape at the end") << sealRaw(good).left(good.indexOf("国保")) + "\\u00" << false;
        QTest::newRow("no whitespace") << seal(QJsonDocument::fromJson(sealRaw(good)).object(), QJsonDocument::Compact)
                                       << true;
        QTest::newRow("odd whitespace") << sealRaw(edit("\"assets\": [", "\"assets\"\r\n\t :\t[  ")) << true;
    }

    void brokenFilesAgree()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, fastMayTake);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("broken.json"), bytes);
        if (!fastMayTake)
            QVERIFY(!taken(bytes));
        const QString diff = disagreement(path);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // A good file cut at every length: never taken unless whole, always refused alike.
    void everyTruncationAgrees()
    {
        QTemporaryDir dir;
        const QByteArray good = sealRaw(goodRaw());
        for (qsizetype n = 0; n < good.size(); n += 7) {
            const QByteArray cut = good.left(n);
            QVERIFY(!taken(cut));
            const QString diff = disagreement(writeFile(dir, QStringLiteral("cut.json"), cut));
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1 bytes: ").arg(n) + diff));
        }
    }
};

QTEST_GUILESS_MAIN(TestSubmissionTokens)
#include "tst_submissiontokens.moc"
