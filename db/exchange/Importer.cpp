#include "exchange/Importer.h"

#include "storage/Register.h"

namespace daicho {

Result<ImportResult> Importer::apply(Register& reg, const ImportPlan& plan, Mode mode, const Actor& actor,
                                     const QString& comment)
{
    QVector<Asset> added;
    added.reserve(plan.count(ImportAction::Add)); // a city's 100,000 rows, without moving them as the list grows
    for (const PlannedRow& row : plan.rows())
        if (row.action == ImportAction::Add)
            added << row.asset;
    return write(reg, plan, std::move(added), mode, actor, comment);
}

Result<ImportResult> Importer::apply(Register& reg, ImportPlan&& plan, Mode mode, const Actor& actor,
                                     const QString& comment)
{
    QVector<Asset> added = plan.takeAdded();
    return write(reg, plan, std::move(added), mode, actor, comment);
}

Result<ImportResult> Importer::write(Register& reg, const ImportPlan& plan, QVector<Asset> added, Mode mode,
                                     const Actor& actor, const QString& comment)
{
    if (plan.fileRefused())
        return makeError(ErrorCode::Validation, tr("The file cannot be imported; nothing was changed."));
    ImportResult result;
    result.rejected = plan.count(ImportAction::Rejected);
    result.unchanged = plan.count(ImportAction::Unchanged);
    if (result.rejected > 0 && mode == Mode::AllOrNothing)
        return makeError(
            ErrorCode::Validation,
            tr("%n row(s) have errors, so nothing was imported. Correct them, or import only the "
               "rows without errors.",
               nullptr, result.rejected));

    QVector<const PlannedRow*> updates;
    for (const PlannedRow& row : plan.rows())
        if (row.action == ImportAction::Update)
            updates << &row;
    // Nothing lost: the register as it was is kept before anything is written.
    if (!added.isEmpty() || !updates.isEmpty()) {
        const Result<void> backup = reg.backupBefore(QStringLiteral("import"));
        if (!backup && (backup.error().code == ErrorCode::ReadOnly || backup.error().code == ErrorCode::WriteFailed))
            return backup.error();
        if (!backup)
            return makeError(ErrorCode::Io, tr("Before importing, a backup copy of the register is made, and that "
                                               "failed: %1 Nothing was imported.")
                                                .arg(backup.error().message));
    }
    // A workbook of many new rows is written straight into the file, not through the log.
    const Register::BulkWrite bulk(reg, added.size());
    const Result<void> done = reg.batch([&]() -> Result<void> {
        if (!added.isEmpty()) {
            Result<int> n = reg.addAssets(std::move(added), actor);
            if (!n)
                return n.error();
            result.added = n.value();
        }
        for (const PlannedRow* row : updates) {
            Result<Asset> saved = reg.updateAsset(row->asset, actor, comment);
            if (!saved) {
                Error e = saved.error();
                e.message = tr("Row %1: %2").arg(row->row).arg(e.message);
                return e;
            }
            ++result.updated;
        }
        return {};
    }, actor);
    if (!done) {
        Error e = done.error();
        e.message += QLatin1Char(' ') + tr("Nothing was imported.");
        return e;
    }
    return result;
}

} // namespace daicho
