#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVector>

namespace daicho::cli {

// Rows printed as an aligned table (full-width characters count two columns), CSV or JSON.
class TextTable
{
public:
    enum class Format { Table, Csv, Json };
    static bool parseFormat(const QString& text, Format* format);

    explicit TextTable(QStringList headers, QStringList keys = {});
    void addRow(QStringList cells);
    int rowCount() const { return m_rows.size(); }

    void write(QTextStream& out, Format format) const;
    QJsonArray toJson() const;

    static int displayWidth(const QString& text);

private:
    QStringList m_headers;
    QStringList m_keys;
    QVector<QStringList> m_rows;
};

} // namespace daicho::cli
