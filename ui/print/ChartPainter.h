#pragma once

#include "report/ReportDocument.h"

#include <QColor>
#include <QRectF>
#include <QStringList>

class QChart;
class QPainter;

namespace daicho {

// Turns a ReportChart into a QtCharts chart: horizontal bars (categories read top to bottom, as
// Japanese organisation names need the room) or a pie. Fills are greys of distinct lightness with
// black outlines and the counts written on the bars, so a black-and-white printout still tells
// the series apart. The dashboard shows the same charts on screen.
class ChartPainter
{
public:
    enum class Medium { Paper, Screen };

    // A new chart (the caller or its scene owns it), fonts sized for `medium`.
    static QChart* create(const ReportChart& data, const QString& title, Medium medium);

    // Draws the chart as vectors into `target` of a page at `dpi`; the chart is laid out in points.
    static void paint(QPainter& painter, const QRectF& target, const ReportChart& data, const QString& title,
                      double dpi);

    static QColor fill(int series, int seriesCount);
    // A category name in lines short enough for the axis.
    static QStringList wrappedLabel(const QString& label);
};

} // namespace daicho
