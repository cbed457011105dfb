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

// Compact JSON written into one UTF-16 buffer through a pointer: a creation's list has some fifty
// strings, and appending them through QString one call (and capacity check) at a time cost more than
// the rest of building it.
class JsonText
{
public:
    JsonText() { m_text.resize(2048); }

    void raw(QLatin1String latin1)
    {
        ensure(latin1.size());
        char16_t* d = data() + m_used;
        for (const char c : latin1)
            *d++ = char16_t(uchar(c));
        m_used += latin1.size();
    }
    // Escaped as QJsonDocument escapes, so that a row reads the same whoever wrote it.
    void string(const QString& text)
    {
        ensure(text.size() * 6 + 2);   // at worst every character as \u00XX
        char16_t* d = data() + m_used;
        *d++ = u'"';
        for (const QChar qc : text) {
            const char16_t c = qc.unicode();
            switch (c) {
            case u'"': *d++ = u'\\'; *d++ = u'"'; break;
            case u'\\': *d++ = u'\\'; *d++ = u'\\'; break;
            case u'\n': *d++ = u'\\'; *d++ = u'n'; break;
            case u'\r': *d++ = u'\\'; *d++ = u'r'; break;
            case u'\t': *d++ = u'\\'; *d++ = u't'; break;
            case u'\b': *d++ = u'\\'; *d++ = u'b'; break;
            case u'\f': *d++ = u'\\'; *d++ = u'f'; break;
            default:
                if (c < 0x20) {   // \u00XX, lowercase hex as QString::arg writes it
                    static const char16_t hex[] = u"0123456789abcdef";
                    *d++ = u'\\'; *d++ = u'u'; *d++ = u'0'; *d++ = u'0';
                    *d++ = hex[c >> 4]; *d++ = hex[c & 0xF];
                } else {
                    *d++ = c;
                }
            }
        }
        *d++ = u'"';
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
    QString text() &&
    {
        m_text.truncate(m_used);
        return std::move(m_text);
    }
    QByteArray utf8() const { return QStringView(m_text).first(m_used).toUtf8(); }

private:
    void separate()
    {
        if (m_used > 1)
            raw(QLatin1String(","));
    }
    void ensure(qsizetype more)
    {
        if (m_used + more > m_text.size())
            m_text.resize(std::max(m_text.size() * 2, m_used + more));
    }
    char16_t* data() { return reinterpret_cast<char16_t*>(m_text.data()); }

    QString m_text;
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
    return std::move(out).text();
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
    return out.utf8();
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
