#pragma once

#include <QString>

namespace daicho {

// A segment of the city's network (三層の対策). Names differ per city; the role is what the rules read.
struct NetworkSegment
{
    QString code;       // stored in the asset
    QString name;       // the city's own name: 基幹系（マイナンバー利用事務系）
    QString role;       // Vocabulary::segmentRoles
    int sortOrder = 0;
};

} // namespace daicho
