// The XLSX reader past the zip: a mutated zip nearly always fails its CRC and stops in libzip, so this
// harness takes the workbook's XML parts as its input, packs them into a well-formed zip with libzip and
// reads that. The input is the parts in this order, separated by a line "--part--":
//   xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/worksheets/sheet1.xml, xl/sharedStrings.xml, xl/styles.xml
// (a part left out is left out of the package). Seeds: the parts of tests/data's workbooks.
// Each input is also read with its sheet cut into stretches of a few bytes (SheetChunks), which must give
// exactly the rows or the message of the one parse.
#include "FuzzSupport.h"

#include "exchange/SheetChunks.h"
#include "exchange/TableReader.h"

#include <QList>

#include <zip.h>

using namespace daicho;

namespace {

const char* const kPartNames[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                                  "xl/sharedStrings.xml", "xl/styles.xml"};

const QByteArray kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
    "ContentType=\"application/xml\"/><Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/></Types>";
const QByteArray kPackageRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>";

bool pack(const QString& path, const QList<QByteArray>& parts)
{
    int error = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    const auto add = [zip](const char* name, const QByteArray& data) {
        zip_source_t* source = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source)
            return false;
        if (zip_file_add(zip, name, source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(source);
            return false;
        }
        return true;
    };
    bool ok = add("[Content_Types].xml", kContentTypes) && add("_rels/.rels", kPackageRels);
    for (int i = 0; ok && i < parts.size() && i < 5; ++i)
        ok = add(kPartNames[i], parts.at(i));
    if (!ok) {
        zip_discard(zip);
        return false;
    }
    return zip_close(zip) == 0; // the buffers must live until here
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<QByteArray> split;
    qsizetype from = 0;
    const QByteArray separator("\n--part--\n");
    while (split.size() < 4) {
        const qsizetype at = bytes.indexOf(separator, from);
        if (at < 0)
            break;
        split.append(bytes.mid(from, at - from));
        from = at + separator.size();
    }
    split.append(bytes.mid(from));

    const QString path = fuzz::scratch().filePath(QStringLiteral("parts.xlsx"));
    DAICHO_FUZZ_CHECK(pack(path, split), "the parts are packed");
    xlsx::SheetChunks::setChunkBytes(0);
    const Result<SheetTable> table = TableReader::read(path);
    xlsx::SheetChunks::setChunkBytes(1 + qint64(size % 64));
    const Result<SheetTable> stretched = TableReader::read(path);
    DAICHO_FUZZ_CHECK(stretched.ok() == table.ok() &&
                          (table.ok() ? stretched->rows == table->rows
                                      : stretched.error().message == table.error().message),
                      "a sheet read in stretches reads as in one parse");
    if (!table) {
        DAICHO_FUZZ_CHECK(!table.error().message.isEmpty(), "a refusal says why");
        return 0;
    }
    for (const QStringList& row : table.value().rows)
        for (const QString& cell : row)
            DAICHO_FUZZ_CHECK(cell.size() <= TableReader::maxCellChars, "no cell beyond the limit");
    return 0;
}
