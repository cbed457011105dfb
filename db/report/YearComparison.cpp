#include "report/YearComparison.h"

#include "calendar/JapaneseDate.h"
#include "storage/Register.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace daicho {

namespace {

QString labelOf(const Register& reg)
{
    if (reg.frozenFiscalYear() > 0)
        return JapaneseDate::formatFiscalYear(reg.frozenFiscalYear());
    return QFileInfo(reg.path()).fileName();
}

ComparisonRow rowFor(ComparisonRow::Change change, const Asset& a)
{
    ComparisonRow r;
    r.change = change;
    r.assetNo = a.assetNo;
    r.name = a.name;
    r.orgCode = a.orgCode;
    r.orgName = a.orgName;
    return r;
}

} // namespace

int YearComparison::count(ComparisonRow::Change change) const
{
    return int(std::count_if(rows.begin(), rows.end(), [change](const ComparisonRow& r) { return r.change == change; }));
}

QString YearComparison::changeLabel(ComparisonRow::Change change)
{
    switch (change) {
    case ComparisonRow::Change::Added: return tr("Added");
    case ComparisonRow::Change::Removed: return tr("Removed");
    case ComparisonRow::Change::Disposed: return tr("Disposed");
    case ComparisonRow::Change::Reclassified: return tr("Level changed");
    }
    return {};
}

YearComparison YearComparison::compare(const Register& older, const Register& newer)
{
    YearComparison out;
    out.olderLabel = labelOf(older);
    out.newerLabel = labelOf(newer);
    const QVector<Asset> before = older.assets();
    const QVector<Asset> after = newer.assets();
    QHash<QString, const Asset*> byNo;
    byNo.reserve(before.size());
    for (const Asset& a : before)
        byNo.insert(a.assetNo, &a);
    QSet<QString> seen;
    for (const Asset& a : after) {
        seen.insert(a.assetNo);
        const Asset* b = byNo.value(a.assetNo);
        const QString label = newer.catalog().compactLabel(a);
        if (!b) {
            if (a.isDisposed())
                continue;   // came and went within the year: nothing the committee compares
            ComparisonRow r = rowFor(ComparisonRow::Change::Added, a);
            r.after = label;
            out.rows << r;
            continue;
        }
        const QString was = older.catalog().compactLabel(*b);
        if (a.isDisposed() && !b->isDisposed()) {
            ComparisonRow r = rowFor(ComparisonRow::Change::Disposed, a);
            r.before = was;
            r.after = label;
            out.rows << r;
        } else if (!a.isDisposed() && (was != label || a.schemeId != b->schemeId)) {
            ComparisonRow r = rowFor(ComparisonRow::Change::Reclassified, a);
            r.before = was;
            r.after = label;
            out.rows << r;
        }
    }
    for (const Asset& b : before) {
        if (seen.contains(b.assetNo) || b.isDisposed())
            continue;
        ComparisonRow r = rowFor(ComparisonRow::Change::Removed, b);
        r.before = older.catalog().compactLabel(b);
        out.rows << r;
    }
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const ComparisonRow& x, const ComparisonRow& y) {
        if (x.change != y.change)
            return int(x.change) < int(y.change);
        return x.assetNo < y.assetNo;
    });
    return out;
}

} // namespace daicho
