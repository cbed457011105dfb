// TableReader on an arbitrary file: the content decides the reader (a zip goes to XlsxReader, libzip and
// the XML parsers), so seeded with workbooks this fuzzes the XLSX reader. Refuse or read, never crash.
#include "FuzzSupport.h"

#include "exchange/TableReader.h"

using namespace daicho;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzz::writeInput(QStringLiteral("fuzz.xlsx"), data, size);
    const Result<SheetTable> table = TableReader::read(path);
    if (!table) {
        DAICHO_FUZZ_CHECK(!table.error().message.isEmpty(), "a refusal says why");
        return 0;
    }
    for (const QStringList& row : table.value().rows)
        for (const QString& cell : row)
            DAICHO_FUZZ_CHECK(cell.size() <= TableReader::maxCellChars, "no cell beyond the limit");
    return 0;
}
