// Printouts: the report data the core builds (numbers equal to the statistics, the printout's own
// classification, scope and 年度) and the PDF the renderer writes from it (text, pages, fonts).
#include "TestRegister.h"

#include "print/ReportPdf.h"
#include "query/AssetFilter.h"
#include "report/ApprovalSettings.h"
#include "report/RegisterReport.h"
#include "report/Reports.h"
#include "report/ReportScope.h"
#include "report/Statistics.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

using namespace daicho;
using namespace daicho::test;

class TestReports : public QObject
{
    Q_OBJECT

    // Four current assets and one disposed: 3B personal in section, 2 in section, 1 in the other
    // section, 3B specific outsourced in the other section, and a disposed 3A.
    void fill(TestRegister& t)
    {
        Asset a = t.cleanAsset(QStringLiteral("住民記録"));
        a.cLevel = QStringLiteral("3B");
        a.personal = true;
        QVERIFY(t.reg->addAsset(a, t.actor));
        Asset b = t.cleanAsset(QStringLiteral("課内連絡網"));
        b.cLevel = QStringLiteral("2");
        QVERIFY(t.reg->addAsset(b, t.actor));
        Asset c = t.cleanAsset(QStringLiteral("広報原稿"));
        c.orgId = t.otherSection.id;
        c.cLevel = QStringLiteral("1");
        QVERIFY(t.reg->addAsset(c, t.actor));
        Asset d = t.cleanAsset(QStringLiteral("税務システム"));
        d.orgId = t.otherSection.id;
        d.cLevel = QStringLiteral("3B");
        d.specific = true;
        d.outsourced = true;
        d.contractor = QStringLiteral("委託先株式会社");
        QVERIFY(t.reg->addAsset(d, t.actor));
    }

    int tableTotal(const ReportDocument& doc, int tableIndex, int column)
    {
        int seen = 0;
        for (const ReportBlock& b : doc.blocks)
            if (b.kind == ReportBlock::Kind::Table && seen++ == tableIndex)
                return b.table.rows.last().value(column).toInt();
        return -1;
    }

private slots:
    void scopeSelectsOrganisationAndYear()
    {
        TestRegister t;
        fill(t);
        Result<ReportScope> city = ReportScope::make(*t.reg, QString(), 0);
        QVERIFY(city);
        QCOMPARE(city->assets().size(), 4);
        Result<ReportScope> section = ReportScope::make(*t.reg, t.section.code, 0);
        QVERIFY(section);
        QCOMPARE(section->assets().size(), 2);
        QVERIFY(section->organisation().contains(t.section.name));
        QVERIFY(section->organisation().contains(t.department.name));
        // A 年度 before the assets' own leaves them out.
        Result<ReportScope> earlier = ReportScope::make(*t.reg, QString(), 2020);
        QVERIFY(earlier);
        QCOMPARE(earlier->assets().size(), 0);
        QCOMPARE(ReportScope::make(*t.reg, QStringLiteral("9999"), 0).error().code, ErrorCode::NotFound);
    }

    void printoutCarriesItsHighestClassification()
    {
        TestRegister t;
        fill(t);
        Result<ReportScope> city = ReportScope::make(*t.reg, QString(), 0);
        QCOMPARE(city->heading(*t.reg, QStringLiteral("x")).classification, QStringLiteral("自治体機密性3B"));
        Result<ReportScope> other = ReportScope::make(*t.reg, t.otherSection.code, 0);
        QCOMPARE(other->heading(*t.reg, QStringLiteral("x")).classification, QStringLiteral("自治体機密性3B"));
        QVector<Asset> low;
        for (const Asset& a : city->assets())
            if (a.cLevel == QLatin1String("1"))
                low << a;
        QCOMPARE(ReportScope::classificationOf(*t.reg, low), QStringLiteral("自治体機密性1"));
        QCOMPARE(city->heading(*t.reg, QStringLiteral("x")).fiscalYear, QStringLiteral("令和7年度"));
        QCOMPARE(city->heading(*t.reg, QStringLiteral("x")).baseDate, QStringLiteral("令和7年6月1日"));
    }

