#include "print/ReportRenderer.h"

#include "print/ChartPainter.h"
#include "print/ReportFont.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTextLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <cmath>

namespace daicho {

namespace {

constexpr double kMarginMm = 12;
constexpr double kHeaderMm = 15;
constexpr double kFooterMm = 8;
// Tables with more columns than this print in a smaller type, so that the register's 16 IPA
// columns fit A4 landscape.
constexpr int kWideTable = 10;
constexpr int kMaxColumns = 32;   // the cell bit masks hold 32
// A table this short that fits three quarters of a page is not split across pages.
constexpr int kKeepTogetherRows = 30;

// The printout is laid out and painted in units of this resolution, whatever the device's. Fonts
// resolved for each device rounded their metrics differently at 72, 300 or 1200 dpi, so the same
// sheets took 12 pages at one resolution and 14 at another, and a preview's "n / N" was not the PDF's.
constexpr double kLayoutDpi = 1200;

// What every length is measured on: an image that says it is kLayoutDpi.
QPaintDevice* layoutDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_Mono);
        i.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
        i.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
        return i;
    }();
    return &image;
}

// Sized in layout units rather than points, so that the painter's scale takes them to any device
// unchanged; unhinted, so that their metrics are the outlines' own and scale linearly.
QFont makeFont(double pointSize, bool bold = false)
{
    QFont f = reportFont();
    f.setPixelSize(qRound(pointSize * kLayoutDpi / 72.0));
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setBold(bold);
    return f;
}

Qt::Alignment alignmentOf(ReportColumn::Align align)
{
    switch (align) {
    case ReportColumn::Align::Left: return Qt::AlignLeft;
    case ReportColumn::Align::Center: return Qt::AlignHCenter;
    case ReportColumn::Align::Right: return Qt::AlignRight;
    }
    return Qt::AlignLeft;
}

// The width a one-line cell is laid out at: it never wraps.
constexpr double kNoWrap = 1e7;

// Heights, ascents and line spacing: those of the taller, Japanese face (ReportFont).
QFontMetricsF lineMetrics(const QFont& font, QPaintDevice* device)
{
    return QFontMetricsF(japaneseFace(font), device);
}

// The label column of an asset sheet's fields, as a share of the page's width.
constexpr double kFieldLabelShare = 0.16;

} // namespace

ReportRenderer::ReportRenderer(const ReportDocument& doc) : m_doc(doc) {}

QPageLayout ReportRenderer::pageLayout(ReportDocument::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       orientation == ReportDocument::Orientation::Landscape ? QPageLayout::Landscape
                                                                             : QPageLayout::Portrait,
                       QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
}

int ReportRenderer::render(QPagedPaintDevice* device)
{
    device->setPageLayout(pageLayout(m_doc.orientation));
    layout(device->pageLayout());
    QPainter p(device);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(device->logicalDpiX() / kLayoutDpi, device->logicalDpiY() / kLayoutDpi);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0)
            device->newPage();
        paintPage(p, i, int(m_pages.size()));
    }
    p.end();
    return int(m_pages.size());
}

// ---- layout ------------------------------------------------------------------------------------

void ReportRenderer::layout(const QPageLayout& page)
{
    QPaintDevice* device = layoutDevice();
    m_m.dpi = kLayoutDpi;
    const QRectF paper = page.paintRect(QPageLayout::Millimeter);
    const double width = m_m.mm(paper.width());
    const double height = m_m.mm(paper.height());
    m_body = QRectF(0, m_m.mm(kHeaderMm), width, height - m_m.mm(kHeaderMm + kFooterMm));
    m_bodyHeight = m_body.height();
    setScale(1);
    m_pad = m_m.mm(0.7);

    m_title = makeFont(13, true);
    m_header = makeFont(8);
    m_heading = makeFont(10.5, true);
    m_text = makeFont(9);
    m_caption = makeFont(9, true);
    m_table = makeFont(8.5);
    m_tableBold = makeFont(8.5, true);
    m_tableSmall = makeFont(7.5);
    m_tableSmallBold = makeFont(7.5, true);

    m_pages = {Page()};
    m_pageScale = {1.0};
    m_edges.clear();
    m_y = 0;
    if (m_doc.fitSheetsToPage) {
        for (int from = 0; from < m_doc.blocks.size();) {
            int to = from;
            while (to < m_doc.blocks.size() && m_doc.blocks[to].kind != ReportBlock::Kind::PageBreak)
                ++to;
            layoutSheet(from, to, device);
            if (to < m_doc.blocks.size() && !m_pages.last().isEmpty())
                newPage();
            from = to + 1;
        }
        return;
    }
    for (int b = 0; b < m_doc.blocks.size(); ++b)
        layoutBlock(b, device);
}

