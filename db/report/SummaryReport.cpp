#include "report/SummaryReport.h"

#include "report/ReportScope.h"
#include "report/Statistics.h"
#include "storage/Register.h"

#include <functional>
#include <map>
#include <utility>

namespace daicho {

namespace {

// Keeps the columns `keep` accepts, with their counts and totals.
CrossTable selectColumns(CrossTable t, const std::function<bool(int column)>& keep)
{
    for (int c = int(t.columns.size()) - 1; c >= 0; --c) {
        if (keep(c))
            continue;
        t.columns.removeAt(c);
        t.columnTotals.removeAt(c);
        for (QVector<int>& row : t.counts)
            row.removeAt(c);
    }
    return t;
}

// Leaves out the columns no asset falls in: an empty level or segment only widens the page.
CrossTable withoutEmptyColumns(const CrossTable& t)
{
    return selectColumns(t, [&t](int c) { return t.columnTotals[c] != 0; });
}

CrossTable onlyColumns(const CrossTable& t, const QStringList& keys)
{
    return selectColumns(t, [&t, &keys](int c) { return keys.contains(t.columns[c].key); });
}

// Keeps only the rows where `column` has assets (課 with overdue reviews, …).
CrossTable rowsWith(CrossTable t, const QStringList& columnKeys)
{
    QVector<int> wanted;
    for (int c = 0; c < t.columns.size(); ++c)
        if (columnKeys.contains(t.columns[c].key))
            wanted << c;
    for (int r = int(t.rows.size()) - 1; r >= 0; --r) {
        int sum = 0;
        for (int c : wanted)
            sum += t.counts[r][c];
        if (sum > 0)
            continue;
        t.rows.removeAt(r);
        t.rowTotals.removeAt(r);
        t.counts.removeAt(r);
    }
    return t;
}

} // namespace

ReportTable SummaryReport::table(const CrossTable& cross, const QString& rowHeader)
{
    ReportTable t;
    t.columns.append({rowHeader, 2.6, ReportColumn::Align::Left});
    for (const DimensionValue& c : cross.columns)
        t.columns.append({c.label, 1, ReportColumn::Align::Right});
    t.columns.append({tr("Total"), 1, ReportColumn::Align::Right});
    for (int r = 0; r < cross.rows.size(); ++r) {
        QStringList row{cross.rows[r].label};
        for (int n : cross.counts[r])
            row << QString::number(n);
        row << QString::number(cross.rowTotals[r]);
        t.rows.append(row);
    }
    QStringList totals{tr("Total")};
    for (int n : cross.columnTotals)
        totals << QString::number(n);
    int sum = 0;
    for (int n : cross.rowTotals)
        sum += n;
    totals << QString::number(sum);
    t.rows.append(totals);
    t.totalsRow = true;
    return t;
}

ReportChart SummaryReport::chart(const CrossTable& cross, ReportChart::Kind kind)
{
    ReportChart ch;
    ch.kind = kind;
    ch.categoryDimension = cross.rowDimension;
    ch.seriesDimension = cross.columnDimension;
    for (const DimensionValue& r : cross.rows) {
        ch.categories << r.label;
        ch.categoryKeys << r.key;
    }
    for (int c = 0; c < cross.columns.size(); ++c) {
        ReportChart::Series s{cross.columns[c].label, {}, cross.columns[c].key};
        for (int r = 0; r < cross.rows.size(); ++r)
            s.values << cross.counts[r][c];
        ch.series.append(s);
    }
    return ch;
}

ReportDocument SummaryReport::build(const Register& reg, const ReportScope& scope, const ApprovalBlock& approval)
{
    ReportDocument doc;
    doc.orientation = ReportDocument::Orientation::Landscape;
    doc.heading = scope.heading(reg, tr("Information Asset Summary"));
    const QVector<Asset>& assets = scope.assets();
    const QString dept = tr("Department");
    QVector<const Asset*> all;
    all.reserve(assets.size());
    for (const Asset& a : assets)
        all.append(&a);
    QVector<const Asset*> sensitive;
    const Catalog& cat = reg.catalog();
    for (const Asset* a : all)
        if (cat.tier(*a, Axis::Confidentiality) >= 2)
            sensitive.append(a);
    // Each dimension asks about each asset once, for every table that counts along it.
    struct Placed
    {
        Dimension dimension;
        DimensionPlacement all;
        DimensionPlacement sensitive;
        bool allPlaced = false;
        bool sensitivePlaced = false;
    };
    std::map<QString, Placed> placed;
    auto dimension = [&](const QString& key) -> Placed& {
        auto it = placed.find(key);
        if (it == placed.end())
            it = placed.emplace(key, Placed{*Dimension::make(reg, key), {}, {}, false, false}).first;
        return it->second;
    };
    // Places the dimensions `ids` over `assets` in one pass: a city's assets do not fit in the cache,
    // and a pass per dimension fetched each of them again.
    auto placeAll = [&](std::initializer_list<const char*> ids, bool onlySensitive) {
        QVector<const Dimension*> dims;
        for (const char* id : ids)
            dims.append(&dimension(QString::fromLatin1(id)).dimension);
        QVector<DimensionPlacement> places = DimensionPlacement::of(dims, onlySensitive ? sensitive : all);
        int i = 0;
        for (const char* id : ids) {
            Placed& x = dimension(QString::fromLatin1(id));
            (onlySensitive ? x.sensitive : x.all) = std::move(places[i++]);
            (onlySensitive ? x.sensitivePlaced : x.allPlaced) = true;
        }
    };
    // Every dimension the tables below count along; `place` still places any other on its own.
    placeAll({"org", "section", "c", "i", "a", "personal", "segment", "stage", "status", "review"}, false);
    placeAll({"org", "outsourcing"}, true);
    auto place = [&](const char* id, bool onlySensitive) -> std::pair<const Dimension*, const DimensionPlacement*> {
        Placed& x = dimension(QString::fromLatin1(id));
        if (!onlySensitive && !x.allPlaced) {
            x.all = DimensionPlacement::of(x.dimension, all);
            x.allPlaced = true;
        }
        if (onlySensitive && !x.sensitivePlaced) {
            x.sensitive = DimensionPlacement::of(x.dimension, sensitive);
            x.sensitivePlaced = true;
        }
        return {&x.dimension, onlySensitive ? &x.sensitive : &x.all};
    };
    auto crossOf = [&](bool onlySensitive, const char* rows, const char* columns) {
        const auto r = place(rows, onlySensitive);
        const auto c = place(columns, onlySensitive);
        return CrossTable::compute(*r.first, *r.second, *c.first, *c.second);
    };

    doc.addText(tr("%n current asset(s) (disposed assets not included). The counts are those of \"daicho-cli stats\".",
                   nullptr, int(assets.size())));

    doc.addHeading(tr("1. Assets by department and confidentiality"));
    const CrossTable byC = withoutEmptyColumns(crossOf(false, "org", "c"));
    doc.addTable(QString(), table(byC, dept));
    doc.addChart(tr("Assets by department and confidentiality"), chart(byC, ReportChart::Kind::StackedBar));

    doc.addHeading(tr("2. Assets by department and integrity, availability"));
    doc.addTable(tr("Integrity"), table(withoutEmptyColumns(crossOf(false, "org", "i")), dept));
    doc.addTable(tr("Availability"), table(withoutEmptyColumns(crossOf(false, "org", "a")), dept));

    doc.addHeading(tr("3. Personal data by department"));
    const CrossTable personal = crossOf(false, "org", "personal");
    doc.addText(tr("An asset holding several kinds is counted in each; the total counts it once."));
    doc.addTable(QString(), table(personal, dept));
    // Without "no personal data", which would dwarf the bars that matter.
    const CrossTable kinds = onlyColumns(personal, {QStringLiteral("personal"), QStringLiteral("sensitive"),
                                                    QStringLiteral("specific"), QStringLiteral("file-register")});
    doc.addChart(tr("Personal data by department"), chart(kinds, ReportChart::Kind::Bar));

    doc.addHeading(tr("4. Network segment and confidentiality"));
    const CrossTable segments = withoutEmptyColumns(crossOf(false, "segment", "c"));
    doc.addTable(QString(), table(segments, tr("Network segment")));
    doc.addChart(tr("Network segment and confidentiality"), chart(segments, ReportChart::Kind::StackedBar));

    doc.addHeading(tr("5. Lifecycle stages and statuses"));
    for (const char* id : {"stage", "status"}) {
        const auto [dim, places] = place(id, false);
        const StatGroup g = Statistics::group(*dim, *places);
        ReportTable t;
        t.columns = {{dim->title(), 2.6, ReportColumn::Align::Left}, {tr("Assets"), 1, ReportColumn::Align::Right}};
        ReportChart pie;
        pie.kind = ReportChart::Kind::Pie;
        pie.categoryDimension = dim->id();
        pie.series.append({dim->title(), {}, QString()});
        for (const StatRow& r : g.rows) {
            t.rows.append({r.label, QString::number(r.count)});
            if (r.count > 0) {
                pie.categories << r.label;
                pie.categoryKeys << r.key;
                pie.series[0].values << r.count;
            }
        }
        t.rows.append({tr("Total"), QString::number(g.assets)});
        t.totalsRow = true;
        doc.addTable(QString(), t);
        if (QLatin1String(id) == QLatin1String("stage"))
            doc.addChart(tr("Assets by lifecycle stage"), pie);
    }

    doc.addHeading(tr("6. Reviews overdue or due this fiscal year, by section"));
    const CrossTable reviews = rowsWith(crossOf(false, "section", "review"),
                                        {QStringLiteral("overdue"), QStringLiteral("this-year")});
    if (reviews.rows.isEmpty())
        doc.addText(tr("No section has a review overdue or due this fiscal year."));
    else
        doc.addTable(QString(), table(reviews, tr("Section")));
    const CrossTable reviewsByDept = rowsWith(crossOf(false, "org", "review"), {QStringLiteral("overdue")});
    if (!reviewsByDept.rows.isEmpty())
        doc.addChart(tr("Overdue reviews by department"),
                     chart(onlyColumns(reviewsByDept, {QStringLiteral("overdue")}), ReportChart::Kind::Bar));

    doc.addHeading(tr("7. Outsourced and cloud assets at confidentiality 2 and above"));
    const CrossTable outsourcing = crossOf(true, "org", "outsourcing");
    doc.addText(tr("%n asset(s) at confidentiality 2 and above. An asset both outsourced and in the cloud is counted in "
                   "each column; the total counts it once.", nullptr, int(sensitive.size())));
    doc.addTable(QString(), table(outsourcing, dept));
    ReportChart external = chart(onlyColumns(outsourcing, {QStringLiteral("outsourced"), QStringLiteral("cloud")}),
                                 ReportChart::Kind::Bar);
    external.drillable = false;
    doc.addChart(tr("Outsourced and cloud assets at confidentiality 2 and above"), external);

    doc.addApproval(approval);
    return doc;
}

} // namespace daicho
