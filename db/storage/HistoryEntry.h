#pragma once

#include "domain/Asset.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace daicho {

// One append-only history row: who changed what, when.
struct HistoryEntry
{
    qint64 id = 0;
    QString entity;        // "asset" or "org"
    qint64 entityId = 0;
    QDateTime at;
    QString osUser;
    QString displayName;
    QString action;        // create, update, stage, status, dispose, review
    QVector<AssetFields::Change> changes;
    QString comment;
};

} // namespace daicho
