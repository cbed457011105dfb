// `daicho-cli report` as a user runs it: a separate process, its exit code and message, and the PDF it
// leaves behind, read back with poppler's pdfinfo, pdftotext and pdffonts. The register is a demo city
// made by the CLI itself on a fixed day (--as-of), so every date that depends on "today" is known.
#include <QtTest>

#include "CliRun.h"
#include "PdfText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace {

using daicho::test::fold;
using daicho::test::havePoppler;
using daicho::test::pdfinfoPages;
using daicho::test::pdfPages;
using daicho::test::poppler;
using daicho::test::Run;

#define REQUIRE_POPPLER()                                                                                  \
    do {                                                                                                   \
        if (!havePoppler())                                                                                \
            QSKIP("pdftotext, pdfinfo and pdffonts (Debian package poppler-utils) are not installed; "     \
                  "scripts/deps.sh installs them");                                                        \
    } while (false)

// "OUT.pdf：情報資産管理台帳 全庁、8ページ" / "OUT.pdf: Information Asset Register Whole city, 8 page(s)."
int printedPages(const QString& out)
{
    static const QRegularExpression pages(QStringLiteral("(\\d+)\\s*(?:ページ|page)"));
    const QRegularExpressionMatch m = pages.match(out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A page's footer "n / N" (pdftotext may or may not keep the spaces).
bool hasPageNumber(const QString& page, int n, int of)
{
    const QRegularExpression number(QStringLiteral("(?<![\\d/])%1\\s*/\\s*%2(?![\\d/])").arg(n).arg(of));
    return page.contains(number);
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray head(const QString& path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

QVector<QHash<QString, QString>> csvRecords(const QString& text)
{
    // The list's CSV holds no quoted commas in the columns read here (numbers, codes, levels).
    QVector<QHash<QString, QString>> out;
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return out;
    const QStringList header = lines.takeFirst().trimmed().split(QLatin1Char(','));
    for (const QString& line : lines) {
        const QStringList cells = line.trimmed().split(QLatin1Char(','));
        QHash<QString, QString> r;
        for (int i = 0; i < header.size(); ++i)
            r.insert(header[i], cells.value(i));
        out << r;
    }
    return out;
}

// The integers of a line, in order.
QVector<int> integers(const QString& line)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QVector<int> out;
    for (auto it = number.globalMatch(line); it.hasNext();)
        out << it.next().captured().toInt();
    return out;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyKind_data();
    void everyKind();
    void registerListsEveryCurrentAsset();
    void summaryTotalsAreTheStatistics_data();
    void summaryTotalsAreTheStatistics();
    void approvalBlock();
    void namedAssetSheets();
    void assetSheetKeepsToOnePage();
    void organisationScope();
    void fontsAreEmbedded();
    void levelsCanBeFoundInTheText();
    void errorsLeaveNoFile_data();
    void errorsLeaveNoFile();
    void unwritableOutput();
    void failureKeepsAnExistingFile();

private:
    Run cli(const QStringList& args, const QString& language = QStringLiteral("en"));
    // `report` on the demo register on its fixed day.
    Run report(const QStringList& options, const QString& language = QString())
    {
        return cli(QStringList{QStringLiteral("--as-of"), QStringLiteral("2025-06-01"), QStringLiteral("report"), m_file}
                       + options,
                   language);
    }
    QString out(const QString& name) const { return m_out->filePath(name); }

    QTemporaryDir m_dir;                     // the register, for the whole run
    std::unique_ptr<QTemporaryDir> m_out;    // each test's PDFs
    QString m_file;
    QVector<QHash<QString, QString>> m_all;       // list --format csv
    QVector<QHash<QString, QString>> m_current;   // list --current --format csv
    QJsonObject m_stats;                          // stats --format json
};

Run TestReportPdf::cli(const QStringList& args, const QString& language)
{
    // An empty language: the CLI's own default (Japanese), as a city's staff run it.
    return daicho::test::runCli(QStringLiteral(DAICHO_CLI), args, m_dir.path(), {}, language);
}

void TestReportPdf::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(DAICHO_CLI)), DAICHO_CLI);
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("demo.daicho"));
    CLI_OK(cli({QStringLiteral("--as-of"), QStringLiteral("2025-06-01"), QStringLiteral("demo"), m_file,
                QStringLiteral("--assets"), QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("3")}));
    const Run all = cli({QStringLiteral("list"), m_file, QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_OK(all);
    m_all = csvRecords(all.out);
    const Run current = cli({QStringLiteral("list"), m_file, QStringLiteral("--current"), QStringLiteral("--format"),
                             QStringLiteral("csv")});
    CLI_OK(current);
    m_current = csvRecords(current.out);
    const Run stats = cli({QStringLiteral("--as-of"), QStringLiteral("2025-06-01"), QStringLiteral("stats"), m_file,
                           QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(stats);
    m_stats = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    // The demo has disposed assets, so "current" is a real selection.
    QVERIFY(m_current.size() > 50);
    QVERIFY(m_all.size() > m_current.size());
    QCOMPARE(m_stats.value(QStringLiteral("assets")).toInt(), int(m_current.size()));
}

void TestReportPdf::cleanup()
{
    m_out.reset();
}

// ---- what every printout carries -----------------------------------------------------------

void TestReportPdf::everyKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("language");   // empty: the default, Japanese
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("wholeCity");
    QTest::addColumn<QString>("baseDate");
    QTest::addColumn<QString>("created");

    const QString baseJa = QStringLiteral("基準日[:：]\\s*令和\\d+年\\d+月\\d+日");
    const QString createdJa = QStringLiteral("作成日[:：]\\s*令和\\d+年\\d+月\\d+日");
    const QString baseEn = QStringLiteral("Base date:\\s*令和\\d+年\\d+月\\d+日");
    const QString createdEn = QStringLiteral("Created:\\s*令和\\d+年\\d+月\\d+日");
    QTest::newRow("register ja") << "register" << "" << "情報資産管理台帳" << "全庁" << baseJa << createdJa;
    QTest::newRow("summary ja") << "summary" << "" << "情報資産集計表" << "全庁" << baseJa << createdJa;
    QTest::newRow("asset ja") << "asset" << "" << "情報資産個票" << "全庁" << baseJa << createdJa;
    QTest::newRow("review ja") << "review" << "" << "見直し対象一覧" << "全庁" << baseJa << createdJa;
    QTest::newRow("register en") << "register" << "en" << "Information Asset Register" << "Whole city" << baseEn << createdEn;
    QTest::newRow("summary en") << "summary" << "en" << "Information Asset Summary" << "Whole city" << baseEn << createdEn;
    QTest::newRow("asset en") << "asset" << "en" << "Information Asset Sheet" << "Whole city" << baseEn << createdEn;
    QTest::newRow("review en") << "review" << "en" << "Reviews Due" << "Whole city" << baseEn << createdEn;
}

void TestReportPdf::everyKind()
{
    REQUIRE_POPPLER();
    QFETCH(QString, kind);
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, wholeCity);
    QFETCH(QString, baseDate);
    QFETCH(QString, created);
    m_out = std::make_unique<QTemporaryDir>();
    const QString pdf = out(kind + QStringLiteral(".pdf"));

    const Run r = report({QStringLiteral("--kind"), kind, QStringLiteral("--out"), pdf}, language);
    CLI_OK(r);
    QVERIFY2(QFileInfo(pdf).size() > 0, qPrintable(pdf));
    QCOMPARE(head(pdf, 5), QByteArray("%PDF-"));
    // Only the PDF: no temporary file left beside it.
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden), QStringList{kind + QStringLiteral(".pdf")});

    const int pages = pdfinfoPages(pdf);
    QVERIFY2(pages > 0, qPrintable(r.describe()));
    QCOMPARE(printedPages(r.out), pages);
    QVERIFY2(r.out.contains(title), qPrintable(r.out));

    const QStringList text = pdfPages(pdf);
    QCOMPARE(text.size(), pages);
    const QString first = text.first();
    QVERIFY2(first.contains(title), qPrintable(first.left(600)));
    QVERIFY2(first.contains(wholeCity), qPrintable(first.left(600)));
    QVERIFY2(first.contains(QRegularExpression(baseDate)), qPrintable(first.left(600)));
    QVERIFY2(first.contains(QRegularExpression(created)), qPrintable(first.left(600)));
    // The --as-of day, in 和暦, and its 年度.
    QVERIFY2(first.contains(QStringLiteral("令和7年6月1日")), qPrintable(first.left(600)));
    QVERIFY2(first.contains(QStringLiteral("令和7年度")), qPrintable(first.left(600)));
    // Every page: the title and the classification mark in the header, "n / N" in the footer.
    for (int p = 0; p < pages; ++p) {
        QVERIFY2(text[p].contains(title), qPrintable(QStringLiteral("page %1").arg(p + 1)));
        QVERIFY2(text[p].contains(QStringLiteral("自治体機密性")), qPrintable(QStringLiteral("page %1").arg(p + 1)));
        QVERIFY2(hasPageNumber(text[p], p + 1, pages), qPrintable(QStringLiteral("page %1:\n%2").arg(p + 1).arg(text[p].right(400))));
    }
    QVERIFY(hasPageNumber(first, 1, pages));
    QVERIFY(hasPageNumber(text.last(), pages, pages));
    // A whole-city register, summary or set of sheets is handled as its highest level: the first
    // confidentiality with assets in the statistics (highest first).
    QString highest;
    for (const QJsonValue& v : m_stats.value(QStringLiteral("c")).toArray())
        if (highest.isEmpty() && v.toObject().value(QStringLiteral("count")).toInt() > 0)
            highest = v.toObject().value(QStringLiteral("key")).toString();
    QVERIFY(!highest.isEmpty());
    if (kind != QLatin1String("review"))
        QVERIFY2(first.contains(QStringLiteral("自治体機密性") + highest), qPrintable(first.left(300)));
    // One sheet per asset at least.
    if (kind == QLatin1String("asset"))
        QVERIFY(pages >= m_current.size());
}

