#pragma once

#include "domain/NetworkSegment.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace daicho {

// What a city's own policy sets: the segment names it uses, its classification scheme, and which
// kinds of organisation (and which bodies outside the mayor's tree) are in scope. domain.md §7.
struct CityProfile
{
    QString id;                       // "saku"
    QString cityName;                 // 佐久市
    QString prefecture;
    QString schemeId;                 // default scheme for new assets
    QString policyTitle;              // the policy the profile is drawn from
    QVector<NetworkSegment> segments;
    QStringList orgKinds;             // Vocabulary::orgKinds in scope
    QStringList bodiesInScope;        // named bodies outside the mayor's tree
    QString notes;                    // what the policy adds, shown in the About dialog and `init`

    static const QVector<CityProfile>& all();
    static const CityProfile* find(const QString& id);
    static QStringList ids();
};

} // namespace daicho
