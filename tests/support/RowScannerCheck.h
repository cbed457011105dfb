#pragma once

// RowScanner's promise, checked the same way by tst_rowscanner and the fuzz_rowscanner harness: when it
// reads a stretch of rows (returns true), its handler has received exactly what a handler of expat's
// (XlsxPackage::bulkParser, given "<sheetData>" and then the same bytes, as SheetChunks does) receives
// after the start of that "<sheetData>", and has stopped at the same byte; and expat too was stopped by
// its handler. Header only: the fuzz build has no test support library.
#include "exchange/RowScanner.h"
#include "exchange/XlsxPackage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <expat.h>

#include <algorithm>
#include <utility>

namespace daicho::test {

// The bytes before a stretch in expat's count: SheetChunks gives a stretch's parser these first.
inline const QByteArray& openRows()
{
    static const QByteArray bytes = QByteArrayLiteral("<sheetData>");
    return bytes;
}

// A handler that writes every event down as a line: "start c r=A1 s=2", "end c", "text 12" (adjacent
// pieces joined: the scanner and expat cut text in different places), and "stop" right after the event
// at which it stopped the read. It stops where a sheet's reader does, at the end of sheetData, and
// fails where it is told, so that stops elsewhere are checked too.
class EventLog : public xlsx::XmlEvents
{
public:
    struct Stops
    {
        bool atRowsEnd = true;  // stop() at the end of an element named sheetData
        QByteArray failAtStart; // fail() at the start of an element of this (local) name
        QByteArray failAtEnd;   // fail() at the end of one
        QByteArray failAtText;  // fail() at a piece of text that is exactly this
    };

    EventLog() = default;
    explicit EventLog(Stops stops) : m_stops(std::move(stops)) {}

    void start(const char* name, const char** attributes) override
    {
        takeText();
        QByteArray line("start ");
        line.append(name);
        for (const char** a = attributes; *a; a += 2) {
            line.append(' ');
            line.append(a[0]);
            line.append('=');
            line.append(a[1]);
        }
        m_lines.append(QString::fromUtf8(line));
        if (!m_stops.failAtStart.isEmpty() && m_stops.failAtStart == name)
            halt(true);
    }

    void end(const char* name) override
    {
        takeText();
        m_lines.append(QLatin1String("end ") + QString::fromUtf8(name));
        if (!m_stops.failAtEnd.isEmpty() && m_stops.failAtEnd == name)
            halt(true);
        else if (m_stops.atRowsEnd && qstrcmp(name, "sheetData") == 0)
            halt(false);
    }

    void text(const char* data, int length) override
    {
        m_text.append(data, length);
        if (!m_stops.failAtText.isEmpty() && QByteArrayView(data, length) == m_stops.failAtText)
            halt(true);
    }

    // The lines, text given last (after the last tag) included.
    QStringList lines()
    {
        takeText();
        return m_lines;
    }


private:
    void takeText()
    {
        if (m_text.isEmpty())
            return;
        m_lines.append(QLatin1String("text ") + QString::fromUtf8(m_text));
        m_text.clear();
    }

    void halt(bool failing)
    {
        m_lines.append(QStringLiteral("stop"));
        if (failing)
            fail(QStringLiteral("stopped by the test"));
        else
            stop();
    }

    const Stops m_stops{};
    QStringList m_lines;
    QByteArray m_text;
};

// What one reader made of a stretch.
struct Reading
{
    enum Outcome
    {
        Stopped,    // by the handler (the scanner: read() returned true)
        GaveUp,     // the scanner only: read() returned false
        Refused,    // expat only: not well-formed (or another error than the handler's stop)
        Unfinished, // expat only: waits for more bytes
    };
    Outcome outcome = GaveUp;
    QStringList lines;
    qint64 stoppedAt = -1;
    int error = 0; // expat's XML_Error when refused
    // Expat only: its first event was the start of the "<sheetData>" the stretch's parser is given first,
    // which is not among the lines. The scanner, given only the bytes after it, does not repeat it.
    bool rowsOpened = false;
};

inline Reading scanRows(const QByteArray& rows, const EventLog::Stops& stops = EventLog::Stops())
{
    EventLog log(stops);
    Reading reading;
    reading.outcome = xlsx::RowScanner::read(rows.constData(), rows.size(), log, openRows().size())
                          ? Reading::Stopped
                          : Reading::GaveUp;
    reading.lines = log.lines();
    reading.stoppedAt = log.stoppedAt();
    return reading;
}

// As SheetChunks parses a stretch the scanner gave up on: "<sheetData>", then the bytes a megabyte at a
// time, never final.
inline Reading parseRows(const QByteArray& rows, const EventLog::Stops& stops = EventLog::Stops())
{
    EventLog log(stops); // outlives the parser, which points to it
    Reading reading;
    {
        const xlsx::XlsxPackage::Parser parser = xlsx::XlsxPackage::bulkParser(log);
        XML_Parser p = parser.get();
        int status = XML_Parse(p, openRows().constData(), int(openRows().size()), XML_FALSE);
        constexpr qsizetype slice = qsizetype(1) << 20;
        for (qsizetype at = 0; status != XML_STATUS_ERROR && at < rows.size(); at += slice)
            status = XML_Parse(p, rows.constData() + at, int(std::min(slice, rows.size() - at)), XML_FALSE);
        if (status != XML_STATUS_ERROR) {
            reading.outcome = Reading::Unfinished;
        } else if (XML_GetErrorCode(p) == XML_ERROR_ABORTED) {
            reading.outcome = Reading::Stopped;
        } else {
            reading.outcome = Reading::Refused;
            reading.error = int(XML_GetErrorCode(p));
        }
    }
    reading.lines = log.lines();
    reading.stoppedAt = log.stoppedAt();
    if (!reading.lines.isEmpty() && reading.lines.constFirst() == QLatin1String("start sheetData")) {
        reading.lines.removeFirst();
        reading.rowsOpened = true;
    }
    return reading;
}

// Empty when the promise holds for these bytes (or the scanner gave up: `read` says which); otherwise
// what differs.
inline QString brokenPromise(const QByteArray& rows, const EventLog::Stops& stops = EventLog::Stops(),
                             bool* read = nullptr)
{
    const Reading scanned = scanRows(rows, stops);
    if (read)
        *read = scanned.outcome == Reading::Stopped;
    if (scanned.outcome != Reading::Stopped)
        return {};
    const Reading parsed = parseRows(rows, stops);
    QStringList differences;
    if (!parsed.rowsOpened)
        differences.append(QStringLiteral("expat did not start with the rows' start"));
    if (parsed.outcome != Reading::Stopped)
        differences.append(QStringLiteral("expat was not stopped by its handler (outcome %1, error %2)")
                               .arg(parsed.outcome)
                               .arg(parsed.error));
    if (scanned.lines != parsed.lines)
        differences.append(QLatin1String("events differ:\n  scanner: ") +
                           scanned.lines.join(QLatin1String(" | ")) + QLatin1String("\n  expat:   ") +
                           parsed.lines.join(QLatin1String(" | ")));
    if (scanned.stoppedAt != parsed.stoppedAt)
        differences.append(QStringLiteral("stopped at byte %1 (scanner), %2 (expat)")
                               .arg(scanned.stoppedAt)
                               .arg(parsed.stoppedAt));
    return differences.join(QLatin1Char('\n'));
}

} // namespace daicho::test
