#pragma once

#include <QByteArray>
#include <QString>

// The small conversions of SpreadsheetML cell content into the text a SheetTable holds: how a number is
// shown (plain, date or time, from its number format), serial day numbers, escapes and cell references.
namespace daicho::xlsx {

enum class NumberKind
{
    Plain,
    Date,
    Time
};

// Excel's built-in number formats (ECMA-376 §18.8.30): 14-17, 22, 27-31, 34-36 and 50-58 show dates
// (the East Asian ones include 和暦), 18-21, 32-33 and 45-47 only a time of day.
NumberKind builtInFormatKind(int numFmtId);

// A custom format code shows a date when it has y, m or d outside quoted text, [brackets] (locale, colour,
// elapsed time) and escaped characters; an m beside h or s is minutes, so "h:mm" is a time.
NumberKind customFormatKind(const QString& formatCode);

// Serial day numbers count from 1900-01-01 as day 1, Lotus 1-2-3's 1900-02-29 being day 60, or from
// 1904-01-01 as day 0 in workbooks from old Mac Excel. YYYY-MM-DD, or empty when it cannot be a date.
QString serialToDate(double serial, bool date1904);
// H:MM, or H:MM:SS when there are seconds; empty for a negative number.
QString serialToTime(double serial);

// A stored number as Excel's General format shows it: integers without ".0", at most 15 significant digits.
QString formatNumber(const QByteArray& stored);

// Office XML writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_), and a literal
// "_x" as _x005F_x.
QString decodeEscapes(const QString& text);

// "AB12" -> column 27 (0-based) and row 12 (1-based). A missing part gives column -1 or row 0.
void parseReference(const char* reference, int& column, int& row);

} // namespace daicho::xlsx