    void registerHasTheIpaColumnsAndOneRowPerAsset()
    {
        TestRegister t;
        fill(t);
        const QStringList keys = RegisterReport::columnKeys();
        QCOMPARE(keys.mid(0, 7), (QStringList{"asset_no", "business", "name", "remarks", "user_scope", "org_name", "medium"}));
        QCOMPARE(keys.mid(7), (QStringList{"personal", "sensitive", "specific", "c", "i", "a", "importance",
                                           "retention_until", "registered_on"}));
        Result<ReportDocument> doc = Reports::build(*t.reg, {QStringLiteral("register"), QString(), 0, {}, {}});
        QVERIFY(doc);
        int rows = -1;
        bool approval = false;
        for (const ReportBlock& b : doc->blocks) {
            if (b.kind == ReportBlock::Kind::Table)
                rows = int(b.table.rows.size());
            if (b.kind == ReportBlock::Kind::Approval)
                approval = b.approval.titles == ApprovalSettings::defaultTitles();
        }
        QCOMPARE(rows, 4);
        QVERIFY(approval);
        ReportRequest none{QStringLiteral("register"), QString(), 0, {}, ApprovalBlock::Style::None};
        const Result<ReportDocument> withoutApproval = Reports::build(*t.reg, none);
        QVERIFY(withoutApproval);
        for (const ReportBlock& b : withoutApproval->blocks)
            QVERIFY(b.kind != ReportBlock::Kind::Approval);
    }

    void summaryNumbersAreTheStatistics()
    {
        TestRegister t;
        fill(t);
        Result<ReportDocument> doc = Reports::build(*t.reg, {QStringLiteral("summary"), QString(), 0, {}, {}});
        QVERIFY(doc);
        QString error;
        AssetFilter current;
        current.includeDisposed = false;
        const QVector<Asset> assets = current.apply(*t.reg, t.reg->assets());
        const StatGroup byC = Statistics::compute(*t.reg, assets, {QStringLiteral("c")}, &error).first();
        // Table 0 is 部 × 機密性: its totals row holds each level's count, then the grand total.
        const ReportBlock* table = nullptr;
        for (const ReportBlock& b : doc->blocks)
            if (b.kind == ReportBlock::Kind::Table && !table)
                table = &b;
        QVERIFY(table);
        const QStringList totals = table->table.rows.last();
        int column = 1;
        for (const StatRow& r : byC.rows) {
            if (r.count == 0)
                continue;   // empty levels are left out of the printed table
            QCOMPARE(table->table.columns[column].header, r.label);
            QCOMPARE(totals[column].toInt(), r.count);
            ++column;
        }
        QCOMPARE(totals.last().toInt(), 4);
        // The outsourced table (the last one) counts only assets at 機密性2 and above: one outsourced.
        const int last = [&] { int n = 0; for (const ReportBlock& b : doc->blocks) n += b.kind == ReportBlock::Kind::Table; return n - 1; }();
        QCOMPARE(tableTotal(doc.value(), last, 1), 1);
        QCOMPARE(tableTotal(doc.value(), last, 4), 3);   // 3B, 2 and 3B: the 1 is left out
    }

    void narrowingMatchesWhatTheDimensionCounted_data()
    {
        QTest::addColumn<QString>("dimension");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("expected");
        QTest::newRow("c=3B") << "c" << "3B" << 2;
        QTest::newRow("personal any kind") << "personal" << "personal" << 2;
        QTest::newRow("specific") << "personal" << "specific" << 1;
        QTest::newRow("outsourced") << "outsourcing" << "outsourced" << 1;
        QTest::newRow("no personal") << "personal" << "none" << 2;
    }

    void narrowingMatchesWhatTheDimensionCounted()
    {
        QFETCH(QString, dimension);
        QFETCH(QString, key);
        QFETCH(int, expected);
        TestRegister t;
        fill(t);
        AssetFilter f;
        f.includeDisposed = false;
        QVERIFY(f.narrowTo(dimension, key));
        QCOMPARE(f.apply(*t.reg, t.reg->assets()).size(), expected);
        const StatGroup g = Statistics::compute(*t.reg, f.apply(*t.reg, t.reg->assets()), {dimension}).first();
        for (const StatRow& r : g.rows)
            if (r.key == key)
                QCOMPARE(r.count, expected);
        AssetFilter later;
        QVERIFY(!later.narrowTo(QStringLiteral("review"), QStringLiteral("later")));
    }

