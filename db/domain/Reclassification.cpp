#include "domain/Reclassification.h"

namespace daicho {

namespace {

const QString kH27 = QStringLiteral("mic-h27");
const QString kR6 = QStringLiteral("mic-r6");

QString movedConfidentiality(const Asset& a)
{
    const QString c = a.cLevel;
    if (c == QLatin1String("3"))
        // 秘密文書相当 stays 3A; a 3 held for its resident data is the 3B the guideline describes.
        return (a.specific || a.sensitive || a.personal) ? QStringLiteral("3B") : QStringLiteral("3A");
    if (c == QLatin1String("2"))
        return (a.specific || a.sensitive) ? QStringLiteral("3B") : a.personal ? QStringLiteral("3C") : c;
    return c;   // 1, "-" and empty keep their code
}

} // namespace

bool Reclassification::canMove(const QString& fromSchemeId, const QString& toSchemeId)
{
    return fromSchemeId == kH27 && toSchemeId == kR6;
}

Asset Reclassification::moved(Asset asset, const QString& toSchemeId)
{
    if (!canMove(asset.schemeId, toSchemeId))
        return asset;
    asset.cLevel = movedConfidentiality(asset);
    // 完全性 and 可用性 keep their 2 / 1 scale in both editions.
    asset.schemeId = toSchemeId;
    asset.reclassPending = true;
    return asset;
}

QString Reclassification::describe(const QString& fromSchemeId, const QString& toSchemeId)
{
    if (!canMove(fromSchemeId, toSchemeId))
        return tr("No move from %1 to %2 is known; the assets keep their own scheme.").arg(fromSchemeId, toSchemeId);
    return tr("Confidentiality 3 becomes 3B with personal data, else 3A; 2 with sensitive or specific personal data "
              "becomes 3B, with other personal data 3C, else 2; 1 stays 1; integrity and availability keep their "
              "levels. Each moved asset is marked for confirmation.");
}

} // namespace daicho