void ReportRenderer::layoutBlock(int& b, QPaintDevice* device)
{
    const ReportBlock& block = m_doc.blocks[b];
    switch (block.kind) {
    case ReportBlock::Kind::Heading: {
        const double gap = m_y > 0 ? m_m.mm(3) : 0;
        const QFontMetricsF fm(m_heading, device);
        const double h = fm.boundingRect(QRectF(0, 0, m_width, 1e9), Qt::TextWordWrap, block.text).height();
        // A heading stays with what follows it.
        if (m_y > 0 && remaining() < gap + h + m_m.mm(25))
            newPage();
        m_y += m_y > 0 ? gap : 0;
        place(Item::of(Item::Kind::Heading, b, 0, h + m_m.mm(1.5)));
        break;
    }
    case ReportBlock::Kind::Text:
        layoutText(b, Item::Kind::Text, m_text, device);
        m_y += m_m.mm(1.5);
        break;
    case ReportBlock::Kind::Table:
        if (layoutTableBesideChart(b, device))
            ++b;   // the chart went beside it
        else
            placeTable(measureTable(b, device, m_width));
        break;
    case ReportBlock::Kind::Fields:
        layoutFields(b, device);
        break;
    case ReportBlock::Kind::Chart:
        place(Item::of(Item::Kind::Chart, b, 0, chartHeight(block.chart)));
        m_y += m_m.mm(2);
        break;
    case ReportBlock::Kind::Approval:
        m_y += m_m.mm(4);
        place(Item::of(Item::Kind::Approval, b, 0, approvalHeight(block.approval)));
        break;
    case ReportBlock::Kind::PageBreak:
        if (!m_pages.last().isEmpty())
            newPage();
        break;
    }
}

void ReportRenderer::setScale(double scale)
{
    m_scale = scale;
    m_width = m_body.width() / scale;
    m_bodyHeight = m_body.height() / scale;
}

namespace {

// The scales a sheet is tried at with all its text, then with long texts shortened. Below the last,
// 7.5 pt type would print smaller than about 5.4 pt.
const double kFullTextScales[] = {1.0, 0.92, 0.85, 0.78, 0.72};
const double kShortTextScales[] = {0.85, 0.72};
constexpr int kShortestText = 24;   // characters a shortened value keeps at least

} // namespace

QString ReportRenderer::shortened(const QString& text, int length)
{
    if (text.size() <= length)
        return text;
    return text.left(length) + tr("… (see the register)");
}

