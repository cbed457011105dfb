#include "editing/AddAssetCommand.h"

#include "editing/AssetEditing.h"

#include <QCoreApplication>

namespace daicho {

AddAssetCommand::AddAssetCommand(AssetEditing* editing, qint64 id, const QString& assetNo)
    : QUndoCommand(QCoreApplication::translate("daicho::AssetEditing", "Register %1").arg(assetNo)),
      m_editing(editing), m_id(id), m_assetNo(assetNo)
{
}

void AddAssetCommand::undo()
{
    if (const Result<void> r = m_editing->setWithdrawn(m_assetNo, m_id, true); !r)
        emit m_editing->failed(r.error().message);
}

void AddAssetCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (const Result<void> r = m_editing->setWithdrawn(m_assetNo, m_id, false); !r)
        emit m_editing->failed(r.error().message);
}

} // namespace daicho
