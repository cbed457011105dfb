#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace daicho {

// The texts of one column, each distinct raw value converted once and its QString shared by every row
// that holds it. A register's columns repeat their values (有/無, the same units, codes, dates), and
// sharing saves both the conversion and the memory of a copy per row. A column that turns out to hold
// mostly different values (names, numbers) switches the memo off, where remembering would only cost.
class TextMemo
{
public:
    // Longer raw values are not remembered.
    static constexpr qsizetype kMaxKeyBytes = 64;

    // The text of a raw value: the one remembered, or convert()'s, remembered for the next time. The
    // bytes are copied before convert() runs, which may free them (SQLite does, turning a column to UTF-16).
    template <typename Convert> QString textOf(QByteArrayView raw, Convert&& convert)
    {
        if (const QString* known = find(raw))
            return *known;
        if (m_off || raw.size() > kMaxKeyBytes)
            return convert();
        QByteArray key = raw.toByteArray();
        QString text = convert();
        remember(std::move(key), text);
        return text;
    }
    // The text remembered for the raw value, or null (also when the value is too long or the memo off).
    const QString* find(QByteArrayView raw);
    bool isOff() const { return m_off; }

private:
    void remember(QByteArray raw, const QString& text);

    static constexpr qsizetype kMinEntries = 1024;
    static constexpr qsizetype kMaxEntries = 65536;

    QHash<QByteArray, QString> m_texts;
    qint64 m_hits = 0;
    bool m_off = false;
};

} // namespace daicho
