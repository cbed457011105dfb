#pragma once

#include <QDate>
#include <QString>

#include <algorithm>

namespace daicho {

// YYYY-MM-DD as Qt::ISODate writes it for the years 1–9999, without its formatting machinery (one asset
// has five dates, a city half a million). False for other years: Qt writes those itself.
inline bool isoDateChars(const QDate& date, char (&text)[10])
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1 || y > 9999)
        return false;
    const char chars[10] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10),
                            char('0' + y % 10),   '-',
                            char('0' + m / 10),   char('0' + m % 10),
                            '-',                  char('0' + d / 10),
                            char('0' + d % 10)};
    std::copy(chars, chars + 10, text);
    return true;
}

// AssetFields::toText's form of a date: empty for none.
inline QString isoDateText(const QDate& date)
{
    if (!date.isValid())
        return QString();
    char text[10];
    if (isoDateChars(date, text))
        return QString::fromLatin1(text, 10);
    return date.toString(Qt::ISODate);
}

} // namespace daicho
