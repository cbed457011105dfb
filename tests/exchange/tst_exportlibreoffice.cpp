// A real spreadsheet opens what Daicho exports: LibreOffice Calc (headless) reads the XLSX and the CSV
// and writes them out again as CSV, and the cells are compared with the register. Skipped, with a
// message, where LibreOffice is not installed (Debian: libreoffice-calc-nogui).
#include "ExportFixture.h"
#include "TestRegister.h"

#include "exchange/CsvWriter.h"
#include "exchange/ExportColumns.h"
#include "exchange/RegisterExport.h"

#include <QtTest>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QUrl>

using namespace daicho;
using namespace daicho::test;

namespace {

// LibreOffice's CSV filter: separator 44 (,), quote 34 ("), character set 76 (UTF-8) or 60 (MS-932),
// from line 1. On output, token 9 false writes a date cell's value in LibreOffice's standard date form
// (MM/DD/YYYY) rather than as its number format shows it.
const char* const kCsvOutShown = "csv:Text - txt - csv (StarCalc):44,34,76,1";
const char* const kCsvOutValues = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false";

QString soffice()
{
    for (const char* name : {"soffice", "libreoffice"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QVector<QVector<CsvCell>> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return parseCsv(QString::fromUtf8(bytes));
}

// How the CSV import is told what each column holds, as a user does in the text import dialog:
// the two code columns as text (Calc, like Excel, would otherwise turn 000123 into 123), the dates as
// Y/M/D, and every other column "standard": Calc detects numbers and runs formulas there, so a
// formula that escaped neutralising would show.
QString csvColumnTypes()
{
    QStringList parts;
    const QVector<ExportColumn>& columns = ExportColumns::all();
    for (int c = 0; c < columns.size(); ++c) {
        const bool code = columns[c].isOrgCode() || columns[c].header == QStringLiteral("資産番号");
        parts << QString::number(c + 1) << (columns[c].isDate() ? QStringLiteral("5") : code ? QStringLiteral("2") : QStringLiteral("1"));
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace

class TestExportLibreOffice : public QObject
{
    Q_OBJECT

    QString m_soffice;
    std::unique_ptr<QTemporaryDir> m_profile;

    // Converts `input` to CSV in `outDir`; returns the CSV's path, or empty with a failure recorded.
    QString convert(const QString& input, const QString& outDir, const QString& inFilter, const char* outFilter)
    {
        QStringList args{QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_profile->path()).toString(),
                         QStringLiteral("--headless"), QStringLiteral("--norestore")};
        if (!inFilter.isEmpty())
            args << QStringLiteral("--infilter=") + inFilter;
        args << QStringLiteral("--convert-to") << QString::fromLatin1(outFilter) << QStringLiteral("--outdir") << outDir
             << input;
        QProcess p;
        p.start(m_soffice, args);
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
            qWarning("soffice did not finish");
            return {};
        }
        const QString out = QDir(outDir).filePath(QFileInfo(input).completeBaseName() + QStringLiteral(".csv"));
        if (p.exitCode() != 0 || !QFile::exists(out))
            qWarning("soffice failed (%d): %s %s", p.exitCode(), p.readAllStandardOutput().constData(),
                     p.readAllStandardError().constData());
        return QFile::exists(out) ? out : QString();
    }

private slots:
    void initTestCase()
    {
        m_soffice = soffice();
        if (m_soffice.isEmpty())
            QSKIP("LibreOffice is not installed (apt-get install libreoffice-calc-nogui): a real spreadsheet's "
                  "reading of the exported files is not checked.");
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }

    void xlsxOpensInCalc()
    {
        TestRegister t;
        fillExportRegister(t);
        const QString xlsx = t.dir.filePath(QStringLiteral("register.xlsx"));
        QVERIFY(RegisterExport::write(*t.reg, xlsx, {ExportRequest::Format::Xlsx, {}, {}}));
        QTemporaryDir out;
        QElapsedTimer timer;
        timer.start();
        const QString csv = convert(xlsx, out.path(), {}, kCsvOutShown);
        qInfo("LibreOffice read the XLSX in %lld ms", timer.elapsed());
        QVERIFY2(!csv.isEmpty(), "LibreOffice could not convert the XLSX");

        const QVector<QVector<CsvCell>> cells = readCsv(csv);
        const QVector<QStringList> expected = expectedCells(*t.reg);
        const QVector<ExportColumn>& columns = ExportColumns::all();
        QCOMPARE(cells.size(), expected.size());
        for (int r = 0; r < expected.size(); ++r) {
            QCOMPARE(cells[r].size(), columns.size());
            for (int c = 0; c < columns.size(); ++c) {
                const CsvCell& cell = cells[r][c];
                const QString where = QStringLiteral("row %1, %2").arg(r + 1).arg(columns[c].header);
                // Exactly the register's text, formula-like cells included: a string cell is never run.
                QVERIFY2(cell.text == expected[r][c],
                         qPrintable(where + QStringLiteral(": \"%1\", expected \"%2\"").arg(cell.text, expected[r][c])));
                if (r == 0 || cell.text.isEmpty())
                    continue;
                // Calc quotes text and not numbers: dates are real date cells shown yyyy/mm/dd, everything
                // else (資産番号 with its zeros, 年度) is text.
                QVERIFY2(cell.quoted != columns[c].isDate(), qPrintable(where));
            }
        }
    }

    void csvOpensInCalc_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("utf-8 with BOM") << int(CsvExportOptions::Encoding::Utf8Bom);
        QTest::newRow("cp932") << int(CsvExportOptions::Encoding::Cp932);
    }
    void csvOpensInCalc()
    {
        QFETCH(int, encoding);
        TestRegister t;
        fillExportRegister(t);
        const bool cp932 = encoding == int(CsvExportOptions::Encoding::Cp932);
        const QString csv = t.dir.filePath(cp932 ? QStringLiteral("sjis.csv") : QStringLiteral("register.csv"));
        ExportRequest request;
        request.csv.encoding = CsvExportOptions::Encoding(encoding);
        QVERIFY(RegisterExport::write(*t.reg, csv, request));

        QTemporaryDir out;
        QElapsedTimer timer;
        timer.start();
        const QString inFilter = QStringLiteral("CSV:44,34,%1,1,%2,1041").arg(cp932 ? 60 : 76).arg(csvColumnTypes());
        const QString back = convert(csv, out.path(), inFilter, kCsvOutValues);
        qInfo("LibreOffice read the CSV in %lld ms", timer.elapsed());
        QVERIFY2(!back.isEmpty(), "LibreOffice could not convert the CSV");

        const QVector<QVector<CsvCell>> cells = readCsv(back);
        const QVector<QStringList> expected = expectedCells(*t.reg);
        const QVector<ExportColumn>& columns = ExportColumns::all();
        QCOMPARE(cells.size(), expected.size());
        for (int r = 0; r < expected.size(); ++r) {
            QCOMPARE(cells[r].size(), columns.size());
            for (int c = 0; c < columns.size(); ++c) {
                const CsvCell& cell = cells[r][c];
                const QString where = QStringLiteral("row %1, %2").arg(r + 1).arg(columns[c].header);
                QString want = expected[r][c];
                if (cp932)
                    want = CsvWriter::toCp932Forms(want);
                if (r > 0 && columns[c].isDate() && !want.isEmpty()) {
                    // Read as a date, not as text.
                    QVERIFY2(!cell.quoted, qPrintable(where + QStringLiteral(" is text: ") + cell.text));
                    const QDate d = QDate::fromString(cell.text, QStringLiteral("MM/dd/yyyy"));
                    QVERIFY2(d.toString(QStringLiteral("yyyy/MM/dd")) == want,
                             qPrintable(where + QStringLiteral(": %1, expected %2").arg(cell.text, want)));
                    continue;
                }
                // What Calc holds is the neutralised text: the apostrophe shows and nothing was run.
                // Calc reads a line break inside a CSV cell as LF, whatever it was written as.
                if (r > 0)
                    want = ExportColumns::neutralised(want).replace(QLatin1Char('\r'), QLatin1Char('\n'));
                QVERIFY2(cell.text == want,
                         qPrintable(where + QStringLiteral(": \"%1\", expected \"%2\"").arg(cell.text, want)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestExportLibreOffice)
#include "tst_exportlibreoffice.moc"