void ReportRenderer::layoutSheet(int from, int to, QPaintDevice* device)
{
    // One sheet, one page: laid out as it is; if it runs over, at a smaller scale; then with its long
    // texts shortened, each saying that it continues in the register. Never clipped: a sheet that fits
    // none of these runs over onto a second page.
    const int firstPage = int(m_pages.size()) - 1;
    const QVector<ReportBlock> original = m_doc.blocks.mid(from, to - from);
    auto attempt = [&](double scale) {
        m_pages.resize(firstPage + 1);
        m_pages.last().clear();
        m_pageScale.resize(firstPage + 1);
        m_pageScale.last() = scale;
        setScale(scale);
        m_y = 0;
        for (int b = from; b < to; ++b)
            layoutBlock(b, device);
        return m_pages.size() == firstPage + 1;
    };
    for (double scale : kFullTextScales)
        if (attempt(scale)) {
            setScale(1);
            return;
        }
    // Headings, values and history cells are cut, as little as keeps the sheet to its page; labels and
    // the restrictions (what must be done with the asset) are not.
    int longest = 0;
    for (const ReportBlock& block : original) {
        longest = qMax(longest, int(block.text.size()));
        for (const auto& pair : block.fields.pairs)
            longest = qMax(longest, int(pair.second.size()));
        for (const QStringList& row : block.table.rows)
            for (const QString& cell : row)
                longest = qMax(longest, int(cell.size()));
    }
    auto shorten = [&](int length) {
        for (int b = from; b < to; ++b) {
            ReportBlock& block = m_doc.blocks[b];
            const ReportBlock& full = original[b - from];
            if (block.kind == ReportBlock::Kind::Heading)
                block.text = shortened(full.text, length);
            for (int k = 0; k < block.fields.pairs.size(); ++k)
                block.fields.pairs[k].second = shortened(full.fields.pairs[k].second, length);
            for (int r = 0; r < block.table.rows.size(); ++r)
                for (int c = 0; c < block.table.rows[r].size(); ++c)
                    block.table.rows[r][c] = shortened(full.table.rows[r][c], length);
        }
    };
    for (double scale : kShortTextScales) {
        // The longest length that fits: the search keeps `low` fitting, `high` not.
        shorten(kShortestText);
        if (!attempt(scale))
            continue;
        int low = kShortestText;
        int high = longest;
        while (high - low > 1) {
            const int mid = (low + high) / 2;
            shorten(mid);
            (attempt(scale) ? low : high) = mid;
        }
        shorten(low);
        attempt(scale);
        break;
    }
    setScale(1);
}

void ReportRenderer::newPage()
{
    // A heading, caption or note left last on a page goes over with what it introduces.
    Page carried;
    Page& last = m_pages.last();
    int keep = int(last.size());
    while (keep > 0 && (last[keep - 1].kind == Item::Kind::Heading || last[keep - 1].kind == Item::Kind::Caption
                        || last[keep - 1].kind == Item::Kind::Text))
        --keep;
    if (keep > 0) {
        carried = last.mid(keep);
        last.resize(keep);
    }
    m_pages.append(Page());
    m_pageScale.append(m_scale);
    m_y = 0;
    for (Item item : carried) {
        item.y = m_y;
        m_pages.last().append(item);
        m_y += item.height;
    }
}

void ReportRenderer::place(Item item)
{
    if (m_y > 0 && item.height > remaining())
        newPage();
    item.y = m_y;
    item.fullHeight = item.height;
    m_pages.last().append(item);
    m_y += item.height;
}

void ReportRenderer::layoutText(int block, Item::Kind kind, const QFont& font, QPaintDevice* device)
{
    const QFontMetricsF fm(font, device);
    // Each line of a paragraph may go to the next page on its own.
    const QStringList lines = m_doc.blocks[block].text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const double h = fm.boundingRect(QRectF(0, 0, m_width, 1e9), Qt::TextWordWrap, lines[i]).height();
        place(Item::of(kind, block, i, h + m_m.mm(0.6)));
    }
}

const QFont& ReportRenderer::tableFont(const ReportTable& table) const
{
    return table.columns.size() > kWideTable ? m_tableSmall : m_table;
}

QVector<double> ReportRenderer::columnEdges(const ReportTable& table, double available) const
{
    double total = 0;
    for (const ReportColumn& c : table.columns)
        total += c.width;
    // Narrow tables (a few counts) do not stretch across a landscape page.
    const double width = table.columns.size() <= 3 ? qMin(available, m_m.mm(150))
                         : table.columns.size() <= 5 ? qMin(available, m_m.mm(200))
                                                     : available;
    QVector<double> edges{0};
    double x = 0;
    for (const ReportColumn& c : table.columns) {
        x += width * c.width / (total > 0 ? total : 1);
        edges << x;
    }
    return edges;
}

QStringList ReportRenderer::headersOf(const ReportTable& table)
{
    QStringList headers;
    for (const ReportColumn& c : table.columns)
        headers << c.header;
    return headers;
}

size_t qHash(const ReportRenderer::WrapKey& key, size_t seed)
{
    return qHashMulti(seed, key.text, key.font, key.width, key.anywhere);
}

