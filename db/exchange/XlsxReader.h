#pragma once

#include "exchange/SheetTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace daicho {

// One sheet of an Office Open XML workbook (.xlsx) as Excel and LibreOffice write it: shared and inline
// strings, numbers, booleans, the cached values of formulas, and date cells as YYYY-MM-DD. The zip is
// opened with libzip and each part streamed through an XML parser, so a 100,000-row sheet never
// sits in memory as XML; a large sheet's rows are parsed a stretch at a time on several threads
// (xlsx::SheetChunks), with the same result.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(daicho::XlsxReader)
public:
    // sheet: a sheet's name, or empty for the first one. source is the file name for messages.
    // Errors are ErrorCode::FileRefused (or ErrorCode::Io when the file cannot be opened at all).
    static Result<SheetTable> read(const QString& path, const QString& source, const QString& sheet);
};

} // namespace daicho
