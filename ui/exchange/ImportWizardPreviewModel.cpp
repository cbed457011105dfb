#include "exchange/ImportWizardPreviewModel.h"

#include "domain/Asset.h"
#include "exchange/ImportPlan.h"

#include <QBrush>
#include <QColor>

namespace daicho {

namespace {

QString actionText(ImportAction action)
{
    switch (action) {
    case ImportAction::Add:
        return ImportWizardPreviewModel::tr("Add");
    case ImportAction::Update:
        return ImportWizardPreviewModel::tr("Update");
    case ImportAction::Unchanged:
        return ImportWizardPreviewModel::tr("Unchanged");
    case ImportAction::Rejected:
        return ImportWizardPreviewModel::tr("Rejected");
    }
    return {};
}

QString fieldName(const QString& key)
{
    if (const AssetField* f = AssetFields::find(key))
        return f->translatedLabel();
    return key;
}

} // namespace

ImportWizardPreviewModel::ImportWizardPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportWizardPreviewModel::setPlan(const ImportPlan* plan, const QHash<qint64, QString>& orgNames)
{
    beginResetModel();
    m_plan = plan;
    m_orgNames = orgNames;
    refilter();
    endResetModel();
}

void ImportWizardPreviewModel::setProblemsOnly(bool only)
{
    if (only == m_problemsOnly)
        return;
    beginResetModel();
    m_problemsOnly = only;
    refilter();
    endResetModel();
}

void ImportWizardPreviewModel::refilter()
{
    m_visible.clear();
    if (!m_plan)
        return;
    const QVector<PlannedRow>& rows = m_plan->rows();
    m_visible.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        if (!m_problemsOnly || !rows[i].problems.isEmpty())
            m_visible.append(i);
}

int ImportWizardPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ImportWizardPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PlannedRow* ImportWizardPreviewModel::plannedRow(int row) const
{
    if (!m_plan || row < 0 || row >= m_visible.size())
        return nullptr;
    return &m_plan->rows().at(m_visible.at(row));
}

QString ImportWizardPreviewModel::problemsText(const PlannedRow& row)
{
    QStringList lines;
    for (const ImportProblem& p : row.problems) {
        const QString kind = p.severity == Severity::Error ? tr("Error") : tr("Warning");
        if (!p.column.isEmpty())
            lines << tr("%1: %2 \"%3\": %4").arg(kind, p.column, p.value, p.message);
        else
            lines << tr("%1: %2").arg(kind, p.message);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ImportWizardPreviewModel::details(const PlannedRow& row)
{
    QString text = problemsText(row);
    if (row.action == ImportAction::Update) {
        QStringList changes;
        for (const AssetFields::Change& c : row.changes)
            changes << tr("%1: %2 → %3").arg(fieldName(c.key), c.oldValue, c.newValue);
        text = (text.isEmpty() ? QString() : text + QLatin1Char('\n')) + changes.join(QLatin1Char('\n'));
    }
    return text;
}

QVariant ImportWizardPreviewModel::data(const QModelIndex& index, int role) const
{
    const PlannedRow* r = plannedRow(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RowColumn:
            return r->row;
        case ActionColumn:
            return actionText(r->action);
        case AssetNoColumn:
            return r->asset.assetNo;
        case NameColumn:
            return r->asset.name;
        case OrgColumn:
            return m_orgNames.value(r->asset.orgId);
        case ProblemsColumn:
            // One line in the cell (rows keep their height); every problem in the tooltip.
            return problemsText(*r).replace(QLatin1Char('\n'), QStringLiteral(" / "));
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == ProblemsColumn || index.column() == ActionColumn) {
            const QString text = details(*r);
            return text.isEmpty() ? QVariant() : text;
        }
    } else if (role == Qt::BackgroundRole) {
        // Rejected rows stand out; rows with only warnings are marked more quietly.
        if (r->action == ImportAction::Rejected)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (!r->problems.isEmpty())
            return QBrush(QColor(0xff, 0xf3, 0xcd));
    } else if (role == Qt::ForegroundRole) {
        if (r->action == ImportAction::Rejected || !r->problems.isEmpty())
            return QBrush(Qt::black);
    } else if (role == Qt::TextAlignmentRole && index.column() == RowColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ImportWizardPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ActionColumn:
        return tr("Action");
    case AssetNoColumn:
        return fieldName(QStringLiteral("asset_no"));
    case NameColumn:
        return fieldName(QStringLiteral("name"));
    case OrgColumn:
        return tr("Organisation");
    case ProblemsColumn:
        return tr("Problems");
    }
    return {};
}

} // namespace daicho
