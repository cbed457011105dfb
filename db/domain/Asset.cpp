#include "domain/Asset.h"

#include "calendar/JapaneseDate.h"
#include "domain/ClassificationScheme.h"
#include "domain/TextRule.h"
#include "util/Text.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace daicho {

QString Asset::level(Axis axis) const
{
    switch (axis) {
    case Axis::Confidentiality: return cLevel;
    case Axis::Integrity: return iLevel;
    case Axis::Availability: return aLevel;
    }
    return {};
}

void Asset::setLevel(Axis axis, const QString& code)
{
    switch (axis) {
    case Axis::Confidentiality: cLevel = code; break;
    case Axis::Integrity: iLevel = code; break;
    case Axis::Availability: aLevel = code; break;
    }
}

QString AssetField::translatedLabel() const
{
    return QCoreApplication::translate("daicho::AssetField", label);
}

FieldValue FieldValue::of(const AssetField& field, const Asset& asset)
{
    FieldValue v;
    if (field.text)
        v.text = asset.*field.text;
    else if (field.flag)
        v.flag = asset.*field.flag;
    else if (field.number)
        v.number = asset.*field.number;
    else if (field.date)
        v.date = asset.*field.date;
    return v;
}

void FieldValue::into(const AssetField& field, Asset& asset) const
{
    if (field.text)
        asset.*field.text = text;
    else if (field.flag)
        asset.*field.flag = flag;
    else if (field.number)
        asset.*field.number = number;
    else if (field.date)
        asset.*field.date = date;
}

