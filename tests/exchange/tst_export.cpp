// Export of a register to CSV and XLSX (db/exchange): the exact bytes Excel is given, what CP932 cannot
// hold, formula cells, and that what was exported reads back as the same register.
#include "ExportFixture.h"
#include "TestRegister.h"

#include "exchange/CsvWriter.h"
#include "exchange/ExportColumns.h"
#include "exchange/RegisterExport.h"
#include "exchange/XlsxWriter.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <zip.h>

using namespace daicho;
using namespace daicho::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString golden(const QString& name)
{
    return QStringLiteral(DAICHO_TEST_DATA "/export/") + name;
}

// Compares with a golden file byte for byte; on a difference, leaves the actual bytes next to the test
// binary so `diff` shows what changed.
void compareWithGolden(const QByteArray& actual, const QString& name)
{
    const QByteArray expected = readAll(golden(name));
    if (actual != expected || expected.isEmpty()) {
        const QString saved = QDir::current().filePath(QStringLiteral("actual-") + name);
        writeFile(saved, actual);
        QFAIL(qPrintable(QStringLiteral("%1 differs from the golden file; actual bytes in %2").arg(name, saved)));
    }
}

Result<ExportSummary> exportTo(const Register& reg, const QString& path, CsvExportOptions::Encoding encoding =
                                                                           CsvExportOptions::Encoding::Utf8Bom,
                               bool replace = false, const QString& org = {})
{
    ExportRequest request;
    request.format = *RegisterExport::formatFor(path);
    request.csv.encoding = encoding;
    request.csv.replaceUnencodable = replace;
    request.orgCode = org;
    return RegisterExport::write(reg, path, request);
}

QByteArray zipEntry(const QString& path, const char* name)
{
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QByteArray out;
    zip_stat_t st;
    if (zip_stat(archive, name, 0, &st) == 0) {
        if (zip_file_t* file = zip_fopen(archive, name, 0)) {
            out.resize(qsizetype(st.size));
            const zip_int64_t n = zip_fread(file, out.data(), st.size);
            out.resize(n < 0 ? 0 : qsizetype(n));
            zip_fclose(file);
        }
    }
    zip_close(archive);
    return out;
}

struct XlsxCell
{
    QString type;    // the t attribute: "inlineStr", "s", "n" or empty (a number)
    int style = 0;
    QString value;   // <v> or the inline <is><t> text
    bool formula = false;
};

int columnIndex(QStringView ref)
{
    int col = 0;
    for (const QChar c : ref) {
        if (!c.isLetter())
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
    }
    return col - 1;
}

int rowIndex(QStringView ref)
{
    int i = 0;
    while (i < ref.size() && ref.at(i).isLetter())
        ++i;
    return ref.mid(i).toInt() - 1;
}

// OOXML writes a control character in a string as _xHHHH_ (libxlsxwriter does for CR); Excel reads it back.
QString decodeXString(const QString& text)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = escape.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

// The cells of a sheet, by (row, column) from 0.
QHash<QPair<int, int>, XlsxCell> sheetCells(const QByteArray& xml)
{
    QHash<QPair<int, int>, XlsxCell> cells;
    QXmlStreamReader r(xml);
    QPair<int, int> at;
    XlsxCell cell;
    bool inCell = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("c")) {
                const QStringView ref = r.attributes().value(QLatin1String("r"));
                at = {rowIndex(ref), columnIndex(ref)};
                cell = {};
                cell.type = r.attributes().value(QLatin1String("t")).toString();
                cell.style = r.attributes().value(QLatin1String("s")).toInt();
                inCell = true;
            } else if (inCell && r.name() == QLatin1String("v")) {
                cell.value += r.readElementText();
            } else if (inCell && r.name() == QLatin1String("t")) {
                cell.value += decodeXString(r.readElementText());
            } else if (inCell && r.name() == QLatin1String("f")) {
                cell.formula = true;
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("c")) {
            cells.insert(at, cell);
            inCell = false;
        }
    }
    return cells;
}

