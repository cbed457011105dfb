#include "exchange/XlsxReader.h"

#include "exchange/TableReader.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QVector>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>
#include <memory>

namespace daicho {

namespace {

constexpr qint64 maxPartBytes = qint64(1) << 30; // uncompressed; a zip bomb stops here
constexpr int maxRows = 1048576;                  // Excel's sheet size
constexpr int maxColumns = 16384;

struct ZipDiscard
{
    void operator()(zip_t* zip) const { zip_discard(zip); }
};
struct ZipFileClose
{
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// How a cell's number is shown, from its style: most are plain numbers, some are dates or times.
enum class NumberKind { Plain, Date, Time };

// Excel's built-in number formats that show dates (ECMA-376 §18.8.30; 27-36 and 50-58 are the
// East Asian ones, 和暦 among them) and those that show only a time of day.
NumberKind builtInKind(int id)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36)
        || (id >= 50 && id <= 58))
        return NumberKind::Date;
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47))
        return NumberKind::Time;
    return NumberKind::Plain;
}

// A custom format shows a date when it has y, m or d outside quoted text, [brackets] (locale, colour,
// elapsed time) and escaped characters; "m" next to h or s is minutes.
NumberKind customKind(const QString& code)
{
    QString letters;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            i = code.indexOf(u'"', i + 1);
            if (i < 0)
                break;
        } else if (c == u'[') {
            i = code.indexOf(u']', i + 1);
            if (i < 0)
                break;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal, or padding
        } else {
            letters += c.toLower();
        }
    }
    if (letters == u"general")
        return NumberKind::Plain;
    if (letters.contains(u'y') || letters.contains(u'd'))
        return NumberKind::Date;
    const bool clock = letters.contains(u'h') || letters.contains(u's');
    if (letters.contains(u'm') && !clock)
        return NumberKind::Date;
    return clock ? NumberKind::Time : NumberKind::Plain;
}

