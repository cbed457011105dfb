#pragma once

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
    // A stored value (as AssetFields::toText wrote it) in the words of its field.
    static QString value(const QString& fieldKey, const QString& stored);
    static QString change(const AssetFields::Change& change);
    static QStringList changes(const HistoryEntry& entry);
};

} // namespace daicho
