#pragma once

#include "domain/Asset.h"

#include <QString>

namespace daicho {

// The asset table's column for an asset field: the field's key, except the scheme (a reference to
// the scheme table) and the three levels (c → c_level, i, a). One place for every statement that
// reads or writes asset rows, through Qt Sql or SQLite's own API.
inline QString assetColumn(const QString& fieldKey)
{
    if (fieldKey == QLatin1String("scheme"))
        return QStringLiteral("scheme_id");
    if (fieldKey.size() == 1)   // c, i, a
        return fieldKey + QStringLiteral("_level");
    return fieldKey;
}

inline QString assetColumn(const AssetField& field)
{
    return assetColumn(field.key);
}

} // namespace daicho
