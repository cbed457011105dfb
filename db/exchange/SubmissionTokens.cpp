#include "exchange/SubmissionTokens.h"

#include "exchange/CanonicalJson.h"
#include "util/Sha256.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace daicho {

namespace {

// Values repeat (the same dates, codes and section names row after row); past this many distinct
// ones of a field in a file the rest is read uncached, so that unique remarks are not kept twice.
constexpr size_t kMaxCachedReadings = 4096;

// One string token: its bytes between the quotes, and whether it holds an escape.
struct StringToken
{
    const char* begin = nullptr;
    const char* end = nullptr;
    bool escaped = false;
    bool ascii = true;   // plain ASCII, no escape (what a key must be)

    std::string_view view() const { return {begin, size_t(end - begin)}; }
};

// What a value's text reads as for one field (AssetFields::fromText's result, copied).
struct Reading
{
    bool ok = true;
    FieldValue value;
};

// The fields by their exact JSON key (as Submission::write spells them).
const std::unordered_map<std::string_view, const AssetField*>& fieldsByKey()
{
    static const auto fields = [] {
        static std::vector<std::string> keys;   // the views below point into these
        keys.reserve(size_t(AssetFields::all().size()));
        std::unordered_map<std::string_view, const AssetField*> map;
        for (const AssetField& f : AssetFields::all()) {
            if (!(f.text || f.flag || f.number || f.date))
                continue;   // RowReader's condition: such a field goes through applyJson
            keys.push_back(f.key.toStdString());
            map.emplace(keys.back(), &f);
        }
        return map;
    }();
    return fields;
}

using Readings = std::unordered_map<std::string_view, Reading>;

// What the key at one place of the last row was (a view into the file's bytes), and for a field
// its readings and the last value read.
struct Slot
{
    enum Kind { Org, Overrides, Field };
    std::string_view key;
    Kind kind = Field;
    const AssetField* field = nullptr;
    Readings* readings = nullptr;
    std::string_view lastToken;
    const Reading* lastReading = nullptr;
};

class Reader
{
public:
    explicit Reader(const QByteArray& bytes)
        : m_p(bytes.constData()), m_end(bytes.constData() + bytes.size())
    {
        m_out.resize(bytes.size());   // the compact form is never longer
        m_o = m_out.data();
    }

    std::optional<Submission> run()
    {
        if (!file())
            return std::nullopt;
        const qsizetype size = m_o - m_out.constData();
        const QString actual = QStringLiteral("sha256:") + Sha256::hex(QByteArrayView(m_out.constData(), size));
        if (!m_hasChecksum || m_stated != actual)
            return std::nullopt;
        if (m_format != QLatin1String("daicho-submission") || m_version > Submission::kFormatVersion)
            return std::nullopt;
        m_s.submittedAt = QDateTime::fromString(m_submittedAt, Qt::ISODateWithMs);
        if (m_s.orgCode.isEmpty() || !m_s.submittedAt.isValid())
            return std::nullopt;
        m_s.checksum = actual;
        return std::move(m_s);
    }

private:
    // --- tokens, each copied to the compact form as it is read ---

    void space()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // The next token's first byte, after whitespace (0 at the end).
    char peek()
    {
        space();
        return m_p == m_end ? '\0' : *m_p;
    }

    bool punct(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        put(c);
        return true;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;   // upper case too: Qt writes lower case
    }