const ReportRenderer::WrappedText& ReportRenderer::wrapped(const QString& text, const QFont& font, double width,
                                                           bool anywhere) const
{
    // Laid out and shaped once, when the row is measured; painting draws the glyphs this found.
    // A register repeats its words (the same 課, the same 媒体), so a text is laid out once per width.
    const WrapKey key{text, quintptr(&font), qRound(width), anywhere};
    const auto found = m_wrapped.constFind(key);
    if (found != m_wrapped.constEnd())
        return *found;
    QString laid = text;
    laid.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(laid, font, layoutDevice());
    QTextOption option;
    option.setWrapMode(anywhere ? QTextOption::WrapAnywhere : QTextOption::WordWrap);
    layout.setTextOption(option);
    WrappedText out;
    const double leading = QFontMetricsF(font, layoutDevice()).leading();
    double y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        y = std::ceil(y + leading);   // as QPainter::drawText(rect, …) places them
        line.setPosition(QPointF(0, y));
        out.lines.append({line.textStart(), line.textLength(), y, line.ascent(), line.naturalTextWidth(), {}});
        out.width = qMax(out.width, line.naturalTextWidth());
        y += line.height();
    }
    layout.endLayout();
    for (int i = 0; i < out.lines.size(); ++i)
        out.lines[i].runs = layout.lineAt(i).glyphRuns();
    out.height = y;
    return *m_wrapped.insert(key, out);
}

double ReportRenderer::advance(const QString& text, const QFont& font) const
{
    // Shaped once, for the measure and for the painting (and once for a value the register repeats).
    return wrapped(text, font, kNoWrap, false).width;
}

double ReportRenderer::tableRowHeight(const ReportTable& table, const QVector<double>& edges, const QStringList& cells,
                                      bool header, QPaintDevice* device, quint32* singleLine,
                                      quint32* wrapAnywhere) const
{
    const QFont& font = header ? (table.columns.size() > kWideTable ? m_tableSmallBold : m_tableBold) : tableFont(table);
    double h = lineMetrics(font, device).height();
    *singleLine = 0;
    *wrapAnywhere = 0;
    for (int c = 0; c < cells.size() && c < table.columns.size(); ++c) {
        const QString& text = cells[c];
        if (text.isEmpty())
            continue;
        const double avail = edges[c + 1] - edges[c] - 2 * m_pad;
        const quint32 bit = c < kMaxColumns ? 1u << c : 0;
        if (bit && !text.contains(QLatin1Char('\n')) && advance(text, font) <= avail) {
            *singleLine |= bit;
            continue;
        }
        // Past the masks' width every cell wraps anywhere, so what was measured is what is drawn.
        const WrappedText* lines = &wrapped(text, font, avail, !bit);
        if (bit && lines->width > avail + 0.5) {
            // A word wider than the column (a long number or address): break it anywhere rather than clip it.
            lines = &wrapped(text, font, avail, true);
            *wrapAnywhere |= bit;
        }
        h = qMax(h, lines->height);
    }
    return h + 2 * m_pad;
}

ReportRenderer::MeasuredTable ReportRenderer::measureTable(int block, QPaintDevice* device, double width) const
{
    const ReportBlock& b = m_doc.blocks[block];
    const ReportTable& t = b.table;
    MeasuredTable m;
    m.edges = columnEdges(t, width);
    m.lineSpacing = lineMetrics(tableFont(t), device).lineSpacing();
    m.caption = Item::of(Item::Kind::Caption, block, 0, 0);
    if (!b.text.isEmpty())
        m.caption.height = lineMetrics(m_caption, device).height() + m_m.mm(1);
    m.header = Item::of(Item::Kind::TableHeader, block, -1, 0);
    m.header.height = tableRowHeight(t, m.edges, headersOf(t), true, device, &m.header.singleLine, &m.header.wrapAnywhere);
    m.rows.reserve(t.rows.size());
    for (int r = 0; r < t.rows.size(); ++r) {
        Item row = Item::of(Item::Kind::TableRow, block, r, 0);
        row.height = tableRowHeight(t, m.edges, t.rows[r], false, device, &row.singleLine, &row.wrapAnywhere);
        m.rows.append(row);
    }
    return m;
}

