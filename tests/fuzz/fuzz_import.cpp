// The importer's reading of a sheet, without writing: CSV bytes through CsvReader, HeaderMapping::detect
// and ImportPlan::build against a small register, then everything a preview shows. Never crash; every
// row in the plan is a row of the sheet.
#include "FuzzSupport.h"

#include "exchange/CsvReader.h"
#include "exchange/HeaderMapping.h"
#include "exchange/ImportPlan.h"
#include "storage/Register.h"

using namespace daicho;

namespace {

FixedClock g_clock{QDate(2025, 6, 1)};
// Never destroyed: at exit Qt Sql's own statics go first, and closing the register after them would crash.
Register* g_register = nullptr;

void createRegister()
{
    const Actor actor{QStringLiteral("fuzz"), QStringLiteral("fuzz")};
    auto created = Register::create(fuzz::scratch().filePath(QStringLiteral("register.daicho")), RegisterSettings{},
                                    actor, g_clock);
    DAICHO_FUZZ_CHECK(bool(created), "the register is created");
    g_register = std::move(created).value().release();
    OrgUnit d{0, QStringLiteral("03"), QStringLiteral("市民部"), QStringLiteral("department"), 0, 10, {}, {}};
    d = g_register->addOrgUnit(d, actor).value();
    OrgUnit s{0, QStringLiteral("0302"), QStringLiteral("保険年金課"), QStringLiteral("section"), d.id, 20, {}, {}};
    g_register->addOrgUnit(s, actor).value();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::start(argc, argv);
    createRegister();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<SheetTable> table = CsvReader::read(bytes, QStringLiteral("fuzz.csv"), TableReadOptions::Encoding::Auto);
    if (!table)
        return 0;
    HeaderMapping mapping = HeaderMapping::detect(table.value());
    for (const bool withDefault : {false, true}) {
        ImportOptions options;
        if (withDefault)
            options.defaultOrgCode = QStringLiteral("0302");
        const Result<ImportPlan> plan = ImportPlan::build(*g_register, table.value(), mapping, options);
        DAICHO_FUZZ_CHECK(bool(plan), "a known organisation is never refused");
        for (const PlannedRow& row : plan.value().rows())
            DAICHO_FUZZ_CHECK(row.row >= 1 && row.row <= table.value().rows.size(), "rows are the sheet's");
        plan.value().problems();
        plan.value().rejectsCsv();
        plan.value().count(ImportAction::Add);
    }
    mapping.unmappedHeaders();
    // A person's correction: the first column read as the name.
    if (!mapping.columns().isEmpty() && mapping.setKey(mapping.columns().first().column, QStringLiteral("name")))
        ImportPlan::build(*g_register, table.value(), mapping, {});
    return 0;
}