    // A string in the form Qt writes it (CanonicalJson's rules; \u00XX only for the control
    // characters Qt escapes that way, in lower case as it writes them).
    bool string(StringToken* token)
    {
        if (peek() != '"')
            return false;
        const char* const start = m_p++;
        token->begin = m_p;
        token->escaped = false;
        token->ascii = true;
        while (true) {
            if (m_p == m_end)
                return false;
            const uchar c = uchar(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                if (m_end - m_p < 2)
                    return false;
                token->escaped = true;
                token->ascii = false;
                switch (m_p[1]) {
                case '"': case '\\': case 'b': case 'f': case 'n': case 'r': case 't':
                    m_p += 2;
                    continue;
                case 'u': {
                    if (m_end - m_p < 6 || m_p[2] != '0' || m_p[3] != '0')
                        return false;
                    const int high = hexDigit(m_p[4]);
                    const int low = hexDigit(m_p[5]);
                    if (high < 0 || high > 1 || low < 0)
                        return false;
                    const int u = high * 16 + low;
                    if (u == '\b' || u == '\f' || u == '\n' || u == '\r' || u == '\t')
                        return false;   // Qt writes those with their short escapes
                    m_p += 6;
                    continue;
                }
                default:
                    return false;   // \/ and other \u: Qt writes those characters otherwise
                }
            }
            if (c < 0x20)
                return false;   // Qt writes control characters escaped
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            token->ascii = false;
            if (!utf8Char())
                return false;
        }
        token->end = m_p;
        ++m_p;   // the closing quote
        copy(start, m_p);
        return true;
    }

    // One multi-byte UTF-8 character as CanonicalJson accepts it (Qt gives back these very bytes).
    bool utf8Char()
    {
        const int n = CanonicalJson::utf8CharLength(m_p, m_end);
        m_p += n;
        return n > 0;
    }

    // The text of a string token (checked by string()).
    QString text(const StringToken& t)
    {
        if (!t.escaped)
            return QString::fromUtf8(t.begin, t.end - t.begin);
        m_unescaped.clear();
        for (const char* p = t.begin; p != t.end; ++p) {
            if (*p != '\\') {
                m_unescaped += *p;
                continue;
            }
            ++p;
            switch (*p) {
            case 'b': m_unescaped += '\b'; break;
            case 'f': m_unescaped += '\f'; break;
            case 'n': m_unescaped += '\n'; break;
            case 'r': m_unescaped += '\r'; break;
            case 't': m_unescaped += '\t'; break;
            case 'u':
                m_unescaped += char(hexDigit(p[3]) * 16 + hexDigit(p[4]));
                p += 4;
                break;
            default: m_unescaped += *p; break;   // " and backslash
            }
        }
        return QString::fromUtf8(m_unescaped.data(), qsizetype(m_unescaped.size()));
    }

    // An integer in the form Qt writes it, that QJsonValue::toInt reads as itself.
    bool integer(int* value)
    {
        space();
        const char* const stop = CanonicalJson::integerEnd(m_p, m_end);
        if (!stop)
            return false;
        qint64 n = 0;   // at most 15 digits: no overflow
        for (const char* d = *m_p == '-' ? m_p + 1 : m_p; d != stop; ++d)
            n = n * 10 + (*d - '0');
        if (*m_p == '-')
            n = -n;
        if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
            return false;   // toInt gives 0 for it: left to the slow reading
        *value = int(n);
        copy(m_p, stop);
        m_p = stop;
        return true;
    }

    bool literal(const char* word, qsizetype size)
    {
        if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0)
            return false;
        copy(m_p, m_p + size);
        m_p += size;
        return true;
    }

    // A key in the form Qt writes it (ASCII, no escape, after the previous one) and its colon.
    // `previous` starts empty (no key yet).
    bool key(StringToken* token, std::optional<std::string_view>* previous)
    {
        if (!string(token) || !token->ascii)
            return false;
        const std::string_view k = token->view();
        if (*previous && !(**previous < k))   // strictly ascending: QJsonObject's order, no duplicates
            return false;
        *previous = k;
        return punct(':');
    }

    // After a member: true with *more set for a comma, true with *more clear for the closing brace.
    bool nextMember(bool* more, char close)
    {
        *more = !punct(close);
        return !*more || punct(',');
    }

    // --- the submission ---

    bool topString(QString* out)
    {
        StringToken t;
        if (!string(&t))
            return false;
        *out = text(t);
        return true;
    }