double ReportRenderer::MeasuredTable::height(int rowCount) const
{
    double h = caption.height + header.height;
    for (int r = 0; r < rowCount && r < rows.size(); ++r)
        h += rows[r].height;
    return h;
}

bool ReportRenderer::layoutTableBesideChart(int block, QPaintDevice* device)
{
    // A small table and the chart drawn from it share the page side by side, as a committee reads them.
    const ReportBlock& b = m_doc.blocks[block];
    if (block + 1 >= m_doc.blocks.size() || m_doc.blocks[block + 1].kind != ReportBlock::Kind::Chart
        || b.table.columns.size() > 8 || m_doc.orientation != ReportDocument::Orientation::Landscape)
        return false;
    const MeasuredTable table = measureTable(block, device, m_width * 0.56);
    const double tableHeight = table.height(int(table.rows.size()));
    const double height = qMax(tableHeight, chartHeight(m_doc.blocks[block + 1].chart));
    if (height > m_bodyHeight)
        return false;
    if (height > remaining())
        newPage();
    const double top = m_y;
    placeTable(table);
    Item item = Item::of(Item::Kind::Chart, block + 1, 0, height);
    item.x = m_width * 0.59;
    item.width = m_width - item.x;
    item.y = top;
    item.fullHeight = height;
    m_pages.last().append(item);
    m_y = top + height + m_m.mm(3);
    return true;
}

void ReportRenderer::placeTable(const MeasuredTable& m)
{
    const int block = m.header.block;
    m_edges.insert(block, m.edges);
    // The caption, the header and the first row start on the same page; a short table is kept whole.
    const bool keepWhole = m.rows.size() <= kKeepTogetherRows && m.height(kKeepTogetherRows) <= m_bodyHeight * 0.75;
    const double start = keepWhole ? m.height(kKeepTogetherRows)
                                   : m.height(0) + qMin(m.rows.isEmpty() ? 0.0 : m.rows.first().height, m_m.mm(20));
    if (m_y > 0 && start > remaining())
        newPage();
    if (m.caption.height > 0)
        place(m.caption);
    place(m.header);

    for (const Item& row : m.rows) {
        if (row.height <= remaining()) {
            place(row);
            continue;
        }
        if (row.height <= m_bodyHeight - m.header.height) {
            newPage();
            place(m.header);
            place(row);
            continue;
        }
        // Taller than a page: it continues on the next pages, cut between two lines of text.
        const double full = row.height;
        double offset = 0;
        while (offset < full) {
            double avail = remaining();
            if (avail < m.lineSpacing * 2 + m_pad) {
                newPage();
                place(m.header);
                avail = remaining();
            }
            const double lines = std::floor((avail - m_pad) / m.lineSpacing);
            const double slice = qMin(full - offset, m_pad + lines * m.lineSpacing);
            Item part = row;
            part.y = m_y;
            part.height = slice;
            part.sliceOffset = offset;
            part.fullHeight = full;
            m_pages.last().append(part);
            m_y += slice;
            offset += slice;
        }
    }
    m_y += m_m.mm(3);
}

