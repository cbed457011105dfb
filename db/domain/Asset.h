#pragma once

#include "domain/ClassificationScheme.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>

namespace daicho {

// A per-asset change to the handling restrictions its levels imply, with the reason the 課長 gave.
struct RestrictionOverride
{
    QString code;
    bool add = true;      // false: the restriction does not apply to this asset
    QString reason;

    bool operator==(const RestrictionOverride& o) const
    {
        return code == o.code && add == o.add && reason == o.reason;
    }
};

// One row of the register (domain.md §5): the IPA template's columns and the municipal additions.
struct Asset
{
    qint64 id = 0;
    int rowVersion = 0;            // bumped on every write; detects edits made meanwhile by someone else

    QString assetNo;               // 資産番号 (text: leading zeros matter)
    int fiscalYear = 0;            // 年度 (western year in which the 年度 starts)
    qint64 orgId = 0;
    QString orgCode;               // resolved from orgId when read
    QString orgName;               // printed-name snapshot, kept through reorganisations
    QString business;              // 業務分類
    QString name;                  // 情報資産名称
    QString userScope;             // 利用者範囲
    QString assetType;             // 資産種別 (Vocabulary::assetTypes)
    QString medium;                // 媒体・保存先
    QString networkSegment;        // ネットワーク区分 (segment code of the register)
    QString managerTitle;          // 管理責任者 (役職)

    bool personal = false;         // 個人情報
    bool sensitive = false;        // 要配慮個人情報
    bool specific = false;         // 特定個人情報
    QString subjectBand;           // 本人の数
    QString fileRegisterNo;        // 個人情報ファイル簿 番号

    bool outsourced = false;       // 外部委託
    QString contractor;
    bool subcontracted = false;    // 再委託
    bool cloud = false;            // クラウドサービス利用
    QString cloudService;
    bool ismap = false;            // ISMAP 登録

    QString storageLocation;       // 保管場所
    bool locked = false;           // 施錠
    bool fireproof = false;        // 耐火
    QString backup;                // Vocabulary::backups
    QString recoveryTarget;        // 目標復旧時間, as written ("24時間")
    QString retentionPeriod;       // Vocabulary::retentions
    QDate retentionUntil;          // 保存期限

    QString schemeId;              // the scheme the levels below were given under
    QString cLevel, iLevel, aLevel;
    int threat = 0;                // 脅威 1–3, 0 when not evaluated
    int vulnerability = 0;         // 脆弱性 1–3
    bool reclassPending = false;   // moved between schemes and not yet confirmed by a person

    QString stage = QStringLiteral("create");
    QString status = QStringLiteral("draft");
    QDate registeredOn;            // 登録日
    QDate lastReview;              // 最終見直し日
    QDate nextReview;              // 次回見直し期限
    QString remarks;               // 備考

    QDate disposalDate;
    QString disposalPerson;
    QString disposalMethod;        // Vocabulary::disposalMethods
    QString disposalApprover;
    QString disposalCertificate;   // contractor's certificate number

    QVector<RestrictionOverride> restrictionOverrides;

    QString level(Axis axis) const;
    void setLevel(Axis axis, const QString& code);
    bool isDisposed() const { return stage == QLatin1String("dispose"); }
};

enum class FieldType { Text, Integer, Boolean, Date, Code, Level };

// Describes one editable field once, for JSON, the history diff, the CLI options and exports.
struct AssetField
{
    QString key;                   // "asset_no": JSON key, CLI option, SQL column
    const char* label;             // English source of the label (translated through "daicho::AssetField")
    QString japanese;              // the header a municipal register uses
    FieldType type;
    const Vocabulary* vocabulary;  // for Code fields
    std::function<QVariant(const Asset&)> get;
    std::function<void(Asset&, const QVariant&)> set;
    int maxLength = 0;             // text fields: the most characters it may hold (0: not text)
    // The same member without a QVariant, for the storage's row reads and bulk writes (a register of a
    // city is millions of values): exactly one is set, by type (text for Text, Code and Level).
    QString Asset::*text = nullptr;
    bool Asset::*flag = nullptr;
    int Asset::*number = nullptr;
    QDate Asset::*date = nullptr;

    QString translatedLabel() const;
};

// One field's value, whatever its type, taken out of an asset and given to others: a file's reading of
// a text, kept once and given to every row that holds that text.
struct FieldValue
{
    QString text;
    bool flag = false;
    int number = 0;
    QDate date;

    static FieldValue of(const AssetField& field, const Asset& asset);
    void into(const AssetField& field, Asset& asset) const;
};

class AssetFields
{
    Q_DECLARE_TR_FUNCTIONS(daicho::AssetFields)
public:
    static const QVector<AssetField>& all();
    static const AssetField* find(const QString& key);

    // Text form of a field for history, CSV and the CLI table (dates ISO, booleans 1/0).
    static QString toText(const AssetField& field, const Asset& asset);
    // Sets a field from text as a person or a file gives it; returns an error message or empty.
    static QString fromText(const AssetField& field, Asset& asset, const QString& text);

    // Text as it may be stored: control characters (NUL, BEL, ESC, DEL, C1 …) are removed; line breaks
    // (an Excel cell's Alt+Enter) and tabs stay. Nothing else changes: quotes, = or SQL stay verbatim.
    static QString cleanText(const AssetField& field, const QString& text);
    // What a text field must not hold, said per field: more than its maximum length (in characters), or
    // a broken character (an unpaired UTF-16 surrogate, from a damaged file or clipboard).
    struct TextProblem
    {
        QString key;
        QString message;
    };
    static QVector<TextProblem> textProblems(const Asset& asset);

    static QJsonObject toJson(const Asset& asset);
    // Applies the keys present in the object (unknown keys are an error); "org" is resolved by the caller.
    static QStringList applyJson(Asset& asset, const QJsonObject& object);

    struct Change
    {
        QString key;
        QString oldValue;
        QString newValue;
    };
    static QVector<Change> diff(const Asset& before, const Asset& after);
};

} // namespace daicho
