#include "domain/TextRule.h"

#include <algorithm>

namespace daicho {

QString TextRule::clean(const QString& text, Lines lines)
{
    // Most texts hold nothing to remove: they are handed back as they are (shared, not copied), which
    // matters for the two million texts of a city's import.
    const auto keeps = [lines](char16_t u) {
        if (u == u'\n' || u == u'\r' || u == u'\t')
            return lines == Lines::Multi;
        return u >= 0x20 && u != 0x7F && !(u >= 0x80 && u < 0xA0);
    };
    if (std::all_of(text.cbegin(), text.cend(), [&keeps](QChar c) { return keeps(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t') {
            if (lines == Lines::Multi)
                out += c;
            else if (!out.endsWith(QLatin1Char(' '))) // "市民部\r\n保険年金課" reads as one line, once spaced
                out += QLatin1Char(' ');
        } else if (u >= 0x20 && u != 0x7F && !(u >= 0x80 && u < 0xA0)) {
            out += c;
        }
    }
    return out;
}

QStringList TextRule::problems(const QString& label, const QString& text, int maxLength)
{
    int characters = 0;
    int broken = -1;
    for (int i = 0; i < text.size(); ++i, ++characters) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i; // one character in two UTF-16 units (𠮷)
        else if (c.isSurrogate() && broken < 0)
            broken = characters + 1;
    }
    QStringList out;
    if (broken > 0)
        out << tr("%1 holds a broken character at position %2 (an unpaired UTF-16 surrogate); type that "
                  "character again.")
                   .arg(label)
                   .arg(broken);
    if (characters > maxLength)
        out << tr("%1 is too long: %2 characters, at most %3.").arg(label).arg(characters).arg(maxLength);
    return out;
}

bool TextRule::fits(const QString& text, int maxLength)
{
    // Nearly every text holds no surrogate and is no longer in UTF-16 units than allowed, which settles
    // it; any other goes through the one count above.
    if (text.size() <= maxLength && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSurrogate(); }))
        return true;
    return problems(QString(), text, maxLength).isEmpty();
}

QStringList TextRule::commentProblems(const QString& comment)
{
    return problems(tr("The comment"), comment, kCommentMax);
}

} // namespace daicho
