#pragma once

#include "domain/ClassificationScheme.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace daicho {

// The level of one axis: a combo of the scheme's levels, highest first, with the chosen level's
// definition beneath it, so the person classifies against the guideline's own words.
class LevelPicker : public QWidget
{
    Q_OBJECT
public:
    LevelPicker(const AxisScale& scale, Axis axis, QWidget* parent = nullptr);

    // A code the scale does not know is kept and shown as such, so a bad import is visible, not lost.
    void setLevel(const QString& code);
    QString level() const;

    QComboBox* combo() const { return m_combo; }
    QLabel* definitionLabel() const { return m_definition; }

signals:
    void levelChanged();

private:
    void updateDefinition();

    AxisScale m_scale;
    QComboBox* m_combo = nullptr;
    QLabel* m_definition = nullptr;
};

} // namespace daicho
