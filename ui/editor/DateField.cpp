#include "editor/DateField.h"

#include "calendar/JapaneseDate.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace daicho {

DateField::DateField(bool optional, QWidget* parent) : QWidget(parent), m_optional(optional)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_set = new QCheckBox(this);
    m_set->setObjectName(QStringLiteral("dateSetCheckBox"));
    m_set->setToolTip(tr("Set a date"));
    m_set->setVisible(optional);
    m_edit = new QDateEdit(this);
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy/MM/dd"));
    m_edit->setDate(QDate::currentDate());
    m_era = new QLabel(this);
    m_era->setObjectName(QStringLiteral("eraLabel"));
    m_era->setMinimumWidth(m_era->fontMetrics().horizontalAdvance(QStringLiteral("令和88年88月88日")));
    layout->addWidget(m_set);
    layout->addWidget(m_edit);
    layout->addWidget(m_era);
    layout->addStretch(1);
    setFocusProxy(optional ? static_cast<QWidget*>(m_set) : m_edit);

    connect(m_set, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_suggested.isValid())
            m_edit->setDate(m_suggested);
        updateState();
        emit dateChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        updateState();
        emit dateChanged();
    });
    updateState();
}

void DateField::setDate(const QDate& date)
{
    const QSignalBlocker b1(m_set);
    const QSignalBlocker b2(m_edit);
    if (date.isValid())
        m_edit->setDate(date);
    else if (m_suggested.isValid())
        m_edit->setDate(m_suggested);
    m_set->setChecked(!m_optional || date.isValid());
    updateState();
}

QDate DateField::date() const
{
    if (m_optional && !m_set->isChecked())
        return {};
    return m_edit->date();
}

void DateField::setReadOnly(bool readOnly)
{
    m_set->setEnabled(!readOnly);
    m_edit->setReadOnly(readOnly);
}

void DateField::updateState()
{
    const bool set = !m_optional || m_set->isChecked();
    m_edit->setEnabled(set);
    m_era->setText(set ? JapaneseDate::format(m_edit->date()) : tr("Not set"));
    m_era->setEnabled(set);
}

} // namespace daicho
