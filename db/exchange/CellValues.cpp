#include "exchange/CellValues.h"

#include "util/Text.h"

#include <QRegularExpression>

namespace daicho::CellValues {

std::optional<bool> yesNo(const QString& text)
{
    const int yn = parseYesNo(text);
    if (yn >= 0)
        return yn == 1;
    // Marks seen in municipal sheets that the register-wide parser does not take: a filled circle or a
    // check written as the katakana レ mean "applies".
    const QString key = searchKey(text);
    if (key == QStringLiteral("●") || key == QStringLiteral("レ") || key == QStringLiteral("◎"))
        return true;
    return std::nullopt;
}

DateParse date(const QString& text)
{
    static const QRegularExpression timeOfDay(
        QStringLiteral("(?:[T\\s]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?)$"));
    QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    s.remove(timeOfDay);
    return JapaneseDate::parse(s);
}

std::optional<int> fiscalYear(const QString& text)
{
    return JapaneseDate::parseFiscalYear(text);
}

std::optional<int> number(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[^0-9]*([0-9]+)$"));
    const QRegularExpressionMatch m = digits.match(normalizedCode(text));
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int n = m.captured(1).toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

} // namespace daicho::CellValues
