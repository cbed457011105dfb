#include "exchange/RowScanner.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace daicho::xlsx {

namespace {

constexpr char sheetData[] = "sheetData";
constexpr qint64 longestReference = 12; // "&#x10FFFF;" and a few leading zeros

// What each byte may be, one look-up per byte in the loops below.
enum : unsigned char
{
    NameStart = 1,  // ASCII letters and '_'
    NameChar = 2,   // and digits, '-' and '.'
    Space = 4,      // ' ', tab, line feed (a carriage return is left to expat, which turns it into a line feed)
    NameFollows = 8, // what may end a name: a space, '>', '/', '='
    PlainText = 16, // ASCII taken as it stands in text: not '<', '&', ']', a control character
    PlainValue = 32 // ASCII taken as it stands in an attribute's value: not '<', '&', a control character
};

constexpr std::array<unsigned char, 256> classes()
{
    std::array<unsigned char, 256> table{};
    for (int c = 0x20; c < 0x80; ++c) {
        if (c != '<' && c != '&' && c != ']')
            table[size_t(c)] |= PlainText;
        if (c != '<' && c != '&')
            table[size_t(c)] |= PlainValue;
    }
    for (int c = 'a'; c <= 'z'; ++c)
        table[size_t(c)] |= NameStart | NameChar;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[size_t(c)] |= NameStart | NameChar;
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] |= NameChar;
    table[size_t('_')] |= NameStart | NameChar;
    table[size_t('-')] |= NameChar;
    table[size_t('.')] |= NameChar;
    for (const char c : {' ', '\t', '\n'})
        table[size_t(c)] |= Space | NameFollows;
    for (const char c : {'>', '/', '='})
        table[size_t(c)] |= NameFollows;
    table[size_t('\t')] |= PlainText;
    table[size_t('\n')] |= PlainText;
    return table;
}

constexpr std::array<unsigned char, 256> kClasses = classes();

inline bool is(char c, unsigned char what)
{
    return (kClasses[static_cast<unsigned char>(c)] & what) != 0;
}

