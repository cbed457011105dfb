#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace daicho {

class Register;

// The settings a section head or the policy division changes: for the register, the organisation's
// name, the scheme new assets are classified under and the review interval (the profile is shown; it
// was chosen when the register was made); for this computer, the name the history records and the
// language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Register* reg, QWidget* parent = nullptr);

    // Saves what changed; returns an error message, or empty.
    QString save();
    bool languageChanged() const;

    void accept() override;

private:
    Register* m_register;
    QLineEdit* m_cityName = nullptr;
    QComboBox* m_scheme = nullptr;
    QSpinBox* m_interval = nullptr;
    QLineEdit* m_displayName;
    QComboBox* m_language;
    QString m_initialLanguage;
};

} // namespace daicho
