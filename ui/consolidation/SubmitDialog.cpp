#include "consolidation/SubmitDialog.h"

#include "calendar/JapaneseDate.h"
#include "exchange/Submission.h"
#include "storage/Register.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace daicho {

SubmitDialog::SubmitDialog(const Register& reg, Actor actor, const QString& orgCode, int fiscalYear, QWidget* parent)
    : QDialog(parent), m_register(reg), m_actor(std::move(actor))
{
    setWindowTitle(tr("Submit to the Information Policy Division"));
    auto* form = new QFormLayout(this);
    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("org"));
    for (const OrgUnit& u : reg.orgUnits())
        if (u.kind != QLatin1String("unit"))
            m_org->addItem(QStringLiteral("%1 %2").arg(u.code, u.name), u.code);
    const int index = m_org->findData(orgCode);
    if (index >= 0)
        m_org->setCurrentIndex(index);
    form->addRow(tr("Submitting unit:"), m_org);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("fiscalYear"));
    m_year->setRange(1990, 2200);
    m_year->setValue(fiscalYear);
    form->addRow(tr("Fiscal year:"), m_year);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    form->addRow(m_hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->addButton(tr("&Save Submission..."), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, [this] {
        if (this->save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_org, &QComboBox::currentIndexChanged, this, &SubmitDialog::updateHint);
    connect(m_year, &QSpinBox::valueChanged, this, &SubmitDialog::updateHint);
    updateHint();
}

QString SubmitDialog::orgCode() const
{
    return m_org->currentData().toString();
}

int SubmitDialog::fiscalYear() const
{
    return m_year->value();
}

void SubmitDialog::updateHint()
{
    m_hint->setText(tr("The file holds the unit's assets and those of the units below it, for %1, with your name, "
                       "the time and a checksum: the information policy division takes it in with Consolidation.")
                        .arg(JapaneseDate::formatFiscalYear(m_year->value())));
}

bool SubmitDialog::save(QString path)
{
    Result<Submission> s = Submission::fromRegister(m_register, orgCode(), fiscalYear(), m_actor);
    if (!s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return false;
    }
    if (path.isEmpty()) {
        const QString name = QStringLiteral("%1_%2_%3.json")
                                 .arg(s->orgCode, s->orgName, JapaneseDate::formatFiscalYear(s->fiscalYear));
        path = QFileDialog::getSaveFileName(this, windowTitle(), QFileInfo(m_register.path()).dir().filePath(name),
                                            tr("Daicho submissions (*.json)"));
        if (path.isEmpty())
            return false;
    }
    Result<void> written = s->write(path);
    if (!written) {
        QMessageBox::warning(this, windowTitle(), written.error().message);
        return false;
    }
    QMessageBox::information(this, windowTitle(),
                             tr("%n asset(s) of %1 written to %2.", nullptr, int(s->assets.size()))
                                 .arg(s->orgName, QDir::toNativeSeparators(path)));
    return true;
}

} // namespace daicho
