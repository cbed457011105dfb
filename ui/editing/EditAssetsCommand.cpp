#include "editing/EditAssetsCommand.h"

#include "editing/AssetEditing.h"

#include <QCoreApplication>

namespace daicho {

EditAssetsCommand::EditAssetsCommand(AssetEditing* editing, QVector<Asset> before, QVector<Asset> after,
                                     const QString& text)
    : QUndoCommand(text), m_editing(editing), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditAssetsCommand::undo()
{
    const Result<void> r = m_editing->restoreValues(
        m_before, m_after, QCoreApplication::translate("daicho::AssetEditing", "Undo: %1").arg(text()));
    if (!r)
        emit m_editing->failed(r.error().message);
}

void EditAssetsCommand::redo()
{
    if (m_done) {   // saved before the command was pushed
        m_done = false;
        return;
    }
    const Result<void> r = m_editing->restoreValues(
        m_after, m_before, QCoreApplication::translate("daicho::AssetEditing", "Redo: %1").arg(text()));
    if (!r)
        emit m_editing->failed(r.error().message);
}

} // namespace daicho
