#include "domain/AssetDisplay.h"

#include "calendar/JapaneseDate.h"

namespace daicho {

QString AssetDisplay::derivedLabel(const QString& key)
{
    if (key == QLatin1String("label"))
        return tr("Classification");
    if (key == QLatin1String("label_text"))
        return tr("Classification (in words)");
    if (key == QLatin1String("importance"))
        return tr("Importance");
    if (key == QLatin1String("risk"))
        return tr("Risk");
    if (key == QLatin1String("restrictions"))
        return tr("Handling restrictions");
    return {};
}

QString AssetDisplay::text(const Catalog& cat, const Asset& a, const QString& key)
{
    if (key == QLatin1String("label"))
        return cat.compactLabel(a);
    if (key == QLatin1String("label_text"))
        return cat.labelText(a);
    if (key == QLatin1String("importance"))
        return QString::number(cat.importance(a));
    if (key == QLatin1String("risk")) {
        const int risk = cat.riskValue(a);
        return risk > 0 ? QStringLiteral("%1 (%2)").arg(risk).arg(Catalog::riskBand(risk)) : QString();
    }
    if (key == QLatin1String("restrictions")) {
        QStringList texts;
        for (const Restriction& r : cat.effectiveRestrictions(a))
            texts << r.text;
        return texts.join(QStringLiteral("、"));
    }
    const AssetField* field = AssetFields::find(key);
    return field ? text(cat, a, *field) : QString();
}

QString AssetDisplay::text(const Catalog& cat, const Asset& a, const AssetField& f)
{
    if (f.key == QLatin1String("network_segment"))
        return cat.segmentName(a.networkSegment);
    if (f.key == QLatin1String("scheme")) {
        const ClassificationScheme* s = cat.scheme(a.schemeId);
        return s ? s->name : a.schemeId;
    }
    if (f.key == QLatin1String("fiscal_year"))
        return JapaneseDate::formatFiscalYear(a.fiscalYear);
    const QVariant v = f.get(a);
    switch (f.type) {
    case FieldType::Boolean: return v.toBool() ? QStringLiteral("○") : QString();
    case FieldType::Date: return JapaneseDate::format(v.toDate());
    case FieldType::Integer: return v.toInt() == 0 ? QString() : QString::number(v.toInt());
    case FieldType::Code: return f.vocabulary->label(v.toString());
    case FieldType::Level: return v.toString() == notApplicableCode() ? QStringLiteral("－") : v.toString();
    case FieldType::Text: return v.toString();
    }
    return {};
}

} // namespace daicho
