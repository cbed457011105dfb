#include "storage/PreparedAhead.h"

#include "storage/HistoryChanges.h"

#include <algorithm>

namespace daicho {

PreparedAhead::PreparedAhead(const AssetPreparer& preparer, QVector<Asset> assets, const QDate& today,
                             std::optional<ChainAhead> chain)
    : m_preparer(preparer), m_today(today), m_assets(std::move(assets)), m_count(m_assets.size()),
      m_chain(std::move(chain))
{
    // Both threads reach the assets through this one pointer: the list is never copied or resized again.
    m_asset = m_assets.data();
    if (m_count < kThreadRows)
        return;
    m_errors.resize(size_t(m_count));
    m_created.resize(size_t(m_count));
    m_links.resize(size_t(m_count));
    m_thread = std::thread([this] { run(); });
}

PreparedAhead::~PreparedAhead()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop.store(true, std::memory_order_relaxed);
        }
        m_taken.notify_one();
        m_thread.join();
    }
}

PreparedAhead::Prepared PreparedAhead::prepare(Asset asset) const
{
    Result<Asset> prepared = m_preparer.prepare(std::move(asset), m_today);
    QByteArray created;
    if (prepared && !prepared.value().assetNo.isEmpty())
        created = HistoryChanges::created(prepared.value());
    return {std::move(prepared), std::move(created), std::nullopt};
}

void PreparedAhead::run()
{
    for (qsizetype from = 0; from < m_count; from += kStep) {
        {
            // No further ahead than a few steps: what is ready waits in memory (a history of a kilobyte or
            // so for each asset) until it is written.
            std::unique_lock<std::mutex> lock(m_mutex);
            m_taken.wait(lock, [this, from] {
                return m_stop.load(std::memory_order_relaxed)
                    || from - m_next.load(std::memory_order_relaxed) < kAhead;
            });
            if (m_stop.load(std::memory_order_relaxed))
                return;
        }
        const qsizetype to = std::min(m_count, from + kStep);
        for (qsizetype i = from; i < to; ++i) {
            Prepared p = prepare(std::move(m_asset[i]));
            if (m_chain && p.asset && !p.created.isEmpty()) {
                const HistoryContent row = HistoryContent::creation(m_chain->firstId + i, m_chain->at, m_chain->actor);
                HistoryLink link{row, m_chain->previous, HistoryChain::hashUtf8(m_chain->previous, row, p.created)};
                m_chain->previous = link.hash;
                m_links[size_t(i)] = std::move(link);
            } else {
                m_chain.reset();
            }
            if (p.asset)
                m_asset[i] = std::move(p.asset).value();
            else
                m_errors[size_t(i)] = p.asset.error();
            m_created[size_t(i)] = std::move(p.created);
        }
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_ready.store(to, std::memory_order_release);
        }
        m_readyChanged.notify_one();
    }
}

PreparedAhead::Prepared PreparedAhead::take(qsizetype i)
{
    if (!m_thread.joinable())
        return prepare(std::move(m_asset[i]));
    if (i % kStep == 0) {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_next.store(i, std::memory_order_relaxed);
        }
        m_taken.notify_one();
    }
    if (m_ready.load(std::memory_order_acquire) <= i) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_readyChanged.wait(lock, [this, i] { return m_ready.load(std::memory_order_acquire) > i; });
    }
    if (m_errors[size_t(i)].code != ErrorCode::None)
        return {Result<Asset>(std::move(m_errors[size_t(i)])), QByteArray(), std::nullopt};
    return {Result<Asset>(std::move(m_asset[i])), std::move(m_created[size_t(i)]), std::move(m_links[size_t(i)])};
}

} // namespace daicho
