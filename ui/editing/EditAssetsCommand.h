#pragma once

#include "domain/Asset.h"

#include <QUndoCommand>
#include <QVector>

namespace daicho {

class AssetEditing;

// Field edits of one or many assets (an edit, a bulk edit, a review). The change is already saved
// when the command is pushed; undo writes the earlier values back, redo the later ones.
class EditAssetsCommand : public QUndoCommand
{
public:
    EditAssetsCommand(AssetEditing* editing, QVector<Asset> before, QVector<Asset> after, const QString& text);
    void undo() override;
    void redo() override;

private:
    AssetEditing* m_editing;
    QVector<Asset> m_before;
    QVector<Asset> m_after;
    bool m_done = true;
};

} // namespace daicho