    void approvalSettingsRoundTrip()
    {
        TestRegister t;
        QCOMPARE(ApprovalSettings::read(*t.reg).style, ApprovalBlock::Style::Seals);
        ApprovalBlock b{ApprovalBlock::Style::Signatures, {QStringLiteral("課長"), QStringLiteral(" 担当 ")}};
        QVERIFY(ApprovalSettings::write(*t.reg, b));
        QCOMPARE(ApprovalSettings::read(*t.reg).style, ApprovalBlock::Style::Signatures);
        QCOMPARE(ApprovalSettings::read(*t.reg).titles, (QStringList{"課長", "担当"}));
        b.titles = QStringList(9, QStringLiteral("係長"));
        QCOMPARE(ApprovalSettings::write(*t.reg, b).error().code, ErrorCode::Validation);
    }

    void assetSheetsOnePerPage()
    {
        TestRegister t;
        fill(t);
        const QVector<Asset> all = t.reg->assets();
        ReportRequest r{QStringLiteral("asset"), QString(), 0, {all[0].assetNo, all[1].assetNo}, {}};
        Result<ReportDocument> doc = Reports::build(*t.reg, r);
        QVERIFY(doc);
        int breaks = 0;
        for (const ReportBlock& b : doc->blocks)
            breaks += b.kind == ReportBlock::Kind::PageBreak;
        QCOMPARE(breaks, 1);
        QVERIFY(doc->texts().join(QLatin1Char('\n')).contains(QStringLiteral("漏えいにより広範囲")));
        r.assetNos = {QStringLiteral("nope")};
        QCOMPARE(Reports::build(*t.reg, r).error().code, ErrorCode::NotFound);
        QCOMPARE(Reports::build(*t.reg, {QStringLiteral("bogus"), QString(), 0, {}, {}}).error().code, ErrorCode::Usage);
    }

