#pragma once

#include <QString>
#include <QUndoCommand>
#include <QVector>

namespace daicho {

class AssetEditing;

// Moving assets to a lifecycle stage other than disposal. Undo moves each back to where it was.
class StageCommand : public QUndoCommand
{
public:
    StageCommand(AssetEditing* editing, QVector<qint64> ids, QVector<QString> before, QString after, const QString& text);
    void undo() override;
    void redo() override;

private:
    AssetEditing* m_editing;
    QVector<qint64> m_ids;
    QVector<QString> m_before;
    QString m_after;
    bool m_done = true;
};

} // namespace daicho
