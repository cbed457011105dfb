#include "exchange/CsvWriter.h"

#include "exchange/ExportColumns.h"

#include <QHash>
#include <QSaveFile>
#include <QStringDecoder>
#include <QStringEncoder>

namespace daicho {

namespace {

const char* const kCp932 = "cp932";
const QChar kGeta(0x3013);   // 〓

bool isAscii(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// Whether CP932 holds the text exactly: ICU's converter writes a substitute for what it cannot map (and
// may map some characters to a look-alike), so the bytes are decoded again and compared.
bool cp932Holds(const QString& text)
{
    QStringEncoder encoder(kCp932);
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        return false;
    QStringDecoder decoder(kCp932);
    const QString back = decoder.decode(bytes);
    return !decoder.hasError() && back == text;
}

class Cp932Checker
{
public:
    bool holds(char32_t cp)
    {
        auto it = m_known.constFind(cp);
        if (it != m_known.constEnd())
            return it.value();
        const bool ok = cp932Holds(QString::fromUcs4(&cp, 1));
        m_known.insert(cp, ok);
        return ok;
    }

private:
    QHash<char32_t, bool> m_known;
};

// RFC 4180 as Excel reads it: a cell holding a comma, a quote or a line break is quoted, quotes doubled.
void appendCell(QString& out, const QString& cell)
{
    bool quote = false;
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u == ',' || u == '"' || u == '\n' || u == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += cell;
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : cell) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
}

// Runs `cell(text, row, column)` over the header and every asset, row by row; it returns the text to write.
template<typename CellFn>
QString buildCsv(const QVector<Asset>& assets, CellFn cell)
{
    const QVector<ExportColumn>& columns = ExportColumns::all();
    QString out;
    out.reserve(qsizetype(assets.size() + 1) * 400);   // about what a demo row takes; grows if needed
    for (int r = 0; r <= assets.size(); ++r) {
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                out += QLatin1Char(',');
            const QString text = r == 0 ? columns[c].header
                                        : ExportColumns::neutralised(ExportColumns::text(columns[c], assets[r - 1]));
            appendCell(out, cell(text, r, c));
        }
        out += QLatin1String("\r\n");
    }
    return out;
}

} // namespace

QString CsvWriter::toCp932Forms(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        switch (c.unicode()) {
        case 0x301C: c = QChar(0xFF5E); break;   // 〜 WAVE DASH → ～
        case 0x2016: c = QChar(0x2225); break;   // ‖ → ∥
        case 0x2212: c = QChar(0xFF0D); break;   // − MINUS SIGN → －
        case 0x2014: c = QChar(0x2015); break;   // — EM DASH → ―
        case 0x00A2: c = QChar(0xFFE0); break;   // ¢ → ￠
        case 0x00A3: c = QChar(0xFFE1); break;   // £ → ￡
        case 0x00AC: c = QChar(0xFFE2); break;   // ¬ → ￢
        case 0x00A5: c = QChar(0xFFE5); break;   // ¥ (a Mac IME's yen) → ￥
        case 0x203E: c = QChar(0xFFE3); break;   // ‾ OVERLINE → ￣
        case 0x00A6: c = QChar(0xFFE4); break;   // ¦ → ￤
        default: break;
        }
    }
    return out;
}

QString CsvWriter::describe(const UnencodableChar& c)
{
    const QString character = QString::fromUcs4(&c.codePoint, 1);
    const QString code = QStringLiteral("U+%1").arg(uint(c.codePoint), 4, 16, QLatin1Char('0')).toUpper();
    if (c.assetNo.isEmpty())
        return tr("header %1: %2 (%3)").arg(c.column, character, code);
    return tr("%1 %2: %3 (%4)").arg(c.assetNo, c.column, character, code);
}

Result<CsvExportResult> CsvWriter::encode(const QVector<Asset>& assets, const CsvExportOptions& options)
{
    CsvExportResult result;
    if (options.encoding == CsvExportOptions::Encoding::Utf8Bom) {
        const QString text = buildCsv(assets, [](const QString& t, int, int) { return t; });
        result.bytes = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
        return result;
    }

    // The whole file at once first: almost every register fits, and one call is fast.
    const QString text = buildCsv(assets, [](const QString& t, int, int) { return toCp932Forms(t); });
    if (cp932Holds(text)) {
        result.bytes = QStringEncoder(kCp932).encode(text);
        return result;
    }

    // Something does not fit: find every such character, cell by cell, and put 〓 in its place.
    const QVector<ExportColumn>& columns = ExportColumns::all();
    Cp932Checker checker;
    QVector<UnencodableChar> found;
    const QString replaced = buildCsv(assets, [&](const QString& t, int r, int c) {
        const QString cell = toCp932Forms(t);
        if (isAscii(cell) || cp932Holds(cell))
            return cell;
        QString fixed;
        for (const char32_t cp : cell.toUcs4()) {
            if (checker.holds(cp)) {
                fixed += QString::fromUcs4(&cp, 1);
            } else {
                found.append({r == 0 ? QString() : assets[r - 1].assetNo, columns[c].header, cp});
                fixed += kGeta;
            }
        }
        return fixed;
    });
    if (found.isEmpty())   // the file as a whole did not fit, yet each cell does: refuse rather than guess
        return makeError(ErrorCode::Validation, tr("The CSV could not be encoded in CP932; nothing was written."));
    if (!options.replaceUnencodable) {
        QStringList details;
        for (const UnencodableChar& c : found)
            details << describe(c);
        return makeError(ErrorCode::Validation,
                         tr("%n character(s) cannot be written in CP932 (Shift_JIS); nothing was written.", nullptr,
                            int(found.size())),
                         details);
    }
    QStringEncoder encoder(kCp932);
    result.bytes = encoder.encode(replaced);
    if (encoder.hasError())   // cannot happen: every character left was checked above
        return makeError(ErrorCode::Validation, tr("The CSV could not be encoded in CP932; nothing was written."));
    result.replaced = found;
    return result;
}

Result<CsvExportResult> CsvWriter::write(const QVector<Asset>& assets, const QString& path,
                                         const CsvExportOptions& options)
{
    Result<CsvExportResult> encoded = encode(assets, options);
    if (!encoded)
        return encoded;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(encoded->bytes) != encoded->bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return encoded;
}

} // namespace daicho
