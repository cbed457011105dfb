#pragma once

#include "domain/OrgUnit.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace daicho {

class Register;

// The organisation as a tree (部 > 課 > 係, and the bodies outside the mayor's tree) under one
// root that stands for the whole register. Each node shows how many assets it holds, its own and
// those of every unit below it; disposed assets are not counted, as a register does not count them.
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { OrgCodeRole = Qt::UserRole + 1, CountRole };

    explicit OrgTreeModel(QObject* parent = nullptr);

    // Rebuilds the tree from the register's units.
    void setRegister(const Register* reg);
    // Asset counts per unit id (the unit's own assets only); the subtree sums are worked out here.
    void setCounts(const QHash<qint64, int>& ownCounts);

    QModelIndex rootIndex() const;
    QModelIndex indexOfCode(const QString& code) const;
    // The unit's code; empty for the root.
    QString codeAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        OrgUnit unit;        // id 0 for the root
        int parent = -1;     // index into m_nodes
        int row = 0;         // position among its siblings
        QVector<int> children;
        int total = 0;
        bool current = true; // exists today (valid_to not passed)
    };
    int nodeOf(const QModelIndex& index) const;
    int sumCounts(int node, const QHash<qint64, int>& own);

    QVector<Node> m_nodes;   // m_nodes[0] is the root
    QString m_rootName;
};

} // namespace daicho