// The number format of each cell style (cellXfs index), as its format code.
QStringList styleFormats(const QByteArray& stylesXml)
{
    QHash<int, QString> codes{{0, QStringLiteral("General")}, {49, QStringLiteral("@")}};
    QStringList formats;
    QXmlStreamReader r(stylesXml);
    bool inCellXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("numFmt"))
                codes.insert(r.attributes().value(QLatin1String("numFmtId")).toInt(),
                             r.attributes().value(QLatin1String("formatCode")).toString());
            else if (r.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && r.name() == QLatin1String("xf"))
                formats << codes.value(r.attributes().value(QLatin1String("numFmtId")).toInt(), QStringLiteral("?"));
        } else if (r.isEndElement() && r.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return formats;
}

// What a date cell means: Excel's serial day (1 = 1900-01-01, with the 1900 leap-year bug, so day 0 is
// 1899-12-30 for any date after February 1900).
QDate fromSerial(const QString& value)
{
    return QDate(1899, 12, 30).addDays(qint64(value.toDouble()));
}

// The text ExportColumns gives for a cell of the sheet, read back as the importer will: CSV cells lose the
// neutralising apostrophe; XLSX date numbers become the date's text again.
QVector<QStringList> csvAsCells(const QByteArray& bytes, const char* encoding)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    QVector<QStringList> rows;
    for (const QVector<CsvCell>& row : parseCsv(text)) {
        QStringList cells;
        for (const CsvCell& c : row)
            cells << ExportColumns::restoreNeutralised(c.text);
        rows.append(cells);
    }
    return rows;
}

QVector<QStringList> xlsxAsCells(const QString& path)
{
    const QHash<QPair<int, int>, XlsxCell> cells = sheetCells(zipEntry(path, "xl/worksheets/sheet1.xml"));
    int rows = 0;
    for (auto it = cells.begin(); it != cells.end(); ++it)
        rows = qMax(rows, it.key().first + 1);
    const QVector<ExportColumn>& columns = ExportColumns::all();
    QVector<QStringList> out;
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        for (int c = 0; c < columns.size(); ++c) {
            const XlsxCell cell = cells.value({r, c});
            row << (r > 0 && columns[c].isDate() && cell.type.isEmpty() && !cell.value.isEmpty()
                        ? fromSerial(cell.value).toString(QStringLiteral("yyyy/MM/dd"))
                        : cell.value);
        }
        out.append(row);
    }
    return out;
}

