#include "exchange/CanonicalJson.h"

#include <algorithm>
#include <cstring>

namespace daicho {

namespace {

// Deeper than any submission (file, assets, row, overrides, override); Qt's own limit is 1024.
constexpr int kMaxDepth = 32;
// 15 digits stay far inside qint64, so Qt's reading as an integer is certain.
constexpr int kMaxDigits = 15;

class Compactor
{
public:
    Compactor(const QByteArray& bytes, QLatin1String skipKey)
        : m_p(bytes.constData()), m_end(bytes.constData() + bytes.size()), m_skipKey(skipKey)
    {
        m_out.resize(bytes.size());   // the compact form is never longer
        m_o = m_out.data();
    }

    std::optional<QByteArray> run()
    {
        space();
        if (m_p == m_end || *m_p != '{' || !object(1, true))
            return std::nullopt;
        space();
        if (m_p != m_end)
            return std::nullopt;
        m_out.truncate(m_o - m_out.constData());
        return std::move(m_out);
    }

private:
    void space()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }


    // A string at m_p (its opening quote), copied as it is. `ascii` is set when it is plain ASCII
    // without escapes (a key must be).
    bool string(bool* ascii)
    {
        const char* const start = m_p++;
        bool plain = true;
        while (true) {
            if (m_p == m_end)
                return false;
            const uchar c = uchar(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                if (m_end - m_p < 2)
                    return false;
                switch (m_p[1]) {
                case '"': case '\\': case 'b': case 'f': case 'n': case 'r': case 't': break;
                default: return false;   // \/ and \uXXXX: Qt writes those characters otherwise
                }
                plain = false;
                m_p += 2;
                continue;
            }
            if (c < 0x20)
                return false;            // Qt writes control characters escaped
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            plain = false;
            if (!utf8Char())
                return false;
        }
        ++m_p;   // the closing quote
        if (ascii)
            *ascii = plain;
        copy(start, m_p);
        return true;
    }

    bool utf8Char()
    {
        const int n = CanonicalJson::utf8CharLength(m_p, m_end);
        m_p += n;
        return n > 0;
    }

    bool number()
    {
        const char* const stop = CanonicalJson::integerEnd(m_p, m_end);
        if (!stop)
            return false;
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

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{': return object(depth + 1, false);
        case '[': return array(depth + 1);
        case '"': return string(nullptr);
        case 't': return literal("true", 4);
        case 'f': return literal("false", 5);
        case 'n': return literal("null", 4);
        default: return (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) && number();
        }
    }

    bool object(int depth, bool top)
    {
        if (depth > kMaxDepth)
            return false;
        ++m_p;
        put('{');
        space();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            put('}');
            return true;
        }
        const char* previousKey = nullptr;
        qsizetype previousSize = 0;
        bool written = false;
        while (true) {
            if (m_p == m_end || *m_p != '"')
                return false;
            char* const mark = m_o;
            if (written)
                put(',');
            const char* const key = m_p + 1;
            bool ascii = false;
            if (!string(&ascii) || !ascii)
                return false;
            const qsizetype keySize = m_p - 1 - key;
            if (previousKey) {   // strictly ascending, as QJsonObject orders its keys
                const int c = std::memcmp(previousKey, key, size_t(std::min(previousSize, keySize)));
                if (c > 0 || (c == 0 && previousSize >= keySize))
                    return false;
            }
            previousKey = key;
            previousSize = keySize;
            space();
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            put(':');
            space();
            if (!value(depth))
                return false;
            if (top && QLatin1String(key, keySize) == m_skipKey)
                m_o = mark;   // left out, with its comma
            else
                written = true;
            space();
            if (m_p == m_end)
                return false;
            if (*m_p == '}') {
                ++m_p;
                put('}');
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
            space();
        }
    }

    bool array(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        ++m_p;
        put('[');
        space();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            put(']');
            return true;
        }
        while (true) {
            if (!value(depth))
                return false;
            space();
            if (m_p == m_end)
                return false;
            if (*m_p == ']') {
                ++m_p;
                put(']');
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
            put(',');
            space();
        }
    }

    void put(char c) { *m_o++ = c; }
    void copy(const char* from, const char* to)
    {
        std::memcpy(m_o, from, size_t(to - from));
        m_o += to - from;
    }

    const char* m_p;
    const char* const m_end;
    QLatin1String m_skipKey;
    QByteArray m_out;
    char* m_o = nullptr;
};

} // namespace

const char* CanonicalJson::integerEnd(const char* p, const char* end)
{
    const char* const start = p;
    if (p != end && *p == '-')
        ++p;
    const char* const digits = p;
    if (p != end && *p == '0') {
        ++p;
    } else {
        while (p != end && *p >= '0' && *p <= '9')
            ++p;
    }
    const qsizetype count = p - digits;
    if (count == 0 || count > kMaxDigits || p == end)
        return nullptr;
    if (*p == '.' || *p == 'e' || *p == 'E' || (*p >= '0' && *p <= '9'))
        return nullptr;   // a fraction, an exponent, a leading zero: Qt writes it otherwise
    if (start != digits && count == 1 && *digits == '0')
        return nullptr;   // -0 comes back as 0
    return p;
}

int CanonicalJson::utf8CharLength(const char* p, const char* end)
{
    const auto continuation = [](uchar c) { return (c & 0xC0) == 0x80; };
    const auto* u = reinterpret_cast<const uchar*>(p);
    const qsizetype left = end - p;
    if (left < 1)
        return 0;
    const uchar c = u[0];
    char32_t cp = 0;
    int n = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        if (left < 2 || !continuation(u[1]))
            return 0;
        cp = char32_t(c & 0x1F) << 6 | (u[1] & 0x3F);
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (left < 3 || !continuation(u[1]) || !continuation(u[2]))
            return 0;
        cp = char32_t(c & 0x0F) << 12 | char32_t(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (left < 4 || !continuation(u[1]) || !continuation(u[2]) || !continuation(u[3]))
            return 0;
        cp = char32_t(c & 0x07) << 18 | char32_t(u[1] & 0x3F) << 12 | char32_t(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
        if (cp < 0x10000 || cp > 0x10FFFF)
            return 0;
    } else {
        return 0;
    }
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
        return 0;
    return n;
}

std::optional<QByteArray> CanonicalJson::compactWithout(const QByteArray& bytes, QLatin1String skipKey)
{
    return Compactor(bytes, skipKey).run();
}

} // namespace daicho
