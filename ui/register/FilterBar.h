#pragma once

#include "query/AssetFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace daicho {

class Catalog;

// The filters above the asset table: a search box that matches as you type, a picker for each
// level, stage, status, network segment, personal data, outsourcing and cloud, and switches for
// overdue reviews, rule findings and disposed assets. The organisation comes from the tree.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    // Fills the pickers from the register's scheme and segments; keeps what can be kept.
    void setCatalog(const Catalog& catalog);
    // The filter the widgets describe (orgCode left empty).
    AssetFilter filter() const;
    // Shows `filter` in the widgets (everything else cleared) and reports one change: the dashboard
    // uses it, so the person sees why the table shows what it shows. orgCode is left to the tree.
    void setFilter(const AssetFilter& filter);
    // One line for the status bar: what is being filtered, empty when nothing is.
    QString describe() const;
    void focusSearch();

public slots:
    void clear();

signals:
    void filterChanged();

private:
    QComboBox* addCombo(const QString& objectName, const QString& anyText);
    void emitSoon();

    QLineEdit* m_search;
    QComboBox* m_level[3];
    QComboBox* m_stage;
    QComboBox* m_status;
    QComboBox* m_segment;
    QComboBox* m_personal;
    QComboBox* m_outsourced;
    QComboBox* m_cloud;
    QCheckBox* m_overdue;
    QCheckBox* m_findings;
    QCheckBox* m_disposed;
    QTimer* m_typing;
    QList<QComboBox*> m_combos;
    bool m_quiet = false;
    int m_upToFiscalYear = 0;   // set only by setFilter (a dashboard bar); no widget of its own
};

} // namespace daicho
