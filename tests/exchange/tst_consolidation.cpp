// Submissions and consolidation: a department's register travels as one checksummed file, and the
// city register takes each in whole or not at all, never twice, never losing or duplicating a row.
#include "TestRegister.h"

#include "exchange/ConsolidationStatus.h"
#include "exchange/Consolidator.h"
#include "exchange/Submission.h"
#include "report/Reports.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace daicho;
using namespace daicho::test;

namespace {

using Outcome = ConsolidationItem::Outcome;

Asset add(TestRegister& t, const QString& name, const OrgUnit& unit, const QString& c = QStringLiteral("2"))
{
    Asset a = t.cleanAsset(name);
    a.orgId = unit.id;
    a.cLevel = c;
    Result<Asset> saved = t.reg->addAsset(a, t.actor);
    if (!saved)
        qFatal("add: %s", qPrintable(saved.error().message));
    return saved.value();
}

QString submit(TestRegister& t, const QString& orgCode, const QString& file)
{
    Result<Submission> s = Submission::fromRegister(*t.reg, orgCode, 2025, t.actor);
    if (!s)
        qFatal("submit: %s", qPrintable(s.error().message));
    const QString path = t.dir.filePath(file);
    Result<void> w = s->write(path);
    if (!w)
        qFatal("write: %s", qPrintable(w.error().message));
    return path;
}

QStringList assetNos(const Register& reg)
{
    QStringList out;
    for (const Asset& a : reg.assets())
        out << a.assetNo;
    out.sort();
    return out;
}

QByteArray rewriteJson(const QString& path, const std::function<void(QJsonObject&)>& change)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    change(o);
    return QJsonDocument(o).toJson();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// A submission changed by `change` and given the checksum of what it now says, as someone who knows
// how Daicho computes it could: the file reads as whole.
QByteArray resealed(const QString& path, const std::function<void(QJsonObject&)>& change,
                    QJsonDocument::JsonFormat format = QJsonDocument::Indented)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.remove(QStringLiteral("checksum"));
    change(o);
    const QByteArray sum = QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    o.insert(QStringLiteral("checksum"), QString(QStringLiteral("sha256:") + QString::fromLatin1(sum.toHex())));
    return QJsonDocument(o).toJson(format);
}

} // namespace

class TestConsolidation : public QObject
{
    Q_OBJECT

private slots:
    void submissionReadsBackWhatWasWritten()
    {
        TestRegister dept;
        Asset a = add(dept, QStringLiteral("国保被保険者台帳"), dept.section, QStringLiteral("3B"));
        a.remarks = QStringLiteral("=HYPERLINK(\"x\")'); DROP TABLE asset;--");
        a.personal = true;
        a.subjectBand = QStringLiteral("ge1000");
        a.fileRegisterNo = QStringLiteral("F-001");
        QVERIFY(dept.reg->updateAsset(a, dept.actor));
        add(dept, QStringLiteral("課内連絡網"), dept.otherSection);

        const QString path = submit(dept, QStringLiteral("0302"), QStringLiteral("s.json"));
        Result<Submission> read = Submission::read(path);
        QVERIFY2(read, qPrintable(read.error().message + read.error().details.join(QLatin1Char(' '))));
        QCOMPARE(read->orgCode, QStringLiteral("0302"));
        QCOMPARE(read->orgName, QStringLiteral("保険年金課"));
        QCOMPARE(read->fiscalYear, 2025);
        QCOMPARE(read->submittedBy, QStringLiteral("試験 太郎"));
        QCOMPARE(read->submittedAt, dept.clock.now());
        QCOMPARE(read->daichoVersion, QStringLiteral(DAICHO_VERSION));
        QVERIFY(read->checksum.startsWith(QStringLiteral("sha256:")));
        // Only the unit's subtree: the other section's asset stays at home.
        QCOMPARE(read->assets.size(), 1);
        const Asset& back = read->assets.first();
        const Asset original = dept.reg->assetByNo(back.assetNo).value();
        QCOMPARE(AssetFields::toJson(back), AssetFields::toJson(original));
        QCOMPARE(back.remarks, a.remarks);
    }

