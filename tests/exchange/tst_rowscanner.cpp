// RowScanner, the fast reader of a sheet's rows that SheetChunks tries before expat: whenever it reads a
// stretch, its handler must have received exactly what expat's would have (the same starts, ends and
// text, the stop at the same byte), and expat must have been stopped by its handler too. Where it gives
// up, expat decides; the inputs it must give up on are checked against what expat makes of them.
#include "FixtureWorkbooks.h"
#include "RowScannerCheck.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

using namespace daicho;
using namespace daicho::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(daicho::test::Reading::Outcome)

namespace {

// The byte of `marker` in `rows`, or the byte after it: where a stop is expected.
int at(const QByteArray& rows, const QByteArray& marker)
{
    const qsizetype i = rows.indexOf(marker);
    Q_ASSERT(i >= 0);
    return int(i);
}

int after(const QByteArray& rows, const QByteArray& marker)
{
    return at(rows, marker) + int(marker.size());
}

// The bytes of a zip entry as libzip unpacks them. A part whose CRC is wrong (a damaged fixture) still
// gives its bytes: libzip checks the CRC only after the last of them.
QByteArray unpack(zip_t* zip, zip_uint64_t index)
{
    zip_file_t* file = zip_fopen_index(zip, index, 0);
    if (!file)
        return {};
    QByteArray bytes;
    char buffer[4096];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n <= 0)
            break;
        bytes.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    return bytes;
}

// Every worksheet part of an XLSX, by name; none when the file is not a zip.
QList<QPair<QString, QByteArray>> worksheets(const QString& path)
{
    QList<QPair<QString, QByteArray>> parts;
    int error = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!zip)
        return parts;
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(zip_get_name(zip, zip_uint64_t(i), 0));
        if (name.startsWith(u"xl/worksheets/"_s) && name.endsWith(u".xml"_s) && !name.contains(u"_rels"_s))
            parts.append({name, unpack(zip, zip_uint64_t(i))});
    }
    zip_discard(zip);
    return parts;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
}

// True when a start tag named `local` (with or without a prefix) begins at `i`.
bool isStartTag(const QByteArray& xml, qsizetype i, QByteArrayView local)
{
    if (xml.at(i) != '<')
        return false;
    qsizetype name = i + 1;
    qsizetype end = name;
    while (end < xml.size() && isNameChar(xml.at(end)))
        ++end;
    if (end < xml.size() && xml.at(end) == ':') { // a prefix
        name = end + 1;
        end = name;
        while (end < xml.size() && isNameChar(xml.at(end)))
            ++end;
    }
    if (end >= xml.size() || QByteArrayView(xml).sliced(name, end - name) != local)
        return false;
    const char next = xml.at(end);
    return next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '>' || next == '/';
}

// The stretches SheetChunks would give the scanner from a sheet, its rows cut before every row: each row
// with the "</sheetData>" SheetChunks adds after a stretch, and everything from each cut to the end of
// the part, as the last stretch runs; also what comes before the first row. Empty when the sheet has
// no rows.
QList<QByteArray> stretchesOf(const QByteArray& sheet)
{
    qsizetype open = -1;
    for (qsizetype i = sheet.indexOf('<'); i >= 0; i = sheet.indexOf('<', i + 1)) {
        if (isStartTag(sheet, i, "sheetData")) {
            open = i;
            break;
        }
    }
    if (open < 0)
        return {};
    const qsizetype close = sheet.indexOf('>', open);
    if (close < 0 || sheet.at(close - 1) == '/')
        return {};
    const qsizetype from = close + 1;
    QList<qsizetype> cuts;
    for (qsizetype i = sheet.indexOf('<', from); i >= 0; i = sheet.indexOf('<', i + 1)) {
        if (isStartTag(sheet, i, "row"))
            cuts.append(i);
    }
    QList<QByteArray> stretches;
    if (cuts.isEmpty())
        return stretches;
    const QByteArray closeRows = "</sheetData>";
    stretches.append(sheet.mid(from, cuts.first() - from) + closeRows);
    for (qsizetype k = 0; k < cuts.size(); ++k) {
        if (k + 1 < cuts.size())
            stretches.append(sheet.mid(cuts[k], cuts[k + 1] - cuts[k]) + closeRows);
        stretches.append(sheet.mid(cuts[k]));
    }
    return stretches;
}

