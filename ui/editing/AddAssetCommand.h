#pragma once

#include <QString>
#include <QUndoCommand>

namespace daicho {

class AssetEditing;

// A new registration. Undo withdraws it (the row is kept, hidden, its number taken); redo restores it.
class AddAssetCommand : public QUndoCommand
{
public:
    AddAssetCommand(AssetEditing* editing, qint64 id, const QString& assetNo);
    void undo() override;
    void redo() override;

private:
    AssetEditing* m_editing;
    qint64 m_id;
    QString m_assetNo;
    bool m_done = true;
};

} // namespace daicho
