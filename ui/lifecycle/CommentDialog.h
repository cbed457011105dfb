#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace daicho {

// Asks for the comment a workflow step keeps in the history; when it is required (returning an asset
// to its author), OK stays disabled until something is written.
class CommentDialog : public QDialog
{
    Q_OBJECT
public:
    CommentDialog(const QString& title, const QString& prompt, bool required, QWidget* parent = nullptr);
    QString comment() const;

private:
    QPlainTextEdit* m_text;
    QDialogButtonBox* m_buttons;
};

} // namespace daicho
