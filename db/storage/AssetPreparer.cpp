#include "storage/AssetPreparer.h"

#include "calendar/JapaneseDate.h"
#include "domain/RuleEngine.h"
#include "storage/Register.h"
#include "util/Text.h"

namespace daicho {

// The refusals are the register's own, in its words (and its translations' context).

AssetPreparer::AssetPreparer(const Catalog& catalog, const OrgUnitIndex& units) : m_catalog(catalog), m_units(units)
{
}

Result<Asset> AssetPreparer::prepare(Asset a, const QDate& today) const
{
    // Control characters never reach the file, whichever path (editor, CLI, import, consolidation) a text came by.
    for (const AssetField& f : AssetFields::all())
        if (f.type == FieldType::Text)
            a.*f.text = AssetFields::cleanText(f, a.*f.text);   // the same text, shared, when it is clean
    a.assetNo = normalizedCode(a.assetNo);
    a.name = a.name.trimmed();
    if (a.schemeId.isEmpty())
        a.schemeId = m_catalog.defaultSchemeId;
    if (const ClassificationScheme* s = m_catalog.scheme(a.schemeId)) {
        // Levels as people type them (３, 機密性3B, C2) become the scheme's codes.
        for (Axis axis : kAllAxes) {
            const QString key = a.schemeId + QLatin1Char('\x1f') + QChar(u'0' + int(axis)) + QLatin1Char('\x1f')
                              + a.level(axis);
            auto it = m_levelCodes.constFind(key);
            if (it == m_levelCodes.constEnd())
                it = m_levelCodes.insert(key, s->levelCodeFor(axis, a.level(axis)));
            if (!it->isEmpty())
                a.setLevel(axis, *it);
        }
    }
    if (a.orgId == 0 && !a.orgCode.isEmpty()) {
        if (const OrgUnit* org = m_units.byCode(a.orgCode))
            a.orgId = org->id;
        else
            return makeError(ErrorCode::NotFound, Register::tr("There is no organisation unit with code %1.").arg(a.orgCode));
    }
    if (const OrgUnit* org = m_units.byId(a.orgId)) {
        a.orgCode = org->code;
        if (a.orgName.isEmpty())
            a.orgName = org->name;
    } else if (a.orgId != 0) {
        return makeError(ErrorCode::NotFound, Register::tr("The asset's organisation unit does not exist."));
    }
    if (a.fiscalYear == 0)
        a.fiscalYear = JapaneseDate::fiscalYear(today);
    // A code outside its vocabulary would print as nothing and count nowhere: refuse it here, whatever
    // path (editor, CLI, import, consolidation) it came by.
    for (const AssetField& f : AssetFields::all()) {
        if (f.type != FieldType::Code)
            continue;
        const QString& code = a.*f.text;
        if (!code.isEmpty() && !f.vocabulary->contains(code))
            return makeError(ErrorCode::Validation, Register::tr("%1: \"%2\" is not one of: %3")
                                                        .arg(f.translatedLabel(), code,
                                                             f.vocabulary->codes().join(QStringLiteral(", "))));
    }
    for (const RestrictionOverride& o : a.restrictionOverrides) {
        if (!m_catalog.restriction(o.code))
            return makeError(ErrorCode::Validation, Register::tr("There is no handling restriction %1.").arg(o.code));
        if (o.reason.trimmed().isEmpty())
            return makeError(ErrorCode::Validation,
                             Register::tr("Adding or removing the handling restriction %1 needs a reason.").arg(o.code));
    }
    const QVector<Finding> findings = RuleEngine(m_catalog, today).errors(a);   // rules(), for `today`
    if (RuleEngine::hasErrors(findings)) {
        QStringList details;
        for (const Finding& f : findings)
            if (f.severity == Severity::Error)
                details << f.message;
        return makeError(ErrorCode::Validation,
                         Register::tr("The asset %1 was not saved: %2").arg(a.assetNo.isEmpty() ? a.name : a.assetNo,
                                                                  details.join(QLatin1Char(' '))),
                         details);
    }
    return a;
}

} // namespace daicho
