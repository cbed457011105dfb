#include "register/AssetFilterProxy.h"

#include "register/AssetTableModel.h"
#include "storage/Register.h"

namespace daicho {

AssetFilterProxy::AssetFilterProxy(AssetTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(AssetTableModel::SortRole);
    setDynamicSortFilter(true);
    connect(source, &QAbstractItemModel::modelReset, this, &AssetFilterProxy::rebind);
    rebind();
}

QString AssetFilterProxy::setFilter(const AssetFilter& filter)
{
    const AssetFilter previous = m_filter;
    m_filter = filter;
    const Register* reg = m_source->currentRegister();
    if (reg) {
        AssetFilter::Bound bound;
        const QString error = m_filter.bind(*reg, &bound);
        if (!error.isEmpty()) {
            m_filter = previous;
            return error;
        }
    }
    rebind();
    invalidateFilter();
    return {};
}

void AssetFilterProxy::rebind()
{
    m_boundOk = false;
    if (const Register* reg = m_source->currentRegister())
        m_boundOk = m_filter.bind(*reg, &m_bound).isEmpty();
    // The findings are cached per row, so the filter never needs its own rule engine.
    m_bound.rules.reset();
}

bool AssetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_boundOk)
        return !sourceParent.isValid();
    const AssetTableModel::Row* row = m_source->rowAt(sourceRow);
    if (!row)
        return false;
    const int findingCount = int(row->findings.size());
    return m_bound.matches(row->asset, &row->searchable, &findingCount);
}

bool AssetFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto& keys = m_source->sortKeys(left.column());
    return keys[left.row()] < keys[right.row()];
}

} // namespace daicho