// The length of the UTF-8 sequence starting with a byte of 0x80 or more, 0 when it is not one expat
// surely takes: cut off, overlong, a surrogate, beyond U+10FFFF, U+FFFE or U+FFFF.
int sequenceLength(const char* at, const char* end)
{
    const auto byte = [at](int i) { return static_cast<unsigned char>(at[i]); };
    const auto continues = [&](int i) { return (byte(i) & 0xC0) == 0x80; };
    const unsigned char first = byte(0);
    const qint64 left = end - at;
    if (first >= 0xC2 && first <= 0xDF)
        return left >= 2 && continues(1) ? 2 : 0;
    if (first >= 0xE0 && first <= 0xEF) {
        if (left < 3 || !continues(1) || !continues(2) || (first == 0xE0 && byte(1) < 0xA0) ||
            (first == 0xED && byte(1) >= 0xA0) || (first == 0xEF && byte(1) == 0xBF && byte(2) >= 0xBE))
            return 0;
        return 3;
    }
    if (first >= 0xF0 && first <= 0xF4) {
        if (left < 4 || !continues(1) || !continues(2) || !continues(3) || (first == 0xF0 && byte(1) < 0x90) ||
            (first == 0xF4 && byte(1) >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

int encodeUtf8(char32_t c, char* into)
{
    if (c < 0x80) {
        into[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        into[0] = char(0xC0 | (c >> 6));
        into[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        into[0] = char(0xE0 | (c >> 12));
        into[1] = char(0x80 | ((c >> 6) & 0x3F));
        into[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    into[0] = char(0xF0 | (c >> 18));
    into[1] = char(0x80 | ((c >> 12) & 0x3F));
    into[2] = char(0x80 | ((c >> 6) & 0x3F));
    into[3] = char(0x80 | (c & 0x3F));
    return 4;
}

// Where the name of `size` bytes at `name` starts without its prefix, as XlsxPackage gives expat's.
qsizetype localStart(const char* name, qsizetype size)
{
    const auto* colon = static_cast<const char*>(std::memchr(name, ':', size_t(size)));
    return colon ? colon + 1 - name : 0;
}

} // namespace

bool RowScanner::read(const char* data, qint64 size, XmlEvents& events, qint64 offset)
{
    if (events.m_parser) // the handler of an expat parser places its stop through it
        return false;
    RowScanner scanner(data, size, events, offset);
    return scanner.run();
}

RowScanner::RowScanner(const char* data, qint64 size, XmlEvents& events, qint64 offset)
    : m_begin(data), m_end(data + size), m_at(data), m_events(events), m_offset(offset)
{
    m_open.push_back({sheetData, int(sizeof(sheetData) - 1)});
    m_scratch.resize(256);
}

bool RowScanner::run()
{
    m_events.m_stoppedAt = -1;
    while (m_at < m_end) {
        bool read = false;
        if (*m_at != '<')
            read = text();
        else if (m_end - m_at >= 2)
            read = m_at[1] == '/' ? endTag() : startTag();
        if (!read)
            return false;
        if (stopped())
            return true;
        if (m_open.empty()) // what may follow the root element is expat's to judge
            return false;
    }
    return false;
}

// Text up to the next tag, given as it stands except for references, which are given decoded.
bool RowScanner::text()
{
    const char* const tag = static_cast<const char*>(std::memchr(m_at, '<', size_t(m_end - m_at)));
    if (!tag) // cut off: expat would wait for more
        return false;
    m_events.m_scanAt = byteOf(m_at); // where a stop inside the text would be seen (and left to expat)
    const char* given = m_at;
    const char* at = m_at;
    while (at < tag) {
        const auto c = static_cast<unsigned char>(*at);
        if (is(char(c), PlainText)) {
            ++at;
        } else if (c == ']') {
            if (tag - at >= 3 && at[1] == ']' && at[2] == '>')
                return false;
            ++at;
        } else if (c == '&') {
            if (at > given)
                m_events.text(given, int(at - given));
            if (stopped() || !reference(at, tag) || stopped())
                return false; // a stop inside text is placed by expat where the scanner does not count
            given = at;
        } else {
            const int length = c >= 0x80 ? sequenceLength(at, tag) : 0;
            if (length == 0) // a control character, a carriage return (expat turns it into a line feed)
                return false;
            at += length;
        }
    }
    if (at > given)
        m_events.text(given, int(at - given));
    m_at = tag;
    return !stopped();
}

// A predefined entity or a character reference at `at`, given decoded; `at` is left after it.
bool RowScanner::reference(const char*& at, const char* to)
{
    const auto* semicolon =
        static_cast<const char*>(std::memchr(at, ';', size_t(std::min<qint64>(to - at, longestReference))));
    if (!semicolon)
        return false;
    const QByteArrayView name(at + 1, semicolon - at - 1);
    int length = 1;
    if (name == "amp") {
        m_decoded[0] = '&';
    } else if (name == "lt") {
        m_decoded[0] = '<';
    } else if (name == "gt") {
        m_decoded[0] = '>';
    } else if (name == "quot") {
        m_decoded[0] = '"';
    } else if (name == "apos") {
        m_decoded[0] = '\'';
    } else if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x';
        const QByteArrayView digits = name.sliced(hex ? 2 : 1);
        if (digits.isEmpty())
            return false;
        char32_t code = 0;
        for (const char d : digits) {
            int value = -1;
            if (d >= '0' && d <= '9')
                value = d - '0';
            else if (hex && d >= 'a' && d <= 'f')
                value = d - 'a' + 10;
            else if (hex && d >= 'A' && d <= 'F')
                value = d - 'A' + 10;
            if (value < 0)
                return false;
            code = code * (hex ? 16 : 10) + char32_t(value); // at most 10 digits: no overflow past 2^36
        }
        if (!isXmlChar(code))
            return false;
        length = encodeUtf8(code, m_decoded);
    } else {
        return false; // an entity only a DTD could declare
    }
    m_events.text(m_decoded, length);
    at = semicolon + 1;
    return true;
}

// Where a name starting at `at` ends: ASCII letters, digits, "_-." and at most one prefix, followed by
// a space, '>', '/' or '='. Null for anything else (expat's names are wider; those are left to it).
inline const char* RowScanner::nameEnd(const char* at) const
{
    const auto part = [this](const char* p) -> const char* {
        if (p >= m_end || !is(*p, NameStart))
            return nullptr;
        ++p;
        while (p < m_end && is(*p, NameChar))
            ++p;
        return p;
    };
    const char* end = part(at);
    if (end && end < m_end && *end == ':')
        end = part(end + 1);
    if (!end || end >= m_end)
        return nullptr;
    return is(*end, NameFollows) ? end : nullptr;
}

inline void RowScanner::skipSpace()
{
    while (m_at < m_end && is(*m_at, Space))
        ++m_at;
}

// An attribute's value as it stands: no markup, no reference, nothing expat would normalise.
bool RowScanner::attributeValue(const char* from, const char* to)
{
    for (const char* at = from; at < to;) {
        const auto c = static_cast<unsigned char>(*at);
        if (c >= 0x80) {
            const int length = sequenceLength(at, to);
            if (length == 0)
                return false;
            at += length;
        } else if (!is(char(c), PlainValue)) {
            return false;
        } else {
            ++at;
        }
    }
    return true;
}

// The tag is copied once, and its names and values ended with a zero byte where the copy has the
// character after them (a space, '=', a quote): the handler reads them in place.
bool RowScanner::startTag()
{
    const char* const tag = m_at;
    const char* const name = tag + 1;
    const char* const nameTo = nameEnd(name);
    if (!nameTo)
        return false;
    m_attributeCount = 0;
    m_at = nameTo;
    bool empty = false;
    for (;;) {
        const char* const before = m_at;
        skipSpace();
        if (m_at >= m_end)
            return false;
        if (*m_at == '>') {
            ++m_at;
            break;
        }
        if (*m_at == '/') {
            if (m_end - m_at < 2 || m_at[1] != '>')
                return false;
            m_at += 2;
            empty = true;
            break;
        }
        if (m_at == before || m_attributeCount == kMaxAttributes) // attributes are set apart by a space
            return false;
        const char* const attribute = m_at;
        const char* const attributeTo = nameEnd(attribute);
        if (!attributeTo)
            return false;
        const int attributeSize = int(attributeTo - attribute);
        for (int k = 0; k < m_attributeCount; ++k) {
            const Attribute& other = m_attributeList[k];
            if (other.nameSize == attributeSize &&
                std::memcmp(name + other.name, attribute, size_t(attributeSize)) == 0)
                return false; // expat refuses an attribute given twice
        }
        m_at = attributeTo;
        skipSpace();
        if (m_at >= m_end || *m_at != '=')
            return false;
        ++m_at;
        skipSpace();
        if (m_at >= m_end || (*m_at != '"' && *m_at != '\''))
            return false;
        const char* const value = m_at + 1;
        const auto* const valueTo = static_cast<const char*>(std::memchr(value, *m_at, size_t(m_end - value)));
        if (!valueTo || !attributeValue(value, valueTo))
            return false;
        m_attributeList[m_attributeCount++] = {int(attribute - name), attributeSize, int(value - name),
                                               int(valueTo - value)};
        m_at = valueTo + 1;
    }

    // Offsets from the name: each name and value is followed in the tag by a character to end it with.
    const size_t length = size_t(m_at - name);
    if (m_scratch.size() < length)
        m_scratch.resize(std::max<size_t>(length, 2 * m_scratch.size()));
    char* const copy = m_scratch.data();
    std::memcpy(copy, name, length);
    copy[nameTo - name] = 0;
    const char* pointers[2 * kMaxAttributes + 1];
    for (int k = 0; k < m_attributeCount; ++k) {
        const Attribute& at = m_attributeList[k];
        copy[at.name + at.nameSize] = 0;
        copy[at.value + at.valueSize] = 0;
        pointers[2 * k] = copy + at.name;
        pointers[2 * k + 1] = copy + at.value;
    }
    pointers[2 * m_attributeCount] = nullptr;
    const char* const local = copy + localStart(name, nameTo - name);
    m_events.m_scanAt = byteOf(tag);
    m_events.start(local, pointers);
    if (empty) {
        // As expat: the end follows even when the start stopped the parse, placed after the tag.
        m_events.m_scanAt = byteOf(m_at);
        m_events.end(local);
    } else if (!stopped()) {
        m_open.push_back({name, int(nameTo - name)});
    }
    return true;
}

bool RowScanner::endTag()
{
    const char* const tag = m_at;
    const char* const name = tag + 2;
    const char* const nameTo = nameEnd(name);
    if (!nameTo)
        return false;
    m_at = nameTo;
    skipSpace();
    if (m_at >= m_end || *m_at != '>')
        return false;
    ++m_at;
    const Name open = m_open.back();
    if (open.size != nameTo - name || std::memcmp(open.at, name, size_t(open.size)) != 0)
        return false; // expat: mismatched tag
    m_open.pop_back();
    const qsizetype local = localStart(name, open.size);
    if (open.size - local >= qsizetype(sizeof(m_endName)))
        return false;
    std::memcpy(m_endName, name + local, size_t(open.size - local));
    m_endName[open.size - local] = 0;
    m_events.m_scanAt = byteOf(tag);
    m_events.end(m_endName);
    return true;
}

} // namespace daicho::xlsx
