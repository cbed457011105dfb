#pragma once

#include "exchange/XlsxPackage.h"

#include <string>
#include <vector>

namespace daicho::xlsx {

// Reads a stretch of a sheet's rows, in the plain form spreadsheet programs write, several times faster
// than expat (which spends three quarters of a 100,000-row sheet's reading in its tokenizer): start and
// end tags with quoted attributes, text with the five predefined entities and character references,
// UTF-8. It gives the handler what expat gives for the same bytes after the start of <sheetData>: names
// without their prefix, the same attributes and text (in pieces of its own), the handler's stop at the
// same byte (a handler that stops inside text is left to expat).
//
// It checks what expat would refuse, and gives up at anything it does not read itself (a comment, CDATA,
// a processing instruction, a carriage return, a reference inside an attribute, a name outside ASCII,
// a control character, a code point expat might refuse, a tag cut off at the end): the caller then
// throws the handler away and has expat parse the stretch, which decides as it always has. Giving up
// costs only time, so the scanner never has to agree with expat about anything unusual.
class RowScanner
{
public:
    // `data` is what follows "<sheetData>" (which lies `offset` bytes before it in expat's count, the
    // count the handler's stop is placed in). True when the handler stopped the read (stop() or fail());
    // false when the scanner gave up or came to the end of the bytes without a stop: the events given
    // so far are to be thrown away.
    static bool read(const char* data, qint64 size, XmlEvents& events, qint64 offset);

private:
    struct Name
    {
        const char* at = nullptr;
        int size = 0;
    };

    RowScanner(const char* data, qint64 size, XmlEvents& events, qint64 offset);
    bool run();
    bool text();
    bool startTag();
    bool endTag();
    bool attributeValue(const char* from, const char* to);
    bool reference(const char*& at, const char* to);
    const char* nameEnd(const char* at) const;
    void skipSpace();
    qint64 byteOf(const char* at) const { return m_offset + (at - m_begin); }
    bool stopped() const { return m_events.m_stoppedAt >= 0; }

    const char* const m_begin;
    const char* const m_end;
    const char* m_at;
    XmlEvents& m_events;
    const qint64 m_offset;
    std::vector<Name> m_open; // the elements open, "sheetData" first
    struct Attribute
    {
        int name, nameSize, value, valueSize; // from the tag's name
    };
    static constexpr int kMaxAttributes = 16; // a tag with more is left to expat

    std::string m_scratch; // a start tag, its names and values each ending in a zero byte
    Attribute m_attributeList[kMaxAttributes];
    int m_attributeCount = 0;
    char m_decoded[4];
    char m_endName[64]; // an end tag's name without its prefix; longer ones are left to expat
};

} // namespace daicho::xlsx
