#pragma once

#include "domain/Catalog.h"
#include "storage/HistoryEntry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace daicho {

// How a history row reads to a person: the action in words ("廃棄"), each change as
// "機密性: 2 → 3B" with codes turned into their labels and dates into 和暦. The CLI table and the
// window's history view both read it from here.
class HistoryWording
{
    Q_DECLARE_TR_FUNCTIONS(daicho::HistoryWording)
public:
    static QString action(const QString& action);
    static QString when(const HistoryEntry& entry);
    static QString who(const HistoryEntry& entry);
    // A stored value (as AssetFields::toText wrote it) in the words of its field; with the register's
    // catalogue, segment codes become the city's segment names.
    static QString value(const QString& fieldKey, const QString& stored, const Catalog* catalog = nullptr);
    static QString change(const AssetFields::Change& change, const Catalog* catalog = nullptr);
    // The changes of an edit. A registration lists no changes (every field would be one): its summary
    // says what was registered.
    static QStringList changes(const HistoryEntry& entry, const Catalog* catalog = nullptr);
};

} // namespace daicho
