#include "report/ReportDocument.h"

namespace daicho {

namespace {

ReportBlock block(ReportBlock::Kind kind, const QString& text)
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

} // namespace

void ReportDocument::addHeading(const QString& text)
{
    blocks.append(block(ReportBlock::Kind::Heading, text));
}

void ReportDocument::addText(const QString& text)
{
    blocks.append(block(ReportBlock::Kind::Text, text));
}

void ReportDocument::addTable(const QString& caption, const ReportTable& table)
{
    ReportBlock b = block(ReportBlock::Kind::Table, caption);
    b.table = table;
    blocks.append(b);
}

void ReportDocument::addChart(const QString& caption, const ReportChart& chart)
{
    ReportBlock b = block(ReportBlock::Kind::Chart, caption);
    b.chart = chart;
    blocks.append(b);
}

void ReportDocument::addFields(const QString& caption, const ReportFields& fields)
{
    ReportBlock b = block(ReportBlock::Kind::Fields, caption);
    b.fields = fields;
    blocks.append(b);
}

void ReportDocument::addApproval(const ApprovalBlock& approval)
{
    if (approval.style == ApprovalBlock::Style::None)
        return;
    ReportBlock b = block(ReportBlock::Kind::Approval, QString());
    b.approval = approval;
    blocks.append(b);
}

void ReportDocument::addPageBreak()
{
    blocks.append(block(ReportBlock::Kind::PageBreak, QString()));
}

QStringList ReportDocument::texts() const
{
    QStringList out{heading.title, heading.cityName, heading.organisation, heading.fiscalYear, heading.baseDate,
                    heading.createdOn, heading.classification};
    for (const ReportBlock& b : blocks) {
        if (!b.text.isEmpty())
            out << b.text;
        for (const ReportColumn& c : b.table.columns)
            out << c.header;
        for (const QStringList& row : b.table.rows)
            out << row;
        out << b.chart.categories;
        for (const ReportChart::Series& s : b.chart.series)
            out << s.name;
        for (const auto& pair : b.fields.pairs)
            out << pair.first << pair.second;
        out << b.approval.titles;
    }
    return out;
}

} // namespace daicho
