#pragma once

#include "domain/Asset.h"
#include "domain/Catalog.h"

#include <QCoreApplication>
#include <QString>

namespace daicho {

// A field of an asset as a person reads it on screen or paper: 令和 dates, 令和7年度, labels for
// codes, the city's own segment names, ○ for yes. Besides the fields of AssetFields it knows the
// derived values "label" (C3B-I2-A2), "label_text" (機密性3B／完全性2／可用性2), "importance",
// "risk" and "restrictions". The table, the details panel and the reports share it.
class AssetDisplay
{
    Q_DECLARE_TR_FUNCTIONS(daicho::AssetDisplay)
public:
    static QString text(const Catalog& catalog, const Asset& asset, const QString& key);
    static QString text(const Catalog& catalog, const Asset& asset, const AssetField& field);
    // The header of a derived value in the user's language; empty for an unknown key.
    static QString derivedLabel(const QString& key);
};

} // namespace daicho
