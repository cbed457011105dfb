#include "orgtree/OrgTreeModel.h"

#include "storage/Register.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <functional>

namespace daicho {

OrgTreeModel::OrgTreeModel(QObject* parent) : QAbstractItemModel(parent)
{
    m_nodes.append(Node{});
}

void OrgTreeModel::setRegister(const Register* reg)
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.append(Node{});
    m_rootName = reg ? reg->cityName() : QString();
    if (reg) {
        const QDate today = reg->clock().today();
        const QVector<OrgUnit> units = reg->orgUnits();   // 組織コード order, so parents come first or later
        QHash<qint64, int> nodeById;
        for (const OrgUnit& u : units) {
            Node n;
            n.unit = u;
            n.current = u.isValidOn(today);
            nodeById.insert(u.id, int(m_nodes.size()));
            m_nodes.append(n);
        }
        for (int i = 1; i < m_nodes.size(); ++i) {
            // A unit whose parent is missing hangs from the root rather than disappearing.
            const int p = nodeById.value(m_nodes[i].unit.parentId, 0);
            m_nodes[i].parent = p == i ? 0 : p;
            m_nodes[i].row = int(m_nodes[m_nodes[i].parent].children.size());
            m_nodes[m_nodes[i].parent].children.append(i);
        }
    }
    endResetModel();
}

int OrgTreeModel::sumCounts(int node, const QHash<qint64, int>& own)
{
    int total = node == 0 ? 0 : own.value(m_nodes[node].unit.id);
    for (int child : m_nodes[node].children)
        total += sumCounts(child, own);
    m_nodes[node].total = total;
    return total;
}

void OrgTreeModel::setCounts(const QHash<qint64, int>& ownCounts)
{
    sumCounts(0, ownCounts);
    // Assets of units the tree does not know (none in a whole register) still count for the root.
    int known = 0;
    for (int i = 1; i < m_nodes.size(); ++i)
        known += ownCounts.value(m_nodes[i].unit.id);
    int all = 0;
    for (int n : ownCounts)
        all += n;
    m_nodes[0].total += all - known;
    if (!m_nodes.isEmpty())
        emit dataChanged(rootIndex(), rootIndex());
    // Every node's count may have changed; a tree has no single range for that.
    std::function<void(const QModelIndex&)> touch = [&](const QModelIndex& parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
        for (int r = 0; r < rows; ++r)
            touch(index(r, 0, parent));
    };
    touch(rootIndex());
}

QModelIndex OrgTreeModel::rootIndex() const
{
    return createIndex(0, 0, quintptr(0));
}

QModelIndex OrgTreeModel::indexOfCode(const QString& code) const
{
    if (code.isEmpty())
        return rootIndex();
    for (int i = 1; i < m_nodes.size(); ++i)
        if (m_nodes[i].unit.code == code)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

QString OrgTreeModel::codeAt(const QModelIndex& index) const
{
    const int n = nodeOf(index);
    return n > 0 ? m_nodes[n].unit.code : QString();
}

int OrgTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const int n = int(index.internalId());
    return n >= 0 && n < m_nodes.size() ? n : -1;
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 ? rootIndex() : QModelIndex();
    const int p = nodeOf(parent);
    if (p < 0 || row >= m_nodes[p].children.size())
        return {};
    const int child = m_nodes[p].children[row];
    return createIndex(row, 0, quintptr(child));
}

QModelIndex OrgTreeModel::parent(const QModelIndex& child) const
{
    const int n = nodeOf(child);
    if (n <= 0)
        return {};
    const int p = m_nodes[n].parent;
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int OrgTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const int n = nodeOf(parent);
    return n < 0 ? 0 : int(m_nodes[n].children.size());
}

int OrgTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant OrgTreeModel::data(const QModelIndex& index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0)
        return {};
    const Node& node = m_nodes[n];
    switch (role) {
    case Qt::DisplayRole: {
        // The city's name is in the window title; the root only has to say "everything".
        const QString name = n == 0 ? tr("All units") : node.unit.name;
        return tr("%1 (%2)").arg(name).arg(node.total);
    }
    case Qt::ToolTipRole:
        if (n == 0)
            return m_rootName.isEmpty() ? tr("Every unit of the register") : m_rootName;
        return node.current ? tr("Code %1").arg(node.unit.code)
                            : tr("Code %1, abolished on %2").arg(node.unit.code, node.unit.validTo.toString(Qt::ISODate));
    case Qt::ForegroundRole:
        if (!node.current)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::FontRole:
        if (n == 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case OrgCodeRole: return n == 0 ? QString() : node.unit.code;
    case CountRole: return node.total;
    default: return {};
    }
}

} // namespace daicho