    bool file()
    {
        if (!punct('{'))
            return false;
        if (punct('}'))   // empty
            return atEnd();
        std::optional<std::string_view> previous;
        bool written = false;
        while (true) {
            char* const mark = m_o;
            if (written)
                put(',');
            StringToken k;
            if (!key(&k, &previous))
                return false;
            const std::string_view name = k.view();
            bool ok = false;
            if (name == "assets")
                ok = assets();
            else if (name == "checksum")
                ok = (m_hasChecksum = topString(&m_stated));
            else if (name == "city")
                ok = topString(&m_s.cityName);
            else if (name == "daicho_version")
                ok = topString(&m_s.daichoVersion);
            else if (name == "fiscal_year")
                ok = integer(&m_s.fiscalYear);
            else if (name == "format")
                ok = topString(&m_format);
            else if (name == "format_version")
                ok = integer(&m_version);
            else if (name == "org")
                ok = topString(&m_s.orgCode);
            else if (name == "org_name")
                ok = topString(&m_s.orgName);
            else if (name == "scheme")
                ok = topString(&m_s.schemeId);
            else if (name == "submitted_at")
                ok = topString(&m_submittedAt);
            else if (name == "submitted_by")
                ok = topString(&m_s.submittedBy);
            if (!ok)
                return false;
            if (name == "checksum")
                m_o = mark;   // left out of the compact form, with its comma
            else
                written = true;
            // The comma after a left-out first member is not written; the next member writes its own.
            const char c = peek();
            if (c == '}') {
                ++m_p;
                put('}');
                return atEnd();
            }
            if (c != ',')
                return false;
            ++m_p;
        }
    }

    bool atEnd()
    {
        space();
        return m_p == m_end;
    }

    bool assets()
    {
        if (!punct('['))
            return false;
        if (punct(']'))   // empty
            return true;
        // Room for every row at once (each has its number), rather than the list growing and moving;
        // no more than a row as Daicho writes it could fill (a file of little else but "asset_no"
        // strings must not reserve a hundred times its size).
        m_s.assets.reserve(std::min(count(std::string_view("\"asset_no\"")), qsizetype(m_end - m_p) / 512));
        bool more = true;
        while (more) {
            if (!row(m_s.assets.emplace_back()))
                return false;
            if (!nextMember(&more, ']'))
                return false;
        }
        return true;
    }

    bool row(Asset& a)
    {
        if (!punct('{'))
            return false;
        if (punct('}'))   // empty
            return true;
        std::optional<std::string_view> previous;
        bool more = true;
        for (size_t position = 0; more; ++position) {
            StringToken k;
            if (!key(&k, &previous))
                return false;
            // Rows repeat their keys in the same order: the key at this place in the row before is
            // most likely this one, and it is compared rather than looked up.
            if (position == m_slots.size())
                m_slots.emplace_back();
            Slot& slot = m_slots[position];
            if (slot.key.data() == nullptr || slot.key != k.view()) {
                slot = Slot{};
                slot.key = k.view();
                if (slot.key == "org") {
                    slot.kind = Slot::Org;
                } else if (slot.key == "restriction_overrides") {
                    slot.kind = Slot::Overrides;
                } else {
                    const auto& fields = fieldsByKey();
                    const auto f = fields.find(slot.key);
                    if (f == fields.end())
                        return false;   // an unknown key: the slow reading names it
                    slot.field = f->second;
                    slot.readings = &m_readings[slot.field];
                }
            }
            switch (slot.kind) {
            case Slot::Org: {
                StringToken v;
                if (!string(&v))
                    return false;
                a.orgCode = text(v);
                break;
            }
            case Slot::Overrides:
                if (!overrides(a))
                    return false;
                break;
            case Slot::Field:
                if (!fieldValue(slot, a))
                    return false;
                break;
            }
            if (!nextMember(&more, '}'))
                return false;
        }
        return true;
    }

    bool overrides(Asset& a)
    {
        if (!punct('['))
            return false;
        if (punct(']'))   // empty
            return true;
        bool more = true;
        while (more) {
            if (!punct('{'))
                return false;
            QString action, code, reason;
            if (peek() == '}') {
                return false;   // no action: the slow reading says what is wrong
            }
            std::optional<std::string_view> previous;
            bool members = true;
            while (members) {
                StringToken k;
                if (!key(&k, &previous))
                    return false;
                const std::string_view name = k.view();
                QString* target = name == "action" ? &action
                                : name == "code"   ? &code
                                : name == "reason" ? &reason
                                                   : nullptr;
                if (!target || !topString(target))
                    return false;
                if (!nextMember(&members, '}'))
                    return false;
            }
            if (action != QLatin1String("add") && action != QLatin1String("remove"))
                return false;
            a.restrictionOverrides.append({code, action == QLatin1String("add"), reason});
            if (!nextMember(&more, ']'))
                return false;
        }
        return true;
    }

