#include "lifecycle/StageDialog.h"

#include "domain/TextRule.h"
#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

StageDialog::StageDialog(const QString& stage, int assetCount, const QDate& today, const QString& person,
                         QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("stageDialog"));
    setWindowTitle(tr("Lifecycle stage"));
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    for (const Term& t : Vocabulary::stages().terms())
        m_stage->addItem(Vocabulary::stages().label(t.code), t.code);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(stage)));
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("stageDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_person = new QLineEdit(person, this);
    m_person->setObjectName(QStringLiteral("stagePerson"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("disposalMethod"));
    m_method->addItem(tr("(choose)"));
    for (const Term& t : Vocabulary::disposalMethods().terms())
        m_method->addItem(Vocabulary::disposalMethods().label(t.code), t.code);
    m_approver = new QLineEdit(this);
    m_approver->setObjectName(QStringLiteral("disposalApprover"));
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("disposalCertificate"));
    m_certificate->setPlaceholderText(tr("Required when a contractor disposes of it"));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("stageComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(70);

    auto* form = new QFormLayout;
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Approved by:"), m_approver);
    form->addRow(tr("Certificate &no.:"), m_certificate);
    form->addRow(tr("&Comment:"), m_comment);
    m_disposalRows[0] = m_method;
    m_disposalRows[1] = m_approver;
    m_disposalRows[2] = m_certificate;

    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setText(tr("%n asset(s) will be moved. Disposal cannot be undone: the record is kept as it is and "
                          "can no longer be edited.",
                          nullptr, assetCount));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("stageProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &StageDialog::updateForm);
    for (QLineEdit* e : {m_person, m_approver, m_certificate})
        connect(e, &QLineEdit::textChanged, this, &StageDialog::updateForm);
    connect(m_method, &QComboBox::currentIndexChanged, this, &StageDialog::updateForm);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &StageDialog::updateForm);
    updateForm();
    resize(460, sizeHint().height());
}

QString StageDialog::stage() const
{
    return m_stage->currentData().toString();
}

StageChange StageDialog::change() const
{
    StageChange c;
    c.date = m_date->date();
    c.person = m_person->text().trimmed();
    c.comment = m_comment->toPlainText().trimmed();
    if (stage() == QLatin1String("dispose")) {
        c.disposalMethod = m_method->currentData().toString();
        c.disposalApprover = m_approver->text().trimmed();
        c.disposalCertificate = m_certificate->text().trimmed();
    }
    return c;
}

void StageDialog::updateForm()
{
    const bool dispose = stage() == QLatin1String("dispose");
    auto* form = static_cast<QFormLayout*>(static_cast<QVBoxLayout*>(layout())->itemAt(0)->layout());
    for (QWidget* w : m_disposalRows)
        form->setRowVisible(w, dispose);
    m_warning->setVisible(dispose);
    setWindowTitle(dispose ? tr("Dispose of assets") : tr("Lifecycle stage"));
    // The same four the register insists on; saying so here saves a round trip.
    QString problem;
    if (m_person->text().trimmed().isEmpty())
        problem = tr("Enter the person.");
    else if (dispose && m_method->currentIndex() <= 0)
        problem = tr("Choose how it is disposed of.");
    else if (dispose && m_approver->text().trimmed().isEmpty())
        problem = tr("Enter who approved the disposal.");
    else if (dispose && m_method->currentData().toString() == QLatin1String("contractor")
             && m_certificate->text().trimmed().isEmpty())
        problem = tr("Disposal by a contractor records the certificate number.");
    else if (const QStringList p = TextRule::commentProblems(m_comment->toPlainText().trimmed()); !p.isEmpty())
        problem = p.join(QLatin1Char(' '));   // said before the dialog closes, so the comment is not lost
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    adjustSize();
}

} // namespace daicho
