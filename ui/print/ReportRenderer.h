#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QPageLayout>
#include <QRectF>
#include <QVector>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace daicho {

// Lays a ReportDocument out on A4 and paints it, onto a PDF writer or a printer alike. Tables
// repeat their header on every page, rows are never split (a row taller than a page continues
// on the next between two lines), long text wraps and nothing is clipped. The page count is
// known before the first page is painted, so every footer says "n / N". The layout is the same at
// every resolution, and an asset sheet keeps to one page (ReportDocument::fitSheetsToPage).
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ReportRenderer)
public:
    explicit ReportRenderer(const ReportDocument& doc);

    // A4 in the document's orientation with the margins the printout uses.
    static QPageLayout pageLayout(ReportDocument::Orientation orientation);

    // Sets the device's page layout, lays out and paints every page; returns the number of pages.
    int render(QPagedPaintDevice* device);

private:
    struct Item
    {
        enum class Kind { Heading, Text, Caption, TableHeader, TableRow, Chart, FieldsRow, Approval };
        Kind kind = Kind::Text;
        int block = 0;
        int index = 0;            // row, line or first pair
        double x = 0;             // left, within the body
        double width = 0;         // of a chart beside a table; 0: the body's width
        double y = 0;             // top on its page, within the body
        double height = 0;        // on this page
        double sliceOffset = 0;   // how much of a tall row earlier pages showed
        double fullHeight = 0;    // of a tall row in all
        quint32 singleLine = 0;   // table cells that fit one line (drawn without wrapping)
        quint32 wrapAnywhere = 0; // table cells with a word wider than the column
        int perRow = 0;           // fields: 1, a pair across the body; 2, two pairs side by side
        int pairs = 0;            // fields: how many pairs from `index` (a lone short one leaves a box empty)

        static Item of(Kind kind, int block, int index, double height)
        {
            Item item;
            item.kind = kind;
            item.block = block;
            item.index = index;
            item.height = height;
            return item;
        }
    };
    using Page = QVector<Item>;

    struct Metrics
    {
        double dpi = 72;
        double mm(double v) const { return v * dpi / 25.4; }
        double pt(double v) const { return v * dpi / 72.0; }
    };

    // Everything in layout units (ReportRenderer.cpp: kLayoutDpi), whatever the device's resolution.
    void layout(const QPageLayout& page);
    void layoutBlock(int& block, QPaintDevice* device);
    // An asset sheet: the blocks [from, to) kept to one page (ReportDocument::fitSheetsToPage).
    void layoutSheet(int from, int to, QPaintDevice* device);
    static QString shortened(const QString& text, int length);
    // The body's width and height in layout units at `scale` (a sheet drawn smaller to keep to one page).
    void setScale(double scale);
    // A table measured for a width: every row's height once, before it is placed.
    struct MeasuredTable
    {
        QVector<double> edges;
        double lineSpacing = 0;
        Item caption;
        Item header;
        QVector<Item> rows;
        double height(int rowCount) const;   // caption, header and the first rowCount rows
    };
    MeasuredTable measureTable(int block, QPaintDevice* device, double width) const;
    void placeTable(const MeasuredTable& table);
    bool layoutTableBesideChart(int block, QPaintDevice* device);
    void layoutFields(int block, QPaintDevice* device);
    void layoutText(int block, Item::Kind kind, const QFont& font, QPaintDevice* device);
    void place(Item item);
    void newPage();
    double remaining() const { return m_bodyHeight - m_y; }

    void paintPage(QPainter& p, int page, int pageCount);
    void paintItem(QPainter& p, const Item& item, double top);
    void paintTableRow(QPainter& p, const Item& item, double top, bool header);
    void paintFieldsRow(QPainter& p, const Item& item, double top);
    void paintApproval(QPainter& p, const ApprovalBlock& approval, double top);

    QVector<double> columnEdges(const ReportTable& table, double width) const;
    const QFont& tableFont(const ReportTable& table) const;
    static QStringList headersOf(const ReportTable& table);
    double tableRowHeight(const ReportTable& table, const QVector<double>& edges, const QStringList& cells, bool header,
                          QPaintDevice* device, quint32* singleLine, quint32* wrapAnywhere) const;
    // A table cell's text broken into lines for a width and shaped, once, when its row is measured;
    // painting draws these glyphs. Kept per text, font and width: a register repeats its values.
    struct WrappedText
    {
        struct Line
        {
            int start = 0;
            int length = 0;
            double y = 0;        // top, from the cell's text top
            double ascent = 0;
            double width = 0;    // natural, for centred and right-aligned cells
            QList<QGlyphRun> runs;   // positioned in the cell's text box
        };
        QVector<Line> lines;
        double height = 0;
        double width = 0;        // the widest line: more than the cell's when a word would not break
    };
public:
    struct WrapKey
    {
        QString text;
        quintptr font = 0;      // one of the renderer's fonts
        int width = 0;
        bool anywhere = false;
        bool operator==(const WrapKey& o) const
        {
            return width == o.width && font == o.font && anywhere == o.anywhere && text == o.text;
        }
    };
private:
    const WrappedText& wrapped(const QString& text, const QFont& font, double width, bool anywhere) const;
    double advance(const QString& text, const QFont& font) const;
    double approvalHeight(const ApprovalBlock& approval) const;
    double chartHeight(const ReportChart& chart) const;

    ReportDocument m_doc;     // a copy: an asset sheet's long texts may be shortened to keep it to one page
    Metrics m_m;
    QRectF m_body;            // the page minus header and footer, in layout units
    double m_bodyHeight = 0;
    double m_y = 0;
    QVector<Page> m_pages;
    QVector<double> m_pageScale;   // each page's body scale, 1 but for a sheet that had to shrink
    double m_scale = 1;
    double m_width = 0;       // the body's width at m_scale
    QHash<int, QVector<double>> m_edges;   // each table's column edges, by block, as laid out
    mutable QHash<WrapKey, WrappedText> m_wrapped;

    QFont m_title, m_header, m_heading, m_text, m_caption, m_table, m_tableSmall, m_tableBold, m_tableSmallBold;
    double m_pad = 0;         // inside a cell
};

size_t qHash(const ReportRenderer::WrapKey& key, size_t seed = 0);

} // namespace daicho
