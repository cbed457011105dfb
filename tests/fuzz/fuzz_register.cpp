// Register::open on arbitrary bytes written to a file. A file that is refused must be left exactly as it
// was (same bytes) with nothing written beside it; one that opens must answer the basic reads.
#include "FuzzSupport.h"

#include "storage/Register.h"

#include <QCryptographicHash>

using namespace daicho;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // A fresh folder per input: an opened register leaves its WAL and a migration backup beside it.
    QTemporaryDir dir(fuzz::scratch().filePath(QStringLiteral("run-XXXXXX")));
    DAICHO_FUZZ_CHECK(dir.isValid(), "a scratch folder");
    const QString path = dir.filePath(QStringLiteral("register.daicho"));
    {
        QFile f(path);
        DAICHO_FUZZ_CHECK(f.open(QIODevice::WriteOnly)
                              && f.write(reinterpret_cast<const char*>(data), qint64(size)) == qint64(size),
                          "the input is written");
    }
    const QByteArray before =
        QCryptographicHash::hash(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                 QCryptographicHash::Sha256);
    const FixedClock clock(QDate(2025, 6, 1));
    {
        Result<std::unique_ptr<Register>> opened = Register::open(path, clock);
        if (opened) {
            Register& reg = *opened.value();
            reg.schemaVersion();
            reg.orgUnits();
            reg.assets();
            return 0;
        }
        DAICHO_FUZZ_CHECK(!opened.error().message.isEmpty(), "a refusal says why");
    }
    // Refused (and closed): the file is untouched, and nothing was left beside it.
    QFile f(path);
    DAICHO_FUZZ_CHECK(f.open(QIODevice::ReadOnly), "the refused file is still there");
    DAICHO_FUZZ_CHECK(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) == before,
                      "a refused file is left untouched");
    const QStringList beside = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    if (beside.size() != 1)
        std::fprintf(stderr, "left beside the refused file: %s\n", qPrintable(beside.join(QLatin1Char(' '))));
    DAICHO_FUZZ_CHECK(beside.size() == 1, "nothing is written beside a refused file");
    return 0;
}
