#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QXmlStreamReader>

#include <memory>

struct zip;
struct zip_file;
struct XML_ParserStruct;

namespace daicho::xlsx {

struct Relationship
{
    QString type; // the last segment of the type URI: "worksheet", "sharedStrings", "styles" ...
    QString part; // resolved to a name inside the zip
};

// Receives the events of a part parsed by XlsxPackage::parseBulk: element names without their prefix,
// attributes as a null-terminated list of name, value pairs, text in pieces; all UTF-8.
class XmlEvents
{
public:
    virtual ~XmlEvents() = default;
    virtual void start(const char* name, const char** attributes) = 0;
    virtual void end(const char* name) = 0;
    virtual void text(const char* data, int length) = 0;

    // The byte, counted from the parser's first, where stop() or fail() was last called; -1 before.
    qint64 stoppedAt() const { return m_stoppedAt; }

protected:
    // Stops the parse: done, or failed for the reason given.
    void stop();
    void fail(const QString& why);

private:
    friend class XlsxPackage;
    friend class SheetChunks;
    friend class RowScanner;
    void* m_parser = nullptr;      // expat's; none while RowScanner reads
    qint64 m_scanAt = -1;          // while RowScanner reads: the byte of the event being given
    QString m_failure;
    bool m_failed = false;
    qint64 m_stoppedAt = -1; // the byte, counted from the parser's first, where stop() or fail() was called
};

// The events of a sheet's rows, which SheetChunks parses a stretch of rows at a time on several threads:
// each later stretch by a handler of its own, whose rows are then merged into the first handler's in
// the order of the text.
class RowEvents : public XmlEvents
{
public:
    // A handler for a later stretch, with rows of its own. Its first row must give its number: it cannot
    // know the row before (it fails otherwise).
    virtual std::unique_ptr<RowEvents> forStretch() const = 0;
    // True when the parse stopped at the end of <sheetData>, not because it failed or had too much.
    virtual bool stoppedAtEnd() const = 0;
    // True when no element of a cell is open in the handler's view (no value or text being collected):
    // a later stretch's handler starts in this state.
    virtual bool betweenRows() const = 0;
    // Takes over the rows of a later stretch as the one parse would have left them. False when the cells
    // together pass a limit (the caller then parses the part at once to say so as it always has).
    virtual bool merge(RowEvents& later) = 0;
    // Forgets everything parsed, for a parse from the start.
    virtual void restart() = 0;
};

// An XLSX file is an Open Packaging Conventions zip: parts named like paths, linked by relationship
// parts. This opens it with libzip and streams one part at a time through an XML parser, a megabyte at
// a time, so that nothing grows with the file except what the caller keeps.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(daicho::XlsxPackage)
public:
    ~XlsxPackage();

    // False with why() set when the file is not a zip or cannot be opened; ioError() tells which.
    bool open(const QString& path);
    bool ioError() const { return m_ioError; }

    bool hasPart(const QString& name) const;

    // The small parts (workbook, relationships, styles) go through QXmlStreamReader: onToken(xml, token)
    // for every token until it returns false. Returns false when the part is missing (missing() is then
    // true) or broken (why() says how).
    template <typename OnToken> bool parse(const QString& name, OnToken&& onToken);

    // The parts that grow with the data (a sheet, its shared strings) go through expat, which parses
    // a 100,000-row sheet several times faster than QXmlStreamReader. Same return as parse().
    bool parseBulk(const QString& name, XmlEvents& events);

    // parseBulk for a sheet, its rows parsed on several threads when the text allows it (SheetChunks);
    // the rows, the messages and the return are those of parseBulk in every case.
    bool parseRows(const QString& name, RowEvents& events);

    // An expat parser sending its events to `events` as parseBulk's does (names without their prefix,
    // no DTD).
    using Parser = std::unique_ptr<XML_ParserStruct, void (*)(XML_ParserStruct*)>;
    static Parser bulkParser(XmlEvents& events);

    // Relationships of a part, by id, or of the package itself for an empty part. A missing .rels has none.
    bool relationships(const QString& part, QHash<QString, Relationship>& out);

    void fail(const QString& why) { m_why = why; }
    bool missing() const { return m_missing; }
    QString why() const { return m_why; }

    static QString folderOf(const QString& part);

    // Reads the next piece (up to a megabyte) of an open part into `into`, counting the part's unpacked
    // size in `total`; 0 at its end, -1 with why set on failure. Touches nothing of a package: a
    // part may be unpacked on another thread than the one parsing it.
    static qint64 unpack(zip_file* file, const QString& name, char* into, qint64& total, QString& why);

private:
    zip_file* openPart(const QString& name);
    // Reads the next piece (up to a megabyte) of an open part; 0 at its end, -1 with why() on failure.
    qint64 readPart(zip_file* file, const QString& name, char* into, qint64& total);
    qint64 readPart(zip_file* file, const QString& name, QByteArray& buffer, qint64& total);
    void closePart(zip_file* file);

    zip* m_zip = nullptr;
    bool m_ioError = false;
    bool m_missing = false;
    QString m_why;
};

template <typename OnToken> bool XlsxPackage::parse(const QString& name, OnToken&& onToken)
{
    zip_file* file = openPart(name);
    if (!file)
        return false;
    QXmlStreamReader xml;
    QByteArray buffer;
    qint64 total = 0;
    int depth = 0;
    bool rootClosed = false;
    bool atEnd = false;
    bool ok = false;
    for (;;) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
                fail(tr("%1 is not well-formed XML: %2, line %3")
                         .arg(name, xml.errorString())
                         .arg(xml.lineNumber()));
                break;
            }
            if (atEnd) {
                ok = rootClosed;
                if (!ok)
                    fail(tr("%1 ends too early").arg(name));
                break;
            }
            const qint64 n = readPart(file, name, buffer, total);
            if (n < 0)
                break;
            if (n == 0)
                atEnd = true;
            else
                xml.addData(buffer);
            continue;
        }
        if (token == QXmlStreamReader::EndDocument) {
            ok = true;
            break;
        }
        if (token == QXmlStreamReader::StartElement)
            ++depth;
        if (!onToken(xml, token)) {
            ok = m_why.isEmpty();
            break;
        }
        if (token == QXmlStreamReader::EndElement && --depth == 0)
            rootClosed = true;
    }
    closePart(file);
    return ok;
}

} // namespace daicho::xlsx
