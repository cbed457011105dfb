#include "editing/StageCommand.h"

#include "editing/AssetEditing.h"

#include <QCoreApplication>

namespace daicho {

StageCommand::StageCommand(AssetEditing* editing, QVector<qint64> ids, QVector<QString> before, QString after,
                           const QString& text)
    : QUndoCommand(text), m_editing(editing), m_ids(std::move(ids)), m_before(std::move(before)), m_after(std::move(after))
{
}

void StageCommand::undo()
{
    const Result<void> r = m_editing->moveStages(
        m_ids, m_before, QCoreApplication::translate("daicho::AssetEditing", "Undo: %1").arg(text()));
    if (!r)
        emit m_editing->failed(r.error().message);
}

void StageCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Result<void> r = m_editing->moveStages(m_ids, QVector<QString>(m_ids.size(), m_after),
                                                 QCoreApplication::translate("daicho::AssetEditing", "Redo: %1").arg(text()));
    if (!r)
        emit m_editing->failed(r.error().message);
}

} // namespace daicho
