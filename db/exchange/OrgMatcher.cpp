#include "exchange/OrgMatcher.h"

#include "util/Text.h"

namespace daicho {

namespace {

QString withoutLeadingZeros(const QString& code)
{
    QString c = normalizedCode(code);
    while (c.size() > 1 && c.startsWith(QLatin1Char('0')))
        c.remove(0, 1);
    return c;
}

bool allDigits(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

OrgMatcher::OrgMatcher(const QVector<OrgUnit>& units)
{
    for (const OrgUnit& u : units) {
        m_byCode.insert(normalizedCode(u.code), u);
        const QString number = withoutLeadingZeros(u.code);
        if (m_byNumber.contains(number))
            m_ambiguousNumbers.insert(number);
        m_byNumber.insert(number, u);
        const QString name = searchKey(u.name);
        if (m_byName.contains(name))
            m_ambiguousNames.insert(name);
        m_byName.insert(name, u);
    }
}

OrgMatch OrgMatcher::byCode(const QString& text) const
{
    auto it = m_byCode.constFind(normalizedCode(text));
    if (it != m_byCode.constEnd())
        return {*it, {}, {}};
    // Excel and LibreOffice read a code such as 0302 as the number 302: the unit is still found, if only one
    // fits.
    const QString number = withoutLeadingZeros(text);
    auto n = m_byNumber.constFind(number);
    if (allDigits(number) && n != m_byNumber.constEnd() && !m_ambiguousNumbers.contains(number))
        return {
            *n,
            {},
            tr("The organisation code %1 is read as %2: a spreadsheet drops the leading zeros of a number.")
                .arg(text, n->code)};
    return {std::nullopt, tr("There is no organisation unit with code %1.").arg(text), {}};
}

OrgMatch OrgMatcher::byCodeOrName(const QString& text) const
{
    OrgMatch coded = byCode(text);
    if (coded.unit)
        return coded;
    const QString key = searchKey(text);
    if (m_ambiguousNames.contains(key))
        return {std::nullopt,
                tr("Several organisation units are called %1: give the 組織コード instead.").arg(text),
                {}};
    auto named = m_byName.constFind(key);
    if (named != m_byName.constEnd())
        return {*named, {}, {}};
    return {std::nullopt, tr("There is no organisation unit called %1 in this register.").arg(text), {}};
}

} // namespace daicho