void TestReportPdf::registerListsEveryCurrentAsset()
{
    REQUIRE_POPPLER();
    m_out = std::make_unique<QTemporaryDir>();
    const QString pdf = out(QStringLiteral("register.pdf"));
    CLI_OK(report({QStringLiteral("--kind"), QStringLiteral("register"), QStringLiteral("--out"), pdf}));
    const QStringList text = pdfPages(pdf);
    QVERIFY(text.size() > 1);   // 100-odd rows do not fit one page
    // The first asset of the list is on the first page, under the column header.
    const QString firstNo = m_all.first().value(QStringLiteral("asset_no"));
    QVERIFY(!firstNo.isEmpty());
    QVERIFY2(text.first().contains(firstNo), qPrintable(firstNo));
    QVERIFY(text.first().indexOf(QStringLiteral("資産番号")) < text.first().indexOf(firstNo));
    const QString all = text.join(QLatin1Char('\n'));
    QSet<QString> current;
    for (const auto& r : m_current) {
        const QString no = r.value(QStringLiteral("asset_no"));
        current << no;
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("(?<![\\d-])") + QRegularExpression::escape(no)
                                                 + QStringLiteral("(?![\\d-])"))),
                 qPrintable(no));
    }
    // Disposed assets are not printed.
    int disposed = 0;
    for (const auto& r : m_all) {
        const QString no = r.value(QStringLiteral("asset_no"));
        if (current.contains(no))
            continue;
        ++disposed;
        QVERIFY2(!all.contains(QRegularExpression(QStringLiteral("(?<![\\d-])") + QRegularExpression::escape(no)
                                                  + QStringLiteral("(?![\\d-])"))),
                 qPrintable(no));
    }
    QVERIFY(disposed > 0);
    // The count above the table.
    QVERIFY2(text.first().contains(QStringLiteral("%1件").arg(m_current.size())), qPrintable(text.first().left(600)));
    // The header repeats on every page that holds rows.
    for (int p = 0; p < text.size(); ++p)
        if (text[p].contains(QRegularExpression(QStringLiteral("\\d{2,6}-\\d{5}"))))
            QVERIFY2(text[p].contains(QStringLiteral("資産番号")), qPrintable(QString::number(p + 1)));
}

