#include "exchange/XlsxPackage.h"

#include "exchange/SheetChunks.h"

#include <QFile>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <expat.h>
#include <zip.h>

#include <cstring>
#include <deque>
#include <memory>

namespace daicho::xlsx {

namespace {

constexpr qint64 maxPartBytes = qint64(1) << 30; // unpacked; a zip bomb stops here
constexpr int pieceBytes = 1 << 20;

const char* localName(const char* name)
{
    const char* colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}

QString resolvePart(const QString& folder, const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts;
    const QStringList segments = QString(folder + target).split(u'/', Qt::SkipEmptyParts);
    for (const QString& segment : segments) {
        if (segment == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (segment != u".") {
            parts.append(segment);
        }
    }
    return parts.join(u'/');
}

} // namespace

void XmlEvents::stop()
{
    if (!m_parser) { // read by RowScanner, which sees the stop in m_stoppedAt
        m_stoppedAt = m_scanAt;
        return;
    }
    const XML_Parser parser = static_cast<XML_Parser>(m_parser);
    m_stoppedAt = XML_GetCurrentByteIndex(parser);
    XML_StopParser(parser, XML_FALSE);
}

void XmlEvents::fail(const QString& why)
{
    m_failure = why;
    m_failed = true;
    stop();
}

XlsxPackage::~XlsxPackage()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool XlsxPackage::open(const QString& path)
{
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (m_zip)
        return true;
    zip_error_t zipError;
    zip_error_init_with_code(&zipError, error);
    m_why = QString::fromUtf8(zip_error_strerror(&zipError));
    zip_error_fini(&zipError);
    m_ioError = error == ZIP_ER_OPEN || error == ZIP_ER_READ;
    return false;
}

bool XlsxPackage::hasPart(const QString& name) const
{
    return zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

QString XlsxPackage::folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

zip_file* XlsxPackage::openPart(const QString& name)
{
    m_missing = false;
    m_why.clear();
    // Part names are case-insensitive in the packaging conventions.
    zip_file* file = zip_fopen(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (!file) {
        m_missing = true;
        m_why = tr("the part %1 is missing").arg(name);
    }
    return file;
}

qint64 XlsxPackage::unpack(zip_file* file, const QString& name, char* into, qint64& total, QString& why)
{
    const zip_int64_t n = zip_fread(file, into, pieceBytes);
    if (n < 0) {
        why = tr("%1 cannot be unpacked (%2)")
                  .arg(name, QString::fromUtf8(zip_error_strerror(zip_file_get_error(file))));
        return -1;
    }
    total += n;
    if (total > maxPartBytes) {
        why = tr("%1 unpacks to more than %2 MB").arg(name).arg(maxPartBytes >> 20);
        return -1;
    }
    return n;
}

qint64 XlsxPackage::readPart(zip_file* file, const QString& name, char* into, qint64& total)
{
    return unpack(file, name, into, total, m_why);
}

namespace {

// Unpacks a part on a thread of its own, a few pieces ahead of the parser: inflating and checking the
// CRC of a 100,000-row sheet is a fifth of the parse's time, and the machine has a second core.
// The pieces come out in order, a failure to unpack in the place where it happened, so the parse sees
// exactly what reading and parsing piece by piece on one thread saw.
class Unpacker
{
public:
    struct Piece
    {
        QByteArray bytes;
        qint64 size = 0; // 0 at the end of the part, -1 when it could not be unpacked (why says why)
        QString why;
    };

    Unpacker(zip_file* file, const QString& name) : m_file(file), m_name(name)
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
    }
    ~Unpacker()
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_changed.wakeAll();
        }
        m_thread->wait();
    }

    Piece next()
    {
        QMutexLocker lock(&m_mutex);
        while (m_ready.empty())
            m_changed.wait(&m_mutex);
        Piece piece = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.wakeAll();
        return piece;
    }

private:
    static constexpr size_t ahead = 3; // pieces unpacked and not yet parsed

    void run()
    {
        qint64 total = 0;
        for (;;) {
            Piece piece;
            piece.bytes.resize(pieceBytes);
            piece.size = XlsxPackage::unpack(m_file, m_name, piece.bytes.data(), total, piece.why);
            const bool last = piece.size <= 0;
            QMutexLocker lock(&m_mutex);
            while (m_ready.size() >= ahead && !m_stop)
                m_changed.wait(&m_mutex);
            if (m_stop)
                return;
            m_ready.push_back(std::move(piece));
            m_changed.wakeAll();
            if (last)
                return;
        }
    }

    zip_file* const m_file;
    const QString m_name;
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Piece> m_ready;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace

qint64 XlsxPackage::readPart(zip_file* file, const QString& name, QByteArray& buffer, qint64& total)
{
    buffer.resize(pieceBytes);
    const qint64 n = readPart(file, name, buffer.data(), total);
    buffer.resize(qMax<qint64>(n, 0));
    return n;
}

void XlsxPackage::closePart(zip_file* file)
{
    zip_fclose(file);
}

XlsxPackage::Parser XlsxPackage::bulkParser(XmlEvents& events)
{
    Parser parser(XML_ParserCreate(nullptr), XML_ParserFree);
    XML_Parser p = parser.get();
    events.m_parser = p;
    events.m_failure.clear();
    events.m_failed = false;
    events.m_stoppedAt = -1;
    XML_SetUserData(p, &events);
    XML_SetElementHandler(
        p,
        [](void* user, const XML_Char* name, const XML_Char** attributes) {
            static_cast<XmlEvents*>(user)->start(localName(name), attributes);
        },
        [](void* user, const XML_Char* name) { static_cast<XmlEvents*>(user)->end(localName(name)); });
    XML_SetCharacterDataHandler(p, [](void* user, const XML_Char* data, int length) {
        static_cast<XmlEvents*>(user)->text(data, length);
    });
    // Spreadsheet parts never declare a DTD; one that does is not from a spreadsheet program.
    XML_SetStartDoctypeDeclHandler(p, [](void* user, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        static_cast<XmlEvents*>(user)->fail(tr("a part declares a DTD"));
    });
    return parser;
}

bool XlsxPackage::parseBulk(const QString& name, XmlEvents& events)
{
    zip_file* file = openPart(name);
    if (!file)
        return false;
    const std::unique_ptr<zip_file, int (*)(zip_file*)> closer(file, zip_fclose);
    const Parser parser = bulkParser(events);
    XML_Parser p = parser.get();

    Unpacker unpacker(file, name); // stopped and joined before the part is closed
    for (;;) {
        const Unpacker::Piece piece = unpacker.next();
        const qint64 n = piece.size;
        if (n < 0) {
            m_why = piece.why;
            return false;
        }
        if (XML_Parse(p, piece.bytes.constData(), int(n), n == 0) == XML_STATUS_ERROR) {
            if (XML_GetErrorCode(p) == XML_ERROR_ABORTED) {
                m_why = events.m_failure;
                return m_why.isEmpty();
            }
            m_why = tr("%1 is not well-formed XML: %2, line %3")
                        .arg(name, QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(p))))
                        .arg(XML_GetCurrentLineNumber(p));
            return false;
        }
        if (n == 0)
            return true;
    }
}

bool XlsxPackage::parseRows(const QString& name, RowEvents& events)
{
    if (SheetChunks::chunkBytes() > 0) {
        zip_file* file = openPart(name);
        if (!file)
            return false;
        bool done = false;
        {
            const std::unique_ptr<zip_file, int (*)(zip_file*)> closer(file, zip_fclose);
            Unpacker unpacker(file, name); // stopped and joined before the part is closed
            SheetChunks chunks(events);    // its threads joined before the handler starts again
            for (;;) {
                const Unpacker::Piece piece = unpacker.next();
                // A part that cannot be unpacked is left to parseBulk, which says where, or stops before.
                if (piece.size < 0 || !chunks.add(piece.bytes.constData(), piece.size) || piece.size == 0)
                    break;
            }
            done = chunks.done();
        }
        if (done)
            return true;
        events.restart();
    }
    return parseBulk(name, events);
}

bool XlsxPackage::relationships(const QString& part, QHash<QString, Relationship>& out)
{
    const QString folder = folderOf(part);
    const QString rels = part.isEmpty() ? QStringLiteral("_rels/.rels")
                                        : folder + QStringLiteral("_rels/") +
                                              part.mid(part.lastIndexOf(u'/') + 1) + QStringLiteral(".rels");
    const bool ok = parse(rels, [&](QXmlStreamReader& xml, QXmlStreamReader::TokenType token) {
        if (token == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value(QLatin1String("TargetMode")) == u"External")
                return true;
            const QString type = attributes.value(QLatin1String("Type")).toString();
            out.insert(attributes.value(QLatin1String("Id")).toString(),
                       {type.mid(type.lastIndexOf(u'/') + 1),
                        resolvePart(folder, attributes.value(QLatin1String("Target")).toString())});
        }
        return true;
    });
    return ok || m_missing;
}

} // namespace daicho::xlsx
