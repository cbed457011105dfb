#pragma once

#include "exchange/SheetTable.h"
#include "exchange/TableReader.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace daicho {

// RFC 4180 text (quoted cells, doubled quotes, line breaks inside quotes, CRLF or LF), comma-separated,
// or tab-separated when the first line with either holds tabs and no commas. Decoded as UTF-8 or
// Shift_JIS (CP932), which Japanese Excel still writes by default; Auto tells them apart by the bytes.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(daicho::CsvReader)
public:
    // source is the file name for messages. Errors are ErrorCode::FileRefused.
    static Result<SheetTable> read(const QByteArray& bytes, const QString& source,
                                   TableReadOptions::Encoding encoding);
};

} // namespace daicho
