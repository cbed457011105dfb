// The file readers of the importer: CSV in UTF-8 or Shift_JIS (CP932) and XLSX as Excel and LibreOffice
// write them, and every kind of broken file refused with a clear message, the file left as it was.
#include "exchange/SheetChunks.h"
#include "exchange/TableReader.h"
#include "exchange/XlsxCells.h"
#include "FixtureWorkbooks.h"

#include <QtTest>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <zip.h>

using namespace daicho;
using namespace Qt::StringLiterals;

using Rows = QVector<QStringList>;
Q_DECLARE_METATYPE(Rows)
Q_DECLARE_METATYPE(TableReadOptions::Encoding)
Q_DECLARE_METATYPE(ErrorCode)
Q_DECLARE_METATYPE(xlsx::NumberKind)

// How a sheet read in stretches is expected to go: stretches merged, the text never cut (the one parse
// from the start), or cut and then parsed at once because a cut could not be proved or a stretch failed.
enum class ChunkPath
{
    Stretches,
    Uncut,
    AtOnce
};
Q_DECLARE_METATYPE(ChunkPath)

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(DAICHO_TEST_DATA "/exchange/") + name;
}

QByteArray cp932(const QString& text)
{
    QStringEncoder encoder("cp932");
    QByteArray bytes = encoder(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

// Writes an XLSX with libzip: the parts given, compressed as Excel does.
bool writeZip(const QString& path, const QVector<QPair<QByteArray, QByteArray>>& parts)
{
    int error = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    for (const auto& [name, data] : parts) {
        zip_source_t* source = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source || zip_file_add(zip, name.constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
    }
    return zip_close(zip) == 0; // the buffers must live until here
}

// A workbook of one sheet named `sheetName` holding `sheet` (its worksheet XML), with the parts every
// reader needs and two cell formats (0: general, 1: a date); `sharedStrings` is the string table's XML
// inside <sst>, left out when empty.
bool writeWorkbook(const QString& path, const QByteArray& sheetName, const QByteArray& sheet,
                   const QByteArray& sharedStrings = {}, int uniqueCount = 0)
{
    const QByteArray ns = "http://schemas.openxmlformats.org/";
    QVector<QPair<QByteArray, QByteArray>> parts{
        {"[Content_Types].xml", "<Types xmlns=\"" + ns + "package/2006/content-types\"/>"},
        {"xl/workbook.xml", "<workbook xmlns=\"" + ns + "spreadsheetml/2006/main\" xmlns:r=\"" + ns +
                                "officeDocument/2006/relationships\"><sheets><sheet name=\"" + sheetName +
                                "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships xmlns=\"" + ns + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns +
             "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/styles.xml", "<styleSheet xmlns=\"" + ns +
                              "spreadsheetml/2006/main\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                              "</cellXfs></styleSheet>"},
        {"xl/worksheets/sheet1.xml", sheet}};
    if (!sharedStrings.isEmpty())
        parts.append({"xl/sharedStrings.xml", "<sst xmlns=\"" + ns + "spreadsheetml/2006/main\" uniqueCount=\"" +
                                                  QByteArray::number(uniqueCount) + "\">" + sharedStrings + "</sst>"});
    return writeZip(path, parts);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestReaders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Writes bytes to a fresh file in the temporary folder and reads it back.
    Result<SheetTable> readBytes(const QByteArray& bytes, const TableReadOptions& options = {},
                                 const QString& name = u"input.csv"_s)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        return TableReader::read(path, options);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void columnNames()
    {
        QCOMPARE(TableReader::columnName(0), u"A"_s);
        QCOMPARE(TableReader::columnName(25), u"Z"_s);
        QCOMPARE(TableReader::columnName(26), u"AA"_s);
        QCOMPARE(TableReader::columnName(701), u"ZZ"_s);
        QCOMPARE(TableReader::columnName(702), u"AAA"_s);
        QCOMPARE(TableReader::columnName(16383), u"XFD"_s);
    }

    // RFC 4180 and the ways real files bend it.
    void csvRows_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Rows>("rows");
        QTest::newRow("LF") << "a,b\n1,2\n"_ba << Rows{{"a", "b"}, {"1", "2"}};
        QTest::newRow("CRLF, no final line break") << "a,b\r\n1,2"_ba << Rows{{"a", "b"}, {"1", "2"}};
        QTest::newRow("CR only") << "a,b\r1,2\r"_ba << Rows{{"a", "b"}, {"1", "2"}};
        QTest::newRow("quoted comma, doubled quote")
            << "\"x, y\",\"say \"\"hi\"\"\"\n"_ba << Rows{{"x, y", "say \"hi\""}};
        QTest::newRow("line breaks inside quotes become LF")
            << "a,\"line 1\r\nline 2\nline 3\"\r\nb,c\r\n"_ba
            << Rows{{"a", "line 1\nline 2\nline 3"}, {"b", "c"}};
        QTest::newRow("empty quoted and unquoted cells") << "\"\",,x\n"_ba << Rows{{"", "", "x"}};
        QTest::newRow("trailing separator is an empty cell") << "a,\n"_ba << Rows{{"a", ""}};
        QTest::newRow("blank lines are kept as blank rows")
            << "title\n\n\nh1,h2\n"_ba << Rows{{"title"}, {}, {}, {"h1", "h2"}};
        QTest::newRow("separators only") << ",,\n"_ba << Rows{{"", "", ""}};
        QTest::newRow("text after a closing quote stays in the cell")
            << "\"ab\"cd,e\n"_ba << Rows{{"abcd", "e"}};
        QTest::newRow("a quote inside an unquoted cell is literal") << "5\"3,x\n"_ba << Rows{{"5\"3", "x"}};
        QTest::newRow("spaces are kept") << " a , b \n"_ba << Rows{{" a ", " b "}};
        QTest::newRow("tab-separated") << "a\tb\n1\t2\n"_ba << Rows{{"a", "b"}, {"1", "2"}};
        QTest::newRow("tab-separated under a title without tabs")
            << "台帳\n\na\tb\n"_ba << Rows{{"台帳"}, {}, {"a", "b"}};
        QTest::newRow("a tab in a comma file is text") << "a,b\tc\n"_ba << Rows{{"a", "b\tc"}};
        QTest::newRow("tabs and commas on the first line: commas win")
            << "a\tb,c\n"_ba << Rows{{"a\tb", "c"}};
        QTest::newRow("Ctrl-Z at the end") << "a,b\n\x1A"_ba << Rows{{"a", "b"}};
    }
    void csvRows()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Rows, rows);
        const Result<SheetTable> table = readBytes(bytes);
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->rows, rows);
        QCOMPARE(table->sheetName, QString());
        QCOMPARE(table->source, u"input.csv"_s);
    }

    void csvEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TableReadOptions::Encoding>("asked");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("guessed");
        QTest::addColumn<QString>("firstCell");
        using E = TableReadOptions::Encoding;
        const QString kanji = u"髙橋①～"_s; // NEC and IBM extensions, and CP932's own wave dash
        QTest::newRow("UTF-8 with BOM")
            << "\xEF\xBB\xBF情報,x\n"_ba << E::Auto << u"UTF-8 (BOM)"_s << false << u"情報"_s;
        QTest::newRow("UTF-8") << "情報,x\n"_ba << E::Auto << u"UTF-8"_s << true << u"情報"_s;
        QTest::newRow("ASCII reads as UTF-8") << "id,x\n"_ba << E::Auto << u"UTF-8"_s << true << u"id"_s;
        QTest::newRow("CP932") << cp932(kanji + u",x\r\n"_s) << E::Auto << u"CP932"_s << true << kanji;
        QTest::newRow("CP932 asked") << cp932(kanji + u",x\r\n"_s) << E::Cp932 << u"CP932"_s << false
                                     << kanji;
        QTest::newRow("UTF-8 asked") << "情報,x\n"_ba << E::Utf8 << u"UTF-8"_s << false << u"情報"_s;
        QTest::newRow("BOM wins over UTF-8 asked")
            << "\xEF\xBB\xBFid,x\n"_ba << E::Utf8 << u"UTF-8 (BOM)"_s << false << u"id"_s;
        QTest::newRow("BOM wins over CP932 asked")
            << "\xEF\xBB\xBF情報,x\n"_ba << E::Cp932 << u"UTF-8 (BOM)"_s << false << u"情報"_s;
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::newRow("Excel's Unicode text (UTF-16, tabs)")
            << QByteArray(utf16(u"情報\tx\r\n"_s)) << E::Auto << u"UTF-16"_s << false << u"情報"_s;
    }
    void csvEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TableReadOptions::Encoding, asked);
        QFETCH(QString, encoding);
        QFETCH(bool, guessed);
        QFETCH(QString, firstCell);
        TableReadOptions options;
        options.encoding = asked;
        const Result<SheetTable> table = readBytes(bytes, options);
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->encoding, encoding);
        QCOMPARE(table->encodingGuessed, guessed);
        QCOMPARE(table->rows.value(0).value(0), firstCell);
        QCOMPARE(table->rows.value(0).value(1), u"x"_s);
    }

    // The two example registers as municipalities keep them: the same rows, whatever the encoding.
    void ipaExamples()
    {
        const Result<SheetTable> sjis = TableReader::read(fixture(u"ipa_style_register_cp932.csv"_s));
        const Result<SheetTable> utf8 = TableReader::read(fixture(u"ipa_style_register_utf8bom.csv"_s));
        QVERIFY2(sjis.ok(), qPrintable(sjis.error().message));
        QVERIFY2(utf8.ok(), qPrintable(utf8.error().message));
        QCOMPARE(sjis->encoding, u"CP932"_s);
        QVERIFY(sjis->encodingGuessed);
        QCOMPARE(utf8->encoding, u"UTF-8 (BOM)"_s);
        QCOMPARE(sjis->source, u"ipa_style_register_cp932.csv"_s);

        // The Shift_JIS file has a title row and a blank row above the header.
        QCOMPARE(sjis->rows.size(), utf8->rows.size() + 2);
        QCOMPARE(sjis->rows[0], QStringList{u"情報資産管理台帳（令和6年度）　市民部保険年金課"_s});
        QCOMPARE(sjis->rows[1], QStringList());
        QCOMPARE(sjis->rows.mid(2), utf8->rows);
        QCOMPARE(utf8->rows[0].size(), 16);
        QCOMPARE(utf8->rows[0].first(), u"管理番号"_s);
        QCOMPARE(utf8->rows[0].last(), u"登録日"_s);
        QCOMPARE(utf8->rows[1][2], u"国保被保険者台帳"_s);
        QCOMPARE(utf8->rows[1][15], u"令和6年4月1日"_s);
        for (const QStringList& row : utf8->rows)
            QCOMPARE(row.size(), 16);
    }

    // Every refusal names what is wrong and where, and leaves the file as it was.
    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TableReadOptions::Encoding>("asked");
        QTest::addColumn<QString>("message");
        using E = TableReadOptions::Encoding;
        QTest::newRow("zero-length") << QByteArray() << E::Auto << u"the file is empty"_s;
        QTest::newRow("only a BOM") << "\xEF\xBB\xBF"_ba << E::Auto << u"the file is empty"_s;
        QTest::newRow("NUL bytes") << "a,b\n\0\0\0\x01"_ba << E::Auto << u"not a CSV or Excel file"_s;
        QTest::newRow("control characters") << QByteArray(200, '\x02') + "a,b\n"
                                            << E::Auto << u"not a CSV or Excel file"_s;
        QTest::newRow("neither UTF-8 nor CP932")
            << "ok,1\nok,2\nbad,\x81\x20\xFF\n"_ba << E::Auto << u"line 3 is neither UTF-8 nor Shift_JIS"_s;
        QTest::newRow("CP932 read as UTF-8")
            << "id\n"_ba + cp932(u"情報\n"_s) << E::Utf8 << u"line 2 is not valid UTF-8"_s;
        QTest::newRow("broken UTF-8 behind a BOM")
            << "\xEF\xBB\xBFid\nx\xC3\n"_ba << E::Auto << u"line 2 is not valid UTF-8"_s;
        QTest::newRow("unclosed quote")
            << "a,b\n1,\"open\n2,3\n"_ba << E::Auto << u"row 2, column B is never closed"_s;
        QTest::newRow("cell over 32,767 characters, unquoted")
            << "a,b\nc," + QByteArray(32768, 'x') + "\n"
            << E::Auto << u"row 2, column B holds more than 32,767"_s;
        QTest::newRow("cell over 32,767 characters, quoted")
            << "\"" + QByteArray(20000, 'x') + "\"\"" + QByteArray(12767, 'y') + "\"" << E::Auto
            << u"row 1, column A holds more than 32,767"_s;
        QTest::newRow("old Excel .xls")
            << "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"_ba + QByteArray(600, '\0') << E::Auto << u"Excel 97-2003"_s;
    }
    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TableReadOptions::Encoding, asked);
        QFETCH(QString, message);
        TableReadOptions options;
        options.encoding = asked;
        const Result<SheetTable> table = readBytes(bytes, options);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code, ErrorCode::FileRefused);
        QVERIFY2(table.error().message.contains(message), qPrintable(table.error().message));
        QVERIFY2(table.error().message.contains(u"input.csv"_s), qPrintable(table.error().message));
        QFile file(m_dir.filePath(u"input.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void longestCellIsAccepted()
    {
        const Result<SheetTable> table =
            readBytes("\"" + QByteArray(32767, 'x') + "\"," + QByteArray(32767, 'y'));
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->rows.value(0).value(0).size(), 32767);
        QCOMPARE(table->rows.value(0).value(1).size(), 32767);
    }

    // A 100 MB single field, as a runaway export makes it: refused quickly, by its row and column.
    void hugeField()
    {
        const QString path = m_dir.filePath(u"huge.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id,note\n1,\"");
            const QByteArray chunk(1024 * 1024, 'z');
            for (int i = 0; i < 100; ++i)
                file.write(chunk);
            file.write("\"\n");
        }
        QElapsedTimer timer;
        timer.start();
        const Result<SheetTable> table = TableReader::read(path);
        qInfo("100 MB field refused in %lld ms", timer.elapsed());
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code, ErrorCode::FileRefused);
        QVERIFY2(table.error().message.contains(u"row 2, column B"_s), qPrintable(table.error().message));
        QFile::remove(path);
    }

    void fileTooLarge()
    {
        const QString path = m_dir.filePath(u"large.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(TableReader::maxFileBytes + 1)); // sparse: nothing is written
        }
        const Result<SheetTable> table = TableReader::read(path);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code, ErrorCode::FileRefused);
        QVERIFY2(table.error().message.contains(u"256 MB"_s), qPrintable(table.error().message));
        QFile::remove(path);
    }

    void missingAndUnreadable()
    {
        const Result<SheetTable> missing = TableReader::read(m_dir.filePath(u"nothing-here.csv"_s));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(u"nothing-here.csv"_s));
        const Result<SheetTable> folder = TableReader::read(m_dir.path());
        QCOMPARE(folder.error().code, ErrorCode::Io);
    }

    // As Excel writes it: a title row and a blank row above a two-row header, shared strings with
    // furigana and rich-text runs, a formula's cached value, dates in yyyy/m/d and 和暦, sparse cells.
    // The same workbook saved as "Strict Open XML" carries other namespaces and must read the same.
    void excelWorkbook_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("transitional") << u"excel_register.xlsx"_s;
        QTest::newRow("strict") << u"strict_register.xlsx"_s;
    }
    void excelWorkbook()
    {
        QFETCH(QString, name);
        const Result<SheetTable> table = TableReader::read(fixture(name));
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->sheetName, u"一覧"_s);
        QCOMPARE(table->source, name);
        QCOMPARE(table->encoding, QString());
        QCOMPARE(table->encodingGuessed, false);
        const Rows expected{
            {u"情報資産管理台帳（令和6年度）"_s},
            {},
            {u"管理番号"_s, u"情報資産名称"_s, u"評価値"_s, u""_s, u"登録日"_s, u"備考"_s},
            {u""_s, u""_s, u"機密性"_s, u"完全性"_s},
            {u"2301-001"_s, u"国保被保険者台帳"_s, u"3"_s, u"2"_s, u"2024-04-01"_s, u"課内連絡網"_s, u""_s,
             u"1.5"_s, u"TRUE"_s},
            {u"2301-002"_s, u" 前後に空白 "_s, u"2"_s, u"高"_s, u"2025-04-01"_s, u"1行目\n2行目"_s,
             u"12:00"_s, u""_s, u""_s, u"#N/A"_s, u"0.3"_s, u"0.001"_s},
            {},
            {u""_s, u"改行\rあり_x0041_"_s},
        };
        QCOMPARE(table->rows.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(table->rows[i], expected[i]);
    }

    void namedSheet()
    {
        TableReadOptions options;
        options.sheet = u"台帳"_s;
        const Result<SheetTable> table = TableReader::read(fixture(u"excel_register.xlsx"_s), options);
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->sheetName, u"台帳"_s);
        QCOMPARE(table->rows, (Rows{{u"台帳シート"_s, u"42"_s}, {u"有"_s}}));
    }

    void sheetNamesIgnoreCase()
    {
        TableReadOptions options;
        options.sheet = u"SHEET1"_s;
        const Result<SheetTable> table = TableReader::read(fixture(u"libreoffice_register.xlsx"_s), options);
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->sheetName, u"Sheet1"_s);
    }

    void missingSheetListsTheSheets()
    {
        TableReadOptions options;
        options.sheet = u"Sheet1"_s;
        const Result<SheetTable> table = TableReader::read(fixture(u"excel_register.xlsx"_s), options);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code, ErrorCode::FileRefused);
        QVERIFY2(table.error().message.contains(u"no sheet named \"Sheet1\""_s),
                 qPrintable(table.error().message));
        QVERIFY2(table.error().message.contains(u"一覧, 台帳"_s), qPrintable(table.error().message));
        QCOMPARE(table.error().details, (QStringList{u"一覧"_s, u"台帳"_s}));
    }

    // As LibreOffice Calc writes it: inline strings, "General" as a custom format, upper-case date codes.
    void libreOfficeWorkbook()
    {
        const Result<SheetTable> table = TableReader::read(fixture(u"libreoffice_register.xlsx"_s));
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->sheetName, u"Sheet1"_s);
        QCOMPARE(table->rows, (Rows{{u"管理番号"_s, u"件数"_s, u"登録日"_s, u"式"_s, u"数"_s, u"和暦"_s},
                                    {u"2301-003"_s, u"1"_s, u"2024-04-01"_s, u"2301-003-x"_s, u"3.14159"_s,
                                     u"2019-05-01"_s},
                                    {u"リッチテキスト"_s}}));
    }

    // Files the real programs wrote (see make_fixtures.py for how).
    void savedByLibreOffice()
    {
        const Result<SheetTable> table = TableReader::read(fixture(u"libreoffice_saved.xlsx"_s));
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->rows, (Rows{{u"管理番号"_s, u"名称"_s, u"件数"_s, u"登録日"_s, u"合計"_s},
                                    {u"2301-001"_s, u"国保被保険者台帳"_s, u"3"_s, u"2024-04-01"_s, u"6"_s},
                                    {u"2301-002"_s, u"改行\nあり"_s, u"1.5"_s, u"2025-03-31"_s, u"3"_s}}));
    }

    void savedByLibxlsxwriter()
    {
        const Result<SheetTable> table = TableReader::read(fixture(u"xlsxwriter_saved.xlsx"_s));
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->sheetName, u"台帳"_s);
        QCOMPARE(table->rows, (Rows{{u"管理番号"_s, u""_s, u""_s, u"登録日"_s},
                                    {},
                                    {u"2301-001"_s, u"3"_s, u"6"_s, u"2024-04-01"_s, u"2024-04-01"_s,
                                     u"TRUE"_s, u"1行目\n2行目"_s}}));
    }

    // A bare-bones writer: the 1904 date system, prefixed elements, no references, no shared strings.
    void minimalWorkbook1904()
    {
        const Result<SheetTable> table = TableReader::read(fixture(u"minimal_1904.xlsx"_s));
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->sheetName, u"Data"_s);
        QCOMPARE(table->rows, (Rows{{u"a"_s, u"7"_s}, {u"2024-04-01"_s, u"FALSE"_s}}));
    }

    void numberFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<xlsx::NumberKind>("kind");
        using K = xlsx::NumberKind;
        QTest::newRow("General") << u"General"_s << K::Plain;
        QTest::newRow("0.00") << u"0.00"_s << K::Plain;
        QTest::newRow("#,##0_ ;[Red]\\-#,##0\\ ") << u"#,##0_ ;[Red]\\-#,##0\\ "_s << K::Plain;
        QTest::newRow("text @") << u"@"_s << K::Plain;
        QTest::newRow("quoted days") << u"0\" days\""_s << K::Plain;
        QTest::newRow("escaped d") << u"0\\d"_s << K::Plain;
        QTest::newRow("yyyy/m/d") << u"yyyy/m/d"_s << K::Date;
        QTest::newRow("LibreOffice YYYY-MM-DD") << u"YYYY\\-MM\\-DD"_s << K::Date;
        QTest::newRow("和暦") << u"[$-ja-JP]ggge\"年\"m\"月\"d\"日\";@"_s << K::Date;
        QTest::newRow("和暦 short") << u"[$-411]ge.m.d"_s << K::Date;
        QTest::newRow("m月d日") << u"m\"月\"d\"日\""_s << K::Date;
        QTest::newRow("mmm-yy") << u"mmm-yy"_s << K::Date;
        QTest::newRow("date and time") << u"yyyy/m/d h:mm"_s << K::Date;
        QTest::newRow("h:mm") << u"h:mm"_s << K::Time;
        QTest::newRow("[h]:mm:ss") << u"[h]:mm:ss"_s << K::Time;
        QTest::newRow("h時mm分") << u"h\"時\"mm\"分\""_s << K::Time;
        QTest::newRow("coloured number") << u"[Blue]0;[Red]-0"_s << K::Plain;
    }
    void numberFormats()
    {
        QFETCH(QString, code);
        QFETCH(xlsx::NumberKind, kind);
        QCOMPARE(xlsx::customFormatKind(code), kind);
    }

    void builtInFormats()
    {
        using K = xlsx::NumberKind;
        for (int id :
             {14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58})
            QCOMPARE(xlsx::builtInFormatKind(id), K::Date);
        for (int id : {18, 19, 20, 21, 32, 33, 45, 46, 47})
            QCOMPARE(xlsx::builtInFormatKind(id), K::Time);
        for (int id : {0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49})
            QCOMPARE(xlsx::builtInFormatKind(id), K::Plain);
    }

    void serialDates_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QString>("date");
        QTest::newRow("1900-01-01") << 1.0 << false << u"1900-01-01"_s;
        QTest::newRow("1900-02-28") << 59.0 << false << u"1900-02-28"_s;
        QTest::newRow("Lotus's 1900-02-29") << 60.0 << false << u"1900-02-29"_s;
        QTest::newRow("1900-03-01") << 61.0 << false << u"1900-03-01"_s;
        QTest::newRow("令和 began") << 43586.0 << false << u"2019-05-01"_s;
        QTest::newRow("with a time of day") << 45383.75 << false << u"2024-04-01"_s;
        QTest::newRow("rounding error below midnight") << 45383.9999999999 << false << u"2024-04-02"_s;
        QTest::newRow("9999-12-31") << 2958465.0 << false << u"9999-12-31"_s;
        QTest::newRow("beyond 9999") << 2958466.0 << false << QString();
        QTest::newRow("negative") << -1.0 << false << QString();
        QTest::newRow("day 0") << 0.0 << false << QString();
        QTest::newRow("1904: day 0") << 0.0 << true << u"1904-01-01"_s;
        QTest::newRow("1904: 2024-04-01") << 43921.0 << true << u"2024-04-01"_s;
    }
    void serialDates()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(QString, date);
        QCOMPARE(xlsx::serialToDate(serial, date1904), date);
    }

    void cellText()
    {
        QCOMPARE(xlsx::serialToTime(0.5), u"12:00"_s);
        QCOMPARE(xlsx::serialToTime(0.75 + 30.0 / 86400), u"18:00:30"_s);
        QCOMPARE(xlsx::serialToTime(45383.25), u"6:00"_s);
        QCOMPARE(xlsx::formatNumber("42"), u"42"_s);
        QCOMPARE(xlsx::formatNumber("-7"), u"-7"_s);
        QCOMPARE(xlsx::formatNumber("3.0"), u"3"_s);
        QCOMPARE(xlsx::formatNumber("1E+3"), u"1000"_s);
        QCOMPARE(xlsx::formatNumber("0.30000000000000004"), u"0.3"_s);
        QCOMPARE(xlsx::formatNumber("123456789012.5"), u"123456789012.5"_s);
        QCOMPARE(xlsx::formatNumber("1.5E-7"), u"1.5e-07"_s);
        QCOMPARE(xlsx::formatNumber("not a number"), u"not a number"_s);
        QCOMPARE(xlsx::decodeEscapes(u"a_x000D_b"_s), u"a\rb"_s);
        QCOMPARE(xlsx::decodeEscapes(u"_x005F_x000D_"_s), u"_x000D_"_s);
        QCOMPARE(xlsx::decodeEscapes(u"file_x.txt"_s), u"file_x.txt"_s);
        QCOMPARE(xlsx::decodeEscapes(u"_xZZZZ_ and _x0041"_s), u"_xZZZZ_ and _x0041"_s);
        int column = 0;
        int row = 0;
        xlsx::parseReference("XFD1048576", column, row);
        QCOMPARE(column, 16383);
        QCOMPARE(row, 1048576);
        xlsx::parseReference("B", column, row);
        QCOMPARE(column, 1);
        QCOMPARE(row, 0);
    }

    // 100,000 rows streamed through the reader a megabyte at a time: every row where it belongs,
    // cells split across pieces included. The time is reported, not asserted (the machine is shared).
    void largeSheet()
    {
        constexpr int rowCount = 100000;
        QByteArray sheet = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D100000"/><sheetData>)";
        QByteArray strings;
        for (int r = 1; r <= rowCount; ++r) {
            const QByteArray n = QByteArray::number(r);
            sheet += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"s\"><v>" + QByteArray::number(r - 1) +
                     "</v></c><c r=\"B" + n + "\"><v>" + n + "</v></c><c r=\"C" + n + "\" s=\"1\"><v>" +
                     QByteArray::number(45383 + r % 365) + "</v></c><c r=\"D" + n +
                     "\" t=\"inlineStr\"><is><t>備考&amp;" + n + "</t></is></c></row>";
            strings += "<si><t>資産" + n + "</t></si>";
        }
        sheet += "</sheetData></worksheet>";
        const QString path = m_dir.filePath(u"large.xlsx"_s);
        QVERIFY(writeWorkbook(path, "大きい", sheet, strings, rowCount));

        QElapsedTimer timer;
        timer.start();
        const Result<SheetTable> table = TableReader::read(path);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        qInfo("%d rows x 4 columns (%lld MB of sheet XML) read in %lld ms", rowCount,
              qint64(sheet.size() >> 20), elapsed);
        QCOMPARE(table->sheetName, u"大きい"_s);
        QCOMPARE(table->rows.size(), rowCount);
        for (int r = 1; r <= rowCount; ++r) {
            const QStringList& row = table->rows[r - 1];
            const QString n = QString::number(r);
            const QStringList expected{
                u"資産"_s + n, n, QDate(2024, 4, 1).addDays(r % 365).toString(Qt::ISODate), u"備考&"_s + n};
            if (row != expected)
                QFAIL(qPrintable(u"row %1: %2"_s.arg(r).arg(row.join(u'|'))));
        }
        QFile::remove(path);
    }

    // A column's repeated raw values are converted once: the same raw "1" is still a number, TRUE, a
    // date or text by its cell's type and format, row after row.
    void repeatedValuesKeepTheirTypes()
    {
        const QByteArray cells[] = {R"(<c r="A%1"><v>1</v></c>)", R"(<c r="A%1" t="b"><v>1</v></c>)",
                                    R"(<c r="A%1" s="1"><v>1</v></c>)", R"(<c r="A%1" t="str"><v>1</v></c>)",
                                    R"(<c r="A%1" t="e"><v>#N/A</v></c>)",
                                    R"(<c r="A%1" t="inlineStr"><is><t>1_x000D_</t></is></c>)"};
        const QStringList texts{u"1"_s, u"TRUE"_s, u"1900-01-01"_s, u"1"_s, u"#N/A"_s, u"1\r"_s};
        QByteArray sheet = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
        constexpr int rounds = 400; // past the point where a column of few repeats is no longer remembered
        for (int r = 0; r < rounds * 6; ++r)
            sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">" +
                     QByteArray(cells[r % 6]).replace("%1", QByteArray::number(r + 1)) + "</row>";
        sheet += "</sheetData></worksheet>";
        const QString path = m_dir.filePath(u"repeated.xlsx"_s);
        QVERIFY(writeWorkbook(path, "S", sheet));
        const Result<SheetTable> table = TableReader::read(path);
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->rows.size(), rounds * 6);
        for (int r = 0; r < rounds * 6; ++r)
            QCOMPARE(table->rows[r], QStringList{texts[r % 6]});
    }

    // The content decides: an XLSX saved under a .csv name is still read as a workbook.
    void xlsxUnderAnotherName()
    {
        const QString path = m_dir.filePath(u"export.csv"_s);
        QFile::remove(path);
        QVERIFY(QFile::copy(fixture(u"libreoffice_register.xlsx"_s), path));
        const Result<SheetTable> table = TableReader::read(path);
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->sheetName, u"Sheet1"_s);
        QCOMPARE(table->rows.value(1).value(2), u"2024-04-01"_s);
    }

    // Damage anywhere in a workbook or a CSV: every read ends, either with a table or with FileRefused, and
    // never crashes (run under a sanitizer build this also finds reads out of bounds).
    void damagedAnywhere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("Excel") << u"excel_register.xlsx"_s;
        QTest::newRow("LibreOffice") << u"libreoffice_saved.xlsx"_s;
        QTest::newRow("CP932 CSV") << u"ipa_style_register_cp932.csv"_s;
    }
    void damagedAnywhere()
    {
        QFETCH(QString, name);
        QFile file(fixture(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        QRandomGenerator random(20261130);
        int refusedCount = 0;
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = original;
            if (round % 3 == 0) {
                bytes.truncate(1 + random.bounded(int(bytes.size()) - 1));
            } else {
                for (int flips = 1 + random.bounded(8); flips > 0; --flips)
                    bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            }
            const Result<SheetTable> table = readBytes(bytes, {}, u"damaged"_s);
            if (!table.ok()) {
                QCOMPARE(table.error().code, ErrorCode::FileRefused);
                QVERIFY(!table.error().message.isEmpty());
                ++refusedCount;
            }
        }
        QVERIFY(refusedCount > 0);
    }

    // The committed broken fixtures, each refused by its content whatever its name says.
    void brokenFixtures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero-length") << u"empty.csv"_s << u"the file is empty"_s;
        QTest::newRow("random bytes") << u"random.bin"_s << u"not a CSV or Excel file"_s;
        QTest::newRow("truncated zip") << u"truncated.xlsx"_s << u"damaged or incomplete"_s;
        QTest::newRow("zip without a workbook") << u"no_workbook.xlsx"_s << u"not a CSV or Excel file"_s;
        QTest::newRow("sheet XML cut off") << u"broken_sheet.xlsx"_s << u"damaged or incomplete"_s;
        QTest::newRow("corrupt compressed data") << u"corrupt_data.xlsx"_s << u"cannot be unpacked"_s;
        QTest::newRow("OpenDocument") << u"spreadsheet.ods"_s << u"OpenDocument"_s;
    }
    void brokenFixtures()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString path = fixture(name);
        QVERIFY(QFile::exists(path));
        const QByteArray before = fileHash(path);
        const Result<SheetTable> table = TableReader::read(path);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code, ErrorCode::FileRefused);
        QVERIFY2(table.error().message.contains(message), qPrintable(table.error().message));
        QVERIFY2(table.error().message.contains(name), qPrintable(table.error().message));
        QCOMPARE(fileHash(path), before);
    }
    // A sheet read in stretches on several threads (SheetChunks) gives what the one parse gives: the same
    // rows, or the same refusal word for word (line numbers included), whatever the stretches' length.
    void stretchesReadAsOne_data()
    {
        QTest::addColumn<QByteArray>("rows"); // inside <sheetData>
        QTest::addColumn<QByteArray>("strings");
        QTest::addColumn<ChunkPath>("path"); // with a stretch per row
        const auto numbered = [](int from, int to) {
            QByteArray rows;
            for (int r = from; r <= to; ++r) {
                const QByteArray n = QByteArray::number(r);
                rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>名前" + n +
                        "</t></is></c><c r=\"C" + n + "\" s=\"1\"><v>" + QByteArray::number(45000 + r) +
                        "</v></c><c r=\"D" + n + "\" t=\"s\"><v>" + QByteArray::number(r % 3) + "</v></c></row>\n";
            }
            return rows;
        };
        const QByteArray strings = "<si><t>有</t></si><si><r><t>無</t></r><rPh><t>ム</t></rPh></si><si><t>x</t></si>";
        QTest::newRow("numbered rows, shared strings, dates") << numbered(1, 40) << strings << ChunkPath::Stretches;
        QTest::newRow("rows without a number are not cut")
            << "<row><c><v>1</v></c></row>\n<row><c><v>2</v></c></row>\n<row><c t=\"b\"><v>1</v></c></row>"_ba
            << QByteArray() << ChunkPath::Uncut;
        QTest::newRow("rows out of order")
            << "<row r=\"5\"><c r=\"B5\"><v>5</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>\n"
               "<row r=\"9\"><c r=\"C9\"><v>9</v></c></row><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"_ba
            << QByteArray() << ChunkPath::Stretches;
        QTest::newRow("a row twice, merged cell by cell")
            << "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"C3\"><v>3</v></c></row><row r=\"4\"/>\n"
               "<row r=\"3\"><c r=\"B3\"><v>2</v></c><c r=\"C3\" t=\"inlineStr\"><is><t></t></is></c>"
               "<c r=\"F3\"><v>6</v></c></row>\n<row r=\"3\"><c r=\"A3\" t=\"str\"><v>one</v></c></row>"
               "<row r=\"4\"><c r=\"B4\"><v>4</v></c></row>"_ba
            << QByteArray() << ChunkPath::Stretches;
        // What RowScanner leaves to expat, a stretch at a time: read as the one parse reads it.
        QTest::newRow("a comment inside a row")
            << numbered(1, 3) + "<row r=\"4\"><!-- 確認 --><c r=\"A4\"><v>4</v></c></row>\n"_ba + numbered(5, 7)
            << strings << ChunkPath::Stretches;
        QTest::newRow("carriage returns in text and between rows")
            << numbered(1, 3) + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>一行目\r\n二行目\r三行目</t></is>"
                                "</c></row>\r\n"_ba + numbered(5, 7)
            << strings << ChunkPath::Stretches;
        QTest::newRow("a reference in an attribute")
            << numbered(1, 3) + "<row r=\"&#52;\"><c r=\"A4\"><v>4</v></c></row>"_ba + numbered(5, 7) << strings
            << ChunkPath::Stretches;
        QTest::newRow("a row in a comment at a cut")
            << "<row r=\"1\"><c><v>1</v></c></row><!-- <row r=\"5\"><c><v>5</v></c></row> -->\n"
               "<row r=\"2\"><c><v>2</v></c></row>"_ba
            << QByteArray() << ChunkPath::AtOnce;
        QTest::newRow("a row in CDATA at a cut")
            << "<row r=\"1\"><c t=\"str\"><v><![CDATA[<row r=\"7\"><c><v>7</v></c></row>]]></v></c></row>\n"
               "<row r=\"2\"><c><v>2</v></c></row>"_ba
            << QByteArray() << ChunkPath::AtOnce;
        QTest::newRow("a row in a processing instruction at a cut")
            << "<row r=\"1\"><c><v>1</v></c></row><?pi <row r=\"7\"> ?><row r=\"2\"><c><v>2</v></c></row>"_ba
            << QByteArray() << ChunkPath::AtOnce;
        QTest::newRow("rows inside an inline string's sheetData")
            << "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><sheetData><row r=\"2\"><c r=\"B2\"><v>5</v></c>"
               "</row></sheetData><t>x</t></is></c></row><row r=\"3\"><c><v>3</v></c></row>"_ba
            << QByteArray() << ChunkPath::AtOnce;
        QTest::newRow("the end of the rows in the middle")
            << numbered(1, 3) + "</sheetData><sheetData>" + numbered(4, 6) + "</sheetData><other>"_ba +
                   numbered(7, 8)
            << strings << ChunkPath::Stretches;
        QTest::newRow("broken text after the end of the rows")
            << numbered(1, 3) + "</sheetData><row r=\"9\"><c></row>"_ba << strings << ChunkPath::Stretches;
        QTest::newRow("a cell outside any row")
            << "<c r=\"A1\"><v>1</v></c>"_ba + numbered(1, 5) << strings << ChunkPath::AtOnce;
        QTest::newRow("a cell after a row's end stays in it")
            << numbered(1, 3) + "<c r=\"F3\"><v>7</v></c>"_ba + numbered(4, 5) << strings << ChunkPath::Stretches;
        QTest::newRow("a row beyond the limit in a later stretch")
            << numbered(1, 5) + "<row r=\"1048577\"><c><v>1</v></c></row>"_ba + numbered(6, 7) << strings
            << ChunkPath::AtOnce;
        QTest::newRow("a row numbered 0 after a cut")
            << numbered(1, 3) + "<row r=\"0\"><c><v>9</v></c></row><row r=\"x\"><c><v>8</v></c></row>"_ba
            << strings << ChunkPath::AtOnce;
        QTest::newRow("an empty row numbered 0 after a cut")
            << numbered(1, 3) + "<row r=\"0\"/>"_ba << strings << ChunkPath::AtOnce;
        QTest::newRow("malformed XML in a later stretch")
            << numbered(1, 20) + "<row r=\"21\"><c><v>1</v></row>\n"_ba + numbered(22, 25) << strings
            << ChunkPath::AtOnce;
        QTest::newRow("a shared string the workbook lacks in a later stretch")
            << numbered(1, 5) + "<row r=\"6\"><c r=\"A6\" t=\"s\"><v>99</v></c></row>"_ba + numbered(7, 8)
            << strings << ChunkPath::AtOnce;
        QTest::newRow("no end of the rows")
            << numbered(1, 5) << strings << ChunkPath::AtOnce;
    }
    void stretchesReadAsOne()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QByteArray, strings);
        QFETCH(ChunkPath, path);
        const bool ended = QTest::currentDataTag() != QByteArray("no end of the rows");
        const QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                 "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
                                 "<dimension ref=\"A1:F40\"/><sheetData>" +
                                 rows + (ended ? "</sheetData></worksheet>" : "");
        const QString path_ = m_dir.filePath(u"stretches.xlsx"_s);
        QVERIFY(writeWorkbook(path_, "S", sheet, strings, 3));
        const qint64 chunkBytes = xlsx::SheetChunks::chunkBytes();
        const auto restore = qScopeGuard([&] { xlsx::SheetChunks::setChunkBytes(chunkBytes); });

        xlsx::SheetChunks::setChunkBytes(0);
        const Result<SheetTable> one = TableReader::read(path_);
        for (const qint64 bytes : {qint64(1), qint64(40), qint64(300)}) {
            xlsx::SheetChunks::setChunkBytes(bytes);
            const int merged = xlsx::SheetChunks::mergedStretches();
            const int fallbacks = xlsx::SheetChunks::fallbacks();
            const Result<SheetTable> stretches = TableReader::read(path_);
            QCOMPARE(stretches.ok(), one.ok());
            if (one.ok()) {
                QCOMPARE(stretches->rows, one->rows);
            } else {
                QCOMPARE(stretches.error().code, one.error().code);
                QCOMPARE(stretches.error().message, one.error().message);
            }
            if (bytes == 1) {
                // Stretches before the one that fails may have been merged, then the part is parsed at once.
                if (path != ChunkPath::AtOnce)
                    QCOMPARE(xlsx::SheetChunks::mergedStretches() > merged, path == ChunkPath::Stretches);
                QCOMPARE(xlsx::SheetChunks::fallbacks() > fallbacks, path == ChunkPath::AtOnce);
            }
        }
    }

    // Every workbook of the fixtures, as Excel, LibreOffice and libxlsxwriter wrote them and broken ones,
    // reads the same cut before every row and in longer stretches.
    void fixturesReadInStretches()
    {
        const QStringList paths = test::fixtureWorkbooks();
        QVERIFY(paths.size() >= 10);
        const qint64 chunkBytes = xlsx::SheetChunks::chunkBytes();
        const auto restore = qScopeGuard([&] { xlsx::SheetChunks::setChunkBytes(chunkBytes); });
        const int merged = xlsx::SheetChunks::mergedStretches();
        const int scanned = xlsx::SheetChunks::scannedStretches();
        for (const QString& path : std::as_const(paths)) {
            xlsx::SheetChunks::setChunkBytes(0);
            const Result<SheetTable> one = TableReader::read(path);
            for (const qint64 bytes : {qint64(1), qint64(7), qint64(100), qint64(1000)}) {
                xlsx::SheetChunks::setChunkBytes(bytes);
                const Result<SheetTable> stretches = TableReader::read(path);
                QVERIFY2(stretches.ok() == one.ok(), qPrintable(path));
                if (one.ok())
                    QVERIFY2(stretches->rows == one->rows, qPrintable(path));
                else
                    QCOMPARE(stretches.error().message, one.error().message);
            }
        }
        QVERIFY(xlsx::SheetChunks::mergedStretches() > merged);
        QVERIFY(xlsx::SheetChunks::scannedStretches() > scanned);
    }

    // Text in another encoding than UTF-8 is not cut: a later stretch's parser could not know it.
    void stretchesOnlyInUtf8()
    {
        const QByteArray sheet = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<worksheet><sheetData>"
                                 "<row r=\"1\"><c t=\"inlineStr\"><is><t>caf\xE9</t></is></c></row>"
                                 "<row r=\"2\"><c t=\"inlineStr\"><is><t>na\xEFve</t></is></c></row>"
                                 "</sheetData></worksheet>";
        const QString path = m_dir.filePath(u"latin1.xlsx"_s);
        QVERIFY(writeWorkbook(path, "S", sheet));
        const qint64 chunkBytes = xlsx::SheetChunks::chunkBytes();
        const auto restore = qScopeGuard([&] { xlsx::SheetChunks::setChunkBytes(chunkBytes); });
        xlsx::SheetChunks::setChunkBytes(1);
        const int merged = xlsx::SheetChunks::mergedStretches();
        const Result<SheetTable> table = TableReader::read(path);
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->rows, (Rows{{u"café"_s}, {u"naïve"_s}}));
        QCOMPARE(xlsx::SheetChunks::mergedStretches(), merged);
    }

    // The large sheet read in many stretches equals its one parse.
    void largeSheetInStretches()
    {
        QByteArray sheet = "<worksheet><dimension ref=\"A1:C20000\"/><sheetData>";
        for (int r = 1; r <= 20000; ++r) {
            const QByteArray n = QByteArray::number(r);
            sheet += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c><c r=\"C" + n +
                     "\" s=\"1\"><v>" + QByteArray::number(45000 + r % 40) + "</v></c></row>";
        }
        sheet += "</sheetData></worksheet>";
        const QString path = m_dir.filePath(u"stretches-large.xlsx"_s);
        QVERIFY(writeWorkbook(path, "S", sheet));
        const qint64 chunkBytes = xlsx::SheetChunks::chunkBytes();
        const auto restore = qScopeGuard([&] { xlsx::SheetChunks::setChunkBytes(chunkBytes); });
        xlsx::SheetChunks::setChunkBytes(0);
        const Result<SheetTable> one = TableReader::read(path);
        QVERIFY(one.ok());
        QCOMPARE(one->rows.size(), 20000);
        for (const qint64 bytes : {qint64(1), qint64(10000), qint64(100000)}) {
            xlsx::SheetChunks::setChunkBytes(bytes);
            const int merged = xlsx::SheetChunks::mergedStretches();
            const int scanned = xlsx::SheetChunks::scannedStretches();
            const Result<SheetTable> stretches = TableReader::read(path);
            QVERIFY(stretches.ok());
            QVERIFY(xlsx::SheetChunks::mergedStretches() > merged);
            // Every row was read by RowScanner: the first cut lies before the first row.
            QCOMPARE(xlsx::SheetChunks::scannedStretches() - scanned, xlsx::SheetChunks::mergedStretches() - merged);
            QVERIFY(stretches->rows == one->rows);
        }
    }
};

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
