#pragma once

#include "domain/Asset.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace daicho {

// The list of changes a history row stores, in one place: how it is written, how it is read back.
//
// Two forms, both compact JSON:
// - a change, and anything older than register format 6: [{"field":…,"new":…,"old":…}, …], the text
//   QJsonDocument writes (keys in its sorted order);
// - the creation of an asset, from format 6: {"key":"value", …}, the values the asset was created with
//   in the order AssetFields::diff lists them. The "old" side of a creation is always what a fresh asset
//   holds, so it is not repeated: a city's creation rows became half as long (a 100,000-asset import
//   wrote 184 MB of history, now about 90), and every one is hashed, written twice through the WAL and
//   read again by `verify`.
// Reading gives the same list for both: the creation's old values are a fresh asset's.
class HistoryChanges
{
public:
    static QString json(const QVector<AssetFields::Change>& changes);
    // The creation row of `asset` in UTF-8, the bytes stored and hashed: read() gives back exactly
    // AssetFields::diff(Asset(), asset).
    static QByteArray created(const Asset& asset);
    // Either form; text that is neither (a damaged row) reads as no changes.
    static QVector<AssetFields::Change> read(const QByteArray& utf8);
};

} // namespace daicho
