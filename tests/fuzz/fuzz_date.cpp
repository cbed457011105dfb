// JapaneseDate::parse and parseFiscalYear on arbitrary text (UTF-8). Whatever parse accepts, formatting
// that date in each style and parsing it again must give the same day: what Daicho writes it must read.
#include "FuzzSupport.h"

#include "calendar/JapaneseDate.h"

using namespace daicho;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const DateParse parsed = JapaneseDate::parse(text);
    if (!parsed.ok()) {
        DAICHO_FUZZ_CHECK(!parsed.error.isEmpty(), "a refusal says why");
    } else {
        for (const auto style : {JapaneseDate::Style::Long, JapaneseDate::Style::Short, JapaneseDate::Style::Iso}) {
            const QString written = JapaneseDate::format(parsed.date, style);
            const DateParse again = JapaneseDate::parse(written);
            if (again.date != parsed.date)
                std::fprintf(stderr, "read %s as %s, wrote %s, read that as %s\n", qPrintable(text),
                             qPrintable(parsed.date.toString(Qt::ISODate)), qPrintable(written),
                             qPrintable(again.date.toString(Qt::ISODate)));
            DAICHO_FUZZ_CHECK(again.date == parsed.date, "a formatted date parses back to the same day");
        }
    }
    if (const std::optional<int> year = JapaneseDate::parseFiscalYear(text)) {
        const QString written = JapaneseDate::formatFiscalYear(*year);
        if (!written.isEmpty())
            DAICHO_FUZZ_CHECK(JapaneseDate::parseFiscalYear(written) == year, "a 年度 parses back to itself");
    }
    return 0;
}
