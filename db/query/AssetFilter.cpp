#include "query/AssetFilter.h"

#include "domain/ReviewPolicy.h"
#include "storage/Register.h"
#include "util/Text.h"

namespace daicho {

bool AssetFilter::narrowTo(const QString& dimension, const QString& key)
{
    const QString& d = dimension;
    if (d == QLatin1String("org") || d == QLatin1String("section")) {
        if (key.isEmpty())
            return false;
        orgCode = key;
        return true;
    }
    Axis axis;
    if (axisFromCode(dimension, &axis)) {
        if (key.isEmpty())
            return false;   // "not classified" has no level to match
        levels.append({axis, key});
        return true;
    }
    if (d == QLatin1String("stage"))
        stage = key;
    else if (d == QLatin1String("status"))
        status = key;
    else if (d == QLatin1String("segment") && !key.isEmpty())
        segment = key;
    else if (d == QLatin1String("personal") && key == QLatin1String("personal"))
        personal = Personal::Personal;
    else if (d == QLatin1String("personal") && key == QLatin1String("sensitive"))
        personal = Personal::Sensitive;
    else if (d == QLatin1String("personal") && key == QLatin1String("specific"))
        personal = Personal::Specific;
    else if (d == QLatin1String("personal") && key == QLatin1String("file-register"))
        personal = Personal::FileRegister;
    else if (d == QLatin1String("personal") && key == QLatin1String("none"))
        personal = Personal::NoPersonal;
    else if (d == QLatin1String("review") && key == QLatin1String("overdue"))
        overdueOnly = true;
    else if (d == QLatin1String("outsourcing") && key == QLatin1String("outsourced"))
        outsourced = true;
    else if (d == QLatin1String("outsourcing") && key == QLatin1String("cloud"))
        cloud = true;
    else
        return false;
    return true;
}

QString AssetFilter::addLevel(const QString& spec)
{
    const int eq = spec.indexOf(QLatin1Char('='));
    Axis axis;
    if (eq <= 0 || !axisFromCode(spec.left(eq), &axis) || spec.mid(eq + 1).trimmed().isEmpty())
        return tr("\"%1\" is not a level filter; write it as C=3B, I=2 or A=2.").arg(spec);
    levels.append({axis, normalizedCode(spec.mid(eq + 1)).toUpper()});
    return {};
}

bool AssetFilter::isEmpty() const
{
    return orgCode.isEmpty() && levels.isEmpty() && stage.isEmpty() && status.isEmpty() && segment.isEmpty()
           && personal == Personal::Any && !outsourced && !cloud && !overdueOnly && !findingsOnly && includeDisposed
           && upToFiscalYear == 0 && text.trimmed().isEmpty();
}

QString AssetFilter::searchableText(const Asset& a)
{
    // U+001F between fields survives searchKey (which drops spaces), so no word matches across two fields.
    const QChar sep(0x1f);
    return searchKey(a.assetNo + sep + a.name + sep + a.business + sep + a.storageLocation + sep + a.remarks);
}

QString AssetFilter::bind(const Register& reg, Bound* out) const
{
    out->filter = this;
    out->today = reg.clock().today();
    out->orgIds.clear();
    out->words.clear();
    // simplified() turns every run of spaces, the full-width 　 included, into one ' '.
    for (const QString& w : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out->words << searchKey(w);
    out->rules.reset();
    if (findingsOnly)
        out->rules.emplace(reg.catalog(), out->today);
    if (!orgCode.isEmpty()) {
        const auto org = reg.orgUnitByCode(orgCode);
        if (!org)
            return tr("There is no organisation unit with code %1.").arg(orgCode);
        const QVector<qint64> ids = reg.orgSubtree(org->id);
        out->orgIds = QSet<qint64>(ids.begin(), ids.end());
    }
    return {};
}

bool AssetFilter::Bound::matches(const Asset& a, const QString* searchable, const int* findingCount) const
{
    const AssetFilter& f = *filter;
    if (!f.includeDisposed && a.isDisposed())
        return false;
    if (!orgIds.isEmpty() && !orgIds.contains(a.orgId))
        return false;
    if (f.upToFiscalYear > 0 && a.fiscalYear > f.upToFiscalYear)
        return false;
    for (const auto& level : f.levels)
        if (a.level(level.first) != level.second)
            return false;
    if (!f.stage.isEmpty() && a.stage != f.stage)
        return false;
    if (!f.status.isEmpty() && a.status != f.status)
        return false;
    if (!f.segment.isEmpty() && a.networkSegment != f.segment)
        return false;
    switch (f.personal) {
    case Personal::Any: break;
    case Personal::Personal:
        if (!a.personal && !a.sensitive && !a.specific)
            return false;
        break;
    case Personal::Sensitive:
        if (!a.sensitive)
            return false;
        break;
    case Personal::Specific:
        if (!a.specific)
            return false;
        break;
    case Personal::FileRegister:
        if (!(a.personal || a.sensitive || a.specific) || !codes::needsFileRegister(a.subjectBand))
            return false;
        break;
    case Personal::NoPersonal:
        if (a.personal || a.sensitive || a.specific)
            return false;
        break;
    }
    if (f.outsourced && a.outsourced != *f.outsourced)
        return false;
    if (f.cloud && a.cloud != *f.cloud)
        return false;
    if (f.overdueOnly && !ReviewPolicy::isOverdue(a.nextReview, a.isDisposed(), today))
        return false;
    if (!words.isEmpty()) {
        const QString own = searchable ? QString() : searchableText(a);
        const QString& haystack = searchable ? *searchable : own;
        for (const QString& w : words)
            if (!haystack.contains(w))
                return false;
    }
    if (f.findingsOnly) {
        const int n = findingCount ? *findingCount : (rules ? int(rules->check(a).size()) : 0);
        if (n == 0)
            return false;
    }
    return true;
}

QVector<Asset> AssetFilter::apply(const Register& reg, const QVector<Asset>& assets, QString* error) const
{
    Bound bound;
    const QString message = bind(reg, &bound);
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return {};
    }
    QVector<Asset> out;
    for (const Asset& a : assets)
        if (bound.matches(a))
            out << a;
    return out;
}

} // namespace daicho