namespace {


AssetField textField(const char* key, const char* label, const char* ja, QString Asset::*member)
{
    AssetField f{QString::fromLatin1(key), label, QString::fromUtf8(ja), FieldType::Text, nullptr,
                 [member](const Asset& a) { return QVariant(a.*member); },
                 [member](Asset& a, const QVariant& v) { a.*member = v.toString(); }};
    f.text = member;
    return f;
}

AssetField codeField(const char* key, const char* label, const char* ja, QString Asset::*member,
                     const Vocabulary& vocabulary)
{
    AssetField f = textField(key, label, ja, member);
    f.type = FieldType::Code;
    f.vocabulary = &vocabulary;
    return f;
}

AssetField levelField(const char* key, const char* label, const char* ja, QString Asset::*member)
{
    AssetField f = textField(key, label, ja, member);
    f.type = FieldType::Level;
    return f;
}

AssetField boolField(const char* key, const char* label, const char* ja, bool Asset::*member)
{
    AssetField f{QString::fromLatin1(key), label, QString::fromUtf8(ja), FieldType::Boolean, nullptr,
                 [member](const Asset& a) { return QVariant(a.*member); },
                 [member](Asset& a, const QVariant& v) { a.*member = v.toBool(); }};
    f.flag = member;
    return f;
}

AssetField dateField(const char* key, const char* label, const char* ja, QDate Asset::*member)
{
    AssetField f{QString::fromLatin1(key), label, QString::fromUtf8(ja), FieldType::Date, nullptr,
                 [member](const Asset& a) { return QVariant(a.*member); },
                 [member](Asset& a, const QVariant& v) { a.*member = v.toDate(); }};
    f.date = member;
    return f;
}

AssetField intField(const char* key, const char* label, const char* ja, int Asset::*member)
{
    AssetField f{QString::fromLatin1(key), label, QString::fromUtf8(ja), FieldType::Integer, nullptr,
                 [member](const Asset& a) { return QVariant(a.*member); },
                 [member](Asset& a, const QVariant& v) { a.*member = v.toInt(); }};
    f.number = member;
    return f;
}

// The most characters each text may hold, in one place. A row prints on one A4 line and is read by
// people: 200 is far beyond any real name, title or place, 4000 leaves 備考 room for a page of notes,
// and codes and numbers are short. A longer text is a paste gone wrong, refused with the field's name.
int maxLengthFor(const QString& key)
{
    static const QHash<QString, int> limits = {
        {QStringLiteral("remarks"), 4000},
        {QStringLiteral("asset_no"), 40},
        {QStringLiteral("file_register_no"), 40},
        {QStringLiteral("disposal_certificate"), 60},
        {QStringLiteral("recovery_target"), 60},
        {QStringLiteral("network_segment"), 40},
        {QStringLiteral("scheme"), 40},
    };
    return limits.value(key, 200);
}

QVector<AssetField> buildFields()
{
    const Vocabulary& V = Vocabulary::assetTypes();
    return {
        textField("asset_no", QT_TRANSLATE_NOOP("daicho::AssetField", "Asset number"), "資産番号", &Asset::assetNo),
        intField("fiscal_year", QT_TRANSLATE_NOOP("daicho::AssetField", "Fiscal year"), "年度", &Asset::fiscalYear),
        textField("org_name", QT_TRANSLATE_NOOP("daicho::AssetField", "Organisation"), "管理部署", &Asset::orgName),
        textField("business", QT_TRANSLATE_NOOP("daicho::AssetField", "Business"), "業務分類", &Asset::business),
        textField("name", QT_TRANSLATE_NOOP("daicho::AssetField", "Asset name"), "情報資産名称", &Asset::name),
        textField("user_scope", QT_TRANSLATE_NOOP("daicho::AssetField", "Users"), "利用者範囲", &Asset::userScope),
        codeField("asset_type", QT_TRANSLATE_NOOP("daicho::AssetField", "Asset type"), "資産種別", &Asset::assetType, V),
        textField("medium", QT_TRANSLATE_NOOP("daicho::AssetField", "Medium / location"), "媒体・保存先", &Asset::medium),
        textField("network_segment", QT_TRANSLATE_NOOP("daicho::AssetField", "Network segment"), "ネットワーク区分", &Asset::networkSegment),
        textField("manager_title", QT_TRANSLATE_NOOP("daicho::AssetField", "Responsible (title)"), "管理責任者", &Asset::managerTitle),
        boolField("personal", QT_TRANSLATE_NOOP("daicho::AssetField", "Personal data"), "個人情報", &Asset::personal),
        boolField("sensitive", QT_TRANSLATE_NOOP("daicho::AssetField", "Sensitive personal data"), "要配慮個人情報", &Asset::sensitive),
        boolField("specific", QT_TRANSLATE_NOOP("daicho::AssetField", "Specific personal data (My Number)"), "特定個人情報", &Asset::specific),
        codeField("subject_band", QT_TRANSLATE_NOOP("daicho::AssetField", "Number of data subjects"), "本人の数", &Asset::subjectBand,
                  Vocabulary::subjectBands()),
        textField("file_register_no", QT_TRANSLATE_NOOP("daicho::AssetField", "Personal data file register no."), "個人情報ファイル簿番号",
                  &Asset::fileRegisterNo),
        boolField("outsourced", QT_TRANSLATE_NOOP("daicho::AssetField", "Outsourced"), "外部委託", &Asset::outsourced),
        textField("contractor", QT_TRANSLATE_NOOP("daicho::AssetField", "Contractor"), "委託先", &Asset::contractor),
        boolField("subcontracted", QT_TRANSLATE_NOOP("daicho::AssetField", "Subcontracted"), "再委託", &Asset::subcontracted),
        boolField("cloud", QT_TRANSLATE_NOOP("daicho::AssetField", "Cloud service"), "クラウドサービス", &Asset::cloud),
        textField("cloud_service", QT_TRANSLATE_NOOP("daicho::AssetField", "Cloud service name"), "クラウドサービス名", &Asset::cloudService),
        boolField("ismap", QT_TRANSLATE_NOOP("daicho::AssetField", "ISMAP registered"), "ISMAP登録", &Asset::ismap),
        textField("storage_location", QT_TRANSLATE_NOOP("daicho::AssetField", "Storage place"), "保管場所", &Asset::storageLocation),
        boolField("locked", QT_TRANSLATE_NOOP("daicho::AssetField", "Locked"), "施錠", &Asset::locked),
        boolField("fireproof", QT_TRANSLATE_NOOP("daicho::AssetField", "Fire-resistant"), "耐火", &Asset::fireproof),
        codeField("backup", QT_TRANSLATE_NOOP("daicho::AssetField", "Backup"), "バックアップ", &Asset::backup, Vocabulary::backups()),
        textField("recovery_target", QT_TRANSLATE_NOOP("daicho::AssetField", "Recovery time target"), "目標復旧時間", &Asset::recoveryTarget),
        codeField("retention_period", QT_TRANSLATE_NOOP("daicho::AssetField", "Retention period"), "保存期間", &Asset::retentionPeriod,
                  Vocabulary::retentions()),
        dateField("retention_until", QT_TRANSLATE_NOOP("daicho::AssetField", "Retention until"), "保存期限", &Asset::retentionUntil),
        textField("scheme", QT_TRANSLATE_NOOP("daicho::AssetField", "Classification scheme"), "分類基準", &Asset::schemeId),
        levelField("c", QT_TRANSLATE_NOOP("daicho::AssetField", "Confidentiality"), "機密性", &Asset::cLevel),
        levelField("i", QT_TRANSLATE_NOOP("daicho::AssetField", "Integrity"), "完全性", &Asset::iLevel),
        levelField("a", QT_TRANSLATE_NOOP("daicho::AssetField", "Availability"), "可用性", &Asset::aLevel),
        intField("threat", QT_TRANSLATE_NOOP("daicho::AssetField", "Threat (1-3)"), "脅威", &Asset::threat),
        intField("vulnerability", QT_TRANSLATE_NOOP("daicho::AssetField", "Vulnerability (1-3)"), "脆弱性", &Asset::vulnerability),
        boolField("reclass_pending", QT_TRANSLATE_NOOP("daicho::AssetField", "Reclassification to confirm"), "再分類確認待ち", &Asset::reclassPending),
        codeField("stage", QT_TRANSLATE_NOOP("daicho::AssetField", "Lifecycle stage"), "ライフサイクル", &Asset::stage, Vocabulary::stages()),
        codeField("status", QT_TRANSLATE_NOOP("daicho::AssetField", "Status"), "状態", &Asset::status, Vocabulary::statuses()),
        dateField("registered_on", QT_TRANSLATE_NOOP("daicho::AssetField", "Registered on"), "登録日", &Asset::registeredOn),
        dateField("last_review", QT_TRANSLATE_NOOP("daicho::AssetField", "Last review"), "最終見直し日", &Asset::lastReview),
        dateField("next_review", QT_TRANSLATE_NOOP("daicho::AssetField", "Next review due"), "次回見直し期限", &Asset::nextReview),
        textField("remarks", QT_TRANSLATE_NOOP("daicho::AssetField", "Remarks"), "備考", &Asset::remarks),
        dateField("disposal_date", QT_TRANSLATE_NOOP("daicho::AssetField", "Disposal date"), "廃棄日", &Asset::disposalDate),
        textField("disposal_person", QT_TRANSLATE_NOOP("daicho::AssetField", "Disposed of by"), "廃棄担当者", &Asset::disposalPerson),
        codeField("disposal_method", QT_TRANSLATE_NOOP("daicho::AssetField", "Disposal method"), "廃棄方法", &Asset::disposalMethod,
                  Vocabulary::disposalMethods()),
        textField("disposal_approver", QT_TRANSLATE_NOOP("daicho::AssetField", "Disposal approved by"), "廃棄承認者", &Asset::disposalApprover),
        textField("disposal_certificate", QT_TRANSLATE_NOOP("daicho::AssetField", "Disposal certificate no."), "廃棄証明書番号",
                  &Asset::disposalCertificate),
    };
}


QString overridesText(const QVector<RestrictionOverride>& overrides)
{
    QStringList parts;
    for (const RestrictionOverride& o : overrides)
        parts << (o.add ? QStringLiteral("+") : QStringLiteral("-")) + o.code + QStringLiteral(" (") + o.reason
                     + QLatin1Char(')');
    return parts.join(QStringLiteral(", "));
}

} // namespace

