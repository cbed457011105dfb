// RowScanner against expat: the input is a stretch of a sheet's rows, the bytes SheetChunks gives after
// "<sheetData>". Whenever the scanner reads it (its handler stopped the read), a handler of expat's,
// given "<sheetData>" and the same bytes, must have received the same events and stopped at the same
// byte, and expat must have been stopped by it (tests/support/RowScannerCheck.h says how that is
// compared). Each input is read as it is (a sheet's last stretch, which runs to the end of the part) and
// with the "</sheetData>" SheetChunks adds after the others, each with the reader's own stop (the end of
// sheetData) and with failures at a cell's start and at a value's end. Seeds: tests/fuzz/seeds/rowscanner.
#include "FuzzSupport.h"
#include "RowScannerCheck.h"

using namespace daicho;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Not copied: the sanitizer then catches a read past the input's last byte.
    const QByteArray last = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QByteArray closed = last + QByteArrayLiteral("</sheetData>");
    using Stops = test::EventLog::Stops;
    for (const QByteArray& rows : {last, closed}) {
        // Not at a piece of text: where a stop falls then depends on how the text is cut into pieces,
        // which is the readers' own (tst_rowscanner checks that a stop inside text is left to expat).
        for (const Stops& stops : {Stops{}, Stops{true, "c", {}, {}}, Stops{true, {}, "v", {}}}) {
            const QString broken = test::brokenPromise(rows, stops);
            if (!broken.isEmpty())
                std::fprintf(stderr, "%s\n", broken.toUtf8().constData());
            DAICHO_FUZZ_CHECK(broken.isEmpty(), "what RowScanner reads, expat reads the same");
        }
    }
    return 0;
}
