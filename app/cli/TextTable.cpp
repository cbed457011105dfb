#include "TextTable.h"

#include "util/Text.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace daicho::cli {

bool TextTable::parseFormat(const QString& text, Format* format)
{
    if (text == QLatin1String("table"))
        *format = Format::Table;
    else if (text == QLatin1String("csv"))
        *format = Format::Csv;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

TextTable::TextTable(QStringList headers, QStringList keys)
    : m_headers(std::move(headers)), m_keys(keys.isEmpty() ? m_headers : std::move(keys))
{
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells << QString();
    m_rows << cells;
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // East Asian wide and full-width ranges take two terminal columns.
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                          || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
                          || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        if (c.isLowSurrogate())
            continue;
        width += wide || c.isHighSurrogate() ? 2 : 1;
    }
    return width;
}

QJsonArray TextTable::toJson() const
{
    QJsonArray rows;
    for (const QStringList& r : m_rows) {
        QJsonObject o;
        for (int i = 0; i < m_keys.size(); ++i)
            o.insert(m_keys[i], r.value(i));
        rows.append(o);
    }
    return rows;
}

void TextTable::write(QTextStream& out, Format format) const
{
    if (format == Format::Json) {
        out << QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
        out.flush();
        return;
    }
    if (format == Format::Csv) {
        auto line = [&out](const QStringList& cells) {
            out << delimitedLine(cells, QLatin1Char(',')) << QStringLiteral("\r\n");
        };
        line(m_keys);
        for (const QStringList& r : m_rows)
            line(r);
        out.flush();
        return;
    }
    QVector<int> widths;
    for (const QString& h : m_headers)
        widths << displayWidth(h);
    for (const QStringList& r : m_rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(r[i]));
    // One line buffer for every row, and a line end without a flush: `check` of a city prints a hundred
    // thousand rows, which were as many writes; the stream is flushed once at the end.
    QString text;
    auto line = [&](const QStringList& cells) {
        text.clear();
        for (int i = 0; i < widths.size(); ++i) {
            const QString& cell = i < cells.size() ? cells.at(i) : QString();
            text += cell;
            if (i + 1 < widths.size())
                text.resize(text.size() + widths[i] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        text += QLatin1Char('\n');
        out << text;
    };
    line(m_headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const QStringList& r : m_rows)
        line(r);
    out.flush();
}

} // namespace daicho::cli
