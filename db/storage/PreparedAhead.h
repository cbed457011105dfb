#pragma once

#include "domain/Asset.h"
#include "storage/Actor.h"
#include "storage/AssetPreparer.h"
#include "storage/HistoryChain.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QVector>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace daicho {

// The assets of one large write prepared (AssetPreparer, a copy with a memo of its own), their
// creation's history made (HistoryChanges::created) and linked into the history chain on a thread of
// its own, a step ahead of the register's thread, which takes them in order and writes them. A city's import spent a fifth of its
// writing on one core doing this, beside SQLite's inserts; the machine has two.
//
// What is taken is exactly what preparing the asset where it is written gives: the same asset or the
// same refusal, in the same order. Fewer than kThreadRows assets are prepared as they are taken.
class PreparedAhead
{
public:
    static constexpr qsizetype kThreadRows = 1000;

    struct Prepared
    {
        Result<Asset> asset;
        // The creation's history as UTF-8; empty when the asset has no number yet (it is given one as
        // it is written, and its history made then).
        QByteArray created;
        // Its creation's history row linked into the chain ahead (ChainAhead), when it could be.
        std::optional<HistoryLink> link;
    };

    // What linking the creations' history rows ahead needs: the hash the first row follows
    // (HistoryChain::last), the id the first asset will be given (the table's largest and one; the
    // assets follow one another), and the rows' time and author. Linking stops at the first asset that
    // has no number or is refused: the rows after it are linked as they are written.
    struct ChainAhead
    {
        QString previous;
        qint64 firstId = 0;
        QString at;
        Actor actor;
    };

    // `preparer` and what it reads must not change until this is destroyed.
    PreparedAhead(const AssetPreparer& preparer, QVector<Asset> assets, const QDate& today,
                  std::optional<ChainAhead> chain = std::nullopt);
    ~PreparedAhead();   // stops the thread where it is
    PreparedAhead(const PreparedAhead&) = delete;
    PreparedAhead& operator=(const PreparedAhead&) = delete;

    qsizetype size() const { return m_count; }
    // The `i`-th asset, waiting for it if need be; each is taken once, in order.
    Prepared take(qsizetype i);

private:
    void run();
    Prepared prepare(Asset asset) const;

    static constexpr qsizetype kStep = 256;          // assets made ready at a time
    static constexpr qsizetype kAhead = 4 * kStep;   // at most this many ready and not yet taken

    const AssetPreparer m_preparer;
    const QDate m_today;
    QVector<Asset> m_assets;
    const qsizetype m_count;
    Asset* m_asset = nullptr;              // m_assets' own, prepared in place
    std::vector<Error> m_errors;           // by index; code None where the asset was prepared
    std::vector<QByteArray> m_created;     // by index
    std::vector<std::optional<HistoryLink>> m_links;   // by index
    std::optional<ChainAhead> m_chain;     // gone once linking ahead stopped
    std::atomic<qsizetype> m_ready{0};   // assets before this one are prepared
    std::atomic<qsizetype> m_next{0};    // the writing has reached this one
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_readyChanged;
    std::condition_variable m_taken;
    std::thread m_thread;
};

} // namespace daicho
