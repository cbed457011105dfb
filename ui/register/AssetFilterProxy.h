#pragma once

#include "query/AssetFilter.h"

#include <QSortFilterProxyModel>

#include <vector>

namespace daicho {

class AssetTableModel;

// The filters of the register window over the asset table. The matching itself is the core's
// AssetFilter, the same one the CLI and the reports use; this class only feeds it the text and
// findings each row already keeps, so that a keystroke in the search box stays cheap.
class AssetFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AssetFilterProxy(AssetTableModel* source, QObject* parent = nullptr);

    const AssetFilter& filter() const { return m_filter; }
    // Returns an error message (an organisation that is not in the register), empty when applied.
    QString setFilter(const AssetFilter& filter);
    // Binds the filter again, for when the register behind the table changed.
    void rebind();
    // Above this many rows coming back at once, a new filter rebuilds the mapping (see setFilter).
    static constexpr int kRebuildAbove = 1000;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // How many more rows the current filter accepts than the table shows (with the filter bound).
    int rowsComingBack();

    AssetTableModel* m_source;
    AssetFilter m_filter;
    AssetFilter::Bound m_bound;
    bool m_boundOk = false;
    // While setFilter invalidates: each source row's answer, worked out once by rowsComingBack().
    std::vector<char> m_decided;
    bool m_useDecided = false;
};

} // namespace daicho
