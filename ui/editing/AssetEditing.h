#pragma once

#include "domain/Asset.h"
#include "storage/Actor.h"
#include "storage/Register.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QVector>

class QUndoStack;

namespace daicho {

// Every change the window makes to the register goes through here: one call into the core (one
// transaction, one history row per asset), then an undo command on the session's stack. Adding is
// undone by withdrawing the registration; edits by writing the earlier values back (which the history
// records as an edit too); a stage move by moving back. Disposal and the approval workflow are acts
// the history keeps and are not undone.
class AssetEditing : public QObject
{
    Q_OBJECT
public:
    explicit AssetEditing(QObject* parent = nullptr);

    void setRegister(Register* reg);
    Register* currentRegister() const { return m_register; }
    void setActor(const Actor& actor) { m_actor = actor; }
    const Actor& actor() const { return m_actor; }
    QUndoStack* undoStack() const { return m_stack; }

    // The row version of each asset as the person saw it (the list), by id. An action on a selection
    // given these is refused whole (Conflict, naming who changed what) when any of them moved on since:
    // the person acts on what they saw, not on what a colleague saved meanwhile.
    using Seen = QHash<qint64, int>;

    Result<Asset> add(const Asset& asset);
    Result<Asset> edit(const Asset& edited, const QString& comment = {});
    // Applies `change` to each asset and saves them all in one transaction: one step, one undo.
    Result<int> editMany(const QVector<qint64>& ids, const std::function<void(Asset&)>& change, const QString& text,
                         const Seen& seen = {});
    Result<int> markReviewed(const QVector<qint64>& ids, const QDate& on, const Seen& seen = {});
    Result<int> changeStage(const QVector<qint64>& ids, const QString& stage, const StageChange& change,
                            const Seen& seen = {});
    Result<int> changeStatus(const QVector<qint64>& ids, const QString& status, const QString& comment,
                             const Seen& seen = {});

    // Used by the undo commands: write values back, expecting the asset to hold `expected` now.
    Result<void> restoreValues(const QVector<Asset>& values, const QVector<Asset>& expected, const QString& comment);
    Result<void> moveStages(const QVector<qint64>& ids, const QVector<QString>& stages, const QString& comment);
    Result<void> setWithdrawn(const QString& assetNo, qint64 id, bool withdrawn);

signals:
    void assetChanged(const daicho::Asset& asset);
    void assetRemoved(qint64 id);
    // An undo or redo could not be carried out (someone else changed the asset meanwhile).
    void failed(const QString& message);

private:
    struct Step
    {
        Asset before;
        Asset after;
    };
    // Applies one core call to each asset in one transaction (all or none), then reports the assets
    // that changed. The one place a change of several assets is made.
    Result<QVector<Step>> applyToEach(const QVector<qint64>& ids,
                                      const std::function<Result<Asset>(const Asset& current, int index)>& apply,
                                      const Seen& seen = {});
    Result<int> saveMany(const QVector<qint64>& ids, const QString& text,
                         const std::function<Result<Asset>(const Asset&)>& save, const Seen& seen = {});

    Register* m_register = nullptr;
    Actor m_actor;
    QUndoStack* m_stack;
};

} // namespace daicho
