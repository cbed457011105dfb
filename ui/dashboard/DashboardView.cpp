#include "dashboard/DashboardView.h"

#include "print/ChartPainter.h"
#include "report/ReportScope.h"
#include "report/SummaryReport.h"
#include "storage/Register.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>

namespace daicho {

DashboardView::DashboardView(QWidget* parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("dashboardView"));
    setWidgetResizable(true);
    m_page = new QWidget(this);
    auto* layout = new QGridLayout(m_page);
    m_summary = new QLabel(m_page);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    setWidget(m_page);
}

void DashboardView::showAssets(const Register& reg, const QVector<Asset>& assets)
{
    const ReportScope scope = ReportScope::ofAssets(reg, assets);
    ApprovalBlock none;
    none.style = ApprovalBlock::Style::None;
    const ReportDocument doc = SummaryReport::build(reg, scope, none);
    m_fiscalYear = scope.fiscalYear();

    auto* layout = static_cast<QGridLayout*>(m_page->layout());
    for (const Entry& e : m_charts) {
        layout->removeWidget(e.view);
        e.view->deleteLater();
    }
    m_charts.clear();
    m_summary->setText(tr("%n current asset(s). Click a bar or a slice to list its assets.", nullptr,
                          int(scope.assets().size())));
    for (const ReportBlock& b : doc.blocks) {
        if (b.kind != ReportBlock::Kind::Chart)
            continue;
        Entry e{b.chart, nullptr};
        QChart* chart = ChartPainter::create(b.chart, b.text, ChartPainter::Medium::Screen);
        e.view = new QChartView(chart, m_page);
        e.view->setObjectName(QStringLiteral("dashboardChart%1").arg(m_charts.size()));
        e.view->setRenderHint(QPainter::Antialiasing);
        const int rows = b.chart.kind == ReportChart::Kind::Pie ? 8 : int(b.chart.categories.size());
        e.view->setMinimumHeight(qBound(260, 110 + rows * 26, 700));
        e.view->setMinimumWidth(300);
        const int index = int(m_charts.size());
        if (!b.chart.drillable)
            e.view->setToolTip(tr("Counts assets at confidentiality 2 and above only; filter the table yourself."));
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().value(0))) {
            connect(bars, &QAbstractBarSeries::clicked, this, [this, bars, index](int category, QBarSet* set) {
                // The chart lists categories bottom-up; the data top-down.
                activate(index, int(m_charts[index].data.categories.size()) - 1 - category,
                         int(bars->barSets().indexOf(set)));
            });
        } else if (auto* pie = qobject_cast<QPieSeries*>(chart->series().value(0))) {
            connect(pie, &QPieSeries::clicked, this, [this, pie, index](QPieSlice* slice) {
                activate(index, int(pie->slices().indexOf(slice)), 0);
            });
        }
        layout->addWidget(e.view, 1 + index / 2, index % 2);
        m_charts.append(e);
    }
}

bool DashboardView::activate(int chart, int category, int series)
{
    if (chart < 0 || chart >= m_charts.size())
        return false;
    const ReportChart& c = m_charts[chart].data;
    if (!c.drillable || category < 0 || category >= c.categoryKeys.size())
        return false;
    AssetFilter filter;
    filter.includeDisposed = false;
    filter.upToFiscalYear = m_fiscalYear;
    if (!filter.narrowTo(c.categoryDimension, c.categoryKeys[category]))
        return false;
    if (!c.seriesDimension.isEmpty()) {
        if (series < 0 || series >= c.series.size() || !filter.narrowTo(c.seriesDimension, c.series[series].key))
            return false;
    }
    emit drillDown(filter);
    return true;
}

} // namespace daicho
