#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace daicho {

// SHA-256 in lowercase hex, the one digest Daicho uses (the history chain, submission checksums).
// Through OpenSSL's libcrypto, which uses the processor's SHA instructions: Qt 6.4's own code needs
// about a hundred instructions a byte, over a second for a city's 130 MB of history. Qt's stays as
// the fallback where libcrypto has no SHA-256 (a provider missing); the digest is the same.
namespace Sha256 {

constexpr int HexLength = 64;

// Writes the HexLength hex digits of the digest at `out` and returns their number.
int hex(const char* data, std::size_t size, char* out);
QString hex(QByteArrayView data);

} // namespace Sha256

} // namespace daicho
