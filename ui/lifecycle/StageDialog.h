#pragma once

#include "storage/Register.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace daicho {

// Moves assets to a lifecycle stage, recording the date and the person. For disposal it asks for
// what the record must keep (date, who disposed of it, method, who approved, the contractor's
// certificate number) and says that the row becomes read-only.
class StageDialog : public QDialog
{
    Q_OBJECT
public:
    // `stage` preselects the stage; "dispose" makes it the disposal form.
    StageDialog(const QString& stage, int assetCount, const QDate& today, const QString& person,
                QWidget* parent = nullptr);

    QString stage() const;
    StageChange change() const;

private:
    void updateForm();

    QComboBox* m_stage;
    QDateEdit* m_date;
    QLineEdit* m_person;
    QComboBox* m_method;
    QLineEdit* m_approver;
    QLineEdit* m_certificate;
    QPlainTextEdit* m_comment;
    QLabel* m_warning;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QWidget* m_disposalRows[3];
};

} // namespace daicho