void ReportRenderer::layoutFields(int block, QPaintDevice* device)
{
    const ReportBlock& b = m_doc.blocks[block];
    const QVector<QPair<QString, QString>>& pairs = b.fields.pairs;
    const QFontMetricsF fm(m_tableSmall, device);   // a whole asset on one sheet
    const double labelWidth = m_width * kFieldLabelShare;
    // A value that takes more than two lines beside another pair takes the page's width.
    const double halfValue = m_width / 2 - labelWidth - 2 * m_pad;
    const double twoLines = 2.5 * lineMetrics(m_tableSmall, device).height();
    auto isLong = [&](const QPair<QString, QString>& pair) {
        return fm.horizontalAdvance(pair.second) > halfValue
               && fm.boundingRect(QRectF(0, 0, halfValue, 1e9), Qt::TextWrapAnywhere, pair.second).height() > twoLines;
    };
    Item caption = Item::of(Item::Kind::Caption, block, 0, 0);
    caption.height = b.text.isEmpty() ? 0 : lineMetrics(m_caption, device).height() + m_m.mm(0.5);
    bool first = true;
    for (int i = 0; i < pairs.size();) {
        // A long value takes the page's width; the others go two to a row, in their order.
        const int perRow = isLong(pairs[i]) ? 1 : 2;
        const int count = perRow == 1 || i + 1 >= pairs.size() || isLong(pairs[i + 1]) ? 1 : 2;
        const double valueWidth = m_width / perRow - labelWidth;
        double h = lineMetrics(m_tableSmall, device).height();
        for (int k = i; k < i + count; ++k) {
            const auto& pair = pairs[k];
            h = qMax(h, fm.boundingRect(QRectF(0, 0, labelWidth - 2 * m_pad, 1e9), Qt::TextWordWrap, pair.first).height());
            h = qMax(h, fm.boundingRect(QRectF(0, 0, valueWidth - 2 * m_pad, 1e9), Qt::TextWrapAnywhere, pair.second)
                            .height());
        }
        Item row = Item::of(Item::Kind::FieldsRow, block, i, h + m_pad);   // tighter rows: one asset, one sheet
        row.perRow = perRow;
        row.pairs = count;
        i += count;
        if (first) {
            if (m_y > 0 && caption.height + row.height > remaining())
                newPage();
            if (caption.height > 0)
                place(caption);
            first = false;
        }
        place(row);
    }
    m_y += m_m.mm(1.5);
}

double ReportRenderer::chartHeight(const ReportChart& chart) const
{
    if (chart.kind == ReportChart::Kind::Pie)
        return m_m.mm(75);
    // QtCharts leaves out a label taller than its category's share: title, axis and legend take 70 pt,
    const int bars = chart.kind == ReportChart::Kind::Bar ? int(chart.series.size()) : 1;
    // Each category as tall as its label's lines (long names wrap) or its bars side by side.
    double points = 70;
    for (const QString& c : chart.categories)
        points += qMax(6.0 + 15.0 * ChartPainter::wrappedLabel(c).size(), 6.0 * bars);
    return qBound(m_m.mm(55), m_m.pt(points), m_bodyHeight);
}

double ReportRenderer::approvalHeight(const ApprovalBlock& approval) const
{
    if (approval.style == ApprovalBlock::Style::Signatures)
        return m_m.mm(11) * std::ceil(approval.titles.size() / 2.0);
    return m_m.mm(6 + 20);
}

// ---- painting ----------------------------------------------------------------------------------

void ReportRenderer::paintPage(QPainter& p, int page, int pageCount)
{
    const ReportHeading& h = m_doc.heading;
    const double width = m_body.width();
    p.setPen(QPen(Qt::black, m_m.pt(0.5)));

    // The printout's classification, boxed at the top right as a handling mark.
    p.setFont(m_caption);
    const QFontMetricsF cfm(m_caption, layoutDevice());
    const double boxWidth = cfm.horizontalAdvance(h.classification) + m_m.mm(5);
    const QRectF box(width - boxWidth, 0, boxWidth, m_m.mm(7));
    p.setPen(QPen(Qt::black, m_m.pt(1.2)));
    p.drawRect(box);
    p.drawText(box, Qt::AlignCenter, h.classification);

    p.setFont(m_title);
    const QFontMetricsF tfm(m_title, layoutDevice());
    const QRectF titleRect(0, 0, width - boxWidth - m_m.mm(4), m_m.mm(7));
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
               tfm.elidedText(h.title + QStringLiteral("　") + h.organisation, Qt::ElideRight, titleRect.width()));

    p.setFont(m_header);
    const QString line = tr("%1　%2　Base date: %3　Created: %4").arg(h.cityName, h.fiscalYear, h.baseDate, h.createdOn);
    p.drawText(QRectF(0, m_m.mm(8), width, m_m.mm(5)), Qt::AlignLeft | Qt::AlignVCenter, line);
    p.setPen(QPen(Qt::black, m_m.pt(0.8)));
    p.drawLine(QPointF(0, m_m.mm(13)), QPointF(width, m_m.mm(13)));

    // Footer: page n / N in the middle, the mark again on the right.
    const double footerTop = m_body.bottom() + m_m.mm(2);
    const QRectF footer(0, footerTop, width, m_m.mm(kFooterMm - 2));
    p.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("%1 / %2").arg(page + 1).arg(pageCount));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, h.cityName + QStringLiteral("　") + h.title);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, h.classification);

    // The body at the page's scale (an asset sheet that had to shrink to keep to one page).
    const double scale = m_pageScale[page];
    p.save();
    p.translate(0, m_body.top());
    p.scale(scale, scale);
    setScale(scale);
    for (const Item& item : m_pages[page])
        paintItem(p, item, item.y);
    setScale(1);
    p.restore();
}

