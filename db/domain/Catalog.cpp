#include "domain/Catalog.h"

#include "domain/CityProfile.h"

#include <algorithm>

namespace daicho {

namespace {

Restriction r(const char* code, const char* text, int order)
{
    return {QString::fromLatin1(code), QString::fromUtf8(text), order};
}

// Which restrictions each guideline weight implies (domain.md §3, 取扱制限). The level links of
// every scheme are generated from this, so a municipality edits links, not code.
struct TierRule
{
    Axis axis;
    int minTier;
    const char* restriction;
};

const TierRule kTierRules[] = {
    {Axis::Confidentiality, 3, "c3-issued-devices"},
    {Axis::Confidentiality, 2, "c2-no-copies"},
    {Axis::Confidentiality, 2, "c2-storage-place"},
    {Axis::Confidentiality, 2, "c2-encrypt-transfer"},
    {Axis::Confidentiality, 2, "c2-unrecoverable-disposal"},
    {Axis::Confidentiality, 2, "c2-trusted-network"},
    {Axis::Confidentiality, 2, "external-processing"},
    {Axis::Confidentiality, 2, "media-locked"},
    {Axis::Integrity, 2, "i2-backup-signature"},
    {Axis::Integrity, 2, "external-processing"},
    {Axis::Integrity, 2, "media-locked"},
    {Axis::Availability, 2, "a2-backup-recovery"},
    {Axis::Availability, 2, "media-locked"},
};

bool parseCondition(const QString& condition, Axis* axis, QString* levelCode)
{
    const int at = condition.indexOf(QLatin1String(">="));
    if (at < 0)
        return false;
    if (!axisFromCode(condition.left(at), axis))
        return false;
    *levelCode = condition.mid(at + 2).trimmed();
    return !levelCode->isEmpty();
}

} // namespace

Catalog Catalog::defaults(const CityProfile& profile)
{
    Catalog c;
    c.schemes = ClassificationScheme::presets();
    c.restrictions = presetRestrictions();
    c.restrictionLinks = presetRestrictionLinks(c.schemes);
    c.importanceRules = presetImportanceRules();
    c.segments = profile.segments;
    c.defaultSchemeId = profile.schemeId;
    return c;
}

QVector<Restriction> Catalog::presetRestrictions()
{
    return {
        r("c3-issued-devices", "支給以外の端末での作業の原則禁止", 10),
        r("c2-no-copies", "必要以上の複製及び配付禁止", 20),
        r("c2-storage-place", "保管場所の制限", 30),
        r("c2-encrypt-transfer", "送信・運搬・提供時の暗号化・パスワード設定・鍵付きケースへの格納", 40),
        r("c2-unrecoverable-disposal", "復元不可能な処理を施しての廃棄", 50),
        r("c2-trusted-network", "信頼できるネットワーク回線の選択", 60),
        r("external-processing", "外部で情報処理を行う際の安全管理措置の規定", 70),
        r("media-locked", "電磁的記録媒体の施錠可能な場所への保管", 80),
        r("i2-backup-signature", "バックアップ、電子署名付与", 90),
        r("a2-backup-recovery", "バックアップ、指定する時間以内の復旧", 100),
    };
}

QVector<RestrictionLink> Catalog::presetRestrictionLinks(const QVector<ClassificationScheme>& schemes)
{
    QVector<RestrictionLink> links;
    for (const ClassificationScheme& s : schemes) {
        for (const TierRule& rule : kTierRules) {
            for (const Level& l : s.axis(rule.axis).levels)
                if (l.tier >= rule.minTier)
                    links.append({s.id, rule.axis, l.code, QString::fromLatin1(rule.restriction)});
        }
    }
    return links;
}

QVector<ImportanceRule> Catalog::presetImportanceRules()
{
    auto rule = [](const char* scheme, const char* condition, int importance) {
        return ImportanceRule{QString::fromLatin1(scheme), QString::fromLatin1(condition), importance};
    };
    return {
        rule("", "sensitive", 3),
        rule("", "specific", 3),
        rule("", "personal", 2),
        rule("mic-r6", "c>=3B", 3),
        rule("mic-r6", "c>=2", 2),
        rule("mic-r6", "i>=2", 2),
        rule("mic-r6", "a>=2", 2),
        rule("mic-h27", "c>=3", 3),
        rule("mic-h27", "c>=2", 2),
        rule("mic-h27", "i>=2", 2),
        rule("mic-h27", "a>=2", 2),
        rule("mext", "c>=I", 3),
        rule("mext", "c>=III", 2),
    };
}

const ClassificationScheme* Catalog::scheme(const QString& id) const
{
    for (const ClassificationScheme& s : schemes)
        if (s.id == id)
            return &s;
    return nullptr;
}

const ClassificationScheme* Catalog::schemeOf(const Asset& asset) const
{
    return scheme(asset.schemeId.isEmpty() ? defaultSchemeId : asset.schemeId);
}

const Level* Catalog::level(const Asset& asset, Axis axis) const
{
    const ClassificationScheme* s = schemeOf(asset);
    return s ? s->axis(axis).level(asset.level(axis)) : nullptr;
}

int Catalog::tier(const Asset& asset, Axis axis) const
{
    const Level* l = level(asset, axis);
    return l ? l->tier : 0;
}

const NetworkSegment* Catalog::segment(const QString& code) const
{
    for (const NetworkSegment& s : segments)
        if (s.code == code)
            return &s;
    return nullptr;
}

QString Catalog::segmentRole(const Asset& asset) const
{
    const NetworkSegment* s = segment(asset.networkSegment);
    return s ? s->role : QString();
}

QString Catalog::segmentName(const QString& code) const
{
    const NetworkSegment* s = segment(code);
    return s ? s->name : code;
}

const Restriction* Catalog::restriction(const QString& code) const
{
    for (const Restriction& x : restrictions)
        if (x.code == code)
            return &x;
    return nullptr;
}

QString Catalog::labelText(const Asset& asset) const
{
    const ClassificationScheme* s = schemeOf(asset);
    if (!s)
        return {};
    QStringList parts;
    for (Axis axis : kAllAxes) {
        const AxisScale& scale = s->axis(axis);
        if (!scale.used)
            continue;
        const QString code = asset.level(axis);
        if (code.isEmpty())
            parts << scale.name + QStringLiteral("未分類");
        else if (code == notApplicableCode())
            parts << scale.name + QStringLiteral("－");
        else
            parts << scale.name + code;
    }
    return parts.join(QStringLiteral("／"));
}

QString Catalog::compactLabel(const Asset& asset) const
{
    const ClassificationScheme* s = schemeOf(asset);
    if (!s)
        return {};
    QStringList parts;
    for (Axis axis : kAllAxes) {
        const AxisScale& scale = s->axis(axis);
        if (!scale.used)
            continue;
        const QString code = asset.level(axis);
        parts << scale.shortName + (code.isEmpty() ? QStringLiteral("?") : code);
    }
    return parts.join(QLatin1Char('-'));
}

bool Catalog::matches(const ImportanceRule& rule, const Asset& asset) const
{
    if (!rule.schemeId.isEmpty() && rule.schemeId != schemeOf(asset)->id)
        return false;
    if (rule.condition == QLatin1String("personal"))
        return asset.personal;
    if (rule.condition == QLatin1String("sensitive"))
        return asset.sensitive;
    if (rule.condition == QLatin1String("specific"))
        return asset.specific;
    Axis axis;
    QString code;
    if (!parseCondition(rule.condition, &axis, &code))
        return false;
    const Level* threshold = schemeOf(asset)->axis(axis).level(code);
    const Level* actual = level(asset, axis);
    return threshold && actual && actual->rank >= threshold->rank;
}

int Catalog::importance(const Asset& asset) const
{
    if (!schemeOf(asset))
        return 1;
    int best = 1;
    for (const ImportanceRule& rule : importanceRules)
        if (rule.importance > best && matches(rule, asset))
            best = rule.importance;
    return best;
}

QString Catalog::checkImportanceCondition(const ImportanceRule& rule) const
{
    if (rule.importance < 1 || rule.importance > 3)
        return tr("importance must be 1, 2 or 3");
    static const QStringList flags = {QStringLiteral("personal"), QStringLiteral("sensitive"),
                                      QStringLiteral("specific")};
    if (flags.contains(rule.condition))
        return {};
    Axis axis;
    QString code;
    if (!parseCondition(rule.condition, &axis, &code))
        return tr("\"%1\" is not a condition (use c>=LEVEL, personal, sensitive or specific)").arg(rule.condition);
    const ClassificationScheme* s = scheme(rule.schemeId);
    if (!s)
        return tr("a level condition needs a scheme");
    if (!s->axis(axis).level(code))
        return tr("scheme %1 has no level %2").arg(s->id, code);
    return {};
}

QVector<Restriction> Catalog::effectiveRestrictions(const Asset& asset) const
{
    const ClassificationScheme* s = schemeOf(asset);
    QStringList codes;
    if (s) {
        for (const RestrictionLink& link : restrictionLinks)
            if (link.schemeId == s->id && asset.level(link.axis) == link.levelCode
                && !codes.contains(link.restrictionCode))
                codes << link.restrictionCode;
    }
    for (const RestrictionOverride& o : asset.restrictionOverrides) {
        if (o.add && !codes.contains(o.code))
            codes << o.code;
        else if (!o.add)
            codes.removeAll(o.code);
    }
    QVector<Restriction> out;
    for (const Restriction& x : restrictions)
        if (codes.contains(x.code))
            out << x;
    return out;
}

int Catalog::likelihood(int threat, int vulnerability)
{
    return std::max(1, threat + vulnerability - 3);
}

int Catalog::riskValue(const Asset& asset) const
{
    if (asset.threat < 1 || asset.vulnerability < 1)
        return 0;
    return importance(asset) * likelihood(asset.threat, asset.vulnerability);
}

QString Catalog::riskBand(int value)
{
    if (value <= 0)
        return {};
    if (value >= 6)
        return QStringLiteral("大");
    if (value >= 4)
        return QStringLiteral("中");
    return QStringLiteral("小");
}

} // namespace daicho
