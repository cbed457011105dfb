#include "calendar/JapaneseDate.h"

#include <QRegularExpression>
#include <QStringList>

namespace daicho {

namespace {

struct EraRow
{
    const char16_t* name;
    char16_t letter;
    int year;
    int month;
    int day;
};

// JIS X 0301, oldest first. The only place eras are listed: a new era is one more row.
// Each era runs until the day before the next one starts.
// clang-format off
constexpr EraRow kEraTable[] = {
    {u"明治", u'M', 1868, 1, 25},
    {u"大正", u'T', 1912, 7, 30},
    {u"昭和", u'S', 1926, 12, 25},
    {u"平成", u'H', 1989, 1, 8},
    {u"令和", u'R', 2019, 5, 1},
};
// clang-format on

// Dash-like characters people type as a date separator (IME long vowel mark, minus sign, dashes).
// NFKC leaves them as they are, so they are folded to '-' by hand.
constexpr char16_t kDashes[] = {u'\u2010', u'\u2011', u'\u2012', u'\u2013',
                                u'\u2014', u'\u2015', u'\u2212', u'\u30FC'};

// Full-width letters, digits, punctuation and U+3000 become ASCII (NFKC); dashes become '-'; trimmed.
QString normalizedInput(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    for (QChar& c : s) {
        for (char16_t dash : kDashes) {
            if (c == dash)
                c = u'-';
        }
    }
    return s.trimmed();
}

// A capture group matching any era by kanji name or by letter (the letter case-insensitively).
QString eraAlternatives()
{
    QStringList names;
    QString letters;
    for (const Era& era : JapaneseDate::eras()) {
        names << QRegularExpression::escape(era.name);
        letters += era.letter;
    }
    return QStringLiteral("(?<era>%1|[%2])").arg(names.join(u'|'), letters);
}

int eraIndexOf(const QString& token)
{
    const QVector<Era>& eras = JapaneseDate::eras();
    for (int i = 0; i < eras.size(); ++i) {
        if (token == eras[i].name || (token.size() == 1 && token.at(0).toUpper() == eras[i].letter))
            return i;
    }
    return -1;
}

int eraYearNumber(const QString& digits)
{
    return digits == u"元" ? 1 : digits.toInt();
}

QString eraYearText(int eraYear)
{
    return eraYear == 1 ? QStringLiteral("元") : QString::number(eraYear);
}

int eraIndexOfDate(const QDate& date)
{
    if (!date.isValid())
        return -1;
    const QVector<Era>& eras = JapaneseDate::eras();
    for (int i = eras.size() - 1; i >= 0; --i) {
        if (date >= eras[i].start)
            return i;
    }
    return -1;
}

// Last day of era i, or an invalid date while the era is current.
QDate eraLastDay(int i)
{
    const QVector<Era>& eras = JapaneseDate::eras();
    return i + 1 < eras.size() ? eras[i + 1].start.addDays(-1) : QDate();
}

// The years a date or a 年度 may have. 0104 or 3025 is a slip of the keyboard, and Daicho could not write
// such a year back in a form it reads (104年, 令和1007年), so the date would change once saved and read again.
constexpr int kFirstYear = 1000;
constexpr int kLastYear = 2999;

// Month and day are written the same way after an era year or a western year:
// 年4月1日 (日 optional) or a separator repeated, as in .4.1, /4/1, -4-1.
QString monthDayPattern()
{
    return QStringLiteral("\\s*(?:年\\s*(?<m1>[0-9]{1,2})\\s*月\\s*(?<d1>[0-9]{1,2})\\s*日?"
                          "|(?<sep>[./-])\\s*(?<m2>[0-9]{1,2})\\s*\\k<sep>\\s*(?<d2>[0-9]{1,2}))$");
}

int monthOf(const QRegularExpressionMatch& m)
{
    return m.captured(u"m1").isEmpty() ? m.captured(u"m2").toInt() : m.captured(u"m1").toInt();
}

int dayOf(const QRegularExpressionMatch& m)
{
    return m.captured(u"d1").isEmpty() ? m.captured(u"d2").toInt() : m.captured(u"d1").toInt();
}

} // namespace

const QVector<Era>& JapaneseDate::eras()
{
    static const QVector<Era> table = [] {
        QVector<Era> out;
        for (const EraRow& row : kEraTable)
            out.append(
                {QString::fromUtf16(row.name), QChar(row.letter), QDate(row.year, row.month, row.day)});
        return out;
    }();
    return table;
}

std::optional<Era> JapaneseDate::eraOf(const QDate& date)
{
    const int i = eraIndexOfDate(date);
    if (i < 0)
        return std::nullopt;
    return eras().at(i);
}

QString JapaneseDate::format(const QDate& date, Style style)
{
    if (!date.isValid())
        return {};
    if (style == Style::Iso)
        return date.toString(Qt::ISODate);

    const std::optional<Era> era = eraOf(date);
    if (!era) {
        if (style == Style::Short)
            return QStringLiteral("%1.%2.%3").arg(date.year()).arg(date.month()).arg(date.day());
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    }
    const int eraYear = date.year() - era->start.year() + 1;
    if (style == Style::Short)
        return QStringLiteral("%1%2.%3.%4").arg(era->letter).arg(eraYear).arg(date.month()).arg(date.day());
    return QStringLiteral("%1%2年%3月%4日")
        .arg(era->name, eraYearText(eraYear), QString::number(date.month()), QString::number(date.day()));
}

DateParse JapaneseDate::calendarDate(const QString& typed, int year, int month, int day)
{
    if (year < kFirstYear || year > kLastYear)
        return {{}, tr("\"%1\" is not a date").arg(typed)};
    if (month < 1 || month > 12)
        return {{}, tr("\"%1\" is not a date: there is no month %2").arg(typed).arg(month)};
    const QDate date(year, month, day);
    if (!date.isValid()) {
        // The month is fine, so the day is wrong, unless the year is 0, which does not exist.
        if (QDate(year, month, 1).isValid())
            return {{}, tr("\"%1\" is not a date: month %2 has no day %3").arg(typed).arg(month).arg(day)};
        return {{}, tr("\"%1\" is not a date").arg(typed)};
    }
    return {date, {}};
}

DateParse JapaneseDate::eraDate(const QString& typed, int eraIndex, int eraYear, int month, int day)
{
    if (eraYear < 1)
        return {{}, tr("\"%1\" is not a date: era years start at 1 (元年)").arg(typed)};
    const Era& era = eras().at(eraIndex);
    DateParse result = calendarDate(typed, era.start.year() + eraYear - 1, month, day);
    if (!result.ok())
        return result;
    if (result.date < era.start) {
        const QString began = era.start.toString(Qt::ISODate);
        return {{}, tr("\"%1\" is outside %2: %2 began on %3").arg(typed, era.name, began)};
    }
    const QDate last = eraLastDay(eraIndex);
    if (last.isValid() && result.date > last) {
        const QString ended = last.toString(Qt::ISODate);
        return {{}, tr("\"%1\" is outside %2: %2 ended on %3").arg(typed, era.name, ended)};
    }
    return result;
}

DateParse JapaneseDate::parse(const QString& text)
{
    const QString typed = text.trimmed();
    const QString s = normalizedInput(text);
    if (s.isEmpty())
        return {{}, tr("No date was entered")};

    static const QRegularExpression eraForm(
        QStringLiteral("^%1\\s*(?<year>元|[0-9]{1,3})").arg(eraAlternatives()) + monthDayPattern(),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression westernForm(QStringLiteral("^(?<year>[0-9]{4})") + monthDayPattern());
    // 20250401, as exported by systems that store dates as numbers.
    static const QRegularExpression compactForm(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})$"));

    QRegularExpressionMatch m = eraForm.match(s);
    if (m.hasMatch()) {
        const int index = eraIndexOf(m.captured(u"era"));
        if (index >= 0)
            return eraDate(typed, index, eraYearNumber(m.captured(u"year")), monthOf(m), dayOf(m));
    }
    m = westernForm.match(s);
    if (m.hasMatch())
        return calendarDate(typed, m.captured(u"year").toInt(), monthOf(m), dayOf(m));
    m = compactForm.match(s);
    if (m.hasMatch())
        return calendarDate(typed, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {{}, tr("\"%1\" is not a date").arg(typed)};
}

int JapaneseDate::fiscalYear(const QDate& date)
{
    if (!date.isValid())
        return 0;
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QDate JapaneseDate::fiscalYearStart(int fiscalYear)
{
    return QDate(fiscalYear, 4, 1);
}

QDate JapaneseDate::fiscalYearEnd(int fiscalYear)
{
    return QDate(fiscalYear + 1, 3, 31);
}

QString JapaneseDate::formatFiscalYear(int fiscalYear)
{
    if (fiscalYear < 1)
        return {};
    // A 年度 is named after the era in effect on October 1 of that year, so a fiscal year in which the era
    // changed takes the new era when it came before October: FY2019 is 令和元年度 (not 平成31年度) and
    // FY1989 is 平成元年度, but FY1988 stays 昭和63年度 although 平成 began in its January.
    const QDate october1(fiscalYear, 10, 1);
    const std::optional<Era> era = eraOf(october1);
    if (!era)
        return QStringLiteral("%1年度").arg(fiscalYear);
    return QStringLiteral("%1%2年度").arg(era->name, eraYearText(fiscalYear - era->start.year() + 1));
}

std::optional<int> JapaneseDate::parseFiscalYear(const QString& text)
{
    const QString s = normalizedInput(text);
    // 年 alone is accepted too: in a 年度 field, 令和7年 can only mean 令和7年度.
    static const QRegularExpression eraForm(
        QStringLiteral("^%1\\s*(?<year>元|[0-9]{1,3})\\s*(?:年度?)?$").arg(eraAlternatives()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression westernForm(QStringLiteral("^(?<year>[0-9]{4})\\s*(?:年度?)?$"));

    QRegularExpressionMatch m = westernForm.match(s);
    if (m.hasMatch()) {
        const int year = m.captured(u"year").toInt();
        return year >= kFirstYear && year <= kLastYear ? std::optional<int>(year) : std::nullopt;
    }
    m = eraForm.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const int eraYear = eraYearNumber(m.captured(u"year"));
    if (eraYear < 1)
        return std::nullopt;
    const int index = eraIndexOf(m.captured(u"era"));
    if (index < 0)
        return std::nullopt;
    const int year = eras().at(index).start.year() + eraYear - 1;
    if (year > kLastYear)
        return std::nullopt;
    // The era must have been in effect at some point of that 年度. This accepts 平成31年度 (April 2019 was
    // still 平成, and budgets were drawn up under that name) but rejects 平成32年度 and 昭和64年度.
    const QDate last = eraLastDay(index);
    if (last.isValid() && last < fiscalYearStart(year))
        return std::nullopt;
    return year;
}

} // namespace daicho
