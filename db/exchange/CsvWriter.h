#pragma once

#include "domain/Asset.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace daicho {

// A character of an exported cell that the chosen encoding cannot hold.
struct UnencodableChar
{
    QString assetNo;     // empty for the header row
    QString column;      // the column's header
    char32_t codePoint = 0;
};

struct CsvExportOptions
{
    enum class Encoding { Utf8Bom, Cp932 };
    Encoding encoding = Encoding::Utf8Bom;
    // CP932 only: write 〓 (geta, the mark Japanese printing uses for a missing character) for a
    // character CP932 cannot hold and list it, instead of refusing the export.
    bool replaceUnencodable = false;
};

struct CsvExportResult
{
    QByteArray bytes;
    QVector<UnencodableChar> replaced;   // what --replace substituted
};

// Writes assets as the CSV Excel opens with a double click: a header row of ExportColumns, CRLF line
// ends, RFC 4180 quoting, UTF-8 with a BOM (so Excel does not guess Shift_JIS) or CP932 for older systems.
// Formula-like cells are neutralised (ExportColumns::neutralised). Nothing is ever replaced silently:
// a character CP932 cannot hold refuses the export with a list, or, when asked, becomes 〓 and is listed.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(daicho::CsvWriter)
public:
    // The file's bytes. Errors: ErrorCode::Validation for characters CP932 cannot hold (details list them).
    static Result<CsvExportResult> encode(const QVector<Asset>& assets, const CsvExportOptions& options);
    // Encodes, then writes the file atomically (QSaveFile): on any error the target, if it exists, is
    // left as it was and no partial file remains. Errors as encode(), plus ErrorCode::Io.
    static Result<CsvExportResult> write(const QVector<Asset>& assets, const QString& path,
                                         const CsvExportOptions& options);

    // The JIS X 0208 characters whose Unicode form differs between the JIS and the Microsoft mappings
    // (U+301C 〜 → U+FF5E ～, U+2212 − → U+FF0D －, …), replaced by the form CP932 holds, as Japanese Excel
    // users expect. Other characters are left alone.
    static QString toCp932Forms(const QString& text);
    // "A-0001 備考: 𠮷 (U+20BB7)", for the list shown to the user.
    static QString describe(const UnencodableChar& c);
};

} // namespace daicho
