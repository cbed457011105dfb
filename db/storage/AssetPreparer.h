#pragma once

#include "domain/Asset.h"
#include "domain/Catalog.h"
#include "domain/OrgUnitIndex.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace daicho {

// What every asset passes before it is written, whichever path (the editor, the CLI, an import, a
// consolidation) it came by: control characters out of its texts, its number and name trimmed, the
// register's scheme when it names none, levels as people type them turned into the scheme's codes,
// its organisation unit found by id or code, the 年度 of the day when it has none, codes checked
// against their vocabularies, handling restriction overrides checked, and the register's rules: an
// asset with an error is refused, in the register's words.
//
// It reads only what it is given (the register's catalog and organisation units, which do not change
// while a write is under way) and a memo of its own, so a copy can prepare assets on another thread.
class AssetPreparer
{
public:
    AssetPreparer(const Catalog& catalog, const OrgUnitIndex& units);

    // The asset as it is saved, its rules checked for `today`; or why it cannot be.
    Result<Asset> prepare(Asset asset, const QDate& today) const;

private:
    const Catalog& m_catalog;
    const OrgUnitIndex& m_units;
    // Scheme, axis, text as given → the scheme's code: a register's rows hold a handful of distinct level
    // texts, and each is looked up once (the schemes are fixed while the register is open).
    mutable QHash<QString, QString> m_levelCodes;
};

} // namespace daicho
