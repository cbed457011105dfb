#include "util/TextMemo.h"

namespace daicho {

const QString* TextMemo::find(QByteArrayView raw)
{
    if (m_off || raw.size() > kMaxKeyBytes)
        return nullptr;
    // Looked up without a copy of the bytes: the key only lives for the look-up.
    const auto it = m_texts.constFind(QByteArray::fromRawData(raw.data(), raw.size()));
    if (it == m_texts.constEnd())
        return nullptr;
    ++m_hits;
    return &*it;
}

void TextMemo::remember(QByteArray raw, const QString& text)
{
    if (m_texts.size() >= kMinEntries && (m_hits < m_texts.size() || m_texts.size() >= kMaxEntries)) {
        m_off = true;
        m_texts = {};
        return;
    }
    m_texts.insert(std::move(raw), text);
}

} // namespace daicho
