#include "exchange/SubmissionReads.h"

#include <QFile>
#include <QThread>

#include <algorithm>

namespace daicho {

namespace {

// The stated date from the end of a submission file: the last `"submitted_at"` key and its string. A
// key of that name inside an asset makes the file unreadable anyway; whatever else could mislead this
// is caught when the whole file is read and its date compared.
std::optional<QDateTime> statedDate(const QString& path)
{
    constexpr qint64 tailBytes = 64 * 1024;   // the keys after the assets: names and codes, well under this
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    const qint64 size = in.size();
    if (!in.seek(std::max<qint64>(0, size - tailBytes)))
        return std::nullopt;
    const QByteArray tail = in.read(tailBytes);
    static const QByteArray key = QByteArrayLiteral("\"submitted_at\"");
    qsizetype at = tail.lastIndexOf(key);
    if (at < 0)
        return std::nullopt;
    at += key.size();
    const auto skipSpace = [&]() {
        while (at < tail.size() && (tail[at] == ' ' || tail[at] == '\n' || tail[at] == '\r' || tail[at] == '\t'))
            ++at;
    };
    skipSpace();
    if (at >= tail.size() || tail[at] != ':')
        return std::nullopt;
    ++at;
    skipSpace();
    if (at >= tail.size() || tail[at] != '"')
        return std::nullopt;
    const qsizetype end = tail.indexOf('"', at + 1);
    if (end < 0)
        return std::nullopt;
    const QByteArray value = tail.mid(at + 1, end - at - 1);
    if (value.contains('\\'))
        return std::nullopt;
    const QDateTime date = QDateTime::fromString(QString::fromUtf8(value), Qt::ISODateWithMs);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

std::optional<QVector<qsizetype>> SubmissionReads::oldestFirst(const QStringList& files, QVector<QDateTime>* dates)
{
    QVector<QDateTime> found;
    found.reserve(files.size());
    for (const QString& file : files) {
        std::optional<QDateTime> date = statedDate(file);
        if (!date)
            return std::nullopt;
        found << *date;
    }
    QVector<qsizetype> order(files.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return found[a] < found[b]; });
    if (dates)
        *dates = found;
    return order;
}

SubmissionReads::SubmissionReads(const QStringList& files, QVector<qsizetype> order)
    : m_files(files), m_order(std::move(order)), m_done(size_t(m_order.size()))
{
    // One reader beside the thread that writes (and reads a file itself when no reader has got to it),
    // two when the machine has cores to spare.
    const int readers = QThread::idealThreadCount() > 2 ? 2 : 1;
    for (int i = 0; i < readers; ++i) {
        m_readers.emplace_back(QThread::create([this] { readAhead(); }));
        m_readers.back()->start();
    }
}

SubmissionReads::~SubmissionReads()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_changed.wakeAll();
    }
    for (const auto& reader : m_readers)
        reader->wait();
}

void SubmissionReads::readAhead()
{
    for (;;) {
        qsizetype place = 0;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop && m_started < m_order.size() && m_started - m_taken >= ahead)
                m_changed.wait(&m_mutex);
            if (m_stop || m_started >= m_order.size())
                return;
            place = m_started++;
        }
        Result<Submission> read = Submission::read(m_files.at(m_order.at(place)));
        const QMutexLocker lock(&m_mutex);
        m_done[size_t(place)].emplace(std::move(read));
        m_changed.wakeAll();
    }
}

Result<Submission> SubmissionReads::next()
{
    QMutexLocker lock(&m_mutex);
    const size_t place = size_t(m_taken);
    if (qsizetype(place) >= m_started) {
        // No reader has got to it: reading it here is sooner than waiting for one.
        ++m_started;
        lock.unlock();
        Result<Submission> read = Submission::read(m_files.at(m_order.at(qsizetype(place))));
        lock.relock();
        ++m_taken;
        m_changed.wakeAll();
        return read;
    }
    while (!m_done.at(place))
        m_changed.wait(&m_mutex);
    Result<Submission> read = std::move(*m_done[place]);
    m_done[place].reset();
    ++m_taken;
    m_changed.wakeAll();
    return read;
}

} // namespace daicho
