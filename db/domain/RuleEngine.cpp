#include "domain/RuleEngine.h"

#include "calendar/JapaneseDate.h"
#include "domain/ReviewPolicy.h"

namespace daicho {

namespace {
const QVector<RuleEngine::RuleInfo> kRules = {
    {QStringLiteral("name-required"), Severity::Error, QT_TRANSLATE_NOOP("daicho::RuleEngine", "Every asset needs a name")},
    {QStringLiteral("org-required"), Severity::Error, QT_TRANSLATE_NOOP("daicho::RuleEngine", "Every asset belongs to an organisation unit")},
    {QStringLiteral("scheme-unknown"), Severity::Error, QT_TRANSLATE_NOOP("daicho::RuleEngine", "The classification scheme must exist in the register")},
    {QStringLiteral("level-unknown"), Severity::Error, QT_TRANSLATE_NOOP("daicho::RuleEngine", "Each level must be one of the scheme's levels")},
    {QStringLiteral("classification-missing"), Severity::Warning,
     QT_TRANSLATE_NOOP("daicho::RuleEngine", "Levels not yet decided (分類未確定): the section head decides")},
    {QStringLiteral("segment-unknown"), Severity::Error, QT_TRANSLATE_NOOP("daicho::RuleEngine", "The network segment must be one of the register's")},
    {QStringLiteral("specific-outside-mynumber"), Severity::Warning,
     QT_TRANSLATE_NOOP("daicho::RuleEngine", "Specific personal data (My Number) belongs on the My Number segment")},
    {QStringLiteral("c2-on-internet"), Severity::Warning,
     QT_TRANSLATE_NOOP("daicho::RuleEngine", "Confidentiality 2 or above should not be on the Internet segment")},
    {QStringLiteral("media-not-locked"), Severity::Warning,
     QT_TRANSLATE_NOOP("daicho::RuleEngine", "Paper and media of confidentiality 2 or above are kept locked")},
    {QStringLiteral("a2-without-backup"), Severity::Warning,
     QT_TRANSLATE_NOOP("daicho::RuleEngine", "Availability 2 needs a backup and a recovery time target")},
    {QStringLiteral("file-register-missing"), Severity::Warning,
     QT_TRANSLATE_NOOP("daicho::RuleEngine", "Personal data of 1,000 or more people needs a personal data file register number")},
    {QStringLiteral("sensitive-without-personal"), Severity::Warning,
     QT_TRANSLATE_NOOP("daicho::RuleEngine", "Sensitive or specific personal data is personal data too")},
    {QStringLiteral("published-above-c1"), Severity::Error, QT_TRANSLATE_NOOP("daicho::RuleEngine", "Only confidentiality 1 may be published")},
    {QStringLiteral("disposal-record-missing"), Severity::Error,
     QT_TRANSLATE_NOOP("daicho::RuleEngine", "A disposal records date, person, method and approver")},
    {QStringLiteral("review-overdue"), Severity::Warning, QT_TRANSLATE_NOOP("daicho::RuleEngine", "The review date has passed")},
    {QStringLiteral("retention-before-registration"), Severity::Error,
     QT_TRANSLATE_NOOP("daicho::RuleEngine", "The retention date cannot be before the registration date")},
    {QStringLiteral("risk-out-of-range"), Severity::Error, QT_TRANSLATE_NOOP("daicho::RuleEngine", "Threat and vulnerability are rated 1 to 3")},
    {QStringLiteral("cloud-c3-without-ismap"), Severity::Warning,
     QT_TRANSLATE_NOOP("daicho::RuleEngine", "Cloud services holding confidentiality 3 information should be ISMAP registered")},
    {QStringLiteral("text-invalid"), Severity::Error,
     QT_TRANSLATE_NOOP("daicho::RuleEngine", "Each text fits its field and holds no broken characters")},
};
} // namespace

RuleEngine::RuleEngine(const Catalog& catalog, const QDate& today) : m_catalog(catalog), m_today(today) {}

const QVector<RuleEngine::RuleInfo>& RuleEngine::rules()
{
    return kRules;
}

QString RuleEngine::describe(const QString& ruleId)
{
    for (const RuleInfo& r : kRules)
        if (r.id == ruleId)
            return QCoreApplication::translate("daicho::RuleEngine", r.description);
    return ruleId;
}

bool RuleEngine::hasErrors(const QVector<Finding>& findings)
{
    for (const Finding& f : findings)
        if (f.severity == Severity::Error)
            return true;
    return false;
}

QVector<Finding> RuleEngine::check(const Asset& a) const
{
    return findings(a, true);
}

QVector<Finding> RuleEngine::errors(const Asset& a) const
{
    return findings(a, false);
}

QVector<Finding> RuleEngine::findings(const Asset& a, bool warnings) const
{
    // Without warnings, their conditions and words are skipped: saving needs only the errors, and a
    // city's import wrote the words of a warning or two for each of 100,000 rows only to drop them.
    QVector<Finding> out;
    auto add = [&out](const char* id, const char* field, const QString& message) {
        const QString ruleId = QString::fromLatin1(id);
        Severity severity = Severity::Warning;
        for (const RuleInfo& r : kRules)
            if (r.id == ruleId)
                severity = r.severity;
        out.append({ruleId, severity, QString::fromLatin1(field), message});
    };

    if (a.name.trimmed().isEmpty())
        add("name-required", "name", tr("The asset name is empty."));
    // The limits are the fields' own (AssetFields), so the editor, the importer and every save agree.
    for (const AssetFields::TextProblem& p : AssetFields::textProblems(a))
        out.append({QStringLiteral("text-invalid"), Severity::Error, p.key, p.message});
    if (a.orgId == 0)
        add("org-required", "org_name", tr("No organisation unit is set."));

    const ClassificationScheme* scheme = m_catalog.schemeOf(a);
    if (!scheme) {
        add("scheme-unknown", "scheme", tr("The classification scheme \"%1\" is not in this register.").arg(a.schemeId));
    } else {
        bool anyMissing = false;
        for (Axis axis : kAllAxes) {
            const AxisScale& scale = scheme->axis(axis);
            const QString code = a.level(axis);
            const QString field = axisCode(axis);
            if (!scale.used) {
                if (!code.isEmpty() && code != notApplicableCode())
                    out.append({QStringLiteral("level-unknown"), Severity::Error, field,
                                tr("%1 is not used by the scheme %2.").arg(scale.name, scheme->name)});
                continue;
            }
            if (code.isEmpty()) {
                anyMissing = true;
                continue;
            }
            if (code == notApplicableCode() ? !scale.allowsNotApplicable : !scale.level(code)) {
                QStringList allowed;
                for (const Level& l : scale.levels)
                    allowed << l.code;
                out.append({QStringLiteral("level-unknown"), Severity::Error, field,
                            tr("%1 \"%2\" is not a level of %3 (allowed: %4).")
                                .arg(scale.name, code, scheme->name, allowed.join(QStringLiteral(", ")))});
            }
        }
        if (warnings && anyMissing && !a.isDisposed())
            add("classification-missing", "c",
                tr("Classification is not complete (分類未確定); the section head decides the levels."));
    }

    // A disposed asset is a record of what was: rules about how it is handled now no longer apply.
    const bool inUse = !a.isDisposed();
    const int c = m_catalog.tier(a, Axis::Confidentiality);
    const QString role = m_catalog.segmentRole(a);
    if (!a.networkSegment.isEmpty() && !m_catalog.segment(a.networkSegment))
        add("segment-unknown", "network_segment",
            tr("The network segment \"%1\" is not one of this register's segments.").arg(a.networkSegment));

    if (warnings && inUse && a.specific && !role.isEmpty() && role != QLatin1String("mynumber") && role != QLatin1String("standalone")
        && role != QLatin1String("none"))
        add("specific-outside-mynumber", "network_segment",
            tr("Specific personal data is handled on \"%1\", not on the My Number segment.")
                .arg(m_catalog.segmentName(a.networkSegment)));
    if (warnings && inUse && c >= 2 && role == QLatin1String("internet"))
        add("c2-on-internet", "network_segment",
            tr("Confidentiality %1 information is on the Internet segment.").arg(a.cLevel));
    if (warnings && c >= 2 && codes::isPhysicalMedium(a.assetType) && !a.locked && inUse)
        add("media-not-locked", "locked",
            tr("Paper or media of confidentiality %1 are not kept in a locked place.").arg(a.cLevel));
    if (warnings && inUse && m_catalog.tier(a, Axis::Availability) >= 2) {
        const bool noBackup = a.backup.isEmpty() || a.backup == QLatin1String("none");
        const bool noTarget = a.recoveryTarget.trimmed().isEmpty();
        if (noBackup && noTarget)
            add("a2-without-backup", "backup", tr("Availability 2 but neither a backup nor a recovery time target."));
        else if (noBackup)
            add("a2-without-backup", "backup", tr("Availability 2 but no backup."));
        else if (noTarget)
            add("a2-without-backup", "recovery_target", tr("Availability 2 but no recovery time target."));
    }
    if (warnings && inUse && (a.personal || a.sensitive || a.specific) && codes::needsFileRegister(a.subjectBand)
        && a.fileRegisterNo.trimmed().isEmpty())
        add("file-register-missing", "file_register_no",
            tr("Personal data of %1 people needs an entry in the personal data file register.")
                .arg(Vocabulary::subjectBands().label(a.subjectBand)));
    if (warnings && (a.sensitive || a.specific) && !a.personal)
        add("sensitive-without-personal", "personal",
            tr("Sensitive or specific personal data is marked, but personal data is not."));
    if (a.stage == QLatin1String("publish") && c > 1)
        add("published-above-c1", "stage",
            tr("Confidentiality %1 information cannot be published; only confidentiality 1 may be.").arg(a.cLevel));
    if (a.isDisposed()) {
        QStringList missing;
        if (!a.disposalDate.isValid())
            missing << tr("date");
        if (a.disposalPerson.trimmed().isEmpty())
            missing << tr("person");
        if (a.disposalMethod.isEmpty())
            missing << tr("method");
        if (a.disposalApprover.trimmed().isEmpty())
            missing << tr("approver");
        if (!missing.isEmpty())
            add("disposal-record-missing", "disposal_date",
                tr("The disposal record lacks: %1.").arg(missing.join(tr(", "))));
    }
    if (warnings && ReviewPolicy::isOverdue(a.nextReview, a.isDisposed(), m_today))
        add("review-overdue", "next_review",
            tr("The review was due on %1.").arg(JapaneseDate::format(a.nextReview)));
    if (a.retentionUntil.isValid() && a.registeredOn.isValid() && a.retentionUntil < a.registeredOn)
        add("retention-before-registration", "retention_until",
            tr("The retention date %1 is before the registration date %2.")
                .arg(JapaneseDate::format(a.retentionUntil), JapaneseDate::format(a.registeredOn)));
    if ((a.threat != 0 && (a.threat < 1 || a.threat > 3))
        || (a.vulnerability != 0 && (a.vulnerability < 1 || a.vulnerability > 3)))
        add("risk-out-of-range", "threat", tr("Threat and vulnerability must be 1, 2 or 3."));
    if (warnings && inUse && a.cloud && c >= 3 && !a.ismap)
        add("cloud-c3-without-ismap", "ismap",
            tr("Confidentiality %1 information in a cloud service that is not ISMAP registered.").arg(a.cLevel));
    return out;
}

} // namespace daicho
