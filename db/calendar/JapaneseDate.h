#pragma once

#include <QCoreApplication> // Q_DECLARE_TR_FUNCTIONS
#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace daicho {

// One era of the Japanese calendar (元号, JIS X 0301). An era ends the day before the next one starts.
struct Era
{
    QString name; // 令和
    QChar letter; // 'R'
    QDate start;  // first day
};

struct DateParse
{
    QDate date;    // valid when ok
    QString error; // translated, user-facing, empty when ok
    bool ok() const { return date.isValid(); }
};

// 和暦 (Japanese era dates) and 年度 (fiscal years, April to March). Dates are stored as QDate;
// this is only for showing them and for reading what people type.
class JapaneseDate
{
    Q_DECLARE_TR_FUNCTIONS(JapaneseDate)
public:
    enum class Style
    {
        Long,  // 令和7年4月1日 (year 1 as 元年)
        Short, // R7.4.1
        Iso    // 2025-04-01
    };

    // Oldest first.
    static const QVector<Era>& eras();
    // nullopt for an invalid date or one before 明治.
    static std::optional<Era> eraOf(const QDate& date);

    // Empty for an invalid date. Before 明治 there is no era, so Long gives 西暦 "1850年1月1日"
    // and Short "1850.1.1".
    static QString format(const QDate& date, Style style = Style::Long);

    // Reads 和暦 (令和7年4月1日, R7.4.1, 令和7.4.1) and 西暦 (2025/4/1, 2025-04-01, 2025年4月1日, 20250401),
    // full-width or half-width, with or without spaces and leading zeros.
    static DateParse parse(const QString& text);

    // The western year in which the 年度 starts: 2025 for 2025-04-01 .. 2026-03-31; 0 for an invalid date.
    static int fiscalYear(const QDate& date);
    static QDate fiscalYearStart(int fiscalYear);
    static QDate fiscalYearEnd(int fiscalYear);
    // 令和7年度, 令和元年度, 平成30年度; empty for a year that cannot be a date (0 or less).
    static QString formatFiscalYear(int fiscalYear);
    // Accepts 令和7年度, R7, R7年度, 2025, 2025年度, 令和元年度, full-width digits.
    static std::optional<int> parseFiscalYear(const QString& text);

private:
    // Helpers that build user-facing errors, hence members (they need tr()).
    static DateParse calendarDate(const QString& typed, int year, int month, int day);
    static DateParse eraDate(const QString& typed, int eraIndex, int eraYear, int month, int day);
};

} // namespace daicho
