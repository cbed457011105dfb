#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace daicho {

// The cells of one sheet as a spreadsheet or CSV file holds them, before any meaning is given to them:
// what the readers produce and the import mapping consumes. Every row of the sheet is kept, blank
// ones and title rows above the header included, so a problem can be reported by its row number.
struct SheetTable
{
    QString source;              // the file name, for messages
    QString sheetName;           // the XLSX sheet read; empty for CSV
    QString encoding;            // how a CSV was decoded: "UTF-8 (BOM)", "UTF-8" or "CP932" (or "UTF-16",
                                 // Excel's "Unicode text"); empty for XLSX
    bool encodingGuessed = false;// true when the encoding was detected rather than given
    QVector<QStringList> rows;   // rows[i] is the sheet's row i+1; cells as text (XLSX dates as YYYY-MM-DD)
};

} // namespace daicho