// Serial day numbers count from 1900-01-01 as day 1, with Lotus 1-2-3's 1900-02-29 as day 60, or from
// 1904-01-01 as day 0 in workbooks made by old Mac Excel. Empty when the number cannot be a date.
QString serialToDate(double serial, bool date1904)
{
    if (!(serial >= 0) || serial >= 2958466) // beyond 9999-12-31
        return {};
    const qint64 days = qint64(std::floor(serial + 0.5 / 86400)); // 45383.9999999 is still 45384
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else if (days == 60)
        return QStringLiteral("1900-02-29");
    else if (days >= 1)
        date = QDate(1899, 12, 31).addDays(days);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString serialToTime(double serial)
{
    if (!(serial >= 0))
        return {};
    const qint64 seconds = std::llround(serial * 86400) % 86400;
    const QString hm = QStringLiteral("%1:%2").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
    return seconds % 60 ? hm + QStringLiteral(":%1").arg(seconds % 60, 2, 10, QLatin1Char('0')) : hm;
}

// Numbers as Excel's General format shows them: integers without ".0", at most 15 significant digits.
QString formatNumber(const QString& text)
{
    // The common case, an integer, needs no conversion.
    if (text.size() <= 15) {
        qsizetype i = text.startsWith(u'-') ? 1 : 0;
        if (i < text.size()) {
            while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128)
                ++i;
            if (i == text.size())
                return text;
        }
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return text;
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

// Office XML writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_), and a
// literal "_x" as _x005F_x.
QString decodeEscapes(QString text)
{
    qsizetype at = text.indexOf(QLatin1String("_x"));
    if (at < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (; at >= 0; at = text.indexOf(QLatin1String("_x"), from)) {
        bool ok = false;
        const ushort code = at + 7 <= text.size() && text[at + 6] == u'_'
                                ? QStringView(text).sliced(at + 2, 4).toUShort(&ok, 16)
                                : 0;
        if (!ok) {
            out += QStringView(text).sliced(from, at + 2 - from);
            from = at + 2;
            continue;
        }
        out += QStringView(text).sliced(from, at - from);
        out += QChar(code);
        from = at + 7;
    }
    out += QStringView(text).sliced(from);
    return out;
}

// "AB12" -> column 27 (0-based), row 12 (1-based); -1 and 0 when a part is missing.
void parseReference(QStringView ref, int& column, int& row)
{
    int c = 0;
    int r = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char16_t ch = ref[i].unicode();
        if (ch >= u'A' && ch <= u'Z')
            c = qMin(c * 26 + (ch - u'A' + 1), maxColumns + 1);
        else if (ch >= u'a' && ch <= u'z')
            c = qMin(c * 26 + (ch - u'a' + 1), maxColumns + 1);
        else
            break;
    }
    for (; i < ref.size(); ++i) {
        const char16_t ch = ref[i].unicode();
        if (ch < u'0' || ch > u'9')
            break;
        r = qMin(r * 10 + (ch - u'0'), maxRows + 1);
    }
    column = c - 1;
    row = r;
}

// Resolves a relationship's target against the folder of the part that names it.
QString resolvePart(const QString& folder, const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts;
    const QStringList segments = QString(folder + target).split(u'/', Qt::SkipEmptyParts);
    for (const QString& segment : segments) {
        if (segment == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (segment != u".") {
            parts.append(segment);
        }
    }
    return parts.join(u'/');
}

QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relsOf(const QString& part)
{
    return folderOf(part) + QStringLiteral("_rels/") + part.mid(part.lastIndexOf(u'/') + 1)
           + QStringLiteral(".rels");
}

struct Relationship
{
    QString type; // the last segment of the type URI: "worksheet", "sharedStrings", "styles" ...
    QString part; // resolved to a name inside the zip
};

// One package part at a time, streamed from the zip into the XML parser a megabyte at a time.
class Package
{
public:
    explicit Package(zip_t* zip) : m_zip(zip) {}

    bool hasPart(const QString& name) const
    {
        return zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
    }

    // Calls onToken(xml, token) for every token of the part until it returns false (stop) or the part
    // ends. Returns false when the part is missing (missing() is then true) or broken (why() says how).
    template<typename OnToken>
    bool parse(const QString& name, OnToken&& onToken)
    {
        m_missing = false;
        m_why.clear();
        std::unique_ptr<zip_file_t, ZipFileClose> file(
            zip_fopen(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE));
        if (!file) {
            m_missing = true;
            m_why = XlsxReader::tr("the part %1 is missing").arg(name);
            return false;
        }
        QXmlStreamReader xml;
        QByteArray buffer;
        qint64 total = 0;
        int depth = 0;
        bool rootClosed = false;
        bool atEnd = false;
        for (;;) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::Invalid) {
                if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
                    m_why = XlsxReader::tr("%1 is not well-formed XML (%2, line %3)")
                                .arg(name, xml.errorString())
                                .arg(xml.lineNumber());
                    return false;
                }
                if (atEnd) {
                    if (rootClosed)
                        return true;
                    m_why = XlsxReader::tr("%1 ends too early").arg(name);
                    return false;
                }
                buffer.resize(1 << 20);
                const zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
                if (n < 0) {
                    m_why = XlsxReader::tr("%1 cannot be unpacked (%2)")
                                .arg(name, QString::fromUtf8(zip_error_strerror(zip_file_get_error(file.get()))));
                    return false;
                }
                if (n == 0) {
                    atEnd = true;
                    continue;
                }
                total += n;
                if (total > maxPartBytes) {
                    m_why = XlsxReader::tr("%1 unpacks to more than %2 MB").arg(name).arg(maxPartBytes >> 20);
                    return false;
                }
                buffer.resize(n);
                xml.addData(buffer);
                continue;
            }
            if (token == QXmlStreamReader::EndDocument)
                return true;
            if (token == QXmlStreamReader::StartElement)
                ++depth;
            if (!onToken(xml, token))
                return m_why.isEmpty();
            if (token == QXmlStreamReader::EndElement && --depth == 0)
                rootClosed = true;
        }
    }

    // Relationships of a part, by id, or of the package itself for an empty part. Missing .rels gives none.
    bool relationships(const QString& part, QHash<QString, Relationship>& out)
    {
        const QString folder = folderOf(part);
        const QString rels = part.isEmpty() ? QStringLiteral("_rels/.rels") : relsOf(part);
        const bool ok = parse(rels, [&](QXmlStreamReader& xml, QXmlStreamReader::TokenType token) {
            if (token == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
                const QXmlStreamAttributes attributes = xml.attributes();
                if (attributes.value(QLatin1String("TargetMode")) == u"External")
                    return true;
                const QString type = attributes.value(QLatin1String("Type")).toString();
                out.insert(attributes.value(QLatin1String("Id")).toString(),
                           {type.mid(type.lastIndexOf(u'/') + 1),
                            resolvePart(folder, attributes.value(QLatin1String("Target")).toString())});
            }
            return true;
        });
        return ok || m_missing;
    }

    void fail(const QString& why) { m_why = why; }
    bool missing() const { return m_missing; }
    QString why() const { return m_why; }

private:
    zip_t* m_zip;
    bool m_missing = false;
    QString m_why;
};