// The stops the promise is checked with on every stretch: the reader's own, and a failure at every kind
// of event a row has.
QList<EventLog::Stops> everyStop()
{
    return {EventLog::Stops{},
            EventLog::Stops{true, "row", {}, {}},
            EventLog::Stops{true, "c", {}, {}},
            EventLog::Stops{true, {}, "c", {}},
            EventLog::Stops{true, "v", {}, {}},
            EventLog::Stops{true, {}, "v", {}},
            EventLog::Stops{true, {}, "t", {}},
            EventLog::Stops{true, {}, "row", {}}};
}

QString describe(const EventLog::Stops& stops)
{
    return u"stop at the end of the rows: %1, fail at the start of: %2, fail at the end of: %3"_s.arg(
        stops.atRowsEnd ? u"yes"_s : u"no"_s, QString::fromUtf8(stops.failAtStart),
        QString::fromUtf8(stops.failAtEnd));
}

} // namespace

class TestRowScanner : public QObject
{
    Q_OBJECT

private slots:
    // What the scanner must read itself, to the event and the byte expat gives.
    void reads_data()
    {
        QTest::addColumn<QByteArray>("rows"); // after "<sheetData>"
        QTest::addColumn<QByteArray>("failAtStart");
        QTest::addColumn<QByteArray>("failAtEnd");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<int>("stopAt"); // in `rows`

        const QByteArray end = "</sheetData>";
        QByteArray rows =
            "<row r=\"5\"><c r=\"A5\" s=\"2\" t=\"inlineStr\"><is><t>総務課</t></is></c></row></sheetData>";
        QTest::newRow("an inline string")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=5"_s, u"start c r=A5 s=2 t=inlineStr"_s, u"start is"_s, u"start t"_s,
                           u"text 総務課"_s, u"end t"_s, u"end is"_s, u"end c"_s, u"end row"_s,
                           u"end sheetData"_s, u"stop"_s}
            << at(rows, end);

