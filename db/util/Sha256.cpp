#include "util/Sha256.h"

#include <QCryptographicHash>

#include <cstring>

#include <openssl/evp.h>

namespace daicho {

namespace {

// One digest context per thread (the chain is verified on a second thread while rows are read), made
// once: fetching the algorithm for every row was a measurable part of hashing short rows.
class Context
{
public:
    Context() : m_sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_context(EVP_MD_CTX_new()) {}
    ~Context()
    {
        EVP_MD_CTX_free(m_context);
        EVP_MD_free(m_sha256);
    }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    static Context& forThisThread()
    {
        thread_local Context context;
        return context;
    }

    // The 32-byte digest at `digest`; false when libcrypto cannot give it.
    bool digest(const char* data, std::size_t size, unsigned char* digest)
    {
        unsigned int length = 0;
        return m_sha256 && m_context && EVP_DigestInit_ex2(m_context, m_sha256, nullptr)
            && EVP_DigestUpdate(m_context, data, size) && EVP_DigestFinal_ex(m_context, digest, &length)
            && length == 32;
    }

private:
    EVP_MD* m_sha256;
    EVP_MD_CTX* m_context;
};

} // namespace

int Sha256::hex(const char* data, std::size_t size, char* out)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    if (!Context::forThisThread().digest(data, size, digest)) {
        const QByteArray qt = QCryptographicHash::hash(QByteArrayView(data, qsizetype(size)), QCryptographicHash::Sha256);
        std::memcpy(digest, qt.constData(), 32);
    }
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; ++i) {
        out[2 * i] = digits[(digest[i] >> 4) & 0xf];
        out[2 * i + 1] = digits[digest[i] & 0xf];
    }
    return HexLength;
}

QString Sha256::hex(QByteArrayView data)
{
    char out[HexLength];
    return QString::fromLatin1(out, hex(data.data(), std::size_t(data.size()), out));
}

} // namespace daicho
