#pragma once

#include "exchange/ImportPlan.h"
#include "storage/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace daicho {

class Register;

struct ImportResult
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0; // rows left out (only when the clean rows were imported)
};

// Writes an ImportPlan into the register in one transaction, through the register's ordinary calls
// (addAssets, updateAsset), so every row is checked again and writes its history row. All or nothing:
// a plan with a rejected row imports nothing, unless the person chose to import only the clean rows.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Importer)
public:
    enum class Mode
    {
        AllOrNothing,
        CleanRowsOnly
    };

    // Errors: Validation when the plan has errors (and the mode is AllOrNothing) or the file was refused;
    // Conflict when an asset changed after the plan was made; nothing is written then.
    static Result<ImportResult> apply(Register& reg, const ImportPlan& plan, Mode mode, const Actor& actor,
                                      const QString& comment = {});
    // The same for a plan of no more use after it: its new assets are moved into the register, not copied.
    static Result<ImportResult> apply(Register& reg, ImportPlan&& plan, Mode mode, const Actor& actor,
                                      const QString& comment = {});

private:
    static Result<ImportResult> write(Register& reg, const ImportPlan& plan, QVector<Asset> added, Mode mode,
                                      const Actor& actor, const QString& comment);
};

} // namespace daicho
