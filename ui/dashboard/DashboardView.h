#pragma once

#include "query/AssetFilter.h"
#include "report/ReportDocument.h"

#include <QScrollArea>
#include <QVector>

class QChartView;
class QLabel;

namespace daicho {

class Register;
struct Asset;

// The committee summary's charts, live: recomputed from the register's current assets whenever
// they change (while the tab is shown), drawn by the same code as the printout. Clicking a bar
// or a slice asks for the asset table filtered to exactly the assets it counts.
class DashboardView : public QScrollArea
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);

    void showAssets(const Register& reg, const QVector<Asset>& assets);

    int chartCount() const { return int(m_charts.size()); }
    const ReportChart& chart(int index) const { return m_charts[index].data; }
    QChartView* chartView(int index) const { return m_charts[index].view; }
    // What clicking bar `category` of `series` (or a slice: series 0) does; false if that chart has no drill-down.
    bool activate(int chart, int category, int series);

signals:
    // The filter (orgCode included) that shows the assets behind a bar; disposed assets and assets of
    // a later 年度 excluded, as the counts exclude them.
    void drillDown(const daicho::AssetFilter& filter);

private:
    struct Entry
    {
        ReportChart data;
        QChartView* view = nullptr;
    };
    QWidget* m_page;
    QLabel* m_summary;
    QVector<Entry> m_charts;
    int m_fiscalYear = 0;   // the 年度 the counts were cut at; a bar's filter cuts at it too
};

} // namespace daicho
