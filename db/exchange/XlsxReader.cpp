#include "exchange/XlsxReader.h"

#include "exchange/TableReader.h"
#include "exchange/XlsxCells.h"
#include "exchange/XlsxPackage.h"
#include "util/TextMemo.h"

#include <QLocale>
#include <QVector>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace daicho {

using namespace xlsx;

namespace {

constexpr int maxRows = 1048576; // Excel's sheet size
constexpr int maxColumns = 16384;

bool is(const char* name, const char* wanted)
{
    return std::strcmp(name, wanted) == 0;
}

const char* attribute(const char** attributes, const char* wanted)
{
    for (const char** a = attributes; *a; a += 2)
        if (is(a[0], wanted))
            return a[1];
    return nullptr;
}

struct SheetEntry
{
    QString name;
    QString relationshipId;
};

// <sst>: one <si> per string, plain <t> or rich-text runs <r><t>, leaving out the reading that Japanese
// Excel keeps beside the text (<rPh>, furigana).
class SharedStrings : public XmlEvents
{
public:
    explicit SharedStrings(QVector<QString>& strings) : m_strings(strings) {}

    void start(const char* name, const char** attributes) override
    {
        if (is(name, "t")) {
            m_collecting = m_phonetic == 0;
        } else if (is(name, "si")) {
            m_current.clear();
        } else if (is(name, "rPh")) {
            ++m_phonetic;
        } else if (is(name, "sst")) {
            if (const char* count = attribute(attributes, "uniqueCount"))
                m_strings.reserve(qBound(0, std::atoi(count), 4 * 1024 * 1024));
        }
    }
    void end(const char* name) override
    {
        if (is(name, "t"))
            m_collecting = false;
        else if (is(name, "si"))
            m_strings.append(decodeEscapes(QString::fromUtf8(m_current.data(), qsizetype(m_current.size()))));
        else if (is(name, "rPh"))
            --m_phonetic;
    }
    void text(const char* data, int length) override
    {
        if (m_collecting)
            m_current.append(data, length);
    }

private:
    QVector<QString>& m_strings;
    std::string m_current; // clear() keeps its capacity
    int m_phonetic = 0;
    bool m_collecting = false;
};

// <worksheet>: the cells of <sheetData>, each placed by its reference, so that skipped cells and
// skipped rows come out blank. A large sheet is read a stretch of rows at a time on several threads
// (SheetChunks), each later stretch by a handler of its own, merged into the first.
class SheetCells : public RowEvents
{
    Q_DECLARE_TR_FUNCTIONS(daicho::XlsxReader)
public:
    SheetCells(const QVector<QString>& shared, const QVector<NumberKind>& styles, bool date1904,
               QVector<QStringList>& rows)
        : m_shared(shared), m_styles(styles), m_date1904(date1904), m_rows(rows)
    {}

    std::unique_ptr<RowEvents> forStretch() const override
    {
        return std::unique_ptr<RowEvents>(new SheetCells(m_shared, m_styles, m_date1904));
    }

    bool stoppedAtEnd() const override { return m_atEnd; }

    bool betweenRows() const override { return !m_collecting && !m_inline && m_phonetic == 0; }

    // As finishCell would have written the later stretch's cells after this one's: a row new here is
    // taken whole, in a row both have every non-empty cell of the later one replaces this one's.
    bool merge(RowEvents& events) override
    {
        auto& later = static_cast<SheetCells&>(events);
        m_cellCount += later.m_cellCount;
        if (m_cellCount > TableReader::maxCells)
            return false;
        QVector<QStringList>& rows = later.m_rows;
        const qsizetype base = later.m_base;
        if (m_rows.size() < base + rows.size())
            m_rows.resize(base + rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QStringList& from = rows[r];
            if (from.isEmpty())
                continue;
            QStringList& into = m_rows[base + r];
            if (into.isEmpty()) {
                into = std::move(from);
                continue;
            }
            for (qsizetype column = 0; column < from.size(); ++column) {
                if (from[column].isEmpty())
                    continue;
                if (column < into.size()) {
                    into[column] = std::move(from[column]);
                } else {
                    while (into.size() < column)
                        into.append(QString());
                    into.append(std::move(from[column]));
                }
            }
        }
        return true;
    }

