// CsvReader on arbitrary bytes, in each encoding: it must refuse or return rows, never crash, and what
// it returns must keep the readers' promises (no cell beyond Excel's limit).
#include "FuzzSupport.h"

#include "exchange/CsvReader.h"

using namespace daicho;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const auto encoding : {TableReadOptions::Encoding::Auto, TableReadOptions::Encoding::Utf8,
                                TableReadOptions::Encoding::Cp932}) {
        const Result<SheetTable> table = CsvReader::read(bytes, QStringLiteral("fuzz.csv"), encoding);
        if (!table) {
            DAICHO_FUZZ_CHECK(!table.error().message.isEmpty(), "a refusal says why");
            continue;
        }
        for (const QStringList& row : table.value().rows)
            for (const QString& cell : row)
                DAICHO_FUZZ_CHECK(cell.size() <= TableReader::maxCellChars, "no cell beyond the limit");
    }
    return 0;
}
