#pragma once

#include "domain/Asset.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;

namespace daicho {

class Register;

// One change to every selected row: the stage, the organisation, the next review date, the network
// segment or one level. One thing at a time, so it is one step in the history and one undo.
class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    enum class What { Stage, Organisation, NextReview, Segment, Level };

    BulkEditDialog(const Register& reg, int assetCount, QWidget* parent = nullptr);

    What what() const;
    QString stage() const;
    // Applies the chosen field change (everything but Stage) to an asset.
    void apply(Asset& asset) const;
    QString describe() const;

private:
    void updateEnabled();

    const Register& m_register;
    QButtonGroup* m_choice;
    QComboBox* m_stage;
    QComboBox* m_org;
    QDateEdit* m_review;
    QComboBox* m_segment;
    QComboBox* m_axis;
    QComboBox* m_level;
};

} // namespace daicho