    // Submission::read works out each key's field and each distinct typed value once; what it makes of
    // every row must be what AssetFields::applyJson makes of it: the same values, the same messages.
    void rowsAreReadAsApplyJsonReadsThem()
    {
        TestRegister dept;
        Asset full = add(dept, QStringLiteral("国保被保険者台帳"), dept.section, QStringLiteral("3B"));
        const QString path = submit(dept, QStringLiteral("0302"), QStringLiteral("s.json"));
        for (const AssetField& f : AssetFields::all()) {
            switch (f.type) {
            case FieldType::Boolean: full.*(f.flag) = true; break;
            case FieldType::Integer: full.*(f.number) = f.key == QLatin1String("fiscal_year") ? 2024 : 2; break;
            case FieldType::Date: full.*(f.date) = QDate(2024, 4, 1); break;
            case FieldType::Code: full.*(f.text) = f.vocabulary->terms().last().code; break;
            case FieldType::Level: full.*(f.text) = QStringLiteral("2"); break;
            case FieldType::Text: full.*(f.text) = f.key + QStringLiteral(" テキスト"); break;
            }
        }
        full.orgCode = QStringLiteral("0302");
        full.restrictionOverrides = {{QStringLiteral("no-cloud"), false, QStringLiteral("理由")},
                                     {QStringLiteral("encrypt"), true, QString()}};
        const QJsonObject whole = AssetFields::toJson(full);
        const auto with = [&whole](const QString& key, const QJsonValue& value) {
            QJsonObject o = whole;
            o.insert(key, value);
            return o;
        };
        QJsonObject emptied = whole;
        for (const AssetField& f : AssetFields::all())
            if (f.type == FieldType::Date || f.type == FieldType::Code)
                emptied.insert(f.key, QString());
        QJsonObject hyphen = whole;
        hyphen.insert(QStringLiteral("file-register-no"), QStringLiteral("F-9"));
        const QList<QJsonArray> files = {
            // Readable: values repeated from row to row, empty and null values, levels and years as
            // people write them.
            {whole, whole, emptied, with(QStringLiteral("registered_on"), QStringLiteral("令和6年4月1日")),
             with(QStringLiteral("c"), QStringLiteral(" 3b ")), with(QStringLiteral("fiscal_year"), 2023),
             with(QStringLiteral("personal"), QStringLiteral("無")), with(QStringLiteral("remarks"), QJsonValue()),
             with(QStringLiteral("restriction_overrides"), QJsonArray()), emptied, hyphen},
            // Not readable, each for its own reason and with applyJson's own words.
            {whole, with(QStringLiteral("registered_on"), QStringLiteral("2024-13-45")),
             with(QStringLiteral("asset_type"), QStringLiteral("xyz")),
             with(QStringLiteral("personal"), QStringLiteral("maybe")),
             with(QStringLiteral("fiscal_year"), QStringLiteral("abc")),
             with(QStringLiteral("registered_on"), QStringLiteral("2024-13-45")),
             with(QStringLiteral("colour"), QStringLiteral("red")),
             with(QStringLiteral("restriction_overrides"),
                  QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("x")},
                                         {QStringLiteral("action"), QStringLiteral("twist")}}})},
        };
        int readable = 0;
        int refused = 0;
        for (const QJsonArray& rows : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject file = QJsonDocument::fromJson(f.readAll()).object();
            f.close();
            file.remove(QStringLiteral("checksum"));
            file.insert(QStringLiteral("assets"), rows);
            file.insert(QStringLiteral("checksum"),
                        QString(QStringLiteral("sha256:") +
                            QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(file).toJson(QJsonDocument::Compact),
                                                                         QCryptographicHash::Sha256)
                                                    .toHex())));
            writeBytes(path, QJsonDocument(file).toJson());

            QVector<Asset> expected;
            QStringList problems;
            for (const QJsonValue& v : rows) {
                Asset a;
                a.orgCode = v.toObject().value(QStringLiteral("org")).toString();
                const QStringList errors = AssetFields::applyJson(a, v.toObject());
                if (!errors.isEmpty())
                    problems << QStringLiteral("%1: %2").arg(a.assetNo, errors.join(QStringLiteral("; ")));
                expected << a;
            }
            const Result<Submission> read = Submission::read(path);
            if (!problems.isEmpty()) {
                QVERIFY(!read);
                QCOMPARE(read.error().code, ErrorCode::FileRefused);
                QCOMPARE(read.error().details, problems);
                ++refused;
                continue;
            }
            QVERIFY2(read, qPrintable(read.error().message + read.error().details.join(QLatin1Char(' '))));
            QCOMPARE(read->assets.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(AssetFields::toJson(read->assets[i]), AssetFields::toJson(expected[i]));
                QCOMPARE(read->assets[i].orgCode, expected[i].orgCode);
            }
            ++readable;
        }
        QCOMPARE(readable, 1);
        QCOMPARE(refused, 1);
    }

    void damagedOrChangedSubmissionsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        TestRegister dept;
        add(dept, QStringLiteral("国保被保険者台帳"), dept.section);
        const QString path = submit(dept, QStringLiteral("0302"), QStringLiteral("s.json"));
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QByteArray good = f.readAll();
        QByteArray edited = good;
        edited.replace("\"c\": \"2\"", "\"c\": \"1\"");
        QVERIFY(edited != good);
        QTest::newRow("level edited by hand") << edited << "checksum";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "damaged";
        QTest::newRow("empty") << QByteArray() << "not a Daicho submission";
        QTest::newRow("binary junk") << QByteArray("\x00\x01PK\x03\x04garbage", 14) << "not a Daicho submission";
        QTest::newRow("other JSON") << QByteArray("{\"hello\": 1}") << "not a Daicho submission";
        QTest::newRow("newer format")
            << rewriteJson(path, [](QJsonObject& o) { o.insert(QStringLiteral("format_version"), 99); })
            << "newer Daicho";
        QTest::newRow("asset removed by hand") << rewriteJson(path, [](QJsonObject& o) {
            o.insert(QStringLiteral("assets"), QJsonArray());
        }) << "checksum";
    }

    void damagedOrChangedSubmissionsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        TestRegister city;
        const QString path = city.dir.filePath(QStringLiteral("bad.json"));
        writeBytes(path, bytes);
        Result<Submission> read = Submission::read(path);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::FileRefused);
        QVERIFY2(read.error().message.contains(says), qPrintable(read.error().message));

        const QVector<ConsolidationItem> items = Consolidator::run(*city.reg, {path}, city.actor);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().outcome, Outcome::Refused);
        QVERIFY(items.first().reason.contains(says));
        QCOMPARE(city.reg->assetCount(), 0);
        QVERIFY(city.reg->submissions().isEmpty());
    }

    void fiftySubmissionsConsolidateOnceAndRerunAddsNothing()
    {
        TestRegister dept;
        TestRegister city;
        QStringList files;
        for (int i = 1; i <= 50; ++i) {
            const QString code = QStringLiteral("04%1").arg(i, 2, 10, QLatin1Char('0'));
            OrgUnit unit{0, code, QStringLiteral("第%1課").arg(i), QStringLiteral("section"), dept.department.id, 100 + i,
                         {}, {}};
            unit = dept.reg->addOrgUnit(unit, dept.actor).value();
            QVERIFY(city.reg->addOrgUnit(OrgUnit{0, code, unit.name, unit.kind, city.department.id, 100 + i, {}, {}},
                                         city.actor));
            for (int n = 0; n < 3; ++n)
                add(dept, QStringLiteral("資産%1-%2").arg(i).arg(n), unit);
            files << submit(dept, code, QStringLiteral("s%1.json").arg(code));
        }
        QVector<ConsolidationItem> items = Consolidator::run(*city.reg, files, city.actor);
        QCOMPARE(items.size(), 50);
        for (const ConsolidationItem& item : items) {
            QVERIFY2(item.outcome == Outcome::Applied, qPrintable(item.reason + item.details.join(QLatin1Char(' '))));
            QCOMPARE(item.record.added, 3);
        }
        QCOMPARE(city.reg->assetCount(), 150);
        QCOMPARE(assetNos(*city.reg), assetNos(*dept.reg));

        items = Consolidator::run(*city.reg, files, city.actor);
        for (const ConsolidationItem& item : items)
            QCOMPARE(item.outcome, Outcome::AlreadyConsolidated);
        QCOMPARE(city.reg->assetCount(), 150);
        QCOMPARE(city.reg->submissions().size(), 50);

        const QVector<ConsolidationStatusRow> status = ConsolidationStatus::compute(*city.reg, 2025);
        int submitted = 0, missing = 0;
        for (const ConsolidationStatusRow& row : status)
            row.submitted() ? ++submitted : ++missing;
        QCOMPARE(submitted, 50);
        QCOMPARE(missing, 2);   // 保険年金課 and 税務課 sent nothing
        QCOMPARE(ConsolidationStatus::submittedCount(status), 50);
        QVERIFY(ConsolidationStatus::compute(*city.reg, 2024).size() == status.size());
        // Missing first, each group still in register order.
        QVector<ConsolidationStatusRow> ordered = status;
        ConsolidationStatus::putMissingFirst(ordered);
        QVERIFY(!ordered[0].submitted() && !ordered[1].submitted());
        QVERIFY(ordered[2].submitted());
        QVERIFY(ordered[0].orgCode < ordered[1].orgCode);
        for (int i = 3; i < ordered.size(); ++i)
            QVERIFY(ordered[i - 1].orgCode < ordered[i].orgCode);

        // The printed checklist: missing units first, each submitted one with its counts.
        ReportRequest request;
        request.kind = QStringLiteral("consolidation");
        request.fiscalYear = 2025;
        const Result<ReportDocument> doc = Reports::build(*city.reg, request);
        QVERIFY2(doc, qPrintable(doc.error().message));
        const ReportTable* table = nullptr;
        QString summary;
        for (const ReportBlock& b : doc->blocks) {
            if (b.kind == ReportBlock::Kind::Table)
                table = &b.table;
            if (b.kind == ReportBlock::Kind::Text)
                summary += b.text;
        }
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 52);
        QCOMPARE(table->rows.at(0).at(0), QStringLiteral("0302"));
        QCOMPARE(table->rows.at(0).at(2), QStringLiteral("Not submitted"));
        QCOMPARE(table->rows.at(2).at(0), QStringLiteral("0401"));
        QCOMPARE(table->rows.at(2).at(4), QStringLiteral("3"));   // assets
        QCOMPARE(table->rows.at(2).at(5), QStringLiteral("3"));   // added
        QVERIFY2(summary.contains(QStringLiteral("50 of 52 units")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("150 asset(s)")), qPrintable(summary));
        for (const ConsolidationStatusRow& row : ConsolidationStatus::compute(*city.reg, 2024))
            QVERIFY(!row.submitted());
    }

    void newerSubmissionReplacesTheUnitsSet()
    {
        TestRegister dept;
        TestRegister city;
        const Asset kept = add(dept, QStringLiteral("住民記録"), dept.section);
        const Asset dropped = add(dept, QStringLiteral("旧様式"), dept.section);
        Asset relevelled = add(dept, QStringLiteral("課税台帳"), dept.section);
        const QString first = submit(dept, QStringLiteral("0302"), QStringLiteral("first.json"));
        QCOMPARE(Consolidator::run(*city.reg, {first}, city.actor).first().outcome, Outcome::Applied);
        QCOMPARE(city.reg->assetCount(), 3);

        // A month later: one registration withdrawn, one reclassified, one new.
        dept.clock.set(QDateTime(QDate(2025, 7, 1), QTime(9, 0)));
        QVERIFY(dept.reg->withdrawAsset(dropped.assetNo, QStringLiteral("誤登録"), dept.actor));
        relevelled.cLevel = QStringLiteral("3C");
        relevelled.personal = true;
        QVERIFY(dept.reg->updateAsset(relevelled, dept.actor));
        add(dept, QStringLiteral("新規台帳"), dept.section);
        const QString second = submit(dept, QStringLiteral("0302"), QStringLiteral("second.json"));

        city.clock.set(QDateTime(QDate(2025, 7, 2), QTime(10, 0)));
        const QVector<ConsolidationItem> items = Consolidator::run(*city.reg, {second}, city.actor);
        QCOMPARE(items.first().outcome, Outcome::Applied);
        const SubmissionRecord& r = items.first().record;
        QCOMPARE(r.added, 1);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.reclassified, 1);
        QCOMPARE(r.removed, 1);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(assetNos(*city.reg), assetNos(*dept.reg));
        QCOMPARE(city.reg->assetByNo(relevelled.assetNo)->cLevel, QStringLiteral("3C"));
        QVERIFY(!city.reg->assetByNo(dropped.assetNo));

        // Provenance: each row says which submission brought it.
        const Asset inCity = city.reg->assetByNo(kept.assetNo).value();
        const std::optional<SubmissionRecord> from = city.reg->provenance(inCity.id);
        QVERIFY(from);
        QCOMPARE(from->orgCode, QStringLiteral("0302"));
        QCOMPARE(from->submittedAt, QDateTime(QDate(2025, 7, 1), QTime(9, 0)));
        QCOMPARE(from->fileName, QStringLiteral("second.json"));

        // The first file again, now older than what the city holds: refused, nothing changes.
        const QStringList before = assetNos(*city.reg);
        const QVector<ConsolidationItem> again = Consolidator::run(*city.reg, {first}, city.actor);
        QCOMPARE(again.first().outcome, Outcome::AlreadyConsolidated);
        QCOMPARE(assetNos(*city.reg), before);
    }

    void filesAreTakenInByDateHoweverTheirDateIsFound()
    {
        // Three units' files named newest first; their dates are read from the files' ends (indented
        // as Daicho writes them, or compact), or, when one file's end says nothing (a damaged file),
        // from every file read whole first. Either way: the same outcomes, the unreadable file listed
        // first, the rest oldest first.
        TestRegister dept;
        add(dept, QStringLiteral("住民記録"), dept.section);
        add(dept, QStringLiteral("課内連絡網"), dept.otherSection);
        dept.clock.set(QDateTime(QDate(2025, 6, 1), QTime(9, 0)));
        const QString first = submit(dept, QStringLiteral("0302"), QStringLiteral("first.json"));
        dept.clock.set(QDateTime(QDate(2025, 7, 1), QTime(9, 0)));
        add(dept, QStringLiteral("追加分"), dept.section);
        const QString second = submit(dept, QStringLiteral("0302"), QStringLiteral("second.json"));
        dept.clock.set(QDateTime(QDate(2025, 8, 1), QTime(9, 0)));
        const QString third = dept.dir.filePath(QStringLiteral("third.json"));
        writeBytes(third, resealed(submit(dept, QStringLiteral("0302"), QStringLiteral("third-src.json")),
                                   [](QJsonObject&) {}, QJsonDocument::Compact));
        const QString damaged = dept.dir.filePath(QStringLiteral("damaged.json"));
        writeBytes(damaged, QByteArray("{\"assets\": ["));

        for (const bool withDamaged : {false, true}) {
            TestRegister city;
            QStringList files{third, second, first};
            if (withDamaged)
                files.insert(1, damaged);
            const QVector<ConsolidationItem> items = Consolidator::run(*city.reg, files, city.actor);
            QStringList order;
            for (const ConsolidationItem& item : items)
                order << QFileInfo(item.file).fileName() + QLatin1Char(':') + QString::number(int(item.outcome));
            const QString applied = QString::number(int(Outcome::Applied));
            QStringList expected{QStringLiteral("first.json:") + applied, QStringLiteral("second.json:") + applied,
                                 QStringLiteral("third.json:") + applied};
            if (withDamaged)
                expected.prepend(QStringLiteral("damaged.json:") + QString::number(int(Outcome::Refused)));
            QCOMPARE(order, expected);
            QCOMPARE(city.reg->latestSubmission(QStringLiteral("0302"))->fileName, QStringLiteral("third.json"));
            QCOMPARE(city.reg->assetCount(), int(Submission::read(third)->assets.size()));
        }
    }

    void aFileWhoseEndMisstatesItsDateIsRefused()
    {
        // A key that reads like the date near the end (its quote escaped: a different key), with the
        // checksum made to fit: the file is whole, but its end tells another date than its content.
        // It is refused rather than taken in out of its turn.
        TestRegister dept;
        add(dept, QStringLiteral("住民記録"), dept.section);
        const QString source = submit(dept, QStringLiteral("0302"), QStringLiteral("source.json"));
        const QString path = dept.dir.filePath(QStringLiteral("twice.json"));
        writeBytes(path, resealed(source, [](QJsonObject& o) {
                       o.insert(QStringLiteral("x\"submitted_at"), QStringLiteral("2030-01-01T00:00:00.000"));
                   }));
        QVERIFY(Submission::read(path));   // whole, as a file

        TestRegister city;
        const QVector<ConsolidationItem> items = Consolidator::run(*city.reg, {path}, city.actor);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().outcome, Outcome::Refused);
        QVERIFY2(items.first().reason.contains(QStringLiteral("submission date twice")), qPrintable(items.first().reason));
        QCOMPARE(city.reg->assetCount(), 0);
    }

    void olderSubmissionIsRefusedAndOrderOfFilesDoesNotMatter()
    {
        TestRegister dept;
        add(dept, QStringLiteral("住民記録"), dept.section);
        const QString older = submit(dept, QStringLiteral("0302"), QStringLiteral("older.json"));
        dept.clock.set(QDateTime(QDate(2025, 8, 1), QTime(9, 0)));
        add(dept, QStringLiteral("追加分"), dept.section);
        const QString newer = submit(dept, QStringLiteral("0302"), QStringLiteral("newer.json"));

        {   // Both in one run, newest named first: the newer still wins.
            TestRegister city;
            const QVector<ConsolidationItem> items = Consolidator::run(*city.reg, {newer, older}, city.actor);
            QCOMPARE(items.size(), 2);
            QCOMPARE(items.at(0).outcome, Outcome::Applied);
            QCOMPARE(items.at(1).outcome, Outcome::Applied);
            QCOMPARE(city.reg->assetCount(), 2);
            QCOMPARE(city.reg->latestSubmission(QStringLiteral("0302"))->fileName, QStringLiteral("newer.json"));
        }
        {   // The older one after the newer, in a later run: refused.
            TestRegister city;
            QCOMPARE(Consolidator::run(*city.reg, {newer}, city.actor).first().outcome, Outcome::Applied);
            const QVector<ConsolidationItem> items = Consolidator::run(*city.reg, {older}, city.actor);
            QCOMPARE(items.first().outcome, Outcome::Refused);
            QVERIFY2(items.first().reason.contains(QStringLiteral("Older than")), qPrintable(items.first().reason));
            QCOMPARE(city.reg->assetCount(), 2);
        }
    }

    void clashesAndUnknownUnitsAreReportedAndNothingOfThatFileIsTaken()
    {
        TestRegister dept;
        TestRegister other;   // another department's register, numbering its own way
        TestRegister city;
        const Asset a = add(dept, QStringLiteral("住民記録"), dept.section);
        add(dept, QStringLiteral("別の台帳"), dept.section);
        QCOMPARE(Consolidator::run(*city.reg, {submit(dept, QStringLiteral("0302"), QStringLiteral("a.json"))},
                                   city.actor)
                     .first()
                     .outcome,
                 Outcome::Applied);

        // 税務課 submits an asset under a number 保険年金課 already holds.
        Asset same = other.cleanAsset(QStringLiteral("課税台帳"));
        same.orgId = other.otherSection.id;
        same.assetNo = a.assetNo;
        QVERIFY(other.reg->addAsset(same, other.actor));
        add(other, QStringLiteral("固定資産課税台帳"), other.otherSection);
        const QStringList before = assetNos(*city.reg);
        QVector<ConsolidationItem> items =
            Consolidator::run(*city.reg, {submit(other, QStringLiteral("0303"), QStringLiteral("b.json"))}, city.actor);
        QCOMPARE(items.first().outcome, Outcome::Refused);
        QCOMPARE(items.first().details.size(), 1);
        QVERIFY2(items.first().details.first().contains(a.assetNo), qPrintable(items.first().details.first()));
        QVERIFY(items.first().details.first().contains(QStringLiteral("0302")));
        QCOMPARE(assetNos(*city.reg), before);
        QCOMPARE(city.reg->assetByNo(a.assetNo)->name, QStringLiteral("住民記録"));

        // A unit the city register does not know.
        OrgUnit stray{0, QStringLiteral("9901"), QStringLiteral("臨時対策室"), QStringLiteral("section"),
                      other.department.id, 99, {}, {}};
        stray = other.reg->addOrgUnit(stray, other.actor).value();
        add(other, QStringLiteral("対策本部資料"), stray);
        items = Consolidator::run(*city.reg, {submit(other, QStringLiteral("9901"), QStringLiteral("c.json"))},
                                  city.actor);
        QCOMPARE(items.first().outcome, Outcome::Refused);
        QVERIFY(items.first().reason.contains(QStringLiteral("9901")));
        QCOMPARE(assetNos(*city.reg), before);
    }

    void anotherSchemeIsReportedAndMovedOnlyWhenAsked()
    {
        TestRegister dept(QStringLiteral("generic"), QStringLiteral("mic-h27"));
        Asset secret = add(dept, QStringLiteral("議会対応資料"), dept.section, QStringLiteral("3"));
        Asset resident = dept.cleanAsset(QStringLiteral("国保被保険者台帳"));
        resident.cLevel = QStringLiteral("3");
        resident.personal = true;
        resident.subjectBand = QStringLiteral("ge1000");
        resident.fileRegisterNo = QStringLiteral("F-1");
        resident = dept.reg->addAsset(resident, dept.actor).value();
        Asset contacts = dept.cleanAsset(QStringLiteral("課内連絡網"));
        contacts.personal = true;
        contacts = dept.reg->addAsset(contacts, dept.actor).value();
        const QString file = submit(dept, QStringLiteral("0302"), QStringLiteral("h27.json"));

        {
            TestRegister city;
            const QVector<ConsolidationItem> items = Consolidator::run(*city.reg, {file}, city.actor);
            QVERIFY2(items.first().outcome == Outcome::Applied,
                     qPrintable(items.first().reason + items.first().details.join(QLatin1Char(' '))));
            QCOMPARE(items.first().notices.size(), 1);
            QVERIFY(items.first().notices.first().contains(QStringLiteral("mic-r6")));
            const Asset kept = city.reg->assetByNo(secret.assetNo).value();
            QCOMPARE(kept.schemeId, QStringLiteral("mic-h27"));
            QCOMPARE(kept.cLevel, QStringLiteral("3"));
            QVERIFY(!kept.reclassPending);
        }
        {
            TestRegister city;
            ConsolidationOptions options;
            options.moveToCityScheme = true;
            const QVector<ConsolidationItem> items = Consolidator::run(*city.reg, {file}, city.actor, options);
            QCOMPARE(items.first().outcome, Outcome::Applied);
            const auto moved = [&](const Asset& a) { return city.reg->assetByNo(a.assetNo).value(); };
            QCOMPARE(moved(secret).schemeId, QStringLiteral("mic-r6"));
            QCOMPARE(moved(secret).cLevel, QStringLiteral("3A"));
            QCOMPARE(moved(resident).cLevel, QStringLiteral("3B"));
            QCOMPARE(moved(contacts).cLevel, QStringLiteral("3C"));
            QVERIFY(moved(secret).reclassPending && moved(resident).reclassPending && moved(contacts).reclassPending);
        }
    }
};

QTEST_GUILESS_MAIN(TestConsolidation)
#include "tst_consolidation.moc"
