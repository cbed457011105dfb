#pragma once

#include "storage/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace daicho {

class Register;

// 提出: a 課 (or 部) writes its register as the one file the information policy division collects,
// for a 年度. The file name says who and which year, so a folder of them reads at a glance.
class SubmitDialog : public QDialog
{
    Q_OBJECT
public:
    SubmitDialog(const Register& reg, Actor actor, const QString& orgCode, int fiscalYear, QWidget* parent = nullptr);

    QString orgCode() const;
    int fiscalYear() const;
    // Writes the submission to `path` (asked for when empty); says what happened; returns whether written.
    bool save(QString path = {});

private:
    void updateHint();

    const Register& m_register;
    Actor m_actor;
    QComboBox* m_org;
    QSpinBox* m_year;
    QLabel* m_hint;
};

} // namespace daicho