struct SheetEntry
{
    QString name;
    QString relationshipId;
};

// Collects the text of <si> or <is>: plain <t>, or rich-text runs <r><t>, leaving out the phonetic
// reading (<rPh>, furigana) that Japanese Excel stores beside the text.
class StringCollector
{
public:
    // Returns true while inside a <t> whose characters belong to the string.
    void start(QStringView name)
    {
        if (name == u"rPh")
            ++m_phonetic;
        else if (name == u"t" && m_phonetic == 0)
            m_collecting = true;
    }
    void end(QStringView name)
    {
        if (name == u"rPh")
            --m_phonetic;
        else if (name == u"t")
            m_collecting = false;
    }
    void characters(const QXmlStreamReader& xml, QString& into) const
    {
        if (m_collecting)
            into += xml.text();
    }

private:
    int m_phonetic = 0;
    bool m_collecting = false;
};

} // namespace

Result<SheetTable> XlsxReader::read(const QString& path, const QString& source, const QString& sheet)
{
    const auto refused = [&](const QString& why) {
        return makeError(ErrorCode::FileRefused, tr("\"%1\" cannot be read: %2").arg(source, why));
    };
    const auto damaged = [&](const QString& why) {
        return refused(tr("it looks like an Excel workbook (.xlsx) but is damaged or incomplete (%1).").arg(why));
    };

    int zipError = 0;
    std::unique_ptr<zip_t, ZipDiscard> zip(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &zipError));
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, zipError);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        if (zipError == ZIP_ER_OPEN || zipError == ZIP_ER_READ)
            return makeError(ErrorCode::Io, tr("\"%1\" could not be read: %2").arg(source, why));
        return damaged(why);
    }
    Package package(zip.get());

    // The package's own relationships name the workbook; every writer we know puts it at xl/workbook.xml.
    QHash<QString, Relationship> packageRels;
    if (!package.relationships(QString(), packageRels))
        return damaged(package.why());
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship& r : std::as_const(packageRels))
        if (r.type == u"officeDocument")
            workbookPart = r.part;
    if (!package.hasPart(workbookPart)) {
        if (package.hasPart(QStringLiteral("mimetype")) && package.hasPart(QStringLiteral("content.xml")))
            return refused(tr("it is an OpenDocument file (.ods), which Daicho cannot read. Save it as .xlsx or "
                              "CSV and try again."));
        return refused(tr("it is not a CSV or Excel file: it is a zip archive with no workbook inside."));
    }

    QVector<SheetEntry> sheets;
    bool date1904 = false;
    const bool workbookOk = package.parse(workbookPart, [&](QXmlStreamReader& xml, QXmlStreamReader::TokenType token) {
        if (token != QXmlStreamReader::StartElement)
            return true;
        if (xml.name() == u"workbookPr") {
            const QStringView value = xml.attributes().value(QLatin1String("date1904"));
            date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            SheetEntry entry;
            for (const QXmlStreamAttribute& a : xml.attributes()) {
                if (a.name() == u"name")
                    entry.name = a.value().toString();
                else if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    entry.relationshipId = a.value().toString();
            }
            sheets.append(entry);
        }
        return true;
    });
    if (!workbookOk)
        return damaged(package.why());
    if (sheets.isEmpty())
        return damaged(tr("the workbook has no sheets"));

    QStringList names;
    for (const SheetEntry& s : std::as_const(sheets))
        names.append(s.name);
    qsizetype chosen = 0;
    if (!sheet.isEmpty()) {
        chosen = names.indexOf(sheet);
        if (chosen < 0)
            return makeError(ErrorCode::FileRefused,
                             tr("\"%1\" has no sheet named \"%2\". Its sheets are: %3.")
                                 .arg(source, sheet, names.join(tr(", "))),
                             names);
    }

    QHash<QString, Relationship> workbookRels;
    if (!package.relationships(workbookPart, workbookRels))
        return damaged(package.why());
    const Relationship sheetRel = workbookRels.value(sheets[chosen].relationshipId);
    if (sheetRel.type == u"chartsheet")
        return refused(tr("the sheet \"%1\" is a chart, not a table.").arg(names[chosen]));
    if (sheetRel.part.isEmpty())
        return damaged(tr("the workbook does not say where the sheet \"%1\" is").arg(names[chosen]));
    const QString folder = folderOf(workbookPart);
    QString sharedStringsPart = folder + QStringLiteral("sharedStrings.xml");
    QString stylesPart = folder + QStringLiteral("styles.xml");
    for (const Relationship& r : std::as_const(workbookRels)) {
        if (r.type == u"sharedStrings")
            sharedStringsPart = r.part;
        else if (r.type == u"styles")
            stylesPart = r.part;
    }

    // Shared strings: most text cells of an Excel file are an index into this list.
    QVector<QString> shared;
    {
        StringCollector collector;
        QString current;
        const bool ok = package.parse(sharedStringsPart, [&](QXmlStreamReader& xml, QXmlStreamReader::TokenType token) {
            switch (token) {
            case QXmlStreamReader::StartElement:
                if (xml.name() == u"sst")
                    shared.reserve(xml.attributes().value(QLatin1String("uniqueCount")).toInt());
                else if (xml.name() == u"si")
                    current.clear();
                else
                    collector.start(xml.name());
                break;
            case QXmlStreamReader::Characters:
                collector.characters(xml, current);
                break;
            case QXmlStreamReader::EndElement:
                if (xml.name() == u"si")
                    shared.append(decodeEscapes(current));
                else
                    collector.end(xml.name());
                break;
            default:
                break;
            }
            return true;
        });
        if (!ok && !package.missing())
            return damaged(package.why());
    }

    // Styles: which cell formats show their number as a date.
    QVector<NumberKind> styleKinds;
    {
        QHash<int, NumberKind> customFormats;
        QVector<int> formatIds;
        bool inCellXfs = false;
        const bool ok = package.parse(stylesPart, [&](QXmlStreamReader& xml, QXmlStreamReader::TokenType token) {
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"numFmt") {
                    const QXmlStreamAttributes a = xml.attributes();
                    customFormats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                         customKind(a.value(QLatin1String("formatCode")).toString()));
                } else if (xml.name() == u"cellXfs") {
                    inCellXfs = true;
                } else if (xml.name() == u"xf" && inCellXfs) {
                    formatIds.append(xml.attributes().value(QLatin1String("numFmtId")).toInt());
                }
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
                inCellXfs = false;
            }
            return true;
        });
        if (!ok && !package.missing())
            return damaged(package.why());
        styleKinds.reserve(formatIds.size());
        for (int id : std::as_const(formatIds))
            styleKinds.append(customFormats.contains(id) ? customFormats.value(id) : builtInKind(id));
    }

    SheetTable table;
    table.source = source;
    table.sheetName = names[chosen];
    QVector<QStringList>& rows = table.rows;

    enum class CellType { Number, Shared, Text, Boolean, Error, IsoDate };
    int row = -1;        // 0-based
    int column = 0;      // 0-based
    int nextColumn = 0;
    CellType type = CellType::Number;
    NumberKind kind = NumberKind::Plain;
    QString value;
    bool collectingValue = false;
    bool inInline = false;
    StringCollector inlineCollector;

    const auto finishCell = [&]() -> bool {
        nextColumn = column + 1;
        if (value.isEmpty())
            return true;
        QString text;
        switch (type) {
        case CellType::Shared: {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= shared.size()) {
                package.fail(tr("cell %1%2 refers to a shared string the workbook does not have")
                                 .arg(TableReader::columnName(column))
                                 .arg(row + 1));
                return false;
            }
            text = shared[index];
            break;
        }
        case CellType::Text:
            text = decodeEscapes(value);
            break;
        case CellType::Boolean:
            text = value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            break;
        case CellType::Error:
            text = value;
            break;
        case CellType::IsoDate:
            text = value.left(10);
            break;
        case CellType::Number:
            if (kind != NumberKind::Plain) {
                bool ok = false;
                const double serial = value.toDouble(&ok);
                if (ok)
                    text = kind == NumberKind::Date ? serialToDate(serial, date1904) : serialToTime(serial);
            }
            if (text.isEmpty())
                text = formatNumber(value);
            break;
        }
        if (text.isEmpty())
            return true;
        QStringList& cells = rows[row];
        if (column < cells.size()) {
            cells[column] = text;
        } else {
            while (cells.size() < column)
                cells.append(QString());
            cells.append(text);
        }
        return true;
    };

    const bool sheetOk = package.parse(sheetRel.part, [&](QXmlStreamReader& xml, QXmlStreamReader::TokenType token) {
        switch (token) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            if (name == u"c") {
                if (row < 0) {
                    package.fail(tr("a cell lies outside any row"));
                    return false;
                }
                column = nextColumn;
                type = CellType::Number;
                kind = NumberKind::Plain;
                value.clear();
                for (const QXmlStreamAttribute& a : xml.attributes()) {
                    const QStringView n = a.name();
                    if (n == u"r") {
                        int refRow = 0;
                        parseReference(a.value(), column, refRow);
                    } else if (n == u"t") {
                        const QStringView t = a.value();
                        type = t == u"s"           ? CellType::Shared
                               : t == u"inlineStr" || t == u"str" ? CellType::Text
                               : t == u"b"         ? CellType::Boolean
                               : t == u"e"         ? CellType::Error
                               : t == u"d"         ? CellType::IsoDate
                                                   : CellType::Number;
                    } else if (n == u"s") {
                        kind = styleKinds.value(a.value().toInt(), NumberKind::Plain);
                    }
                }
                if (column < 0 || column >= maxColumns) {
                    package.fail(tr("a cell in row %1 has no valid column").arg(row + 1));
                    return false;
                }
            } else if (name == u"v") {
                collectingValue = true;
            } else if (name == u"is") {
                inInline = true;
            } else if (name == u"row") {
                bool ok = false;
                const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
                row = ok && r >= 1 ? r - 1 : row + 1;
                if (row >= maxRows) {
                    package.fail(tr("a row lies beyond row %1").arg(maxRows));
                    return false;
                }
                if (rows.size() <= row)
                    rows.resize(row + 1);
                nextColumn = 0;
            } else if (inInline) {
                inlineCollector.start(name);
            } else if (name == u"dimension") {
                int lastColumn = 0;
                int lastRow = 0;
                const QStringView ref = xml.attributes().value(QLatin1String("ref"));
                parseReference(ref.sliced(ref.lastIndexOf(u':') + 1), lastColumn, lastRow);
                rows.reserve(qMin(lastRow, maxRows));
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (collectingValue)
                value += xml.text();
            else if (inInline)
                inlineCollector.characters(xml, value);
            break;
        case QXmlStreamReader::EndElement: {
            const QStringView name = xml.name();
            if (name == u"c")
                return finishCell();
            if (name == u"v")
                collectingValue = false;
            else if (name == u"is")
                inInline = false;
            else if (inInline)
                inlineCollector.end(name);
            else if (name == u"sheetData")
                return false; // merged cells, print settings and the rest are not needed
            break;
        }
        default:
            break;
        }
        return true;
    });
    if (!sheetOk)
        return damaged(package.why());
    return table;
}

} // namespace daicho
