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
    // invalidateFilter() moves rows in and out of the sorted mapping one run at a time: rows going
    // away are cheap, but rows coming back (clearing a narrow search) each become a run of their own,
    // with its own list and its own rowsInserted, some 60 MB for a moment at 100,000 rows (the window's
    // peak memory) and slow besides. When many rows come back, the mapping is built again instead, from
    // the filter and the kept sort keys: the same rows in the same order, the selection kept through
    // the layout change.
    if (rowsComingBack() > kRebuildAbove)
        invalidate();
    else
        invalidateFilter();
    m_useDecided = false;
    m_decided.clear();
    m_decided.shrink_to_fit();
    return {};
}

int AssetFilterProxy::rowsComingBack()
{
    const int shown = rowCount();
    const int total = m_source->rowCount();
    if (shown >= total)
        return 0;   // everything is shown: a new filter can only take rows away
    // The answers are kept for the invalidation that follows, so each row is matched once.
    m_decided.assign(size_t(total), 0);
    int accepted = 0;
    for (int r = 0; r < total; ++r)
        if (filterAcceptsRow(r, {})) {
            m_decided[size_t(r)] = 1;
            ++accepted;
        }
    m_useDecided = true;
    // At least this many rows are new; more when some shown ones go away at the same time.
    return accepted - shown;
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
    if (m_useDecided && sourceRow < int(m_decided.size()))
        return m_decided[size_t(sourceRow)] != 0;
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
