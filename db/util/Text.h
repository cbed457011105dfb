#pragma once

#include <QString>
#include <QStringList>

namespace daicho {

// Keys for matching what people type: NFKC (全角/半角 folded), case-folded, spaces removed.
// The stored text stays as the user typed it; only comparisons use the key.
QString searchKey(const QString& text);

// Trims ASCII and ideographic spaces and folds full-width ASCII, for codes such as 資産番号 and 組織コード.
QString normalizedCode(const QString& text);

// Yes/no as people write it in registers: 有/無, あり/なし, ○/×, ✓, 1/0, yes/no, true/false.
// Returns -1 when the text is neither.
int parseYesNo(const QString& text);

// One line of delimited text as Excel reads it (RFC 4180): a cell holding the separator, a quote or a
// line break is quoted, quotes doubled. Comma for CSV files, tab for the clipboard. No line ending.
QString delimitedLine(const QStringList& cells, QChar separator);

} // namespace daicho