const QVector<AssetField>& AssetFields::all()
{
    static const QVector<AssetField> fields = [] {
        QVector<AssetField> built = buildFields();
        for (AssetField& f : built) {
            if (f.type == FieldType::Text || f.type == FieldType::Code || f.type == FieldType::Level)
                f.maxLength = maxLengthFor(f.key);
        }
        return built;
    }();
    return fields;
}

QString AssetFields::cleanText(const AssetField& field, const QString& text)
{
    Q_UNUSED(field);
    return TextRule::clean(text, TextRule::Lines::Multi);
}

QVector<AssetFields::TextProblem> AssetFields::textProblems(const Asset& asset)
{
    QVector<TextProblem> problems;
    for (const AssetField& f : all()) {
        if (f.maxLength == 0)
            continue;
        const QString text = f.text ? asset.*f.text : f.get(asset).toString();
        // The label is translated only for a text that has a problem (few do, and `check` asks every asset).
        if (TextRule::fits(text, f.maxLength))
            continue;
        for (const QString& message : TextRule::problems(f.translatedLabel(), text, f.maxLength))
            problems.append({f.key, message});
    }
    return problems;
}

const AssetField* AssetFields::find(const QString& key)
{
    const QString k = QString(key).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const AssetField& f : all())
        if (f.key == k)
            return &f;
    return nullptr;
}

QString AssetFields::toText(const AssetField& field, const Asset& asset)
{
    const QVariant v = field.get(asset);
    switch (field.type) {
    case FieldType::Boolean: return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case FieldType::Date: return v.toDate().isValid() ? v.toDate().toString(Qt::ISODate) : QString();
    case FieldType::Integer: return v.toInt() == 0 ? QString() : QString::number(v.toInt());
    default: return v.toString();
    }
}

