#pragma once

#include "exchange/SheetTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace daicho {

// Reads a CSV or XLSX file into a SheetTable, choosing the reader by the file's content
// (an XLSX is a zip: it starts with "PK\x03\x04"), not by its name.
struct TableReadOptions
{
    enum class Encoding { Auto, Utf8, Cp932 };
    Encoding encoding = Encoding::Auto;   // CSV only
    QString sheet;                        // XLSX only: a sheet by name; empty = the first sheet
};

class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(daicho::TableReader)
public:
    // Errors: ErrorCode::NotFound (no such file), ErrorCode::Io (unreadable),
    // ErrorCode::FileRefused (not a CSV or XLSX we can read: binary junk, a broken zip, a missing sheet,
    // a cell or file beyond the limits), each with a message in plain words.
    static Result<SheetTable> read(const QString& path, const TableReadOptions& options = {});

    // The limits, each refused with a message that names it.
    static constexpr qint64 maxFileBytes = 256 * 1024 * 1024;
    static constexpr int maxCellChars = 32767; // Excel's own limit for one cell
    // Every cell costs memory however short; 100,000 rows of 100 columns still fit.
    static constexpr qint64 maxCells = 10000000;

    // A column as a spreadsheet names it: 0 -> "A", 25 -> "Z", 26 -> "AA". Messages use it.
    static QString columnName(int column);
};

} // namespace daicho
