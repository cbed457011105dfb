#include "lifecycle/CommentDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

CommentDialog::CommentDialog(const QString& title, const QString& prompt, bool required, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("commentDialog"));
    setWindowTitle(title);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("commentEdit"));
    m_text->setTabChangesFocus(true);
    label->setBuddy(m_text);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    if (required) {
        auto update = [this] {
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
        };
        connect(m_text, &QPlainTextEdit::textChanged, this, update);
        update();
    }
    resize(420, 220);
}

QString CommentDialog::comment() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace daicho