void TestReportPdf::summaryTotalsAreTheStatistics_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("total");
    QTest::newRow("ja") << "" << "合計";
    QTest::newRow("en") << "en" << "Total";
}

void TestReportPdf::summaryTotalsAreTheStatistics()
{
    REQUIRE_POPPLER();
    QFETCH(QString, language);
    QFETCH(QString, total);
    m_out = std::make_unique<QTemporaryDir>();
    const QString pdf = out(QStringLiteral("summary.pdf"));
    CLI_OK(report({QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--out"), pdf}, language));
    // -raw keeps a table row on one line, in the order its cells were drawn.
    const QStringList lines = pdfPages(pdf, false).join(QLatin1Char('\n')).split(QLatin1Char('\n'));
    const int assets = m_stats.value(QStringLiteral("assets")).toInt();
    QVERIFY(assets > 0);

    // The first table is 部 × 機密性: its totals row is the level counts, then the grand total.
    const QRegularExpression totalsRow(QStringLiteral("^%1((\\s+\\d+)+)\\s*$").arg(total));
    int totalsAt = -1;
    for (int i = 0; i < lines.size() && totalsAt < 0; ++i)
        if (totalsRow.match(lines[i]).hasMatch())
            totalsAt = i;
    QVERIFY2(totalsAt >= 0, qPrintable(lines.mid(0, 40).join(QLatin1Char('\n'))));
    const QVector<int> totals = integers(lines[totalsAt]);
    QCOMPARE(totals.last(), assets);
    QVector<int> levels;
    for (const QJsonValue& v : m_stats.value(QStringLiteral("c")).toArray())
        if (v.toObject().value(QStringLiteral("count")).toInt() > 0)
            levels << v.toObject().value(QStringLiteral("count")).toInt();
    QCOMPARE(totals.mid(0, totals.size() - 1), levels);

    // Each 部's row, above the totals, ends with that 部's count in the statistics.
    const QJsonArray orgs = m_stats.value(QStringLiteral("org")).toArray();
    QVERIFY(orgs.size() > 3);
    int sum = 0;
    for (const QJsonValue& v : orgs) {
        const QString label = fold(v.toObject().value(QStringLiteral("label")).toString());
        const int count = v.toObject().value(QStringLiteral("count")).toInt();
        if (count == 0)
            continue;
        sum += count;
        const QRegularExpression row(QStringLiteral("^%1((\\s+\\d+)+)\\s*$").arg(QRegularExpression::escape(label)));
        int at = -1;
        for (int i = 0; i < totalsAt && at < 0; ++i)
            if (row.match(lines[i]).hasMatch())
                at = i;
        QVERIFY2(at >= 0, qPrintable(label));
        QCOMPARE(integers(lines[at]).last(), count);
        QCOMPARE(integers(lines[at]).size(), levels.size() + 1);
    }
    QCOMPARE(sum, assets);
}

void TestReportPdf::approvalBlock()
{
    REQUIRE_POPPLER();
    m_out = std::make_unique<QTemporaryDir>();
    const QString seals = out(QStringLiteral("seals.pdf"));
    const QString none = out(QStringLiteral("none.pdf"));
    const QString summary = out(QStringLiteral("summary.pdf"));
    CLI_OK(report({QStringLiteral("--kind"), QStringLiteral("register"), QStringLiteral("--out"), seals,
                   QStringLiteral("--approval"), QStringLiteral("seals")}));
    CLI_OK(report({QStringLiteral("--kind"), QStringLiteral("register"), QStringLiteral("--out"), none,
                   QStringLiteral("--approval"), QStringLiteral("none")}));
    CLI_OK(report({QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--out"), summary,
                   QStringLiteral("--approval"), QStringLiteral("seals")}));
    // The seal boxes, left to right, at the end of the printout.
    const QRegularExpression boxes(QStringLiteral("部長\\s+課長\\s+係長\\s+担当"));
    const QStringList withSeals = pdfPages(seals);
    QVERIFY2(withSeals.last().contains(boxes), qPrintable(withSeals.last().right(600)));
    QVERIFY(pdfPages(summary).last().contains(boxes));
    const QString without = pdfPages(none).join(QLatin1Char('\n'));
    QVERIFY(!without.contains(QStringLiteral("係長")));
    QVERIFY(!without.contains(boxes));
    QCOMPARE(report({QStringLiteral("--kind"), QStringLiteral("register"), QStringLiteral("--out"), none,
                     QStringLiteral("--approval"), QStringLiteral("stamps")})
                 .code,
             2);
}

void TestReportPdf::namedAssetSheets()
{
    REQUIRE_POPPLER();
    m_out = std::make_unique<QTemporaryDir>();
    // Two plain assets (C2-I1-A1): one sheet each.
    QStringList plain;
    QStringList names;
    for (const auto& r : m_current)
        if (r.value(QStringLiteral("compact_label")) == QLatin1String("C2-I1-A1") && plain.size() < 2) {
            plain << r.value(QStringLiteral("asset_no"));
            names << fold(r.value(QStringLiteral("name")));
        }
    QCOMPARE(plain.size(), 2);
    const QString pdf = out(QStringLiteral("sheets.pdf"));
    const Run r = report({QStringLiteral("--kind"), QStringLiteral("asset"), QStringLiteral("--asset"), plain[0],
                          QStringLiteral("--asset"), plain[1], QStringLiteral("--out"), pdf});
    CLI_OK(r);
    QCOMPARE(printedPages(r.out), 2);
    QCOMPARE(pdfinfoPages(pdf), 2);
    const QStringList text = pdfPages(pdf);
    QCOMPARE(text.size(), 2);
    QVERIFY(text[0].contains(plain[0]));
    QVERIFY(text[0].contains(names[0]));
    QVERIFY(!text[0].contains(plain[1]));
    QVERIFY(text[1].contains(plain[1]));
    QVERIFY(text[1].contains(names[1]));
    QVERIFY(hasPageNumber(text[0], 1, 2));
    QVERIFY(hasPageNumber(text[1], 2, 2));
    // The sheet's sections and its history.
    for (const QString& heading : {QStringLiteral("基本情報"), QStringLiteral("個人情報"), QStringLiteral("取扱制限"),
                                   QStringLiteral("履歴")})
        QVERIFY2(text[0].contains(heading), qPrintable(heading));
    // The mark is the sheets' own: 機密性2, not the city's 3A.
    QVERIFY2(text[0].contains(QStringLiteral("自治体機密性2")), qPrintable(text[0].left(300)));
    QVERIFY(!text[0].contains(QStringLiteral("自治体機密性3")));

    // --asset belongs to sheets only; an unknown asset is a finding.
    CLI_EXIT(report({QStringLiteral("--kind"), QStringLiteral("register"), QStringLiteral("--asset"), plain[0],
                     QStringLiteral("--out"), out(QStringLiteral("x.pdf"))}),
             2);
    CLI_EXIT(report({QStringLiteral("--kind"), QStringLiteral("asset"), QStringLiteral("--asset"), QStringLiteral("9999-99999"),
                     QStringLiteral("--out"), out(QStringLiteral("x.pdf"))}),
             1);
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("x.pdf"))));
}

