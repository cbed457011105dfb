#include "PdfText.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace daicho::test {

bool havePoppler()
{
    for (const char* tool : {"pdftotext", "pdfinfo", "pdffonts"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    return true;
}

QString poppler(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString fold(const QString& text)
{
    static const QHash<QChar, QChar> supplement = {
        {QChar(0x2EA0), QChar(0x6C11)},   // ⺠ 民
        {QChar(0x2ED1), QChar(0x9577)},   // ⻑ 長
        {QChar(0x2EC4), QChar(0x897F)},   // ⻄ 西
        {QChar(0x2ED8), QChar(0x9752)},   // ⻘ 青
        {QChar(0x2EE8), QChar(0x9EA6)},   // ⻨ 麦
        {QChar(0x2EDD), QChar(0x98DF)},   // ⻝ 食
        {QChar(0x2E9F), QChar(0x6BCD)},   // ⺟ 母
        {QChar(0x2EBC), QChar(0x8089)},   // ⺼ 肉
    };
    QString out = text.normalized(QString::NormalizationForm_KC);
    for (QChar& c : out)
        c = supplement.value(c, c);
    return out;
}

QStringList pdfPages(const QString& path, bool layout)
{
    QStringList args{layout ? QStringLiteral("-layout") : QStringLiteral("-raw"), path, QStringLiteral("-")};
    return fold(poppler(QStringLiteral("pdftotext"), args)).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
}

int pdfinfoPages(const QString& path)
{
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)\\s*$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(poppler(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace daicho::test