void ReportRenderer::paintItem(QPainter& p, const Item& item, double top)
{
    const ReportBlock& b = m_doc.blocks[item.block];
    const double width = m_width;
    p.setPen(QPen(Qt::black, m_m.pt(0.5)));
    switch (item.kind) {
    case Item::Kind::Heading:
        p.setFont(m_heading);
        p.drawText(QRectF(0, top, width, item.height), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, b.text);
        break;
    case Item::Kind::Text:
        p.setFont(m_text);
        p.drawText(QRectF(0, top, width, item.height), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   b.text.split(QLatin1Char('\n')).value(item.index));
        break;
    case Item::Kind::Caption:
        p.setFont(m_caption);
        p.drawText(QRectF(0, top, width, item.height), Qt::AlignLeft | Qt::AlignTop, b.text);
        break;
    case Item::Kind::TableHeader:
        paintTableRow(p, item, top, true);
        break;
    case Item::Kind::TableRow:
        if (item.sliceOffset > 0 || item.height < item.fullHeight) {
            p.save();
            p.setClipRect(QRectF(-m_m.mm(1), top, width + m_m.mm(2), item.height));
            paintTableRow(p, item, top - item.sliceOffset, false);
            p.restore();
        } else {
            paintTableRow(p, item, top, false);
        }
        break;
    case Item::Kind::FieldsRow:
        paintFieldsRow(p, item, top);
        break;
    case Item::Kind::Chart:
        ChartPainter::paint(p, QRectF(item.x, top, item.width > 0 ? item.width : width, item.height), b.chart, b.text,
                            m_m.dpi);
        break;
    case Item::Kind::Approval:
        paintApproval(p, b.approval, top);
        break;
    }
}

void ReportRenderer::paintTableRow(QPainter& p, const Item& item, double top, bool header)
{
    const ReportTable& t = m_doc.blocks[item.block].table;
    const bool totals = !header && t.totalsRow && item.index == t.rows.size() - 1;
    const bool wide = t.columns.size() > kWideTable;
    const QFont& font = header || totals ? (wide ? m_tableSmallBold : m_tableBold) : tableFont(t);
    const QVector<double>& edges = m_edges[item.block];
    const double height = item.fullHeight;
    const QRectF row(0, top, edges.last(), height);
    if (header)
        p.fillRect(row, QColor(0xe4, 0xe4, 0xe4));

    // Cell rules in one call: the row's top and bottom, then each column edge.
    QVector<QLineF> lines;
    lines.reserve(edges.size() + 2);
    lines << QLineF(row.topLeft(), row.topRight()) << QLineF(row.bottomLeft(), row.bottomRight());
    for (double x : edges)
        lines << QLineF(x, top, x, top + height);
    p.setPen(QPen(Qt::black, m_m.pt(0.4)));
    p.drawLines(lines);
    if (totals) {
        p.setPen(QPen(Qt::black, m_m.pt(1.2)));
        p.drawLine(row.topLeft(), row.topRight());
    }

    p.setPen(Qt::black);
    p.setFont(font);
    const double ascent = lineMetrics(font, layoutDevice()).ascent();
    const QStringList headers = header ? headersOf(t) : QStringList();
    const QStringList& cells = header ? headers : t.rows[item.index];
    for (int c = 0; c < cells.size() && c < t.columns.size(); ++c) {
        const QString& text = cells[c];
        if (text.isEmpty())
            continue;
        const QRectF cell(edges[c] + m_pad, top + m_pad, edges[c + 1] - edges[c] - 2 * m_pad, height - 2 * m_pad);
        const Qt::Alignment align = header ? Qt::AlignHCenter : alignmentOf(t.columns[c].align);
        // The glyphs as shaped when the row was measured (a register repeats most of its values).
        // A one-line cell sits on the row's common baseline, the taller face's.
        const bool single = c < kMaxColumns && (item.singleLine & (1u << c));
        const bool anywhere = c >= kMaxColumns || (item.wrapAnywhere & (1u << c));
        // A copy (its lines are shared, not copied): a later insertion may move the cache's entries.
        const WrappedText lines = single ? wrapped(text, font, kNoWrap, false) : wrapped(text, font, cell.width(), anywhere);
        for (const WrappedText::Line& line : lines.lines) {
            double x = cell.left();
            if (align != Qt::AlignLeft) {
                const double free = cell.width() - line.width;
                x += align == Qt::AlignRight ? free : free / 2;
            }
            const double y = single ? cell.top() + ascent - line.y - line.ascent : cell.top();
            for (const QGlyphRun& run : line.runs)
                p.drawGlyphRun(QPointF(x, y), run);
        }
    }
}

