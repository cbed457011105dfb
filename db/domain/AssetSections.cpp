#include "domain/AssetSections.h"

namespace daicho {

QString AssetSection::translatedTitle() const
{
    return QCoreApplication::translate("daicho::AssetSections", title);
}

const QVector<AssetSection>& AssetSections::all()
{
    static const QVector<AssetSection> sections = {
        {QStringLiteral("basic"), QT_TRANSLATE_NOOP("daicho::AssetSections", "Basic information"),
         {QStringLiteral("asset_no"), QStringLiteral("fiscal_year"), QStringLiteral("org_name"), QStringLiteral("business"),
          QStringLiteral("name"), QStringLiteral("user_scope"), QStringLiteral("asset_type"), QStringLiteral("medium"),
          QStringLiteral("manager_title"), QStringLiteral("registered_on")}},
        {QStringLiteral("classification"), QT_TRANSLATE_NOOP("daicho::AssetSections", "Classification"),
         {QStringLiteral("scheme"), QStringLiteral("c"), QStringLiteral("i"), QStringLiteral("a"), QStringLiteral("threat"),
          QStringLiteral("vulnerability"), QStringLiteral("reclass_pending")}},
        {QStringLiteral("personal"), QT_TRANSLATE_NOOP("daicho::AssetSections", "Personal data"),
         {QStringLiteral("personal"), QStringLiteral("sensitive"), QStringLiteral("specific"), QStringLiteral("subject_band"),
          QStringLiteral("file_register_no")}},
        {QStringLiteral("storage"), QT_TRANSLATE_NOOP("daicho::AssetSections", "Storage and operation"),
         {QStringLiteral("network_segment"), QStringLiteral("storage_location"), QStringLiteral("locked"),
          QStringLiteral("fireproof"), QStringLiteral("backup"), QStringLiteral("recovery_target"),
          QStringLiteral("retention_period"), QStringLiteral("retention_until")}},
        {QStringLiteral("outsourcing"), QT_TRANSLATE_NOOP("daicho::AssetSections", "Outsourcing and cloud"),
         {QStringLiteral("outsourced"), QStringLiteral("contractor"), QStringLiteral("subcontracted"), QStringLiteral("cloud"),
          QStringLiteral("cloud_service"), QStringLiteral("ismap")}},
        {QStringLiteral("lifecycle"), QT_TRANSLATE_NOOP("daicho::AssetSections", "Lifecycle"),
         {QStringLiteral("stage"), QStringLiteral("status"), QStringLiteral("disposal_date"), QStringLiteral("disposal_person"),
          QStringLiteral("disposal_method"), QStringLiteral("disposal_approver"), QStringLiteral("disposal_certificate")}},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("daicho::AssetSections", "Review"),
         {QStringLiteral("last_review"), QStringLiteral("next_review"), QStringLiteral("remarks")}},
    };
    return sections;
}

const AssetSection* AssetSections::of(const QString& fieldKey)
{
    for (const AssetSection& s : all())
        if (s.fieldKeys.contains(fieldKey))
            return &s;
    return nullptr;
}

} // namespace daicho
