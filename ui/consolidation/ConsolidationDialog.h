#pragma once

#include "storage/Actor.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace daicho {

class Register;

// 取りまとめ: the information policy division's view of a 年度. Which units have submitted (when, by
// whom, how many assets, what changed) and which are missing; taking in submission files, with what
// became of each (taken in, already taken in, refused and why); and the printed checklist.
class ConsolidationDialog : public QDialog
{
    Q_OBJECT
public:
    ConsolidationDialog(Register& reg, Actor actor, int fiscalYear, QWidget* parent = nullptr);

    // Takes the files in and shows the outcome; what the button does after asking for files.
    void consolidate(const QStringList& files);
    void refresh();

signals:
    // The city register changed: the main window reloads its table.
    void registerChanged();

private:
    void chooseFiles();
    void print();

    Register& m_register;
    Actor m_actor;
    QSpinBox* m_year;
    QLabel* m_yearLabel;
    QLabel* m_summary;
    QTableWidget* m_table;
    QCheckBox* m_moveScheme;
    QPlainTextEdit* m_log;
};

} // namespace daicho
