#include "storage/HistoryChanges.h"

#include "calendar/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace daicho {

namespace {

const QString& orgKey()
{
    static const QString key = QStringLiteral("org");
    return key;
}

const QString& overridesKey()
{
    static const QString key = QStringLiteral("restriction_overrides");
    return key;
}

// Compact JSON written straight as UTF-8 into one buffer through a pointer: a creation's list has some
// fifty strings, and appending them one call (and capacity check) at a time, then converting the whole
// from UTF-16, cost more than the rest of building it.
class JsonText
{
public:
    JsonText() { m_bytes.resize(2048); }

    void raw(QLatin1String latin1)
    {
        ensure(latin1.size());
        std::copy(latin1.begin(), latin1.end(), data() + m_used);
        m_used += latin1.size();
    }
    // Escaped as QJsonDocument escapes, encoded as QString::toUtf8 encodes, so that a row reads the same
    // whoever wrote it.
    void string(const QString& text)
    {
        ensure(text.size() * 6 + 2);   // at worst every character as \u00XX (or three bytes)
        char* d = data() + m_used;
        *d++ = '"';
        const char16_t* c = reinterpret_cast<const char16_t*>(text.utf16());
        const char16_t* const end = c + text.size();
        for (; c < end; ++c) {
            const char16_t u = *c;
            if (u < 0x80) {
                switch (u) {
                case u'"': *d++ = '\\'; *d++ = '"'; break;
                case u'\\': *d++ = '\\'; *d++ = '\\'; break;
                case u'\n': *d++ = '\\'; *d++ = 'n'; break;
                case u'\r': *d++ = '\\'; *d++ = 'r'; break;
                case u'\t': *d++ = '\\'; *d++ = 't'; break;
                case u'\b': *d++ = '\\'; *d++ = 'b'; break;
                case u'\f': *d++ = '\\'; *d++ = 'f'; break;
                default:
                    if (u < 0x20) {   // \u00XX, lowercase hex as QString::arg writes it
                        static const char hex[] = "0123456789abcdef";
                        *d++ = '\\'; *d++ = 'u'; *d++ = '0'; *d++ = '0';
                        *d++ = hex[u >> 4]; *d++ = hex[u & 0xF];
                    } else {
                        *d++ = char(u);
                    }
                }
            } else if (u < 0x800) {
                *d++ = char(0xC0 | (u >> 6));
                *d++ = char(0x80 | (u & 0x3F));
            } else if (QChar::isHighSurrogate(u) && c + 1 < end && QChar::isLowSurrogate(c[1])) {
                const char32_t cp = QChar::surrogateToUcs4(u, c[1]);
                ++c;
                *d++ = char(0xF0 | (cp >> 18));
                *d++ = char(0x80 | ((cp >> 12) & 0x3F));
                *d++ = char(0x80 | ((cp >> 6) & 0x3F));
                *d++ = char(0x80 | (cp & 0x3F));
            } else if (QChar::isSurrogate(u)) {
                // Texts are checked for these before they are saved; whatever Qt makes of one, this makes too.
                const QByteArray lone = QString(QChar(u)).toUtf8();
                for (const char b : lone)
                    *d++ = b;   // at most three bytes: within the room ensured
            } else {
                *d++ = char(0xE0 | (u >> 12));
                *d++ = char(0x80 | ((u >> 6) & 0x3F));
                *d++ = char(0x80 | (u & 0x3F));
            }
        }
        *d++ = '"';
        m_used = d - data();
    }
    void change(const QString& key, const QString& oldValue, const QString& newValue)
    {
        separate();
        raw(QLatin1String("{\"field\":"));
        string(key);
        raw(QLatin1String(",\"new\":"));
        string(newValue);
        raw(QLatin1String(",\"old\":"));
        string(oldValue);
        raw(QLatin1String("}"));
    }
    void member(const QString& key, const QString& value)
    {
        separate();
        string(key);
        raw(QLatin1String(":"));
        string(value);
    }
    QByteArray utf8() &&
    {
        m_bytes.truncate(m_used);
        return std::move(m_bytes);
    }

private:
    void separate()
    {
        if (m_used > 1)
            raw(QLatin1String(","));
    }
    void ensure(qsizetype more)
    {
        if (m_used + more > m_bytes.size())
            m_bytes.resize(std::max(m_bytes.size() * 2, m_used + more));
    }
    char* data() { return m_bytes.data(); }