void ReportRenderer::paintFieldsRow(QPainter& p, const Item& item, double top)
{
    const ReportFields& f = m_doc.blocks[item.block].fields;
    const int perRow = item.perRow;
    const double width = m_width;
    const double pairWidth = width / perRow;
    const double labelWidth = width * kFieldLabelShare;
    p.setFont(m_tableSmall);
    for (int k = 0; k < perRow; ++k) {
        const double x = k * pairWidth;
        const QRectF label(x, top, labelWidth, item.height);
        const QRectF value(x + labelWidth, top, pairWidth - labelWidth, item.height);
        p.fillRect(label, QColor(0xee, 0xee, 0xee));
        p.setPen(QPen(Qt::black, m_m.pt(0.4)));
        p.drawRect(label);
        p.drawRect(value);
        if (k >= item.pairs)
            continue;
        const auto& pair = f.pairs[item.index + k];
        p.setPen(Qt::black);
        p.drawText(label.adjusted(m_pad, m_pad / 2, -m_pad, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   pair.first);
        p.drawText(value.adjusted(m_pad, m_pad / 2, -m_pad, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere,
                   pair.second);
    }
}

void ReportRenderer::paintApproval(QPainter& p, const ApprovalBlock& approval, double top)
{
    const double width = m_width;
    p.setFont(m_table);
    p.setPen(QPen(Qt::black, m_m.pt(0.6)));
    if (approval.style == ApprovalBlock::Style::Seals) {
        // 決裁欄: a title over an empty box for each seal, at the right of the page.
        const double box = m_m.mm(20);
        const double titleHeight = m_m.mm(6);
        const double left = width - box * approval.titles.size();
        for (int i = 0; i < approval.titles.size(); ++i) {
            const QRectF title(left + i * box, top, box, titleHeight);
            p.drawRect(title);
            p.drawRect(QRectF(title.left(), top + titleHeight, box, m_m.mm(20)));
            p.drawText(title, Qt::AlignCenter, approval.titles[i]);
        }
        return;
    }
    // Signature lines: two to a row, each "title  ____________  date ______".
    const double column = width / 2;
    const QFontMetricsF fm(m_table, layoutDevice());
    for (int i = 0; i < approval.titles.size(); ++i) {
        const double x = (i % 2) * column;
        const double base = top + (i / 2) * m_m.mm(11) + m_m.mm(8);
        p.drawText(QPointF(x, base), approval.titles[i]);
        const double lineStart = x + m_m.mm(18);
        p.drawLine(QPointF(lineStart, base + m_m.mm(0.8)), QPointF(lineStart + column * 0.5, base + m_m.mm(0.8)));
        const QString date = tr("Date");
        const double dateX = lineStart + column * 0.5 + m_m.mm(3);
        p.drawText(QPointF(dateX, base), date);
        const double dateLine = dateX + fm.horizontalAdvance(date) + m_m.mm(2);
        p.drawLine(QPointF(dateLine, base + m_m.mm(0.8)), QPointF(x + column - m_m.mm(6), base + m_m.mm(0.8)));
    }
}

} // namespace daicho
