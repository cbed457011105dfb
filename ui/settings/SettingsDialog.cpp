#include "settings/SettingsDialog.h"

#include "domain/CityProfile.h"
#include "settings/AppSettings.h"
#include "storage/Register.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace daicho {

SettingsDialog::SettingsDialog(Register* reg, QWidget* parent) : QDialog(parent), m_register(reg)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);

    if (reg) {
        auto* group = new QGroupBox(tr("This register"), this);
        auto* form = new QFormLayout(group);
        m_cityName = new QLineEdit(reg->cityName(), group);
        m_cityName->setObjectName(QStringLiteral("cityNameEdit"));
        form->addRow(tr("&Organisation name:"), m_cityName);
        const CityProfile* profile = CityProfile::find(reg->profileId());
        auto* profileLabel = new QLabel(
            profile ? QStringLiteral("%1 (%2)").arg(profile->policyTitle, profile->id) : reg->profileId(), group);
        profileLabel->setWordWrap(true);
        profileLabel->setToolTip(tr("Chosen when the register was created; it sets the network segments and rules."));
        form->addRow(tr("Profile:"), profileLabel);
        m_scheme = new QComboBox(group);
        m_scheme->setObjectName(QStringLiteral("schemeCombo"));
        for (const ClassificationScheme& s : reg->catalog().schemes)
            m_scheme->addItem(s.name, s.id);
        m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(reg->catalog().defaultSchemeId)));
        m_scheme->setToolTip(tr("New assets are classified under this scheme; existing ones keep theirs."));
        form->addRow(tr("Classification &scheme:"), m_scheme);
        m_interval = new QSpinBox(group);
        m_interval->setObjectName(QStringLiteral("reviewIntervalSpin"));
        m_interval->setRange(1, 60);
        m_interval->setSuffix(tr(" months"));
        m_interval->setValue(std::max(1, reg->setting(QStringLiteral("review_interval_months")).toInt()));
        form->addRow(tr("&Review interval:"), m_interval);
        layout->addWidget(group);
    }

    auto* user = new QGroupBox(tr("This computer"), this);
    auto* form = new QFormLayout(user);
    m_displayName = new QLineEdit(AppSettings::displayName(), user);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setPlaceholderText(tr("e.g. 保険年金課 山田"));
    form->addRow(tr("Your &name (for the history):"), m_displayName);
    m_language = new QComboBox(user);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_initialLanguage = AppSettings::language().isEmpty() ? QStringLiteral("ja") : AppSettings::language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    form->addRow(tr("&Language:"), m_language);
    layout->addWidget(user);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool SettingsDialog::languageChanged() const
{
    return m_language->currentData().toString() != m_initialLanguage;
}

QString SettingsDialog::save()
{
    if (m_register) {
        if (m_cityName->text().trimmed().isEmpty())
            return tr("The organisation name cannot be empty.");
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("city_name"), m_cityName->text().trimmed()},
            {QStringLiteral("default_scheme"), m_scheme->currentData().toString()},
            {QStringLiteral("review_interval_months"), QString::number(m_interval->value())},
        };
        for (const auto& v : values)
            if (m_register->setting(v.first) != v.second)
                if (const Result<void> r = m_register->setSetting(v.first, v.second); !r)
                    return r.error().message;
    }
    AppSettings::setDisplayName(m_displayName->text());
    AppSettings::setLanguage(m_language->currentData().toString());
    return {};
}

void SettingsDialog::accept()
{
    const QString error = save();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

} // namespace daicho
