#include "util/Text.h"

#include <QStringList>

namespace daicho {

QString searchKey(const QString& text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

QString normalizedCode(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

int parseYesNo(const QString& text)
{
    const QString key = searchKey(text);
    static const QStringList yes = {QStringLiteral("有"), QStringLiteral("あり"), QStringLiteral("有り"),
                                    QStringLiteral("○"), QStringLiteral("〇"), QStringLiteral("◯"),
                                    QStringLiteral("✓"), QStringLiteral("✔"), QStringLiteral("1"),
                                    QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                    QStringLiteral("はい"), QStringLiteral("該当")};
    static const QStringList no = {QStringLiteral("無"), QStringLiteral("なし"), QStringLiteral("無し"),
                                   QStringLiteral("×"), QStringLiteral("✗"), QStringLiteral("-"),
                                   QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("n"),
                                   QStringLiteral("false"), QStringLiteral("いいえ"), QStringLiteral("非該当")};
    if (yes.contains(key))
        return 1;
    if (no.contains(key))
        return 0;
    return -1;
}

QString delimitedLine(const QStringList& cells, QChar separator)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& cell : cells) {
        if (!cell.contains(separator) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
            && !cell.contains(QLatin1Char('\r')))
            out << cell;
        else
            out << QLatin1Char('"') + QString(cell).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    }
    return out.join(separator);
}

} // namespace daicho