void TestReportPdf::assetSheetKeepsToOnePage()
{
    REQUIRE_POPPLER();
    m_out = std::make_unique<QTemporaryDir>();
    // Two assets at 機密性3 with integrity and availability 2: the longest definitions and all ten
    // handling restrictions. README: "one sheet per asset"; AssetSheetReport: "One A4 portrait sheet".
    QStringList high;
    for (const auto& r : m_current) {
        const QString label = r.value(QStringLiteral("compact_label"));
        if (label.startsWith(QLatin1String("C3")) && label.endsWith(QLatin1String("-I2-A2")) && high.size() < 2)
            high << r.value(QStringLiteral("asset_no"));
    }
    QCOMPARE(high.size(), 2);
    const QString pdf = out(QStringLiteral("high.pdf"));
    const Run r = report({QStringLiteral("--kind"), QStringLiteral("asset"), QStringLiteral("--asset"), high[0],
                          QStringLiteral("--asset"), high[1], QStringLiteral("--out"), pdf});
    CLI_OK(r);
    QCOMPARE(pdfinfoPages(pdf), 2);
    QCOMPARE(printedPages(r.out), pdfinfoPages(pdf));
    // Every current asset of the demo city: one page each (it took 156 pages for 109 sheets), in both languages.
    for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        const QString all = out(QStringLiteral("all-%1.pdf").arg(language));
        const Run every = report({QStringLiteral("--kind"), QStringLiteral("asset"), QStringLiteral("--out"), all}, language);
        CLI_OK(every);
        QCOMPARE(pdfinfoPages(all), int(m_current.size()));
    }
}

