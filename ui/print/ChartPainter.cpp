#include "print/ChartPainter.h"

#include "print/ReportFont.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace daicho {

namespace {

QFont chartFont(ChartPainter::Medium medium, double points, bool bold = false)
{
    QFont f = reportFont();
    // On paper one scene unit is one point; on screen the usual point size.
    if (medium == ChartPainter::Medium::Paper)
        f.setPixelSize(qRound(points));
    else
        f.setPointSizeF(points + 1);
    f.setBold(bold);
    return f;
}

// Dark fills need white figures on them.
QColor labelColorOn(const QColor& fill)
{
    return fill.lightness() < 128 ? Qt::white : Qt::black;
}

int largestTotal(const ReportChart& data)
{
    int most = 0;
    for (int c = 0; c < data.categories.size(); ++c) {
        int sum = 0;
        int single = 0;
        for (const ReportChart::Series& s : data.series) {
            sum += s.values.value(c);
            single = std::max(single, s.values.value(c));
        }
        most = std::max(most, data.kind == ReportChart::Kind::StackedBar ? sum : single);
    }
    return most;
}

QChart* barChart(const ReportChart& data, ChartPainter::Medium medium)
{
    auto* chart = new QChart;
    QAbstractBarSeries* series = data.kind == ReportChart::Kind::StackedBar
                                     ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                                     : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    // Qt draws the first category at the bottom: reversed, the chart reads in the table's order.
    QStringList categories;
    for (auto it = data.categories.crbegin(); it != data.categories.crend(); ++it)
        categories << ChartPainter::wrappedLabel(*it).join(QStringLiteral("<br>"));   // axis labels are rich text
    for (int i = 0; i < data.series.size(); ++i) {
        const ReportChart::Series& s = data.series[i];
        auto* set = new QBarSet(s.name);
        for (int c = int(s.values.size()) - 1; c >= 0; --c)
            set->append(s.values[c]);
        const QColor color = ChartPainter::fill(i, int(data.series.size()));
        set->setBrush(color);
        set->setPen(QPen(Qt::black, medium == ChartPainter::Medium::Paper ? 0.4 : 1));
        set->setLabelColor(labelColorOn(color));
        set->setLabelFont(chartFont(medium, 7));
        series->append(set);
    }
    // Counts on grouped bars; stacked segments can be too thin to hold one, and the table has them.
    series->setLabelsVisible(data.kind == ReportChart::Kind::Bar);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.8);
    chart->addSeries(series);

    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(chartFont(medium, 8));
    axisY->setTruncateLabels(false);   // an organisation's name is never cut to "…"
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, std::max(1, largestTotal(data)));
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setLabelsFont(chartFont(medium, 7));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(data.series.size() > 1);
    return chart;
}

QChart* pieChart(const ReportChart& data, ChartPainter::Medium medium)
{
    auto* chart = new QChart;
    auto* series = new QPieSeries;
    const QVector<int> values = data.series.isEmpty() ? QVector<int>() : data.series.first().values;
    int total = 0;
    for (int v : values)
        total += v;
    for (int i = 0; i < data.categories.size() && i < values.size(); ++i) {
        auto* slice = series->append(QStringLiteral("%1 %2 (%3%)")
                                         .arg(data.categories[i])
                                         .arg(values[i])
                                         .arg(total > 0 ? qRound(100.0 * values[i] / total) : 0),
                                     values[i]);
        slice->setBrush(ChartPainter::fill(i, int(values.size())));
        slice->setPen(QPen(Qt::black, medium == ChartPainter::Medium::Paper ? 0.4 : 1));
        // The legend names every slice with its count: labels around a pie pile up on small slices.
        slice->setLabelVisible(false);
    }
    series->setPieSize(0.8);
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace

QStringList ChartPainter::wrappedLabel(const QString& label)
{
    // QtCharts hides a category label wider than its share of the chart: long names go on several
    // short lines, breaking before a parenthesis where there is one.
    constexpr int kLine = 10;
    QStringList lines;
    QString rest = label;
    while (rest.size() > kLine) {
        int cut = int(rest.indexOf(QChar(u'（')));
        if (cut <= 0 || cut > kLine)
            cut = kLine;
        lines << rest.left(cut);
        rest = rest.mid(cut);
    }
    lines << rest;
    return lines;
}

QColor ChartPainter::fill(int series, int seriesCount)
{
    // From near black to near white, evenly, so neighbours differ even photocopied.
    const int n = std::max(2, seriesCount);
    const int grey = 40 + (235 - 40) * series / (n - 1);
    return QColor(grey, grey, grey);
}

QChart* ChartPainter::create(const ReportChart& data, const QString& title, Medium medium)
{
    QChart* chart = data.kind == ReportChart::Kind::Pie ? pieChart(data, medium) : barChart(data, medium);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    chart->setTitleFont(chartFont(medium, 9, true));
    // Long series names fit a list at the right; a row of them at the bottom would be cut to "…".
    int longest = 0;
    for (const ReportChart::Series& s : data.series)
        longest = std::max(longest, int(s.name.size()));
    if (data.kind != ReportChart::Kind::Pie)
        chart->legend()->setAlignment(longest > 6 ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setFont(chartFont(medium, 7.5));
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    if (medium == Medium::Paper) {
        chart->setBackgroundPen(QPen(Qt::black, 0.5));
        chart->setMargins(QMargins(4, 2, 4, 2));
    }
    return chart;
}

void ChartPainter::paint(QPainter& painter, const QRectF& target, const ReportChart& data, const QString& title,
                         double dpi)
{
    // Laid out in points and scaled onto the page: its fonts are then the sizes asked for.
    const QRectF source(0, 0, target.width() * 72.0 / dpi, target.height() * 72.0 / dpi);
    QGraphicsScene scene;
    QChart* chart = create(data, title, Medium::Paper);
    scene.addItem(chart);
    chart->setGeometry(source);
    // The chart arranges its axes and labels in posted layout events; let them run before drawing.
    chart->layout()->activate();
    QCoreApplication::processEvents();
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
}

} // namespace daicho
