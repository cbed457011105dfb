#pragma once

#include <QByteArray>
#include <QLatin1String>

#include <optional>

namespace daicho {

// A submission's checksum is defined over QJsonDocument's compact re-serialisation of the parsed file
// (without its "checksum" member). Re-serialising a city's 170 MB of submissions through Qt was the
// largest single cost of consolidating them; this gives the same bytes without it, for a file whose
// every token is already in the form Qt writes:
//  - strings: valid UTF-8 (no surrogates, overlong forms or noncharacters), no raw control characters,
//    escapes only \" \\ \b \f \n \r \t (what Qt's writer emits for those characters);
//  - numbers: integers of at most 15 digits, no leading zero, no "-0" (Qt reads them as integers and
//    writes them back digit for digit);
//  - object keys: ASCII without escapes, strictly ascending (the order QJsonObject keeps, no duplicates);
//  - true, false, null; whitespace only between tokens (space, tab, CR, LF, the parser's set).
// For such a file the compact form is its bytes with the whitespace between tokens left out, which is
// what Submission::write's indented output becomes. Anything else (a BOM, "1.0", "\u00e9", keys out of
// order, …) gives nothing and the caller goes through QJsonDocument as before: this never decides
// whether a file is valid, it only spares re-serialising one that is canonical.
namespace CanonicalJson {

// The compact form of the top-level object in `bytes` without its member `skipKey`, or nothing.
std::optional<QByteArray> compactWithout(const QByteArray& bytes, QLatin1String skipKey);

// The length of the multi-byte UTF-8 character at `p` (before `end`) when it is one Qt decodes and
// encodes back to these very bytes (well-formed, neither a surrogate nor a noncharacter), else 0.
int utf8CharLength(const char* p, const char* end);

// Where the number at `p` ends when it is one in the form Qt writes and reads back as the same integer (an
// optional minus, no leading zero, at most 15 digits, no fraction or exponent, not -0, something after it),
// else null.
const char* integerEnd(const char* p, const char* end);

} // namespace CanonicalJson

} // namespace daicho