        rows = "<row r=\"2\" spans=\"1:2\"><c r=\"B2\" t=\"s\"><v>12</v></c></row></sheetData>";
        QTest::newRow("a shared string")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=2 spans=1:2"_s, u"start c r=B2 t=s"_s, u"start v"_s, u"text 12"_s,
                           u"end v"_s, u"end c"_s, u"end row"_s, u"end sheetData"_s, u"stop"_s}
            << at(rows, end);

        rows = "<row r=\"3\"><c r=\"C3\" s=\"1\"/><c r=\"D3\"/></row><row r=\"4\"/></sheetData>";
        QTest::newRow("empty elements")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=3"_s, u"start c r=C3 s=1"_s, u"end c"_s, u"start c r=D3"_s,
                           u"end c"_s, u"end row"_s, u"start row r=4"_s, u"end row"_s, u"end sheetData"_s,
                           u"stop"_s}
            << at(rows, end);

        rows = "<x:row r=\"1\"><x:c r=\"A1\"><x:v>1</x:v></x:c></x:row></sheetData>";
        QTest::newRow("prefixed names")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=1"_s, u"start c r=A1"_s, u"start v"_s, u"text 1"_s, u"end v"_s,
                           u"end c"_s, u"end row"_s, u"end sheetData"_s, u"stop"_s}
            << at(rows, end);

        rows = "<row r=\"1\" spans=\"1:12\" x14ac:dyDescent=\"0.4\"><c r=\"A1\" xml:space=\"preserve\"/>"
               "</row></sheetData>";
        QTest::newRow("prefixed attributes keep their prefix")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=1 spans=1:12 x14ac:dyDescent=0.4"_s,
                           u"start c r=A1 xml:space=preserve"_s, u"end c"_s, u"end row"_s, u"end sheetData"_s,
                           u"stop"_s}
            << at(rows, end);

        rows = "<row r='7'><c r='A7' t=\"s\" x='say \"hi\"' y=\"it's\"><v>3</v></c></row></sheetData>";
        QTest::newRow("single quotes")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=7"_s, u"start c r=A7 t=s x=say \"hi\" y=it's"_s, u"start v"_s,
                           u"text 3"_s, u"end v"_s, u"end c"_s, u"end row"_s, u"end sheetData"_s, u"stop"_s}
            << at(rows, end);

        rows = "<row  r = \"1\"\t><c r =\"A1\"\t/><c\nr=\n'B1'\n/><c\tr='C1' s = '2' ></c ></row\n>"
               "</sheetData >";
        QTest::newRow("spaces, tabs and line feeds inside tags")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=1"_s, u"start c r=A1"_s, u"end c"_s, u"start c r=B1"_s, u"end c"_s,
                           u"start c r=C1 s=2"_s, u"end c"_s, u"end row"_s, u"end sheetData"_s, u"stop"_s}
            << at(rows, "</sheetData >");

        rows = "\n  <row r=\"1\"><c t=\"inlineStr\"><is><t>a\tb\nc\n\n</t></is></c></row>\n<row r=\"2\"/>\n"
               "</sheetData>";
        QTest::newRow("tabs and line feeds in text")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"text \n  "_s, u"start row r=1"_s, u"start c t=inlineStr"_s, u"start is"_s,
                           u"start t"_s, u"text a\tb\nc\n\n"_s, u"end t"_s, u"end is"_s, u"end c"_s,
                           u"end row"_s, u"text \n"_s, u"start row r=2"_s, u"end row"_s, u"text \n"_s,
                           u"end sheetData"_s, u"stop"_s}
            << at(rows, end);

        rows = "<row r=\"1\"><c t=\"str\"><f>A1&amp;&quot;x&quot;&lt;&gt;&apos;</f><v>a&amp;b</v></c></row>"
               "</sheetData>";
        QTest::newRow("the predefined entities")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=1"_s, u"start c t=str"_s, u"start f"_s, u"text A1&\"x\"<>'"_s,
                           u"end f"_s, u"start v"_s, u"text a&b"_s, u"end v"_s, u"end c"_s, u"end row"_s,
                           u"end sheetData"_s, u"stop"_s}
            << at(rows, end);

        rows = "<row r=\"1\"><c t=\"inlineStr\"><is><t>&#65;&#x41;&#x3042;&#x1F600;&#x4a;&#x4A;&#0065;"
               "&#x00041;&#13;&#9;&#10;&#x10FFFF;&#xFFFD;</t></is></c></row></sheetData>";
        QTest::newRow("character references")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=1"_s, u"start c t=inlineStr"_s, u"start is"_s, u"start t"_s,
                           u"text AAあ😀JJAA\r\t\n\U0010FFFF\uFFFD"_s, u"end t"_s, u"end is"_s, u"end c"_s,
                           u"end row"_s, u"end sheetData"_s, u"stop"_s}
            << at(rows, end);

        rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/></rPr><t>総</t></r>"
               "<r><t xml:space=\"preserve\"> 務 </t></r><rPh sb=\"0\" eb=\"1\"><t>ソウム</t></rPh>"
               "<phoneticPr fontId=\"1\"/></is></c></row></sheetData>";
        QTest::newRow("rich text runs and a phonetic reading")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=1"_s,
                           u"start c r=A1 t=inlineStr"_s,
                           u"start is"_s,
                           u"start r"_s,
                           u"start rPr"_s,
                           u"start b"_s,
                           u"end b"_s,
                           u"start sz val=11"_s,
                           u"end sz"_s,
                           u"end rPr"_s,
                           u"start t"_s,
                           u"text 総"_s,
                           u"end t"_s,
                           u"end r"_s,
                           u"start r"_s,
                           u"start t xml:space=preserve"_s,
                           u"text  務 "_s,
                           u"end t"_s,
                           u"end r"_s,
                           u"start rPh sb=0 eb=1"_s,
                           u"start t"_s,
                           u"text ソウム"_s,
                           u"end t"_s,
                           u"end rPh"_s,
                           u"start phoneticPr fontId=1"_s,
                           u"end phoneticPr"_s,
                           u"end is"_s,
                           u"end c"_s,
                           u"end row"_s,
                           u"end sheetData"_s,
                           u"stop"_s}
            << at(rows, end);

        rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\" x=\"😀𠮷é\"><is><t>😀𠮷é\xF4\x8F\xBF\xBF</t></is></c>"
               "</row></sheetData>";
        QTest::newRow("four-byte UTF-8, in text and in a value")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=1"_s, u"start c r=A1 t=inlineStr x=😀𠮷é"_s, u"start is"_s,
                           u"start t"_s, u"text 😀𠮷é\U0010FFFF"_s, u"end t"_s, u"end is"_s, u"end c"_s,
                           u"end row"_s, u"end sheetData"_s, u"stop"_s}
            << at(rows, end);

        // DEL, a C1 control (NEL, which XML 1.0 does not end lines with) and a noncharacter are characters.
        rows = "<row r=\"1\"><c><v>a\x7F" "b\xC2\x85" "c\xEF\xB7\x90" "d</v></c></row></sheetData>";
        QTest::newRow("DEL, NEL and a noncharacter")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=1"_s, u"start c"_s, u"start v"_s, u"text a\u007Fb\u0085c\uFDD0d"_s,
                           u"end v"_s, u"end c"_s, u"end row"_s, u"end sheetData"_s, u"stop"_s}
            << at(rows, end);

        rows = "<row r=\"1\"><c r=\"A1\" x=\"a>b\"><v>a]b]]c>d]</v></c></row></sheetData>";
        QTest::newRow("brackets and '>' in text and values")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=1"_s, u"start c r=A1 x=a>b"_s, u"start v"_s, u"text a]b]]c>d]"_s,
                           u"end v"_s, u"end c"_s, u"end row"_s, u"end sheetData"_s, u"stop"_s}
            << at(rows, end);

        rows = "<a_b-c.d1 x.y-z_1=\"\"/><p:q1/></sheetData>";
        QTest::newRow("names with digits and punctuation, empty values")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start a_b-c.d1 x.y-z_1="_s, u"end a_b-c.d1"_s, u"start q1"_s, u"end q1"_s,
                           u"end sheetData"_s, u"stop"_s}
            << at(rows, end);

        QTest::newRow("only the end of the rows")
            << end << QByteArray() << QByteArray() << QStringList{u"end sheetData"_s, u"stop"_s} << 0;

        // Neither looks past the stop: what follows may be anything.
        rows = "<row r=\"1\"/></sheetData><row <<<&bogus;\x80\x01<!-- ";
        QTest::newRow("broken bytes after the stop")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=1"_s, u"end row"_s, u"end sheetData"_s, u"stop"_s} << at(rows, end);

        rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>";
        QTest::newRow("a stop at a start tag")
            << rows << "c"_ba << QByteArray() << QStringList{u"start row r=1"_s, u"start c r=A1"_s, u"stop"_s}
            << at(rows, "<c ");

        rows = "<row r=\"1\"><c r=\"A1\"/><c r=\"B1\"/></row></sheetData>";
        QTest::newRow("a stop at an empty element: its end follows")
            << rows << "c"_ba << QByteArray()
            << QStringList{u"start row r=1"_s, u"start c r=A1"_s, u"stop"_s, u"end c"_s} << at(rows, "<c ");

        QTest::newRow("a stop at the end of an empty element: after it")
            << rows << QByteArray() << "c"_ba
            << QStringList{u"start row r=1"_s, u"start c r=A1"_s, u"end c"_s, u"stop"_s}
            << after(rows, "<c r=\"A1\"/>");

        rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c>\n</row></sheetData>";
        QTest::newRow("a stop at an end tag")
            << rows << QByteArray() << "c"_ba
            << QStringList{u"start row r=1"_s, u"start c r=A1"_s, u"start v"_s, u"text 1"_s, u"end v"_s,
                           u"end c"_s, u"stop"_s}
            << at(rows, "</c>");

        rows = "<row r=\"1\"><c r=\"A1\"/></row></sheetData>";
        QTest::newRow("stopped at the start and the end of an empty element: the later stop counts")
            << rows << "c"_ba << "c"_ba
            << QStringList{u"start row r=1"_s, u"start c r=A1"_s, u"stop"_s, u"end c"_s, u"stop"_s}
            << after(rows, "<c r=\"A1\"/>");

        rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><sheetData><row r=\"2\"/></sheetData></is></c>"
               "</row></sheetData>";
        QTest::newRow("a sheetData inside a cell ends the read")
            << rows << QByteArray() << QByteArray()
            << QStringList{u"start row r=1"_s, u"start c r=A1 t=inlineStr"_s, u"start is"_s,
                           u"start sheetData"_s, u"start row r=2"_s, u"end row"_s, u"end sheetData"_s,
                           u"stop"_s}
            << at(rows, end);
    }
    void reads()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QByteArray, failAtStart);
        QFETCH(QByteArray, failAtEnd);
        QFETCH(QStringList, events);
        QFETCH(int, stopAt);
        const EventLog::Stops stops{true, failAtStart, failAtEnd, {}};

        const Reading parsed = parseRows(rows, stops);
        QCOMPARE(parsed.outcome, Reading::Stopped);
        QVERIFY(parsed.rowsOpened);
        QCOMPARE(parsed.lines, events);
        QCOMPARE(parsed.stoppedAt, qint64(openRows().size() + stopAt));

        const Reading scanned = scanRows(rows, stops);
        QCOMPARE(scanned.outcome, Reading::Stopped);
        QCOMPARE(scanned.lines, events);
        QCOMPARE(scanned.stoppedAt, qint64(openRows().size() + stopAt));
    }

    // What the scanner leaves to expat, and what expat then makes of it: stopped by its handler (the
    // scanner merely does not read it), refused, or waiting for more (the scanner must not claim a stop).
    void givesUp_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<bool>("stopAtRowsEnd");
        QTest::addColumn<Reading::Outcome>("expat");
        QTest::addColumn<int>("expatError"); // when refused

        const auto add = [](const char* tag, const QByteArray& rows, Reading::Outcome expat,
                            XML_Error error = XML_ERROR_NONE) {
            QTest::newRow(tag) << rows << true << expat << int(error);
        };
        const QByteArray row = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>";
        const QByteArray rowEnd = "</t></is></c></row></sheetData>";

        add("a comment", "<row r=\"1\"/><!-- x --></sheetData>", Reading::Stopped);
        add("CDATA", "<row r=\"1\"><c t=\"str\"><v><![CDATA[<1>]]></v></c></row></sheetData>",
            Reading::Stopped);
        add("a processing instruction", "<row r=\"1\"/><?x?></sheetData>", Reading::Stopped);
        add("a carriage return in text", row + "a\r\nb" + rowEnd, Reading::Stopped);
        add("a carriage return between tags", "<row r=\"1\"/>\r\n</sheetData>", Reading::Stopped);
        add("a carriage return between attributes", "<row\rr=\"1\"/></sheetData>", Reading::Stopped);
        add("an entity in an attribute value", "<row r=\"1\"><c r=\"A1\" x=\"a&amp;b\"/></row></sheetData>",
            Reading::Stopped);
        add("a character reference in an attribute value", "<row r=\"&#49;\"/></sheetData>",
            Reading::Stopped);
        add("a tab in an attribute value (expat makes it a space)", "<row r=\"1\" x=\"a\tb\"/></sheetData>",
            Reading::Stopped);
        add("a line feed in an attribute value", "<row r=\"1\" x=\"a\nb\"/></sheetData>", Reading::Stopped);
        add("a reference longer than the scanner reads", row + "&#x000000041;" + rowEnd, Reading::Stopped);
        add("a non-ASCII element name", "<row r=\"1\"><行/></row></sheetData>", Reading::Stopped);
        add("a non-ASCII attribute name", "<row r=\"1\" 行=\"1\"/></sheetData>", Reading::Stopped);
        add("a name with two prefixes", "<a:b:c/></sheetData>", Reading::Stopped);
        add("a name starting with a colon", "<:a/></sheetData>", Reading::Stopped);

        add("an undefined entity", row + "&nbsp;" + rowEnd, Reading::Refused, XML_ERROR_UNDEFINED_ENTITY);
        add("an entity without its semicolon", row + "&amp " + rowEnd, Reading::Refused,
            XML_ERROR_INVALID_TOKEN);
        add("a reference with a capital X", row + "&#X41;" + rowEnd, Reading::Refused,
            XML_ERROR_INVALID_TOKEN);
        add("a reference to NUL", row + "&#0;" + rowEnd, Reading::Refused, XML_ERROR_BAD_CHAR_REF);
        add("a reference to a control character", row + "&#1;" + rowEnd, Reading::Refused,
            XML_ERROR_BAD_CHAR_REF);
        add("a reference to a surrogate", row + "&#xD800;" + rowEnd, Reading::Refused,
            XML_ERROR_BAD_CHAR_REF);
        add("a reference to U+FFFE", row + "&#xFFFE;" + rowEnd, Reading::Refused, XML_ERROR_BAD_CHAR_REF);
        add("a reference beyond U+10FFFF", row + "&#x110000;" + rowEnd, Reading::Refused,
            XML_ERROR_BAD_CHAR_REF);
        add("a lone continuation byte", row + "a\x80" + rowEnd, Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("an overlong sequence", row + "\xC0\xAF" + rowEnd, Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("an overlong three-byte sequence", row + "\xE0\x80\xAF" + rowEnd, Reading::Refused,
            XML_ERROR_INVALID_TOKEN);
        add("a surrogate", row + "\xED\xA0\x80" + rowEnd, Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("U+FFFE", row + "\xEF\xBF\xBE" + rowEnd, Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("U+FFFF", row + "\xEF\xBF\xBF" + rowEnd, Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("beyond U+10FFFF", row + "\xF4\x90\x80\x80" + rowEnd, Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("a sequence cut short", row + "\xE3\x81" + rowEnd, Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("invalid UTF-8 in an attribute value", "<row r=\"1\x80\"/></sheetData>", Reading::Refused,
            XML_ERROR_INVALID_TOKEN);
        add("a control character", row + "a\x01" + rowEnd, Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("a control character in an attribute value", "<row r=\"1\x01\"/></sheetData>", Reading::Refused,
            XML_ERROR_INVALID_TOKEN);
        add("NUL", row + QByteArray("a\0b", 3) + rowEnd, Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("]]> in text", row + "a]]>b" + rowEnd, Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("a mismatched end tag", "<row r=\"1\"><c r=\"A1\"></row></sheetData>", Reading::Refused,
            XML_ERROR_TAG_MISMATCH);
        add("an end tag with another prefix", "<x:row r=\"1\"></y:row></sheetData>", Reading::Refused,
            XML_ERROR_TAG_MISMATCH);
        add("the end of prefixed rows (the stretch's start has none)", "<x:row r=\"1\"/></x:sheetData>",
            Reading::Refused, XML_ERROR_TAG_MISMATCH);
        add("an attribute given twice", "<row r=\"1\" r=\"2\"/></sheetData>", Reading::Refused,
            XML_ERROR_DUPLICATE_ATTRIBUTE);
        add("no space between attributes", "<row r=\"1\"s=\"2\"/></sheetData>", Reading::Refused,
            XML_ERROR_INVALID_TOKEN);
        add("'<' in an attribute value", "<row r=\"<1\"/></sheetData>", Reading::Refused,
            XML_ERROR_INVALID_TOKEN);
        add("an attribute without a value", "<row r/></sheetData>", Reading::Refused,
            XML_ERROR_INVALID_TOKEN);
        add("an unquoted value", "<row r=1/></sheetData>", Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("a space inside '/>'", "<row r=\"1\"/ ></sheetData>", Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("a name starting with a digit", "<1row/></sheetData>", Reading::Refused, XML_ERROR_INVALID_TOKEN);
        add("a document type declaration", "<!DOCTYPE x></sheetData>", Reading::Refused,
            XML_ERROR_INVALID_TOKEN);

        add("text cut off at the end", "<row r=\"1\"><c r=\"A1\"><v>12", Reading::Unfinished);
        add("a reference cut off at the end", "<row r=\"1\"><c r=\"A1\"><v>&am", Reading::Unfinished);
        add("a tag cut off at the end", "<row r=\"1\"><c r=\"A", Reading::Unfinished);
        add("an end tag cut off at the end", "<row r=\"1\"/></sheetData", Reading::Unfinished);
        add("'<' at the end", "<row r=\"1\"/><", Reading::Unfinished);
        add("no end of the rows", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", Reading::Unfinished);
        add("nothing", "", Reading::Unfinished);
        QTest::newRow("the rows closed without a stop")
            << "<row r=\"1\"/></sheetData>"_ba << false << Reading::Unfinished << int(XML_ERROR_NONE);
    }
    void givesUp()
    {
        QFETCH(QByteArray, rows);
        QFETCH(bool, stopAtRowsEnd);
        QFETCH(Reading::Outcome, expat);
        QFETCH(int, expatError);
        const EventLog::Stops stops{stopAtRowsEnd, {}, {}, {}};
        QCOMPARE(scanRows(rows, stops).outcome, Reading::GaveUp);
        const Reading parsed = parseRows(rows, stops);
        QCOMPARE(parsed.outcome, expat);
        QCOMPARE(parsed.error, expatError);
    }

    // A handler that stops inside text: expat places the stop where the scanner does not count (the
    // scanner names the tag before), so the stretch is left to expat.
    void givesUpAtAStopInText()
    {
        const QByteArray rows = "<row r=\"1\"><c><v>a&amp;b</v></c></row></sheetData>";
        EventLog::Stops stops;
        stops.failAtText = "&";
        QCOMPARE(scanRows(rows, stops).outcome, Reading::GaveUp);
        const Reading parsed = parseRows(rows, stops);
        QCOMPARE(parsed.outcome, Reading::Stopped);
        stops.failAtText = "a";
        QCOMPARE(scanRows(rows, stops).outcome, Reading::GaveUp);
    }

    // The stretches of every workbook of the fixtures, cut as SheetChunks cuts them, with stops at every
    // kind of event: where the scanner reads one, expat gives the same. The workbooks Excel, LibreOffice
    // and libxlsxwriter wrote hold nothing the scanner leaves to expat: it reads every stretch of them
    // (which also keeps this test from passing on a scanner that reads nothing).
    void fixtures()
    {
        const QStringList paths = test::fixtureWorkbooks();
        QVERIFY(paths.size() >= 10);
        const QStringList plain{u"excel_register.xlsx"_s, u"libreoffice_register.xlsx"_s,
                                u"libreoffice_saved.xlsx"_s, u"strict_register.xlsx"_s,
                                u"xlsxwriter_saved.xlsx"_s, u"variant_headers_libreoffice.xlsx"_s};
        int compared = 0; // stretches and stops the scanner read, compared with expat
        int plainSeen = 0;
        for (const QString& path : std::as_const(paths)) {
            const QString file = QFileInfo(path).fileName();
            int stretchCount = 0;
            int read = 0;
            for (const auto& [part, sheet] : worksheets(path)) {
                const QList<QByteArray> stretches = stretchesOf(sheet);
                stretchCount += int(stretches.size());
                for (const QByteArray& stretch : stretches) {
                    const QList<EventLog::Stops> stops = everyStop();
                    for (qsizetype k = 0; k < stops.size(); ++k) {
                        bool scanned = false;
                        const QString broken = brokenPromise(stretch, stops[k], &scanned);
                        QVERIFY2(broken.isEmpty(),
                                 qPrintable(file + u' ' + part + u'\n' + describe(stops[k]) + u'\n' +
                                            QString::fromUtf8(stretch) + u'\n' + broken));
                        compared += scanned ? 1 : 0;
                        if (scanned && k == 0) // with the reader's own stop
                            ++read;
                    }
                }
            }
            if (plain.contains(file)) {
                ++plainSeen;
                QVERIFY2(stretchCount > 0, qPrintable(file));
                QVERIFY2(read == stretchCount,
                         qPrintable(u"%1: the scanner read %2 of its %3 stretches"_s.arg(
                             file, QString::number(read), QString::number(stretchCount))));
            }
        }
        QCOMPARE(plainSeen, plain.size());
        QVERIFY2(compared > 400, qPrintable(QString::number(compared)));
    }

    // Every byte of a few stretches changed to each byte that matters to the scanner (markup, quotes,
    // references, spaces, a carriage return, a control character, the lead and continuation bytes of
    // UTF-8): whatever the scanner still reads, expat gives the same.
    void singleByteChanges()
    {
        const QList<QByteArray> stretches{
            "<row r=\"5\" spans=\"1:3\"><c r=\"A5\" s=\"2\" t=\"inlineStr\"><is><t>総務&amp;課</t></is></c>"
            "<c r=\"B5\" t=\"s\"><v>12</v></c><c r='C5'/></row>\n</sheetData>",
            "<x:row r=\"1\"><x:c r=\"A1\"><x:v>&#x3042;&#65;]</x:v></x:c></x:row></sheetData>"};
        const QByteArray replacements("<>/=\"'&#;: \t\n\r\x01\x7F\x80\xC3\xE3\xF0]xa0");
        int compared = 0;
        for (const QByteArray& original : stretches) {
            for (qsizetype i = 0; i < original.size(); ++i) {
                for (const char b : replacements) {
                    QByteArray changed = original;
                    changed[i] = b;
                    for (const EventLog::Stops& stops : {EventLog::Stops{}, EventLog::Stops{true, "c", {}, {}}}) {
                        bool scanned = false;
                        const QString broken = brokenPromise(changed, stops, &scanned);
                        QVERIFY2(broken.isEmpty(), qPrintable(describe(stops) + u'\n' +
                                                              QString::fromUtf8(changed.toPercentEncoding()) +
                                                              u'\n' + broken));
                        compared += scanned ? 1 : 0;
                    }
                }
            }
        }
        // Many changes leave well-formed rows (a letter for a letter, a space for a space).
        QVERIFY2(compared > 2000, qPrintable(QString::number(compared)));
    }

    // Names of every length up to well past any a spreadsheet writes, with and without a prefix, in a
    // start tag, an end tag and an empty element: whatever the scanner reads, expat gives the same, and
    // the scanner reads the short ones.
    void longNames()
    {
        for (int length = 1; length <= 100; ++length) {
            const QByteArray name(length, 'n');
            const QByteArray longPrefix = QByteArray(length, 'p') + ':';
            for (const QByteArray& prefix : {QByteArray(), "x:"_ba, longPrefix}) {
                const QByteArray qualified = prefix + name;
                const QByteArray rows = "<" + qualified + " " + name + "=\"1\"><" + qualified + "/></" +
                                        qualified + "></sheetData>";
                bool scanned = false;
                const QString broken = brokenPromise(rows, EventLog::Stops(), &scanned);
                QVERIFY2(broken.isEmpty(), qPrintable(QString::fromUtf8(rows) + u'\n' + broken));
                if (length <= 40)
                    QVERIFY2(scanned, rows.constData());
            }
        }
    }

    // A handler read by expat cannot be handed to the scanner after: its stop goes through the parser.
    void handlerOfAParserIsNotScanned()
    {
        EventLog log;
        const xlsx::XlsxPackage::Parser parser = xlsx::XlsxPackage::bulkParser(log);
        const QByteArray rows = "</sheetData>";
        QVERIFY(!xlsx::RowScanner::read(rows.constData(), rows.size(), log, openRows().size()));
        QCOMPARE(log.lines(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestRowScanner)
#include "tst_rowscanner.moc"
