#include "editor/LevelPicker.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace daicho {

LevelPicker::LevelPicker(const AxisScale& scale, Axis axis, QWidget* parent) : QWidget(parent), m_scale(scale)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("levelCombo_") + axisCode(axis));
    m_combo->addItem(tr("Not yet decided"), QString());
    for (int i = int(scale.levels.size()) - 1; i >= 0; --i) {
        const Level& l = scale.levels.at(i);
        m_combo->addItem(l.code + QStringLiteral("  ") + l.label, l.code);
        m_combo->setItemData(m_combo->count() - 1, l.definition, Qt::ToolTipRole);
    }
    if (scale.allowsNotApplicable)
        m_combo->addItem(QStringLiteral("－  ") + tr("Not applicable"), notApplicableCode());
    m_definition = new QLabel(this);
    m_definition->setObjectName(QStringLiteral("levelDefinition_") + axisCode(axis));
    m_definition->setWordWrap(true);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_definition->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_combo);
    layout->addWidget(m_definition);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateDefinition();
        emit levelChanged();
    });
    updateDefinition();
}

void LevelPicker::setLevel(const QString& code)
{
    const QSignalBlocker blocker(m_combo);
    int index = m_combo->findData(code);
    if (index < 0) {
        m_combo->addItem(tr("%1 (not a level of this scheme)").arg(code), code);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
    updateDefinition();
}

QString LevelPicker::level() const
{
    return m_combo->currentData().toString();
}

void LevelPicker::updateDefinition()
{
    const QString code = level();
    QString text;
    if (code.isEmpty())
        text = tr("The section head decides the level (分類未確定).");
    else if (code == notApplicableCode())
        text = tr("Not applicable: paper-only information with no more than minor harm.");
    else if (const Level* l = m_scale.level(code))
        text = l->definition;
    else
        text = tr("This code is not one of the scheme's levels.");
    m_definition->setText(text);
    m_combo->setToolTip(text);
}

} // namespace daicho
