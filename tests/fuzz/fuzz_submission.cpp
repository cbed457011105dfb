// Submission::read on an arbitrary file. The checksum stops nearly every mutation at the door, so each
// input is also tried with its checksum recomputed as the format defines it (SHA-256 of the compact
// JSON without "checksum"), which lets the fuzzer reach the assets. What is read must write and read back,
// and the fast reading (SubmissionTokens) must give what the reading through QJsonDocument gives: the
// same refusal or the same assets, field for field.
#include "FuzzSupport.h"

#include "exchange/Submission.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace daicho;

namespace {

bool sameAssets(const Submission& x, const Submission& y)
{
    if (x.orgCode != y.orgCode || x.checksum != y.checksum || x.submittedAt != y.submittedAt
        || x.fiscalYear != y.fiscalYear || x.cityName != y.cityName || x.assets.size() != y.assets.size())
        return false;
    for (qsizetype i = 0; i < x.assets.size(); ++i) {
        const Asset& a = x.assets[i];
        const Asset& b = y.assets[i];
        if (a.orgCode != b.orgCode || a.restrictionOverrides != b.restrictionOverrides)
            return false;
        for (const AssetField& f : AssetFields::all()) {
            if (AssetFields::toText(f, a) != AssetFields::toText(f, b))
                return false;
            if (f.text && (a.*(f.text)).isNull() != (b.*(f.text)).isNull())
                return false;
        }
    }
    return true;
}

void readAndRoundTrip(const QString& path)
{
    const Result<Submission> read = Submission::read(path);
    const Result<Submission> throughQt = Submission::readThroughQt(path);
    DAICHO_FUZZ_CHECK(bool(read) == bool(throughQt), "the fast reading takes what Qt's reads");
    if (read)
        DAICHO_FUZZ_CHECK(sameAssets(read.value(), throughQt.value()), "the fast reading gives Qt's assets");
    else
        DAICHO_FUZZ_CHECK(read.error().message == throughQt.error().message
                              && read.error().details == throughQt.error().details,
                          "the fast reading refuses in Qt's words");
    if (!read) {
        DAICHO_FUZZ_CHECK(!read.error().message.isEmpty(), "a refusal says why");
        return;
    }
    const QString copy = fuzz::scratch().filePath(QStringLiteral("copy.json"));
    DAICHO_FUZZ_CHECK(bool(read.value().write(copy)), "what was read can be written");
    const Result<Submission> again = Submission::read(copy);
    DAICHO_FUZZ_CHECK(bool(again), "what Daicho wrote it reads");
    DAICHO_FUZZ_CHECK(again.value().assets.size() == read.value().assets.size(), "every asset comes back");
    DAICHO_FUZZ_CHECK(again.value().orgCode == read.value().orgCode, "the organisation comes back");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    readAndRoundTrip(fuzz::writeInput(QStringLiteral("fuzz.json"), data, size));

    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (object.isEmpty())
        return 0;
    object.remove(QStringLiteral("checksum"));
    const QByteArray content = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QString checksum = QStringLiteral("sha256:")
                           + QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    object.insert(QStringLiteral("checksum"), checksum);
    const QByteArray sealed = QJsonDocument(object).toJson();
    readAndRoundTrip(fuzz::writeInput(QStringLiteral("sealed.json"), reinterpret_cast<const uint8_t*>(sealed.constData()),
                                      size_t(sealed.size())));
    return 0;
}
