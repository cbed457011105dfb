#pragma once

#include "exchange/Submission.h"

#include <QByteArray>

#include <optional>

namespace daicho {

// Submission::read's fast path: the file's bytes turned straight into a Submission, without
// QJsonDocument or a QJsonValue per value (which were most of the time a city's consolidation spent
// reading). It takes only what it can read with certainty, and gives nothing for anything else, so
// that the caller reads the file through QJsonDocument as before and every value and every message
// stays exactly that reading's:
//  - the file must be in the form Qt writes (CanonicalJson's rules, plus \u00XX in lower case for
//    the control characters Qt writes that way), so its checksum is the hash of its own bytes less
//    the whitespace and the "checksum" member, made in the same single pass;
//  - only the keys Submission::write writes, each with the type it writes (a string where a string
//    belongs, an int-sized integer, true/false/null for a field), rows and overrides as objects;
//  - the checksum matches, the format and version are this Daicho's, the organisation and date are
//    there, and every row reads without a problem (else the slow reading words the refusal).
// Each field's value is read by AssetFields::fromText as before, once per distinct token per field.
namespace SubmissionTokens {

std::optional<Submission> read(const QByteArray& bytes);

} // namespace SubmissionTokens

} // namespace daicho