QString AssetFields::fromText(const AssetField& field, Asset& asset, const QString& rawText)
{
    const QString text = rawText.trimmed();
    switch (field.type) {
    case FieldType::Boolean: {
        if (text.isEmpty()) {
            field.set(asset, false);
            return {};
        }
        const int yn = parseYesNo(text);
        if (yn < 0)
            return tr("%1: \"%2\" is not yes or no").arg(field.translatedLabel(), text);
        field.set(asset, yn == 1);
        return {};
    }
    case FieldType::Date: {
        if (text.isEmpty()) {
            field.set(asset, QDate());
            return {};
        }
        const DateParse p = JapaneseDate::parse(text);
        if (!p.ok())
            return tr("%1: %2").arg(field.translatedLabel(), p.error);
        field.set(asset, p.date);
        return {};
    }
    case FieldType::Integer: {
        if (text.isEmpty()) {
            field.set(asset, 0);
            return {};
        }
        bool ok = false;
        const int n = normalizedCode(text).toInt(&ok);
        if (!ok)
            return tr("%1: \"%2\" is not a number").arg(field.translatedLabel(), text);
        field.set(asset, n);
        return {};
    }
    case FieldType::Code: {
        if (text.isEmpty()) {
            field.set(asset, QString());
            return {};
        }
        const QString code = field.vocabulary->codeFor(text);
        if (code.isEmpty())
            return tr("%1: \"%2\" is not one of: %3")
                .arg(field.translatedLabel(), text, field.vocabulary->codes().join(QStringLiteral(", ")));
        field.set(asset, code);
        return {};
    }
    case FieldType::Level:
        field.set(asset, normalizedCode(text).toUpper());
        return {};
    case FieldType::Text:
        field.set(asset, cleanText(field, text));
        return {};
    }
    return {};
}

QJsonObject AssetFields::toJson(const Asset& asset)
{
    QJsonObject o;
    o.insert(QStringLiteral("org"), asset.orgCode);
    for (const AssetField& f : all()) {
        const QVariant v = f.get(asset);
        switch (f.type) {
        case FieldType::Boolean: o.insert(f.key, v.toBool()); break;
        case FieldType::Integer: o.insert(f.key, v.toInt()); break;
        default: o.insert(f.key, toText(f, asset)); break;
        }
    }
    QJsonArray overrides;
    for (const RestrictionOverride& r : asset.restrictionOverrides)
        overrides.append(QJsonObject{{QStringLiteral("code"), r.code},
                                     {QStringLiteral("action"), r.add ? QStringLiteral("add") : QStringLiteral("remove")},
                                     {QStringLiteral("reason"), r.reason}});
    o.insert(QStringLiteral("restriction_overrides"), overrides);
    return o;
}

QStringList AssetFields::applyJson(Asset& asset, const QJsonObject& object)
{
    QStringList errors;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("org"))
            continue;
        if (it.key() == QLatin1String("restriction_overrides")) {
            asset.restrictionOverrides.clear();
            const QJsonArray items = it.value().toArray();
            for (const QJsonValue& item : items) {
                const QJsonObject r = item.toObject();
                const QString action = r.value(QStringLiteral("action")).toString();
                if (action != QLatin1String("add") && action != QLatin1String("remove")) {
                    errors << tr("restriction_overrides: action must be add or remove");
                    continue;
                }
                asset.restrictionOverrides.append({r.value(QStringLiteral("code")).toString(),
                                                   action == QLatin1String("add"),
                                                   r.value(QStringLiteral("reason")).toString()});
            }
            continue;
        }
        const AssetField* f = find(it.key());
        if (!f) {
            errors << tr("Unknown field \"%1\"").arg(it.key());
            continue;
        }
        QString text;
        if (it.value().isBool())
            text = it.value().toBool() ? QStringLiteral("1") : QStringLiteral("0");
        else if (it.value().isDouble())
            text = QString::number(it.value().toInt());
        else if (it.value().isNull())
            text.clear();
        else
            text = it.value().toString();
        const QString error = fromText(*f, asset, text);
        if (!error.isEmpty())
            errors << error;
    }
    return errors;
}

QVector<AssetFields::Change> AssetFields::diff(const Asset& before, const Asset& after)
{
    QVector<Change> changes;
    if (before.orgId != after.orgId)
        changes.append({QStringLiteral("org"), before.orgCode, after.orgCode});
    for (const AssetField& f : all()) {
        const QString a = toText(f, before);
        const QString b = toText(f, after);
        if (a != b)
            changes.append({f.key, a, b});
    }
    if (before.restrictionOverrides != after.restrictionOverrides)
        changes.append({QStringLiteral("restriction_overrides"), overridesText(before.restrictionOverrides),
                        overridesText(after.restrictionOverrides)});
    return changes;
}

} // namespace daicho
