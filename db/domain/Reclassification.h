#pragma once

#include "domain/Asset.h"

#include <QCoreApplication>
#include <QString>

namespace daicho {

// Moving an asset's levels from one guideline edition to another (domain.md §3). Only the move the
// guideline describes is known: 平成27年版 (mic-h27) to 令和6年版 (mic-r6). Where the guideline leaves
// a choice (3 → 3A or 3B; 2 with personal data → 3B or 3C) the proposal takes the reading that fits
// the asset's flags, and the moved asset stays flagged until a person confirms it.
class Reclassification
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Reclassification)
public:
    static bool canMove(const QString& fromSchemeId, const QString& toSchemeId);
    // The asset under `toSchemeId`, reclassPending set; unchanged when no move is known.
    static Asset moved(Asset asset, const QString& toSchemeId);
    // One line a person reads before choosing to move a submission's assets.
    static QString describe(const QString& fromSchemeId, const QString& toSchemeId);
};

} // namespace daicho
