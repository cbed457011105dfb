#include "exchange/XlsxCells.h"

#include <QDate>

#include <cmath>

namespace daicho::xlsx {

NumberKind builtInFormatKind(int id)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return NumberKind::Date;
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47))
        return NumberKind::Time;
    return NumberKind::Plain;
}

NumberKind customFormatKind(const QString& code)
{
    QString letters;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            i = code.indexOf(u'"', i + 1);
            if (i < 0)
                break;
        } else if (c == u'[') {
            i = code.indexOf(u']', i + 1);
            if (i < 0)
                break;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal, or padding
        } else {
            letters += c.toLower();
        }
    }
    if (letters == u"general")
        return NumberKind::Plain;
    if (letters.contains(u'y') || letters.contains(u'd'))
        return NumberKind::Date;
    const bool clock = letters.contains(u'h') || letters.contains(u's');
    if (letters.contains(u'm') && !clock)
        return NumberKind::Date;
    return clock ? NumberKind::Time : NumberKind::Plain;
}

QString serialToDate(double serial, bool date1904)
{
    if (!(serial >= 0) || serial >= 2958466) // beyond 9999-12-31
        return {};
    const qint64 days = qint64(std::floor(serial + 0.5 / 86400)); // 45383.9999999 is still 45384
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else if (days == 60)
        return QStringLiteral("1900-02-29");
    else if (days >= 1)
        date = QDate(1899, 12, 31).addDays(days);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString serialToTime(double serial)
{
    if (!(serial >= 0))
        return {};
    const qint64 seconds = std::llround(serial * 86400) % 86400;
    const QString hm =
        QStringLiteral("%1:%2").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
    return seconds % 60 ? hm + QStringLiteral(":%1").arg(seconds % 60, 2, 10, QLatin1Char('0')) : hm;
}

QString formatNumber(const QByteArray& stored)
{
    // The common case, an integer, needs no conversion.
    if (stored.size() <= 15) {
        qsizetype i = stored.startsWith('-') ? 1 : 0;
        if (i < stored.size()) {
            while (i < stored.size() && stored[i] >= '0' && stored[i] <= '9')
                ++i;
            if (i == stored.size())
                return QString::fromLatin1(stored);
        }
    }
    bool ok = false;
    const double value = stored.trimmed().toDouble(&ok);
    if (!ok)
        return QString::fromUtf8(stored);
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString decodeEscapes(const QString& text)
{
    qsizetype at = text.indexOf(QLatin1String("_x"));
    if (at < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (; at >= 0; at = text.indexOf(QLatin1String("_x"), from)) {
        bool ok = false;
        const ushort code = at + 7 <= text.size() && text[at + 6] == u'_'
                                ? QStringView(text).sliced(at + 2, 4).toUShort(&ok, 16)
                                : 0;
        if (!ok) {
            out += QStringView(text).sliced(from, at + 2 - from);
            from = at + 2;
            continue;
        }
        out += QStringView(text).sliced(from, at - from);
        out += QChar(code);
        from = at + 7;
    }
    out += QStringView(text).sliced(from);
    return out;
}

void parseReference(const char* reference, int& column, int& row)
{
    constexpr int ceiling = 1 << 24; // far beyond any sheet; stops an overflow on nonsense
    int c = 0;
    int r = 0;
    const char* p = reference;
    for (;; ++p) {
        if (*p >= 'A' && *p <= 'Z')
            c = qMin(c * 26 + (*p - 'A' + 1), ceiling);
        else if (*p >= 'a' && *p <= 'z')
            c = qMin(c * 26 + (*p - 'a' + 1), ceiling);
        else
            break;
    }
    for (; *p >= '0' && *p <= '9'; ++p)
        r = qMin(r * 10 + (*p - '0'), ceiling);
    column = c - 1;
    row = r;
}

} // namespace daicho::xlsx