    void restart() override
    {
        m_rows.clear();
        m_row = -1;
        m_column = 0;
        m_nextColumn = 0;
        m_collecting = false;
        m_inline = false;
        m_phonetic = 0;
        m_width = 0;
        m_cellCount = 0;
        m_tooMany = false;
        m_atEnd = false;
    }

    // True when the parse stopped at TableReader::maxCells.
    bool tooMany() const { return m_tooMany; }

    void start(const char* name, const char** attributes) override
    {
        switch (name[0]) {
        case 'c':
            if (name[1] == 0)
                startCell(attributes);
            break;
        case 'v':
            if (name[1] == 0)
                m_collecting = true;
            break;
        case 't':
            if (name[1] == 0 && m_inline && m_phonetic == 0)
                m_collecting = true;
            break;
        case 'i':
            if (is(name, "is"))
                m_inline = true;
            break;
        case 'r':
            if (is(name, "row"))
                startRow(attributes);
            else if (is(name, "rPh"))
                ++m_phonetic;
            break;
        case 'd':
            if (is(name, "dimension")) {
                // "A1:P100001": room for every row at once.
                const char* ref = attribute(attributes, "ref");
                const char* last = ref ? std::strrchr(ref, ':') : nullptr;
                int column = 0;
                int row = 0;
                if (last)
                    parseReference(last + 1, column, row);
                m_rows.reserve(qMin(row, maxRows));
            }
            break;
        default:
            break;
        }
    }

    void end(const char* name) override
    {
        if (is(name, "c"))
            finishCell();
        else if (is(name, "v") || is(name, "t"))
            m_collecting = false;
        else if (is(name, "rPh"))
            --m_phonetic;
        else if (is(name, "is"))
            m_inline = false;
        else if (is(name, "sheetData")) {
            m_atEnd = true;
            stop(); // merged cells, print settings and the rest are not needed
        }
    }

    void text(const char* data, int length) override
    {
        if (m_collecting)
            m_value.append(data, length);
    }

private:
    enum class CellType
    {
        Number,
        Shared,
        Text,
        Boolean,
        Error,
        IsoDate
    };

    // A later stretch's handler, with rows of its own and no row before its first.
    SheetCells(const QVector<QString>& shared, const QVector<NumberKind>& styles, bool date1904)
        : m_shared(shared), m_styles(styles), m_date1904(date1904), m_rows(m_ownRows), m_row(rowUnknown),
          m_base(maxRows)
    {}

    void startRow(const char** attributes)
    {
        const char* r = attribute(attributes, "r");
        const int number = r ? std::atoi(r) : 0;
        if (number < 1 && m_row == rowUnknown)
            return fail(QString()); // follows a row of another stretch: the sheet is parsed at once
        m_row = number >= 1 ? number - 1 : m_row + 1;
        if (m_row >= maxRows)
            return fail(tr("a row lies beyond row %1").arg(maxRows));
        if (m_row < m_base) { // a later stretch's rows start at its first
            m_rows.insert(0, m_rows.isEmpty() ? 0 : m_base - m_row, QStringList());
            m_base = m_row;
        }
        if (m_rows.size() <= m_row - m_base)
            m_rows.resize(m_row - m_base + 1);
        m_nextColumn = 0;
        // Rows of a table are as wide as the one before: one allocation instead of one per few cells.
        m_rows[m_row - m_base].reserve(m_width);
    }

    void startCell(const char** attributes)
    {
        if (m_row < 0)
            return fail(tr("a cell lies outside any row"));
        m_column = m_nextColumn;
        m_type = CellType::Number;
        m_kind = NumberKind::Plain;
        m_value.clear(); // keeps its capacity
        for (const char** a = attributes; *a; a += 2) {
            const char* n = a[0];
            const char* v = a[1];
            if (n[0] == 0 || n[1] != 0)
                continue;
            if (n[0] == 'r') {
                int row = 0;
                parseReference(v, m_column, row);
            } else if (n[0] == 't') {
                m_type = is(v, "s")                           ? CellType::Shared
                         : is(v, "inlineStr") || is(v, "str") ? CellType::Text
                         : is(v, "b")                         ? CellType::Boolean
                         : is(v, "e")                         ? CellType::Error
                         : is(v, "d")                         ? CellType::IsoDate
                                                              : CellType::Number;
            } else if (n[0] == 's') {
                m_kind = m_styles.value(std::atoi(v), NumberKind::Plain);
            }
        }
        if (m_column < 0 || m_column >= maxColumns)
            fail(tr("a cell in row %1 has no valid column").arg(m_row + 1));
    }

