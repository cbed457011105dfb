#pragma once

#include "calendar/JapaneseDate.h"

#include <QString>

#include <optional>

namespace daicho {

// Cell values as people type them into a register sheet, read into what Daicho stores. Each returns
// nothing (or a DateParse with its error) when the text is not a value of its kind; blank cells are the
// caller's business. Levels are read by ClassificationScheme::levelCodeFor, the one place for them.
namespace CellValues {

// 有/無, あり/なし, ○/×, ✓, ●, 1/0, はい/いいえ, yes/no, 該当/非該当.
std::optional<bool> yesNo(const QString& text);
// 和暦 or 西暦 with any separator (JapaneseDate::parse), plus a time of day a spreadsheet appends
// to a date cell ("2024/4/1 0:00", "2024-04-01T00:00:00").
DateParse date(const QString& text);
// 年度: 令和6年度, R6, 2024, 2024年度, full-width digits.
std::optional<int> fiscalYear(const QString& text);
// A whole number written with full-width digits or a prefix such as 重要度 ("重要度３" → 3).
std::optional<int> number(const QString& text);

} // namespace CellValues

} // namespace daicho
