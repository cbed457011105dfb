#include "lifecycle/CommentDialog.h"

#include "domain/TextRule.h"

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
    // A comment the register would refuse (too long, a broken character) is said here, before the dialog
    // closes, so nothing typed is lost.
    auto* problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("commentProblemLabel"));
    problem->setStyleSheet(QStringLiteral("color: #b00020"));
    problem->setWordWrap(true);
    problem->hide();
    layout->insertWidget(2, problem);
    auto update = [this, problem, required] {
        const QString text = comment();
        const QStringList problems = TextRule::commentProblems(text);
        problem->setText(problems.join(QLatin1Char(' ')));
        problem->setVisible(!problems.isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty() && (!required || !text.isEmpty()));
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, update);
    update();
    resize(420, 220);
}

QString CommentDialog::comment() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace daicho
