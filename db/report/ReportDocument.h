#pragma once

#include <QDate>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace daicho {

// A printout as data: what a report says, page by page in reading order, with nothing about fonts
// or paper. The core builds it (and tests read it without a GUI); ui/print lays it out on A4.

// What every page of the printout carries in its header and footer (domain.md §6).
struct ReportHeading
{
    QString title;            // 情報資産管理台帳
    QString cityName;
    QString organisation;     // 市民部 保険年金課, or 全庁
    QString fiscalYear;       // 令和7年度
    QString baseDate;         // 基準日 in 和暦
    QString createdOn;        // 作成日 in 和暦
    // The printout's own classification: the highest confidentiality it contains ("自治体機密性3B").
    QString classification;
};

struct ReportColumn
{
    enum class Align { Left, Center, Right };
    QString header;
    double width = 1;             // share of the table's width
    Align align = Align::Left;    // left text wraps; centred marks and right-aligned numbers do not
};

// A table whose header repeats on every page it runs over; a row is never split.
struct ReportTable
{
    QVector<ReportColumn> columns;
    QVector<QStringList> rows;
    bool totalsRow = false;   // the last row sums the others: printed bold, ruled above
};

// A chart drawn from the same numbers as a table beside it. Bars are grouped or stacked per
// category; a pie takes the first series only.
struct ReportChart
{
    enum class Kind { StackedBar, Bar, Pie };
    Kind kind = Kind::Bar;
    QStringList categories;
    QStringList categoryKeys; // what each category stands for (organisation code, stage code …)
    QString categoryDimension;
    struct Series
    {
        QString name;
        QVector<int> values;  // one per category
        QString key;          // the value of seriesDimension it counts
    };
    QString seriesDimension;
    // Whether a bar stands for exactly the assets a filter on its category and series would show;
    // false where the counts were taken over a subset (機密性2以上 only).
    bool drillable = true;
    QVector<Series> series;
};

// Label–value pairs in two columns per row, for one asset's sheet.
struct ReportFields
{
    QVector<QPair<QString, QString>> pairs;
};

// The approval block (決裁欄) at the end of a register or summary.
struct ApprovalBlock
{
    enum class Style { Seals, Signatures, None };
    Style style = Style::Seals;
    QStringList titles;       // 部長 | 課長 | 係長 | 担当, left to right
};

struct ReportBlock
{
    enum class Kind { Heading, Text, Table, Chart, Fields, Approval, PageBreak };
    Kind kind = Kind::Text;
    QString text;             // heading or paragraph; a chart's or table's caption
    ReportTable table;
    ReportChart chart;
    ReportFields fields;
    ApprovalBlock approval;
};

struct ReportDocument
{
    enum class Orientation { Portrait, Landscape };
    Orientation orientation = Orientation::Landscape;
    // Each part between page breaks is one sheet that keeps to one page (one asset's sheet): the
    // renderer shrinks it, then shortens its long texts, rather than let it run over.
    bool fitSheetsToPage = false;
    ReportHeading heading;
    QVector<ReportBlock> blocks;

    void addHeading(const QString& text);
    void addText(const QString& text);
    void addTable(const QString& caption, const ReportTable& table);
    void addChart(const QString& caption, const ReportChart& chart);
    void addFields(const QString& caption, const ReportFields& fields);
    void addApproval(const ApprovalBlock& approval);
    void addPageBreak();

    // Every word the printout holds, in order, for tests and for searching a report without paper.
    QStringList texts() const;
};

} // namespace daicho