    void finishCell()
    {
        m_nextColumn = m_column + 1;
        if (m_value.empty())
            return;
        QString text;
        if (m_type == CellType::Shared) {
            text = sharedString();
        } else {
            // A column repeats its values (有/無, the same dates, the same units): each distinct raw value
            // is converted once and its text shared, which saves the conversion and the memory of a copy
            // per cell. The text depends only on the cell's type, number kind and raw value.
            TextMemo* memo = memoFor(m_column);
            if (memo && qsizetype(m_value.size()) < TextMemo::kMaxKeyBytes) {
                m_key.assign(1, char(int(m_type) * 4 + int(m_kind)));
                m_key.append(m_value);
                text = memo->textOf(QByteArrayView(m_key.data(), qsizetype(m_key.size())), [this] { return convert(); });
            } else {
                text = convert();
            }
        }
        if (text.isEmpty())
            return;
        if (++m_cellCount > TableReader::maxCells) {
            m_tooMany = true;
            return stop();
        }
        QStringList& cells = m_rows[m_row - m_base];
        if (m_column < cells.size()) {
            cells[m_column] = std::move(text);
        } else {
            while (cells.size() < m_column)
                cells.append(QString());
            cells.append(std::move(text));
            m_width = qMax(m_width, m_column + 1);
        }
    }

    TextMemo* memoFor(int column)
    {
        if (column < 0 || column >= maxColumns)
            return nullptr;
        if (column >= int(m_memos.size()))
            m_memos.resize(size_t(column) + 1);
        TextMemo& m = m_memos[size_t(column)];
        return m.isOff() ? nullptr : &m;
    }

    QString sharedString()
    {
        qsizetype index = 0;
        for (const char c : m_value) {
            if (c < '0' || c > '9' || index > m_shared.size()) {
                index = -1;
                break;
            }
            index = index * 10 + (c - '0');
        }
        if (index < 0 || index >= m_shared.size()) {
            fail(tr("cell %1%2 refers to a shared string the workbook does not have")
                     .arg(TableReader::columnName(m_column))
                     .arg(m_row + 1));
            return {};
        }
        return m_shared[index];
    }

    // The text of a cell that is not a shared string.
    QString convert() const
    {
        QString text;
        switch (m_type) {
        case CellType::Shared:
            break;
        case CellType::Text:
            text = decodeEscapes(QString::fromUtf8(m_value.data(), qsizetype(m_value.size())));
            break;
        case CellType::Boolean:
            text = m_value == "1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            break;
        case CellType::Error:
            text = QString::fromUtf8(m_value.data(), qsizetype(m_value.size()));
            break;
        case CellType::IsoDate:
            text = QString::fromUtf8(m_value.data(), qsizetype(qMin<size_t>(m_value.size(), 10)));
            break;
        case CellType::Number:
            if (m_kind != NumberKind::Plain) {
                bool ok = false;
                const double serial = QByteArrayView(m_value.data(), qsizetype(m_value.size())).toDouble(&ok);
                if (ok)
                    text =
                        m_kind == NumberKind::Date ? serialToDate(serial, m_date1904) : serialToTime(serial);
            }
            if (text.isEmpty())
                text = formatNumber(QByteArray::fromRawData(m_value.data(), qsizetype(m_value.size())));
            break;
        }
        return text;
    }

    static constexpr int rowUnknown = -2;

    const QVector<QString>& m_shared;
    const QVector<NumberKind>& m_styles;
    const bool m_date1904;
    QVector<QStringList> m_ownRows; // a later stretch's
    QVector<QStringList>& m_rows;

