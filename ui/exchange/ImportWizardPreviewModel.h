#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace daicho {

class ImportPlan;
struct PlannedRow;

// The preview's rows: each row of the sheet with what the import would do and what is wrong with it.
// A plain vector of row numbers (not a sort-filter proxy) so that showing only the rows with problems of a
// 10,000-row file is immediate.
class ImportWizardPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        ActionColumn,
        AssetNoColumn,
        NameColumn,
        OrgColumn,
        ProblemsColumn,
        ColumnCount
    };

    explicit ImportWizardPreviewModel(QObject* parent = nullptr);

    // `orgNames`: unit id -> name, to show where a row would go.
    void setPlan(const ImportPlan* plan, const QHash<qint64, QString>& orgNames);
    void setProblemsOnly(bool only);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const PlannedRow* plannedRow(int row) const;
    // The row's problems as one line each, for the table and its tooltip.
    static QString problemsText(const PlannedRow& row);
    // The problems and, for an update, each field it changes (old → new).
    static QString details(const PlannedRow& row);

private:
    void refilter();

    const ImportPlan* m_plan = nullptr;
    QHash<qint64, QString> m_orgNames;
    bool m_problemsOnly = false;
    QVector<int> m_visible; // indexes into the plan's rows
};

} // namespace daicho