void TestReportPdf::organisationScope()
{
    REQUIRE_POPPLER();
    m_out = std::make_unique<QTemporaryDir>();
    // A 部 of the demo city with assets, and its name as `org list` gives it.
    const Run orgs = cli({QStringLiteral("org"), QStringLiteral("list"), m_file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(orgs);
    QString name;
    for (const QJsonValue& v : QJsonDocument::fromJson(orgs.out.toUtf8()).array())
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("03"))
            name = fold(v.toObject().value(QStringLiteral("name")).toString());
    QVERIFY2(!name.isEmpty(), qPrintable(orgs.out.left(500)));
    const Run listed = cli({QStringLiteral("list"), m_file, QStringLiteral("--org"), QStringLiteral("03"),
                            QStringLiteral("--current"), QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_OK(listed);
    const QVector<QHash<QString, QString>> inDept = csvRecords(listed.out);
    QVERIFY(inDept.size() > 0);
    QVERIFY(inDept.size() < m_current.size());

    const QString pdf = out(QStringLiteral("dept.pdf"));
    CLI_OK(report({QStringLiteral("--kind"), QStringLiteral("register"), QStringLiteral("--org"), QStringLiteral("03"),
                   QStringLiteral("--out"), pdf}));
    const QStringList text = pdfPages(pdf);
    QVERIFY2(text.first().contains(name), qPrintable(text.first().left(300)));
    QVERIFY(!text.first().contains(QStringLiteral("全庁")));
    QVERIFY2(text.first().contains(QStringLiteral("%1件").arg(inDept.size())), qPrintable(text.first().left(600)));
    const QString all = text.join(QLatin1Char('\n'));
    for (const auto& r : inDept)
        QVERIFY2(all.contains(r.value(QStringLiteral("asset_no"))), qPrintable(r.value(QStringLiteral("asset_no"))));
    // An asset of another 部 is not in it.
    for (const auto& r : m_current)
        if (!r.value(QStringLiteral("org")).startsWith(QLatin1String("03"))) {
            QVERIFY2(!all.contains(QStringLiteral("\n") + r.value(QStringLiteral("asset_no")) + QLatin1Char(' ')),
                     qPrintable(r.value(QStringLiteral("asset_no"))));
        }
}

void TestReportPdf::fontsAreEmbedded()
{
    REQUIRE_POPPLER();
    m_out = std::make_unique<QTemporaryDir>();
    const QString pdf = out(QStringLiteral("fonts.pdf"));
    CLI_OK(report({QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--out"), pdf}));
    const QStringList lines = poppler(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 2, qPrintable(lines.join(QLatin1Char('\n'))));
    // name  type  encoding  emb sub uni  object ID: read from the right, the type has spaces.
    int cjk = 0;
    for (const QString& line : lines.mid(2)) {
        const QStringList cells = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(cells.size() >= 7, qPrintable(line));
        QVERIFY2(cells[cells.size() - 5] == QLatin1String("yes"), qPrintable(QStringLiteral("not embedded: ") + line));
        if (cells.first().contains(QStringLiteral("NotoSansCJK")))
            ++cjk;
    }
    QVERIFY2(cjk >= 1, qPrintable(lines.join(QLatin1Char('\n'))));
}

// The register's level column, as text a person can search and copy.
void TestReportPdf::levelsCanBeFoundInTheText()
{
    REQUIRE_POPPLER();
    m_out = std::make_unique<QTemporaryDir>();
    const QString pdf = out(QStringLiteral("register.pdf"));
    CLI_OK(report({QStringLiteral("--kind"), QStringLiteral("register"), QStringLiteral("--out"), pdf}));
    const QStringList lines = pdfPages(pdf).join(QLatin1Char('\n')).split(QLatin1Char('\n'));
    // A 3B asset's row: its number, then, further right, "3B" in the 機密性 column.
    QString no;
    for (const auto& r : m_current)
        if (no.isEmpty() && r.value(QStringLiteral("compact_label")).startsWith(QLatin1String("C3B-")))
            no = r.value(QStringLiteral("asset_no"));
    QVERIFY(!no.isEmpty());
    QString row;
    for (const QString& line : lines)
        if (line.startsWith(no + QLatin1Char(' ')))
            row = line;
    QVERIFY2(!row.isEmpty(), qPrintable(no));
    // The digit as well as the letter: Noto Sans CJK JP lost digits next to Latin letters (ReportFont).
    QVERIFY2(row.contains(QRegularExpression(QStringLiteral("\\s3B\\s"))), qPrintable(row));
}

// ---- refusals ------------------------------------------------------------------------------

void TestReportPdf::errorsLeaveNoFile_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown organisation") << QStringList{"--kind", "register", "--org", "9999"} << 1;
    QTest::newRow("unknown organisation, summary") << QStringList{"--kind", "summary", "--org", "9999"} << 1;
    QTest::newRow("unknown kind") << QStringList{"--kind", "bogus"} << 2;
    QTest::newRow("no kind") << QStringList{} << 2;
    QTest::newRow("bad fiscal year") << QStringList{"--kind", "register", "--fiscal-year", "next"} << 2;
    QTest::newRow("bad approval") << QStringList{"--kind", "summary", "--approval", "hanko"} << 2;
}

void TestReportPdf::errorsLeaveNoFile()
{
    QFETCH(QStringList, options);
    QFETCH(int, code);
    m_out = std::make_unique<QTemporaryDir>();
    const QString pdf = out(QStringLiteral("refused.pdf"));
    const Run r = report(options + QStringList{QStringLiteral("--out"), pdf});
    CLI_EXIT(r, code);
    QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(pdf));
    QCOMPARE(QDir(m_out->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    // Missing --out is a usage error too.
    CLI_EXIT(report({QStringLiteral("--kind"), QStringLiteral("register")}), 2);
}

void TestReportPdf::unwritableOutput()
{
    m_out = std::make_unique<QTemporaryDir>();
    const QString missing = out(QStringLiteral("no-such-folder"));
    const QString pdf = missing + QStringLiteral("/register.pdf");
    const Run r = report({QStringLiteral("--kind"), QStringLiteral("register"), QStringLiteral("--out"), pdf});
    CLI_EXIT(r, 3);
    QVERIFY2(r.err.contains(QStringLiteral("register.pdf")), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(QDir(m_out->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestReportPdf::failureKeepsAnExistingFile()
{
    m_out = std::make_unique<QTemporaryDir>();
    const QString pdf = out(QStringLiteral("kept.pdf"));
    CLI_OK(report({QStringLiteral("--kind"), QStringLiteral("review"), QStringLiteral("--out"), pdf}));
    const QByteArray before = fileHash(pdf);
    QVERIFY(!before.isEmpty());
    CLI_EXIT(report({QStringLiteral("--kind"), QStringLiteral("review"), QStringLiteral("--org"), QStringLiteral("9999"),
                     QStringLiteral("--out"), pdf}),
             1);
    QCOMPARE(fileHash(pdf), before);
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("kept.pdf")});
}

QTEST_GUILESS_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
