#pragma once

#include "exchange/XlsxPackage.h"

#include <QByteArray>
#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <map>
#include <memory>
#include <vector>

class QThread;

namespace daicho::xlsx {

// Parses a sheet's XML on several threads, a stretch of rows each, with the outcome of the one parse
// (XlsxPackage::parseBulk) or none at all.
//
// The text is cut just before "<row r=\"" (Excel, LibreOffice and libxlsxwriter name every row's number):
// once the part is at least chunkBytes() long, before its first row, and then about every chunkBytes()
// bytes. The first stretch (the head, and rows only where the first cut could not be made at once) goes
// to the first handler's parser; every later one to a fresh handler, read by RowScanner or, where it
// gives up, by a fresh parser fed "<sheetData>" and the stretch. A cut is proved to lie between rows
// when the reading of the stretch before it, given "</sheetData>" after its bytes, stops at exactly that
// tag with no cell open: nothing before the cut was a comment, CDATA, an attribute or an element left
// open that the fresh reading could not know. The first stretch that stops inside its own bytes held
// the real end of the rows, as the one parse stops there. Anything else (a cut not proved, XML errors, a
// handler's failure, too many cells, text in another encoding, no cut at all after the head ...) leaves
// done() false: the caller then parses the part at once, which gives its result and its message
// exactly as before.
//
// The part is taken a piece at a time; at most a few stretches are held, parsed by this thread and
// worker threads, and merged in order as they finish.
class SheetChunks
{
public:
    explicit SheetChunks(RowEvents& first);
    ~SheetChunks();
    SheetChunks(const SheetChunks&) = delete;
    SheetChunks& operator=(const SheetChunks&) = delete;

    // The next n bytes of the part, n == 0 at its end. False once the outcome is decided.
    bool add(const char* data, qint64 n);
    // True when the first handler holds every row as the one parse would have left it.
    bool done() const { return m_state == State::Done; }

    // The least length of a stretch: 8 MB, or DAICHO_XLSX_CHUNK_BYTES from the environment (tests and
    // fuzzers cut small workbooks into many stretches with it); 0 or less parses every sheet at once.
    static qint64 chunkBytes();
    static void setChunkBytes(qint64 bytes);
    // Counted over the process, for tests: stretches merged, and parses left to the caller.
    static int mergedStretches();
    static int fallbacks();
    // Stretches RowScanner read to their end (the others went to expat).
    static int scannedStretches();

private:
    enum class State
    {
        Head,      // the first parser reads the head and the first stretch
        Streaming, // no cut possible: the first parser reads everything
        Split,     // later stretches are cut and parsed on several threads
        Done,
        Fallback
    };
    enum class Outcome
    {
        BetweenRows, // stopped at the "</sheetData>" added after it, no cell open
        AtEnd,       // stopped at the real end of the rows
        Failed
    };
    struct Job
    {
        int index = 0;
        QByteArray bytes;
        bool last = false;
    };
    struct Stretch
    {
        std::unique_ptr<RowEvents> events;
        Outcome outcome = Outcome::Failed;
    };

    bool addToFirst(const char* data, qint64 n);
    void cut();
    void submit(QByteArray bytes, bool last);
    bool collect(bool end);
    Stretch parse(Job& job) const;
    void work();
    void finish(Job job, Stretch stretch);
    void parseNext(QMutexLocker<QMutex>& lock);
    void decide(State state);
    static bool stoppedByHandler(int status, XML_ParserStruct* parser);
    static Outcome outcomeOf(bool stopped, const RowEvents& events, qint64 closeAt);

    RowEvents& m_first;
    XlsxPackage::Parser m_parser; // the first handler's
    const qint64 m_chunkBytes;
    State m_state = State::Head;
    QByteArray m_start;     // the part's first bytes, for its XML declaration
    QByteArray m_pending;   // bytes received and neither parsed nor cut off
    qint64 m_pendingAt = 0; // where m_pending starts in the part
    qint64 m_sheetDataAt = -1;
    qint64 m_searchFrom = 0;

    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Job> m_queue;
    std::map<int, Stretch> m_finished;
    std::vector<QByteArray> m_spare; // the buffers of stretches parsed, for the next ones
    std::vector<std::unique_ptr<QThread>> m_workers;
    bool m_stopping = false;
    int m_submitted = 1; // the first stretch is the first handler's
    int m_merged = 1;
};

} // namespace daicho::xlsx
