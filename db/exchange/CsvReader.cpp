#include "exchange/CsvReader.h"

#include <QLocale>
#include <QStringDecoder>

namespace daicho {

namespace {

// Text has no NUL bytes and few control characters; anything else is an image, a PDF, an archive ...
bool looksBinary(const QByteArray& bytes)
{
    if (bytes.contains('\0'))
        return true;
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const uchar c = uchar(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A)
            ++controls;
    }
    return controls * 100 > sample; // more than 1%
}

// Decodes all of bytes; nullopt when a sequence is not valid in that encoding.
std::optional<QString> decode(QByteArrayView bytes, const char* encoding)
{
    // Stateless: a sequence cut off at the end of the file is an error, not a wait for more bytes.
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) // a Qt built without ICU has no CP932
        return std::nullopt;
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> decode(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    // Stateless: a sequence cut off at the end of the file is an error, not a wait for more bytes.
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// The 1-based line that holds the first sequence invalid in the encoding, for the message; only called
// once the whole file is known to fail, so it may be slow.
int firstBadLine(QByteArrayView bytes, const char* encoding)
{
    int line = 1;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
        const QString text = decoder(bytes.sliced(start, end - start));
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return line;
}

QChar separatorOf(const QString& text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).sliced(start, end - start);
        const bool tabs = line.contains(u'\t');
        const bool commas = line.contains(u',');
        if (tabs || commas)
            return tabs && !commas ? u'\t' : u',';
        start = end + 1;
    }
    return u',';
}

} // namespace

Result<SheetTable> CsvReader::read(const QByteArray& bytes, const QString& source,
                                   TableReadOptions::Encoding encoding)
{
    const auto refused = [&](const QString& why) {
        return makeError(ErrorCode::FileRefused, tr("\"%1\" cannot be read: %2").arg(source, why));
    };
    if (bytes.isEmpty())
        return refused(tr("the file is empty."));

    SheetTable table;
    table.source = source;
    table.encodingGuessed = encoding == TableReadOptions::Encoding::Auto;

    QString text;
    // A byte order mark settles the question whatever was asked: Excel's "Unicode text" is UTF-16.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        const auto decoded = decode(QByteArrayView(bytes).sliced(2),
                                    little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        if (!decoded || decoded->contains(QChar(0)))
            return refused(tr("it starts like UTF-16 text but is not valid UTF-16."));
        text = *decoded;
        table.encoding = QStringLiteral("UTF-16");
        table.encodingGuessed = false;
    } else {
        if (looksBinary(bytes))
            return refused(tr("it is not a CSV or Excel file."));
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        const QByteArrayView body = bom ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
        if (bom) { // unambiguous, so it wins over what was asked: UTF-8 read as CP932 would be mojibake
            const auto decoded = decode(body, QStringConverter::Utf8);
            if (!decoded)
                return refused(tr("line %1 is not valid UTF-8, although the file says it is UTF-8.")
                                   .arg(firstBadLine(body, "UTF-8")));
            text = *decoded;
            table.encoding = QStringLiteral("UTF-8 (BOM)");
            table.encodingGuessed = false;
        } else if (encoding == TableReadOptions::Encoding::Utf8) {
            const auto decoded = decode(body, QStringConverter::Utf8);
            if (!decoded)
                return refused(tr("line %1 is not valid UTF-8. Was it saved as Shift_JIS (CP932)?")
                                   .arg(firstBadLine(body, "UTF-8")));
            text = *decoded;
            table.encoding = QStringLiteral("UTF-8");
        } else if (encoding == TableReadOptions::Encoding::Cp932) {
            const auto decoded = decode(body, "cp932");
            if (!decoded)
                return refused(tr("line %1 is not valid Shift_JIS (CP932). Was it saved as UTF-8?")
                                   .arg(firstBadLine(body, "cp932")));
            text = *decoded;
            table.encoding = QStringLiteral("CP932");
        } else if (auto utf8 = decode(body, QStringConverter::Utf8)) {
            // Shift_JIS Japanese is practically never valid UTF-8, so the test is safe that way round.
            text = *utf8;
            table.encoding = QStringLiteral("UTF-8");
        } else if (auto cp932 = decode(body, "cp932")) {
            text = *cp932;
            table.encoding = QStringLiteral("CP932");
        } else {
            return refused(tr("line %1 is neither UTF-8 nor Shift_JIS (CP932) text. Save it from Excel as "
                              "\"CSV UTF-8\" and try again.")
                               .arg(firstBadLine(body, "cp932")));
        }
    }
    // Old DOS tools end a text file with Ctrl-Z.
    if (text.endsWith(QChar(0x1A)))
        text.chop(1);
    if (text.isEmpty())
        return refused(tr("the file is empty."));

    const QChar separator = separatorOf(text);
    const QChar* p = text.constData();
    const QChar* const end = p + text.size();
    const auto isEndOfCell = [separator](QChar c) { return c == separator || c == u'\n' || c == u'\r'; };
    const auto tooLong = [&](int row, int column) {
        return refused(tr("the cell in row %1, column %2 holds more than 32,767 characters, the most a "
                          "spreadsheet cell can hold.")
                           .arg(row)
                           .arg(TableReader::columnName(column)));
    };

    const auto tooMany = [&]() {
        return refused(tr("it holds more than %1 cells, more than can be imported at once. Split it into "
                          "smaller files.")
                           .arg(QLocale::system().toString(TableReader::maxCells)));
    };
    qint64 cellCount = 0;
    QStringList row;
    while (p < end) {
        const int rowNumber = int(table.rows.size()) + 1;
        const int column = int(row.size());
        QString cell;
        if (*p == u'"') {
            ++p;
            for (;;) {
                const QChar* quote = p;
                while (quote < end && *quote != u'"')
                    ++quote;
                if (quote == end)
                    return refused(tr("the quoted cell that starts in row %1, column %2 is never closed: a "
                                      "double quote (\") is missing.")
                                       .arg(rowNumber)
                                       .arg(TableReader::columnName(column)));
                if (cell.size() + (quote - p) > TableReader::maxCellChars)
                    return tooLong(rowNumber, column);
                cell.append(p, quote - p);
                if (quote + 1 < end && quote[1] == u'"') {
                    cell.append(u'"');
                    p = quote + 2;
                    continue;
                }
                p = quote + 1;
                break;
            }
            // Lenient like Excel: text after the closing quote belongs to the same cell.
            const QChar* q = p;
            while (q < end && !isEndOfCell(*q))
                ++q;
            cell.append(p, q - p);
            p = q;
            if (cell.contains(u'\r')) {
                cell.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
                cell.replace(u'\r', u'\n');
            }
            if (cell.size() > TableReader::maxCellChars)
                return tooLong(rowNumber, column);
        } else {
            const QChar* q = p;
            while (q < end && !isEndOfCell(*q))
                ++q;
            if (q - p > TableReader::maxCellChars)
                return tooLong(rowNumber, column);
            cell = QString(p, q - p);
            p = q;
        }
        row.append(cell);
        if (++cellCount > TableReader::maxCells)
            return tooMany();

        if (p < end && *p == separator) {
            ++p;
            if (p == end)
                row.append(QString());
            else
                continue;
        }
        if (p < end && *p == u'\r')
            ++p;
        if (p < end && *p == u'\n')
            ++p;
        // A blank line is a blank row, kept so that row numbers match what the user sees.
        if (row.size() == 1 && row.first().isEmpty())
            row.clear();
        table.rows.append(row);
        row = QStringList();
    }
    return table;
}

} // namespace daicho
