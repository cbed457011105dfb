#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace daicho {

// A date picker that can also say "not set" (for optional dates) and shows the date in 和暦 beside
// the western digits people type.
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(bool optional, QWidget* parent = nullptr);

    // An invalid date clears an optional field; a required one keeps its last date.
    void setDate(const QDate& date);
    // Invalid when an optional field is not set.
    QDate date() const;
    bool isOptional() const { return m_optional; }
    // The date offered when a person ticks an empty optional field.
    void setSuggestedDate(const QDate& date) { m_suggested = date; }
    void setReadOnly(bool readOnly);

    QCheckBox* setCheckBox() const { return m_set; }
    QDateEdit* dateEdit() const { return m_edit; }
    QLabel* eraLabel() const { return m_era; }

signals:
    void dateChanged();

private:
    void updateState();

    bool m_optional = false;
    QDate m_suggested;
    QCheckBox* m_set = nullptr;
    QDateEdit* m_edit = nullptr;
    QLabel* m_era = nullptr;
};

} // namespace daicho
