#include "editing/AssetEditing.h"

#include "editing/AddAssetCommand.h"
#include "editing/EditAssetsCommand.h"
#include "editing/EditConflict.h"
#include "editing/StageCommand.h"

#include <QUndoStack>

namespace daicho {

namespace {

bool sameValues(const Asset& a, const Asset& b)
{
    for (const AssetFields::Change& c : AssetFields::diff(a, b))
        if (c.key != QLatin1String("status") && c.key != QLatin1String("stage"))
            return false;
    return true;
}

} // namespace

AssetEditing::AssetEditing(QObject* parent) : QObject(parent), m_actor(Actor::current()), m_stack(new QUndoStack(this))
{
}

void AssetEditing::setRegister(Register* reg)
{
    // Commands speak of the register they were made on.
    m_stack->clear();
    m_register = reg;
}

Result<Asset> AssetEditing::add(const Asset& asset)
{
    if (!m_register)
        return makeError(ErrorCode::Usage, tr("No register is open."));
    Result<Asset> saved = m_register->addAsset(asset, m_actor);
    if (!saved)
        return saved;
    emit assetChanged(saved.value());
    m_stack->push(new AddAssetCommand(this, saved.value().id, saved.value().assetNo));
    return saved;
}

Result<Asset> AssetEditing::edit(const Asset& edited, const QString& comment)
{
    if (!m_register)
        return makeError(ErrorCode::Usage, tr("No register is open."));
    const std::optional<Asset> before = m_register->asset(edited.id);
    Result<Asset> saved = m_register->updateAsset(edited, m_actor, comment);
    if (!saved)
        return saved;
    emit assetChanged(saved.value());
    if (before && before->rowVersion != saved.value().rowVersion)
        m_stack->push(new EditAssetsCommand(this, {*before}, {saved.value()}, tr("Edit %1").arg(edited.assetNo)));
    return saved;
}

Result<QVector<AssetEditing::Step>> AssetEditing::applyToEach(
    const QVector<qint64>& ids, const std::function<Result<Asset>(const Asset& current, int index)>& apply,
    const Seen& seen)
{
    if (!m_register)
        return makeError(ErrorCode::Usage, tr("No register is open."));
    QVector<Step> changed;
    QVector<EditConflict::Stale> stale;
    const Result<void> r = m_register->batch([&]() -> Result<void> {
        // Read under the write lock: what the person saw is compared with the file as it is now.
        for (const qint64 id : ids) {
            const std::optional<Asset> current = m_register->asset(id);
            if (!current)
                return makeError(ErrorCode::NotFound, tr("An asset of the selection is no longer in the register."));
            const auto it = seen.constFind(id);
            if (it != seen.cend() && it.value() != current->rowVersion)
                stale.append({*current, it.value()});
        }
        if (!stale.isEmpty())
            return makeError(ErrorCode::Conflict, EditConflict::selectionMessage(*m_register, stale));
        for (int i = 0; i < ids.size(); ++i) {
            const std::optional<Asset> current = m_register->asset(ids[i]);
            if (!current)
                return makeError(ErrorCode::NotFound, tr("An asset of the selection is no longer in the register."));
            Result<Asset> saved = apply(*current, i);
            if (!saved)
                return saved.error();
            // A call that found nothing to change hands back the row as it was.
            if (saved.value().rowVersion != current->rowVersion)
                changed.append({*current, saved.value()});
        }
        return {};
    }, m_actor);
    if (!r)
        return r.error();
    for (const Step& s : changed)
        emit assetChanged(s.after);
    return changed;
}

Result<int> AssetEditing::saveMany(const QVector<qint64>& ids, const QString& text,
                                   const std::function<Result<Asset>(const Asset&)>& save, const Seen& seen)
{
    const Result<QVector<Step>> steps = applyToEach(ids, [&](const Asset& a, int) { return save(a); }, seen);
    if (!steps)
        return steps.error();
    QVector<Asset> before;
    QVector<Asset> after;
    for (const Step& s : steps.value()) {
        before << s.before;
        after << s.after;
    }
    if (!after.isEmpty())
        m_stack->push(new EditAssetsCommand(this, before, after, text));
    return int(after.size());
}

Result<int> AssetEditing::editMany(const QVector<qint64>& ids, const std::function<void(Asset&)>& change,
                                   const QString& text, const Seen& seen)
{
    return saveMany(
        ids, text,
        [&](const Asset& a) {
            Asset changed = a;
            change(changed);
            return m_register->updateAsset(changed, m_actor, text);
        },
        seen);
}

Result<int> AssetEditing::markReviewed(const QVector<qint64>& ids, const QDate& on, const Seen& seen)
{
    return saveMany(
        ids, tr("Mark %n asset(s) reviewed", nullptr, int(ids.size())),
        [&](const Asset& a) { return m_register->markReviewed(a.assetNo, on, m_actor); }, seen);
}

Result<int> AssetEditing::changeStage(const QVector<qint64>& ids, const QString& stage, const StageChange& change,
                                      const Seen& seen)
{
    const Result<QVector<Step>> steps = applyToEach(
        ids,
        [&](const Asset& a, int) -> Result<Asset> {
            if (a.stage == stage)
                return a;
            return m_register->changeStage(a.assetNo, stage, change, m_actor);
        },
        seen);
    if (!steps)
        return steps.error();
    QVector<qint64> moved;
    QVector<QString> before;
    for (const Step& s : steps.value()) {
        moved << s.before.id;
        before << s.before.stage;
    }
    // Disposal is final: the record becomes read-only history, so there is nothing to undo into.
    if (!moved.isEmpty() && stage != QLatin1String("dispose"))
        m_stack->push(new StageCommand(this, moved, before, stage,
                                       tr("Move %n asset(s) to %1", nullptr, int(moved.size()))
                                           .arg(Vocabulary::stages().label(stage))));
    return int(moved.size());
}

Result<int> AssetEditing::changeStatus(const QVector<qint64>& ids, const QString& status, const QString& comment,
                                       const Seen& seen)
{
    const Result<QVector<Step>> steps = applyToEach(
        ids, [&](const Asset& a, int) { return m_register->changeStatus(a.assetNo, status, comment, m_actor); }, seen);
    if (!steps)
        return steps.error();
    return int(steps.value().size());
}

Result<void> AssetEditing::restoreValues(const QVector<Asset>& values, const QVector<Asset>& expected,
                                         const QString& comment)
{
    QVector<qint64> ids;
    for (const Asset& v : values)
        ids << v.id;
    const Result<QVector<Step>> steps = applyToEach(ids, [&](const Asset& current, int i) -> Result<Asset> {
        if (!sameValues(current, expected[i]))
            return makeError(ErrorCode::Conflict,
                             tr("The asset %1 was changed after this step, so the step cannot be undone or redone.")
                                 .arg(values[i].assetNo));
        // What an undo writes back: the values, on top of what the workflow and the lifecycle say now.
        return m_register->updateAsset(EditConflict::onto(values[i], current), m_actor, comment);
    });
    if (!steps)
        return steps.error();
    return {};
}

Result<void> AssetEditing::moveStages(const QVector<qint64>& ids, const QVector<QString>& stages, const QString& comment)
{
    StageChange change;
    change.person = m_actor.displayName;
    change.comment = comment;
    const Result<QVector<Step>> steps = applyToEach(ids, [&](const Asset& a, int i) {
        return m_register->changeStage(a.assetNo, stages[i], change, m_actor);
    });
    if (!steps)
        return steps.error();
    return {};
}

Result<void> AssetEditing::setWithdrawn(const QString& assetNo, qint64 id, bool withdrawn)
{
    if (!m_register)
        return makeError(ErrorCode::Usage, tr("No register is open."));
    const QString comment = withdrawn ? tr("Registration undone") : tr("Registration redone");
    Result<Asset> r = withdrawn ? m_register->withdrawAsset(assetNo, comment, m_actor)
                                : m_register->restoreAsset(assetNo, comment, m_actor);
    if (!r)
        return r.error();
    if (withdrawn) {
        emit assetRemoved(id);
    } else if (const std::optional<Asset> a = m_register->asset(id)) {
        emit assetChanged(*a);
    }
    return {};
}

} // namespace daicho