    // One field's value: what RowReader makes of it (bool as 1/0, a number as its digits, null as
    // empty), read by AssetFields::fromText once per distinct token.
    bool fieldValue(Slot& slot, Asset& a)
    {
        const AssetField& f = *slot.field;
        const char c = peek();
        const char* const start = m_p;
        StringToken t;
        int n = 0;
        if (c == '"') {
            if (!string(&t))
                return false;
        } else if (c == 't') {
            if (!literal("true", 4))
                return false;
        } else if (c == 'f') {
            if (!literal("false", 5))
                return false;
        } else if (c == 'n') {
            if (!literal("null", 4))
                return false;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            if (!integer(&n))
                return false;
        } else {
            return false;   // an array or object where a value belongs
        }
        std::string_view token(start, size_t(m_p - start));
        // RowReader caches by the value's text, in which null and "" are one key: the first of them
        // in the file gives both their reading (a null or an empty code), and so here.
        if (f.type != FieldType::Text && c == 'n')
            token = std::string_view("\"\"", 2);
        const auto valueText = [&]() -> QString {
            switch (c) {
            case '"': return text(t);
            case 't': return QStringLiteral("1");
            case 'f': return QStringLiteral("0");
            case 'n': return QString();
            default: return QString::number(n);
            }
        };

        // The same value as this field's in the row before (common: flags, years, the section's name)
        // is taken without a look-up.
        const Reading* reading = nullptr;
        Reading uncached;
        if (slot.lastReading && slot.lastToken == token) {
            reading = slot.lastReading;
        } else if (const auto r = slot.readings->find(token); r != slot.readings->end()) {
            reading = &r->second;
        } else {
            Reading fresh;
            const QString value = valueText();
            if (f.type == FieldType::Text) {
                // fromText's own reading of a Text field, without the QVariant of its setter.
                fresh.value.text = AssetFields::cleanText(f, value.trimmed());
            } else {
                Asset scratch;
                fresh.ok = AssetFields::fromText(f, scratch, value).isEmpty();
                fresh.value = FieldValue::of(f, scratch);
            }
            if (slot.readings->size() < kMaxCachedReadings) {
                reading = &slot.readings->emplace(token, std::move(fresh)).first->second;
            } else {
                uncached = std::move(fresh);
                reading = &uncached;
            }
        }
        if (reading != &uncached) {   // the map's entries stay where they are
            slot.lastToken = token;
            slot.lastReading = reading;
        }
        if (!reading->ok)
            return false;   // the slow reading lists the row's problems in its words
        reading->value.into(f, a);
        return true;
    }

    // How often `what` occurs in the rest of the file (glibc's memmem: QByteArray::count's matcher
    // took a tenth of the reading).
    qsizetype count(std::string_view what) const
    {
        qsizetype n = 0;
        for (const char* p = m_p; p < m_end; ++n) {
            p = static_cast<const char*>(memmem(p, size_t(m_end - p), what.data(), what.size()));
            if (!p)
                break;
            p += what.size();
        }
        return n;
    }

    void put(char c) { *m_o++ = c; }
    void copy(const char* from, const char* to)
    {
        std::memcpy(m_o, from, size_t(to - from));
        m_o += to - from;
    }

    const char* m_p;
    const char* const m_end;
    QByteArray m_out;
    char* m_o = nullptr;
    std::string m_unescaped;

    Submission m_s;
    QString m_format;
    int m_version = 0;
    QString m_submittedAt;
    QString m_stated;
    bool m_hasChecksum = false;
    // Per field, the reading of each distinct token (views into the file's bytes, alive meanwhile).
    std::unordered_map<const AssetField*, Readings> m_readings;
    std::vector<Slot> m_slots;
};

} // namespace

std::optional<Submission> SubmissionTokens::read(const QByteArray& bytes)
{
    return Reader(bytes).run();
}

} // namespace daicho