    // The worst sheet a 課長 can write: long text in every text field, 3A/2/2 with every handling
    // restriction added with a long reason, and edits of many fields with long comments. One page still,
    // in Japanese and in English, and no text cut off but for the marked shortening.
    void assetSheetKeepsToOnePageWhateverItHolds_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void assetSheetKeepsToOnePageWhateverItHolds()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language == QLatin1String("ja")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/daicho_ja.qm")));
            QCoreApplication::installTranslator(&translator);
        }
        TestRegister t;
        const QString sentence = QStringLiteral("住民基本台帳の異動届に添付された本人確認書類の写しを含み、窓口で受け付けた後に");
        auto longText = [&sentence](int times) {
            QString out;
            for (int i = 0; i < times; ++i)
                out += sentence;
            return out;
        };
        // Every free text; not the number, the segment or the scheme, which must name what exists.
        const QStringList codes{QStringLiteral("asset_no"), QStringLiteral("network_segment"), QStringLiteral("scheme")};
        auto isFreeText = [&codes](const AssetField& f) { return f.type == FieldType::Text && !codes.contains(f.key); };
        // As long as each field may be (its limit on AssetFields), or six sentences where it may be longer.
        auto fill = [&longText](const AssetField& f, const QString& tail = {}) {
            const QString text = longText(6) + tail;
            return f.maxLength > 0 ? text.right(f.maxLength) : text;
        };
        Asset a = t.cleanAsset(longText(3).left(AssetFields::find(QStringLiteral("name"))->maxLength));
        for (const AssetField& f : AssetFields::all())
            if (isFreeText(f))
                f.set(a, fill(f));
        a.cLevel = QStringLiteral("3A");
        a.iLevel = QStringLiteral("2");
        a.aLevel = QStringLiteral("2");
        a.personal = a.sensitive = a.specific = true;
        a.outsourced = a.subcontracted = a.cloud = a.ismap = true;
        for (const Restriction& r : t.reg->catalog().restrictions)
            a.restrictionOverrides.append({r.code, true, longText(1)});
        Result<Asset> added = t.reg->addAsset(a, t.actor);
        QVERIFY2(added, qPrintable(added.error().message));
        Asset edited = added.value();
        for (int i = 0; i < 8; ++i) {
            for (const AssetField& f : AssetFields::all())
                if (isFreeText(f))
                    f.set(edited, fill(f, QString::number(i)));
            Result<Asset> r = t.reg->updateAsset(edited, t.actor, longText(4));
            QVERIFY2(r, qPrintable(r.error().message));
            edited = r.value();
        }
        QVERIFY(!t.reg->catalog().effectiveRestrictions(edited).isEmpty());

        Result<ReportDocument> doc = Reports::build(*t.reg, {QStringLiteral("asset"), QString(), 0, {edited.assetNo}, {}});
        QVERIFY(doc);
        const QString pdf = t.dir.filePath(QStringLiteral("sheet-%1.pdf").arg(language));
        Result<int> pages = ReportPdf::write(doc.value(), pdf);
        if (language == QLatin1String("ja"))
            QCoreApplication::removeTranslator(&translator);
        QVERIFY(pages);
        QCOMPARE(pages.value(), 1);
        // Two of the same sheet: two pages, each whole.
        Result<ReportDocument> two
            = Reports::build(*t.reg, {QStringLiteral("asset"), QString(), 0, {edited.assetNo, edited.assetNo}, {}});
        QVERIFY(two);
        QCOMPARE(ReportPdf::write(two.value(), t.dir.filePath(QStringLiteral("two.pdf"))).value(), 2);
    }

    // The PDF itself: pages numbered n / N, the header on every page, nothing but the text we put.
    void registerPdfText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        TestRegister t;
        for (int i = 0; i < 120; ++i)
            QVERIFY(t.reg->addAsset(t.cleanAsset(QStringLiteral("名簿%1").arg(i)), t.actor));
        Result<ReportDocument> doc = Reports::build(*t.reg, {QStringLiteral("register"), QString(), 0, {}, {}});
        QVERIFY(doc);
        const QString pdf = t.dir.filePath(QStringLiteral("register.pdf"));
        Result<int> pages = ReportPdf::write(doc.value(), pdf);
        QVERIFY(pages);
        QVERIFY(pages.value() >= 3);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        // The PDF maps some CJK glyphs back to the radicals that share them (⾃ for 自, ⻑ for 長), so text
        // copied out of it reads oddly (a known limit, noted in BENCHMARKS/README): NFKC folds the Kangxi
        // radicals, and ⻑ has no folding of its own.
        const QString out = QString::fromUtf8(text.readAllStandardOutput())
                                .normalized(QString::NormalizationForm_KC)
                                .replace(QChar(0x2ED1), QChar(0x9577));
        const QStringList pageTexts = out.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages.value());
        for (int p = 0; p < pageTexts.size(); ++p) {
            const QRegularExpression number(QStringLiteral("\\b%1\\s*/\\s*%2\\b").arg(p + 1).arg(pages.value()));
            QVERIFY2(pageTexts[p].contains(number), qPrintable(QString::number(p + 1)));
            QVERIFY(pageTexts[p].contains(QStringLiteral("令和7年度")));
            QVERIFY(pageTexts[p].contains(QStringLiteral("自治体機密性2")));
            // The table header repeats on every page that holds rows.
            if (pageTexts[p].contains(QStringLiteral("名簿")))
                QVERIFY(pageTexts[p].contains(AssetFields::find(QStringLiteral("asset_no"))->translatedLabel()));
        }
        for (int i = 0; i < 120; ++i)
            QVERIFY2(out.contains(QStringLiteral("名簿%1").arg(i)), qPrintable(QString::number(i)));
        QVERIFY(out.contains(QStringLiteral("係長")));   // the seal boxes at the end
        QVERIFY(pageTexts.last().contains(QStringLiteral("係長")));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