// Imports the cells the way an importer built on AssetFields::fromText does, and checks every field of
// every asset comes back as the register holds it. fromText trims, so text fields are compared trimmed.
void checkReadsBackAsRegister(const Register& reg, const QVector<QStringList>& rows)
{
    QCOMPARE(rows.value(0), ExportColumns::headers());
    const QVector<ExportColumn>& columns = ExportColumns::all();
    const Result<QVector<Asset>> exported = RegisterExport::select(reg, {});
    QVERIFY(exported);
    QCOMPARE(rows.size() - 1, exported->size());
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows[r];
        QCOMPARE(row.size(), columns.size());
        Asset read;
        QString orgCode;
        for (int c = 0; c < columns.size(); ++c) {
            if (columns[c].isOrgCode()) {
                orgCode = row[c];
                continue;
            }
            const QString error = AssetFields::fromText(*columns[c].field, read, row[c]);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const std::optional<Asset> original = reg.assetByNo(read.assetNo);
        QVERIFY2(original, qPrintable(read.assetNo));
        QCOMPARE(orgCode, original->orgCode);
        for (const AssetField& f : AssetFields::all()) {
            QString expected = AssetFields::toText(f, *original);
            if (f.type == FieldType::Text)
                expected = expected.trimmed();
            QVERIFY2(AssetFields::toText(f, read) == expected,
                     qPrintable(QStringLiteral("%1 %2: \"%3\" read back as \"%4\"")
                                    .arg(read.assetNo, f.japanese, expected, AssetFields::toText(f, read))));
        }
    }
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void columnsAreFixed()
    {
        const QStringList headers = ExportColumns::headers();
        QCOMPARE(headers.value(0), QStringLiteral("組織コード"));
        QCOMPARE(headers.value(1), QStringLiteral("管理部署"));
        QCOMPARE(headers.value(2), QStringLiteral("資産番号"));
        QCOMPARE(headers.size(), AssetFields::all().size() + 1);
        // Every field once, in the domain's order after 管理部署.
        int next = 2;
        for (const AssetField& f : AssetFields::all()) {
            QCOMPARE(headers.count(f.japanese), 1);
            if (f.key == QLatin1String("org_name"))
                continue;
            QCOMPARE(headers.value(next++), f.japanese);
        }
        QCOMPARE(ExportColumns::indexOf(QStringLiteral("備考")), headers.indexOf(QStringLiteral("備考")));
        QCOMPARE(ExportColumns::indexOf(QStringLiteral("no such header")), -1);
        for (const ExportColumn& c : ExportColumns::all())
            QVERIFY2(c.width >= 6 && c.width <= 40, qPrintable(c.header));
    }

    void neutralising_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("formula") << "=SUM(A1:A9)" << "'=SUM(A1:A9)";
        QTest::newRow("plus") << "+81 3" << "'+81 3";
        QTest::newRow("minus") << "-1" << "'-1";
        QTest::newRow("at") << "@SUM(1)" << "'@SUM(1)";
        QTest::newRow("tab") << "\t=1" << "'\t=1";
        QTest::newRow("cr") << "\r=1" << "'\r=1";
        QTest::newRow("apostrophe") << "'quoted" << "''quoted";
        QTest::newRow("plain") << "住民票" << "住民票";
        QTest::newRow("inner") << "A=B" << "A=B";
        QTest::newRow("fullwidth") << "＝SUM" << "＝SUM";
        QTest::newRow("empty") << "" << "";
    }
    void neutralising()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(ExportColumns::neutralised(text), written);
        QCOMPARE(ExportColumns::restoreNeutralised(written), text);
    }

    void cellText()
    {
        TestRegister t;
        fillExportRegister(t);
        const Asset a = *t.reg->assetByNo(QStringLiteral("000123"));
        auto cell = [&a](const char* header) {
            return ExportColumns::text(ExportColumns::all().at(ExportColumns::indexOf(QString::fromUtf8(header))), a);
        };
        QCOMPARE(cell("組織コード"), QStringLiteral("0302"));
        QCOMPARE(cell("管理部署"), QStringLiteral("保険年金課"));
        QCOMPARE(cell("資産番号"), QStringLiteral("000123"));
        QCOMPARE(cell("個人情報"), QStringLiteral("有"));
        QCOMPARE(cell("施錠"), QStringLiteral("無"));
        QCOMPARE(cell("保存期限"), QStringLiteral("2030/03/31"));
        QCOMPARE(cell("廃棄日"), QString());
        QCOMPARE(cell("機密性"), QStringLiteral("2"));
        QCOMPARE(cell("バックアップ"), QStringLiteral("日次"));
        QCOMPARE(cell("ライフサイクル"), QStringLiteral("作成"));
        QCOMPARE(cell("脅威"), QStringLiteral("2"));
    }

    void csvGolden()
    {
        TestRegister t;
        fillExportRegister(t);
        const QString path = t.dir.filePath(QStringLiteral("register.csv"));
        const Result<ExportSummary> s = exportTo(*t.reg, path);
        QVERIFY2(s, qPrintable(s.error().message));
        QCOMPARE(s->assets, 3);   // the withdrawn one left out, the disposed one kept
        const QByteArray bytes = readAll(path);
        // The rules the golden file holds, spelled out so a regenerated golden file cannot lose them.
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count("\r\n"), 4);   // header and three rows; the line break inside a cell stays LF
        QVERIFY(bytes.contains(",000123,"));
        QVERIFY(bytes.contains(QStringLiteral(",\"住民票, 写し\",").toUtf8()));
        QVERIFY(bytes.contains(QStringLiteral(",\"紙\n書庫\",").toUtf8()));
        QVERIFY(bytes.contains(QStringLiteral(",\"窓口で\"\"至急\"\"と記入\"").toUtf8()));
        QVERIFY(bytes.contains(",'=SUM(A1:A2),"));
        QVERIFY(bytes.contains(QStringLiteral(",'+81 窓口,").toUtf8()));
        QVERIFY(bytes.contains(",'-,"));
        QVERIFY(bytes.contains(QStringLiteral(",'@課長,").toUtf8()));
        QVERIFY(bytes.contains(QStringLiteral(",''引用符で始まる備考").toUtf8()));
        QVERIFY(bytes.contains("\t=1+1"));
        QVERIFY(bytes.contains(",'\t=1+1,"));
        QVERIFY(bytes.contains(",\"'\r=2\","));
        QVERIFY(bytes.contains(",000125,"));
        QVERIFY(!bytes.contains("000126"));
        QVERIFY(bytes.contains(",2030/03/31,"));
        compareWithGolden(bytes, QStringLiteral("register-utf8.csv"));
    }

    void csvReadsBack()
    {
        TestRegister t;
        fillExportRegister(t);
        const QString path = t.dir.filePath(QStringLiteral("register.csv"));
        QVERIFY(exportTo(*t.reg, path));
        const QVector<QStringList> rows = csvAsCells(readAll(path).mid(3), "UTF-8");
        QCOMPARE(rows, expectedCells(*t.reg));
        checkReadsBackAsRegister(*t.reg, rows);
    }

    void cp932Golden()
    {
        TestRegister t;
        fillExportRegister(t);
        const QString path = t.dir.filePath(QStringLiteral("register-sjis.csv"));
        const Result<ExportSummary> s = exportTo(*t.reg, path, CsvExportOptions::Encoding::Cp932);
        QVERIFY2(s, qPrintable(s.error().message + s.error().details.join(QLatin1Char('\n'))));
        QVERIFY(s->replaced.isEmpty());
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));   // no BOM in Shift_JIS
        QVERIFY(bytes.contains("\x81\x60"));           // 〜 (U+301C) written as CP932's ～
        QVERIFY(bytes.contains("\x81\x7C"));           // − (U+2212) written as －
        QVERIFY(!bytes.contains('?'));
        compareWithGolden(bytes, QStringLiteral("register-cp932.csv"));
        // Read back, the cells are the register's but for those two characters.
        QVector<QStringList> expected = expectedCells(*t.reg);
        for (QStringList& row : expected)
            for (QString& cell : row)
                cell = CsvWriter::toCp932Forms(cell);
        QCOMPARE(csvAsCells(bytes, "cp932"), expected);
    }

    void cp932Forms()
    {
        QCOMPARE(CsvWriter::toCp932Forms(QStringLiteral("〜−‖¢£¬—¥")), QStringLiteral("～－∥￠￡￢―￥"));
        QCOMPARE(CsvWriter::toCp932Forms(QStringLiteral("髙橋 ①")), QStringLiteral("髙橋 ①"));
    }

    void cp932RefusesWhatItCannotHold()
    {
        TestRegister t;
        Asset a = t.cleanAsset(QStringLiteral("𠮷野家との契約"));
        a.assetNo = QStringLiteral("0302-0001");
        a.remarks = QStringLiteral("㋿元年から");
        saved(t, a);
        QTemporaryDir out;
        const QString existing = out.filePath(QStringLiteral("old.csv"));
        writeFile(existing, "a good earlier export\r\n");
        const QByteArray before = fileHash(existing);
        const QString fresh = out.filePath(QStringLiteral("new.csv"));
        for (const QString& path : {existing, fresh}) {
            const Result<ExportSummary> s = exportTo(*t.reg, path, CsvExportOptions::Encoding::Cp932);
            QVERIFY(!s);
            QCOMPARE(s.error().code, ErrorCode::Validation);
            QCOMPARE(s.error().details.size(), 2);
            QVERIFY2(s.error().details.at(0).contains(QStringLiteral("0302-0001 情報資産名称: 𠮷 (U+20BB7)")),
                     qPrintable(s.error().details.at(0)));
            QVERIFY2(s.error().details.at(1).contains(QStringLiteral("0302-0001 備考: ㋿ (U+32FF)")),
                     qPrintable(s.error().details.at(1)));
        }
        QCOMPARE(fileHash(existing), before);
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("old.csv")});
    }

    void cp932ReplaceListsWhatItReplaced()
    {
        TestRegister t;
        Asset a = t.cleanAsset(QStringLiteral("𠮷野家との契約 😀"));
        a.assetNo = QStringLiteral("0302-0001");
        saved(t, a);
        const QString path = t.dir.filePath(QStringLiteral("replaced.csv"));
        const Result<ExportSummary> s = exportTo(*t.reg, path, CsvExportOptions::Encoding::Cp932, true);
        QVERIFY2(s, qPrintable(s.error().message));
        QCOMPARE(s->replaced.size(), 2);
        QCOMPARE(s->replaced.at(0).codePoint, char32_t(0x20BB7));
        QCOMPARE(s->replaced.at(1).codePoint, char32_t(0x1F600));
        QCOMPARE(s->replaced.at(1).assetNo, QStringLiteral("0302-0001"));
        QCOMPARE(s->replaced.at(1).column, QStringLiteral("情報資産名称"));
        const QVector<QStringList> rows = csvAsCells(readAll(path), "cp932");
        QCOMPARE(rows.at(1).at(ExportColumns::indexOf(QStringLiteral("情報資産名称"))),
                 QStringLiteral("〓野家との契約 〓"));
        QVERIFY(!readAll(path).contains('?'));
    }

    void orgSubtree()
    {
        TestRegister t;
        fillExportRegister(t);
        const QString path = t.dir.filePath(QStringLiteral("tax.csv"));
        Result<ExportSummary> s = exportTo(*t.reg, path, CsvExportOptions::Encoding::Utf8Bom, false,
                                           QStringLiteral("0303"));
        QVERIFY(s);
        QCOMPARE(s->assets, 1);
        QVector<QStringList> rows = csvAsCells(readAll(path).mid(3), "UTF-8");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(2), QStringLiteral("000125"));
        QCOMPARE(rows, expectedCells(*t.reg, QStringLiteral("0303")));
        s = exportTo(*t.reg, path, CsvExportOptions::Encoding::Utf8Bom, false, QStringLiteral("03"));
        QVERIFY(s);
        QCOMPARE(s->assets, 3);
        s = exportTo(*t.reg, path, CsvExportOptions::Encoding::Utf8Bom, false, QStringLiteral("99"));
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::NotFound);
    }

    void xlsxSheet()
    {
        TestRegister t;
        fillExportRegister(t);
        const QString path = t.dir.filePath(QStringLiteral("register.xlsx"));
        const Result<ExportSummary> s = exportTo(*t.reg, path);
        QVERIFY2(s, qPrintable(s.error().message));
        QCOMPARE(s->assets, 3);
        QCOMPARE(QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp")), QStringList());

        const QByteArray sheet = zipEntry(path, "xl/worksheets/sheet1.xml");
        QVERIFY2(!sheet.isEmpty(), "no sheet in the workbook");
        const QByteArray workbook = zipEntry(path, "xl/workbook.xml");
        QVERIFY(workbook.contains(QStringLiteral("name=\"情報資産管理台帳\"").toUtf8()));
        // The header row frozen, an autofilter over header and data, every column given a width.
        QVERIFY(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
        QVERIFY(sheet.contains("<autoFilter ref=\"A1:AU4\"/>"));
        QCOMPARE(ExportColumns::all().size(), 47);   // AU is column 47
        QCOMPARE(sheet.count("customWidth=\"1\""), qsizetype(ExportColumns::all().size()));
        QVERIFY(sheet.contains("<col min=\"6\" max=\"6\" width=\"36."));   // 情報資産名称, wide
        QVERIFY(!sheet.contains("<f>"));   // nothing is a formula

        const QStringList formats = styleFormats(zipEntry(path, "xl/styles.xml"));
        const QHash<QPair<int, int>, XlsxCell> cells = sheetCells(sheet);
        auto cellAt = [&cells](int row, const char* header) {
            return cells.value({row, ExportColumns::indexOf(QString::fromUtf8(header))});
        };
        // Row 1 is 000123: 資産番号 a string with its zeros, a string formatted as text.
        const XlsxCell no = cellAt(1, "資産番号");
        QCOMPARE(no.type, QStringLiteral("inlineStr"));
        QCOMPARE(no.value, QStringLiteral("000123"));
        QCOMPARE(formats.value(no.style), QStringLiteral("@"));
        QCOMPARE(cellAt(1, "年度").type, QStringLiteral("inlineStr"));
        // Dates are numbers (Excel's serial day) formatted yyyy/mm/dd.
        const XlsxCell until = cellAt(1, "保存期限");
        QVERIFY(until.type.isEmpty() || until.type == QLatin1String("n"));
        QCOMPARE(until.value, QString::number(QDate(1899, 12, 30).daysTo(QDate(2030, 3, 31))));
        QCOMPARE(formats.value(until.style), QStringLiteral("yyyy/mm/dd"));
        QCOMPARE(cellAt(1, "廃棄日").value, QString());
        QCOMPARE(cellAt(3, "廃棄日").value, QString::number(QDate(1899, 12, 30).daysTo(QDate(2025, 5, 30))));
        // A string cell is never evaluated: formula-like text is written exactly, no apostrophe.
        QCOMPARE(cellAt(2, "情報資産名称").type, QStringLiteral("inlineStr"));
        QCOMPARE(cellAt(2, "情報資産名称").value, QStringLiteral("=SUM(A1:A2)"));
        QCOMPARE(cellAt(2, "備考").value, QStringLiteral("'引用符で始まる備考 − 差引"));
        QCOMPARE(cellAt(2, "保管場所").value, QStringLiteral("\t=1+1"));
        QCOMPARE(cellAt(0, "資産番号").value, QStringLiteral("資産番号"));
        QCOMPARE(cellAt(3, "備考").value, QStringLiteral("控えは data_x0041_.csv"));
        QVERIFY(sheet.contains("data_x005F_x0041_.csv"));
    }

    void xlsxReadsBack()
    {
        TestRegister t;
        fillExportRegister(t);
        const QString path = t.dir.filePath(QStringLiteral("register.xlsx"));
        QVERIFY(exportTo(*t.reg, path));
        const QVector<QStringList> rows = xlsxAsCells(path);
        QCOMPARE(rows, expectedCells(*t.reg));
        checkReadsBackAsRegister(*t.reg, rows);
    }

    void failedXlsxLeavesTheOldFile()
    {
        TestRegister t;
        Asset a = t.cleanAsset();
        a.assetNo = QStringLiteral("0302-0001");
        saved(t, a);
        {
            // Beyond what an Excel cell holds, and beyond what Daicho saves today (備考 ≤ 4,000): a text
            // from a register made before the limit.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(t.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE asset SET remarks = ? WHERE asset_no = '0302-0001'"));
            q.addBindValue(QString(40000, QLatin1Char('x')));
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("register.xlsx"));
        writeFile(path, "an earlier export");
        const QByteArray before = fileHash(path);
        const Result<ExportSummary> s = exportTo(*t.reg, path);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Validation);
        QVERIFY2(s.error().message.contains(QStringLiteral("0302-0001")), qPrintable(s.error().message));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("register.xlsx")});
        // The same register as CSV is fine: CSV has no cell limit.
        QVERIFY(exportTo(*t.reg, out.filePath(QStringLiteral("register.csv"))));
    }

    void unwritablePlace_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << "out.csv";
        QTest::newRow("xlsx") << "out.xlsx";
    }
    void unwritablePlace()
    {
        QFETCH(QString, name);
        TestRegister t;
        fillExportRegister(t);
        const QString path = t.dir.filePath(QStringLiteral("no-such-folder/") + name);
        const Result<ExportSummary> s = exportTo(*t.reg, path);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Io);
        QVERIFY(!QFile::exists(path));
    }

    void emptyRegister()
    {
        TestRegister t;
        const QString csv = t.dir.filePath(QStringLiteral("empty.csv"));
        QVERIFY(exportTo(*t.reg, csv));
        QCOMPARE(readAll(csv), QByteArray("\xEF\xBB\xBF") + ExportColumns::headers().join(QLatin1Char(',')).toUtf8() + "\r\n");
        const QString xlsx = t.dir.filePath(QStringLiteral("empty.xlsx"));
        QVERIFY(exportTo(*t.reg, xlsx));
        QCOMPARE(xlsxAsCells(xlsx), QVector<QStringList>{ExportColumns::headers()});
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
