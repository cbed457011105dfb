#include "exchange/SheetChunks.h"

#include "exchange/RowScanner.h"

#include <QThread>

#include <expat.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <utility>

namespace daicho::xlsx {

namespace {

const QByteArray sheetDataTag = QByteArrayLiteral("<sheetData");
const QByteArray rowTag = QByteArrayLiteral("<row r=\"");
const QByteArray openRows = QByteArrayLiteral("<sheetData>");
const QByteArray closeRows = QByteArrayLiteral("</sheetData>");
constexpr qint64 defaultChunkBytes = qint64(8) << 20;
constexpr qint64 minPendingLimit = qint64(64) << 20;
constexpr int startBytes = 512;

qint64 chunkBytesFromEnvironment()
{
    bool ok = false;
    const qint64 bytes = qEnvironmentVariable("DAICHO_XLSX_CHUNK_BYTES").toLongLong(&ok);
    return ok ? bytes : defaultChunkBytes;
}

std::atomic<qint64> g_chunkBytes{chunkBytesFromEnvironment()};
std::atomic<int> g_merged{0};
std::atomic<int> g_fallbacks{0};
std::atomic<int> g_scanned{0};

// The fresh parsers of later stretches read UTF-8, as expat does a part without a byte order mark or
// an encoding of its own: any other encoding is parsed at once.
bool isUtf8(const QByteArray& start)
{
    QByteArrayView text(start);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    if (text.size() < 2 || text[0] == 0 || text[1] == 0 || text.startsWith("\xFE\xFF") ||
        text.startsWith("\xFF\xFE"))
        return false;
    if (!text.startsWith("<?xml"))
        return true;
    const qsizetype close = text.indexOf("?>");
    if (close < 0)
        return false;
    const QByteArrayView declaration = text.first(close);
    const qsizetype encoding = declaration.indexOf("encoding");
    if (encoding < 0)
        return true;
    qsizetype at = encoding + 8;
    while (at < declaration.size() && (declaration[at] == ' ' || declaration[at] == '=' ||
                                       declaration[at] == '\t' || declaration[at] == '\r' ||
                                       declaration[at] == '\n'))
        ++at;
    if (at >= declaration.size() || (declaration[at] != '"' && declaration[at] != '\''))
        return false;
    const char quote = declaration[at];
    const qsizetype end = declaration.indexOf(quote, at + 1);
    return end > at && declaration.sliced(at + 1, end - at - 1).compare("utf-8", Qt::CaseInsensitive) == 0;
}

// Expat copies what it is given into a buffer of its own: a megabyte at a time, as parseBulk gives it,
// keeps that buffer small however long the stretch.
int feed(XML_Parser parser, const char* data, qint64 n, bool final)
{
    constexpr qint64 slice = qint64(1) << 20;
    for (;;) {
        const qint64 now = std::min(n, slice);
        n -= now;
        const int status = XML_Parse(parser, data, int(now), final && n == 0);
        data += now;
        if (status == XML_STATUS_ERROR || n == 0)
            return status;
    }
}

} // namespace

qint64 SheetChunks::chunkBytes()
{
    return g_chunkBytes.load();
}

void SheetChunks::setChunkBytes(qint64 bytes)
{
    g_chunkBytes = bytes;
}

int SheetChunks::mergedStretches()
{
    return g_merged.load();
}

int SheetChunks::fallbacks()
{
    return g_fallbacks.load();
}

int SheetChunks::scannedStretches()
{
    return g_scanned.load();
}

SheetChunks::SheetChunks(RowEvents& first)
    : m_first(first), m_parser(XlsxPackage::bulkParser(first)), m_chunkBytes(std::max<qint64>(chunkBytes(), 1))
{}

SheetChunks::~SheetChunks()
{
    decide(m_state);
}

// True when the parse was stopped by its handler; `status` is what the last XML_Parse returned.
bool SheetChunks::stoppedByHandler(int status, XML_Parser parser)
{
    return status == XML_STATUS_ERROR && XML_GetErrorCode(parser) == XML_ERROR_ABORTED;
}

// The outcome of a stretch whose parser was given closeAt bytes before the "</sheetData>" added after
// them.
SheetChunks::Outcome SheetChunks::outcomeOf(bool stopped, const RowEvents& events, qint64 closeAt)
{
    if (!stopped || events.m_failed || !events.stoppedAtEnd())
        return Outcome::Failed;
    if (events.m_stoppedAt < closeAt)
        return Outcome::AtEnd;
    return events.m_stoppedAt == closeAt && events.betweenRows() ? Outcome::BetweenRows : Outcome::Failed;
}

bool SheetChunks::add(const char* data, qint64 n)
{
    switch (m_state) {
    case State::Head:
    case State::Streaming:
        return addToFirst(data, n);
    case State::Split:
        m_pending.append(data, n);
        if (n == 0) {
            submit(std::exchange(m_pending, {}), true);
        } else {
            cut();
            // A long stretch with no row to cut at would be held whole: parsed at once instead.
            if (m_pending.size() > std::max(4 * m_chunkBytes, minPendingLimit)) {
                decide(State::Fallback);
                return false;
            }
        }
        return collect(n == 0);
    case State::Done:
    case State::Fallback:
        break;
    }
    return false;
}

// The head and the first stretch go to the first parser as they come, held back only where a cut could
// still be: it is the one parse until the first cut.
bool SheetChunks::addToFirst(const char* data, qint64 n)
{
    const bool end = n == 0;
    if (m_start.size() < startBytes)
        m_start.append(data, std::min<qint64>(n, startBytes - m_start.size()));
    m_pending.append(data, n);
    const qint64 received = m_pendingAt + m_pending.size();
    qint64 limit = received; // the bytes that cannot belong to a later stretch
    qint64 cutAt = -1;
    if (m_state == State::Head && !end) {
        if (m_sheetDataAt < 0) {
            const qsizetype at = m_pending.indexOf(sheetDataTag);
            if (at < 0) {
                limit = received - (sheetDataTag.size() - 1);
            } else {
                m_sheetDataAt = m_pendingAt + at;
                if (!isUtf8(m_start))
                    m_state = State::Streaming;
            }
        }
        // The rows are held back until the part has proved long enough to be cut (a small sheet is
        // parsed at once), then cut before the first: every row goes to the stretches, which RowScanner
        // reads several times faster than the first parser's expat.
        if (m_state == State::Head && m_sheetDataAt >= 0) {
            const qint64 rowsFrom = std::max(m_sheetDataAt + sheetDataTag.size(), m_pendingAt);
            const qsizetype at = received >= m_chunkBytes && rowsFrom < received
                                     ? m_pending.indexOf(rowTag, rowsFrom - m_pendingAt)
                                     : -1;
            if (at >= 0) {
                cutAt = m_pendingAt + at;
                limit = cutAt;
            } else if (received < m_chunkBytes) {
                limit = rowsFrom;
            } else {
                limit = std::max(rowsFrom, received - (rowTag.size() - 1));
            }
        }
        limit = std::max(limit, m_pendingAt);
    }

    XML_Parser parser = m_parser.get();
    const qint64 count = limit - m_pendingAt;
    const int status = feed(parser, m_pending.constData(), count, end);
    m_pending.remove(0, count);
    m_pendingAt = limit;
    if (status == XML_STATUS_ERROR) {
        // Stopped at the end of the rows as the one parse does, or failed: parsed again for the message.
        const bool atEnd = XML_GetErrorCode(parser) == XML_ERROR_ABORTED && !m_first.m_failed &&
                           m_first.stoppedAtEnd();
        decide(atEnd ? State::Done : State::Fallback);
        return false;
    }
    if (end) {
        decide(State::Done); // the whole part parsed without a stop, as the one parse would
        return false;
    }
    if (cutAt < 0)
        return true;

    const int closed = feed(parser, closeRows.constData(), closeRows.size(), false);
    switch (outcomeOf(stoppedByHandler(closed, parser), m_first, cutAt)) {
    case Outcome::AtEnd:
        decide(State::Done);
        return false;
    case Outcome::Failed:
        decide(State::Fallback);
        return false;
    case Outcome::BetweenRows:
        break;
    }
    m_parser.reset();
    m_state = State::Split;
    cut();
    return collect(false);
}

// Cuts off every stretch of at least m_chunkBytes that ends before a row.
void SheetChunks::cut()
{
    for (;;) {
        const qint64 from = std::max(m_pendingAt + m_chunkBytes, m_searchFrom);
        const qint64 received = m_pendingAt + m_pending.size();
        const qsizetype at = from < received ? m_pending.indexOf(rowTag, from - m_pendingAt) : -1;
        if (at < 0) {
            m_searchFrom = std::max(from, received - (rowTag.size() - 1));
            return;
        }
        QByteArray stretch = std::move(m_pending);
        {
            const QMutexLocker lock(&m_mutex);
            if (!m_spare.empty()) {
                m_pending = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        m_pending.resize(0); // keeps the buffer
        m_pending.reserve(std::min<qint64>(m_chunkBytes, qint64(16) << 20) + (qint64(2) << 20));
        m_pending.append(stretch.constData() + at, stretch.size() - at);
        stretch.truncate(at);
        m_pendingAt += at;
        submit(std::move(stretch), false);
    }
}

void SheetChunks::submit(QByteArray bytes, bool last)
{
    if (m_workers.empty()) {
        const int count = std::clamp(QThread::idealThreadCount() - 1, 1, 3);
        for (int i = 0; i < count; ++i) {
            m_workers.emplace_back(QThread::create([this] { work(); }));
            m_workers.back()->start();
        }
    }
    const QMutexLocker lock(&m_mutex);
    m_queue.push_back({m_submitted++, std::move(bytes), last});
    m_changed.wakeAll();
}

// Merges the stretches parsed, in order, and decides when one held the end of the rows or failed.
// Returns with fewer than a few stretches unmerged (this thread parses one when they pile up), or at
// the end when everything is decided.
bool SheetChunks::collect(bool end)
{
    const qsizetype inFlightLimit = qsizetype(m_workers.size()) + 2;
    QMutexLocker lock(&m_mutex);
    for (;;) {
        const auto next = m_finished.find(m_merged);
        if (next != m_finished.end()) {
            Stretch stretch = std::move(next->second);
            m_finished.erase(next);
            lock.unlock();
            State decided = State::Split;
            if (stretch.outcome == Outcome::Failed || !m_first.merge(*stretch.events))
                decided = State::Fallback;
            else if (stretch.outcome == Outcome::AtEnd)
                decided = State::Done;
            ++m_merged;
            ++g_merged;
            stretch.events.reset();
            if (decided != State::Split) {
                decide(decided);
                return false;
            }
            lock.relock();
            continue;
        }
        const int inFlight = m_submitted - m_merged;
        if (inFlight == 0 && end) { // the last stretch did not reach the end of the rows
            lock.unlock();
            decide(State::Fallback);
            return false;
        }
        if (!end && inFlight < inFlightLimit)
            return true;
        if (!m_queue.empty()) {
            parseNext(lock);
            continue;
        }
        m_changed.wait(&m_mutex);
    }
}

// Read by RowScanner, or by expat with a fresh handler where the scanner gives up.
SheetChunks::Stretch SheetChunks::parse(Job& job) const
{
    const qint64 closeAt = openRows.size() + job.bytes.size();
    if (!job.last)
        job.bytes.append(closeRows); // within the room the stretch's buffer keeps
    Stretch stretch;
    stretch.events = m_first.forStretch();
    bool stopped = RowScanner::read(job.bytes.constData(), job.bytes.size(), *stretch.events, openRows.size());
    if (stopped) {
        ++g_scanned;
    } else {
        stretch.events = m_first.forStretch();
        const XlsxPackage::Parser parser = XlsxPackage::bulkParser(*stretch.events);
        XML_Parser p = parser.get();
        int status = feed(p, openRows.constData(), openRows.size(), false);
        if (status != XML_STATUS_ERROR)
            status = feed(p, job.bytes.constData(), job.bytes.size(), false);
        stopped = stoppedByHandler(status, p);
    }
    stretch.outcome = outcomeOf(stopped, *stretch.events, closeAt);
    if (job.last && stretch.outcome == Outcome::BetweenRows)
        stretch.outcome = Outcome::Failed; // cannot be: nothing was added after the last stretch
    return stretch;
}

// With m_mutex held. Reusing a stretch's buffer spares the system handing out (and clearing) fresh
// pages for every one.
void SheetChunks::finish(Job job, Stretch stretch)
{
    m_finished[job.index] = std::move(stretch);
    if (m_spare.empty())
        m_spare.push_back(std::move(job.bytes));
}

void SheetChunks::work()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (m_queue.empty() && !m_stopping)
            m_changed.wait(&m_mutex);
        if (m_stopping)
            return;
        parseNext(lock);
    }
}

// With m_mutex held by `lock` and a job queued: the job is taken, parsed without the lock, and its
// stretch kept for the merge.
void SheetChunks::parseNext(QMutexLocker<QMutex>& lock)
{
    Job job = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    Stretch stretch = parse(job);
    lock.relock();
    finish(std::move(job), std::move(stretch));
    m_changed.wakeAll();
}

// Ends the workers (a stretch being parsed is finished first) once the outcome is known.
void SheetChunks::decide(State state)
{
    if (state == State::Fallback && m_state != State::Fallback)
        ++g_fallbacks;
    m_state = state;
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
        m_changed.wakeAll();
    }
    for (const auto& worker : m_workers)
        worker->wait();
    m_workers.clear();
    m_finished.clear();
    m_parser.reset();
}

} // namespace daicho::xlsx