    int m_row = -1; // 0-based
    int m_base = 0; // the row of m_rows[0]: a later stretch's first
    int m_column = 0;
    int m_nextColumn = 0;
    CellType m_type = CellType::Number;
    NumberKind m_kind = NumberKind::Plain;
    std::string m_value; // the raw text of <v> or of an inline string, UTF-8
    std::string m_key;   // the memo's key: type and kind, then the raw value
    std::vector<TextMemo> m_memos; // by column
    bool m_collecting = false;
    bool m_inline = false;
    int m_phonetic = 0;
    int m_width = 0;
    qint64 m_cellCount = 0;
    bool m_tooMany = false;
    bool m_atEnd = false;
};

} // namespace

Result<SheetTable> XlsxReader::read(const QString& path, const QString& source, const QString& sheet)
{
    const auto refused = [&](const QString& why) {
        return makeError(ErrorCode::FileRefused, tr("\"%1\" cannot be read: %2").arg(source, why));
    };
    const auto damaged = [&](const QString& why) {
        return refused(
            tr("it looks like an Excel workbook (.xlsx) but is damaged or incomplete (%1).").arg(why));
    };

    XlsxPackage package;
    if (!package.open(path)) {
        if (package.ioError())
            return makeError(ErrorCode::Io, tr("\"%1\" could not be read: %2").arg(source, package.why()));
        return damaged(package.why());
    }

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
            return refused(
                tr("it is an OpenDocument file (.ods), which Daicho cannot read. Save it as .xlsx or "
                   "CSV and try again."));
        return refused(tr("it is not a CSV or Excel file: it is a zip archive with no workbook inside."));
    }

    QVector<SheetEntry> sheets;
    bool date1904 = false;
    const bool workbookOk =
        package.parse(workbookPart, [&](QXmlStreamReader& xml, QXmlStreamReader::TokenType token) {
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
                    else if (a.name() == u"id" && !a.namespaceUri().isEmpty()) // r:id
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
        // Excel itself treats sheet names without regard to case ("Sheet1" and "SHEET1" cannot coexist).
        for (qsizetype i = 0; chosen < 0 && i < names.size(); ++i)
            if (names[i].compare(sheet, Qt::CaseInsensitive) == 0)
                chosen = i;
        if (chosen < 0) {
            QString list = names.first();
            for (qsizetype i = 1; i < names.size(); ++i)
                list = tr("%1, %2").arg(list, names[i]);
            return makeError(
                ErrorCode::FileRefused,
                tr("\"%1\" has no sheet named \"%2\". Its sheets are: %3.").arg(source, sheet, list), names);
        }
    }

    QHash<QString, Relationship> workbookRels;
    if (!package.relationships(workbookPart, workbookRels))
        return damaged(package.why());
    const Relationship sheetRel = workbookRels.value(sheets[chosen].relationshipId);
    if (sheetRel.type == u"chartsheet")
        return refused(tr("the sheet \"%1\" is a chart, not a table.").arg(names[chosen]));
    if (sheetRel.part.isEmpty())
        return damaged(tr("the workbook does not say where the sheet \"%1\" is").arg(names[chosen]));
    const QString folder = XlsxPackage::folderOf(workbookPart);
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
    SharedStrings sharedEvents(shared);
    if (!package.parseBulk(sharedStringsPart, sharedEvents) && !package.missing())
        return damaged(package.why());

    // Styles: which cell formats show their number as a date or a time.
    QVector<NumberKind> styleKinds;
    {
        QHash<int, NumberKind> customFormats;
        QVector<int> formatIds;
        bool inCellXfs = false;
        const bool ok = package.parse(stylesPart, [&](QXmlStreamReader& xml,
                                                      QXmlStreamReader::TokenType token) {
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"numFmt") {
                    const QXmlStreamAttributes a = xml.attributes();
                    customFormats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                         customFormatKind(a.value(QLatin1String("formatCode")).toString()));
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
            styleKinds.append(customFormats.contains(id) ? customFormats.value(id) : builtInFormatKind(id));
    }

    SheetTable table;
    table.source = source;
    table.sheetName = names[chosen];
    SheetCells cells(shared, styleKinds, date1904, table.rows);
    if (!package.parseRows(sheetRel.part, cells))
        return damaged(package.why());
    if (cells.tooMany())
        return refused(tr("the sheet \"%1\" holds more than %2 cells, more than can be imported at once. "
                          "Split it into smaller sheets.")
                           .arg(names[chosen], QLocale::system().toString(TableReader::maxCells)));
    return table;
}

} // namespace daicho