    QByteArray m_bytes;
    qsizetype m_used = 0;
};

// What AssetFields::toText gives for each field of a fresh Asset(): the "old" side of a creation.
const QVector<QString>& freshTexts()
{
    static const QVector<QString> texts = [] {
        QVector<QString> out;
        const Asset fresh;
        for (const AssetField& f : AssetFields::all())
            out << AssetFields::toText(f, fresh);
        return out;
    }();
    return texts;
}

// A creation row's object back into the list diff gave: the organisation, the fields in their order,
// the overrides, then any key this version does not know (written by a newer one), in the object's order.
QVector<AssetFields::Change> readCreated(const QJsonObject& values)
{
    QVector<AssetFields::Change> out;
    out.reserve(values.size());
    qsizetype known = 0;
    const auto take = [&](const QString& key, const QString& old) {
        const auto it = values.constFind(key);
        if (it == values.constEnd())
            return;
        out.append({key, old, it.value().toString()});
        ++known;
    };
    take(orgKey(), QString());
    const QVector<AssetField>& fields = AssetFields::all();
    const QVector<QString>& fresh = freshTexts();
    for (int i = 0; i < fields.size(); ++i)
        take(fields.at(i).key, fresh.at(i));
    take(overridesKey(), QString());
    if (known < values.size()) {
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString& key = it.key();
            const bool listed = std::any_of(out.cbegin(), out.cend(), [&](const auto& c) { return c.key == key; });
            if (!listed)
                out.append({key, QString(), it.value().toString()});
        }
    }
    return out;
}

} // namespace

QString HistoryChanges::json(const QVector<AssetFields::Change>& changes)
{
    JsonText out;
    out.raw(QLatin1String("["));
    for (const AssetFields::Change& c : changes)
        out.change(c.key, c.oldValue, c.newValue);
    out.raw(QLatin1String("]"));
    return QString::fromUtf8(std::move(out).utf8());
}

QByteArray HistoryChanges::created(const Asset& a)
{
    // Field for field what AssetFields::diff(Asset(), a) lists, in its order (tst_historychanges), from
    // the typed members without building the diff.
    static const QString one = QStringLiteral("1"), zero = QStringLiteral("0");
    const QVector<AssetField>& fields = AssetFields::all();
    const QVector<QString>& fresh = freshTexts();
    JsonText out;
    out.raw(QLatin1String("{"));
    if (a.orgId != 0)
        out.member(orgKey(), a.orgCode);
    for (int i = 0; i < fields.size(); ++i) {
        const AssetField& f = fields.at(i);
        const QString& old = fresh.at(i);
        if (f.text) {
            if (a.*f.text != old)
                out.member(f.key, a.*f.text);
        } else if (f.flag) {
            const QString& now = a.*f.flag ? one : zero;
            if (now != old)
                out.member(f.key, now);
        } else if (f.number) {
            const int n = a.*f.number;
            const QString now = n == 0 ? QString() : QString::number(n);
            if (now != old)
                out.member(f.key, now);
        } else {
            const QString now = isoDateText(a.*f.date);
            if (now != old)
                out.member(f.key, now);
        }
    }
    if (!a.restrictionOverrides.isEmpty()) {
        QStringList parts;
        for (const RestrictionOverride& o : a.restrictionOverrides)
            parts << (o.add ? QStringLiteral("+") : QStringLiteral("-")) + o.code + QStringLiteral(" (") + o.reason
                         + QLatin1Char(')');
        out.member(overridesKey(), parts.join(QStringLiteral(", ")));
    }
    out.raw(QLatin1String("}"));
    return std::move(out).utf8();
}

QVector<AssetFields::Change> HistoryChanges::read(const QByteArray& utf8)
{
    const QJsonDocument doc = QJsonDocument::fromJson(utf8);
    if (doc.isObject())
        return readCreated(doc.object());
    QVector<AssetFields::Change> out;
    const QJsonArray changes = doc.array();
    out.reserve(changes.size());
    for (const QJsonValue& c : changes) {
        const QJsonObject o = c.toObject();
        out.append({o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("old")).toString(),
                     o.value(QStringLiteral("new")).toString()});
    }
    return out;
}

} // namespace daicho
