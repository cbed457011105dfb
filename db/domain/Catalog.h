#pragma once

#include "domain/Asset.h"
#include "domain/ClassificationScheme.h"
#include "domain/NetworkSegment.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace daicho {

struct CityProfile;

// A handling restriction (取扱制限) that follows from a level.
struct Restriction
{
    QString code;
    QString text;
    int sortOrder = 0;
};

struct RestrictionLink
{
    QString schemeId;
    Axis axis = Axis::Confidentiality;
    QString levelCode;
    QString restrictionCode;
};

// One row of the adjustable 重要度 table. The asset's 重要度 is the highest importance among
// the rows that match it, 1 when none does. A condition is either "c>=3B" (an axis at or above a
// level of the row's scheme) or one of "personal", "sensitive", "specific".
struct ImportanceRule
{
    QString schemeId;   // empty: applies under every scheme
    QString condition;
    int importance = 1;
};

// The register's reference data (schemes, restrictions, the 重要度 table, network segments) and
// every value derived from it. One place for each rule: the editor, importer, reports and the CLI
// all ask the catalog.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Catalog)
public:
    QVector<ClassificationScheme> schemes;
    QVector<Restriction> restrictions;
    QVector<RestrictionLink> restrictionLinks;
    QVector<ImportanceRule> importanceRules;
    QVector<NetworkSegment> segments;
    QString defaultSchemeId;

    // The presets a new register starts with.
    static Catalog defaults(const CityProfile& profile);
    static QVector<Restriction> presetRestrictions();
    static QVector<RestrictionLink> presetRestrictionLinks(const QVector<ClassificationScheme>& schemes);
    static QVector<ImportanceRule> presetImportanceRules();

    const ClassificationScheme* scheme(const QString& id) const;
    const ClassificationScheme* schemeOf(const Asset& asset) const;
    const Level* level(const Asset& asset, Axis axis) const;
    // The guideline weight of the asset's level on an axis; 0 when unset or not applicable.
    int tier(const Asset& asset, Axis axis) const;
    const NetworkSegment* segment(const QString& code) const;
    QString segmentRole(const Asset& asset) const;
    QString segmentName(const QString& code) const;
    const Restriction* restriction(const QString& code) const;

    // 機密性3B／完全性2／可用性2
    QString labelText(const Asset& asset) const;
    // C3B-I2-A2
    QString compactLabel(const Asset& asset) const;
    int importance(const Asset& asset) const;
    // The level-implied restrictions plus the asset's additions, minus its removals, in catalogue order.
    QVector<Restriction> effectiveRestrictions(const Asset& asset) const;

    // IPA v4.0 risk: 被害発生可能性 = max(1, threat + vulnerability − 3); リスク値 = 重要度 × 可能性.
    static int likelihood(int threat, int vulnerability);
    int riskValue(const Asset& asset) const;   // 0 when threat or vulnerability is not evaluated
    static QString riskBand(int riskValue);    // 大 / 中 / 小, empty for 0

    // Whether a 重要度 condition is well formed for the scheme; empty when it is, otherwise why not.
    QString checkImportanceCondition(const ImportanceRule& rule) const;

private:
    bool matches(const ImportanceRule& rule, const Asset& asset) const;
};

} // namespace daicho
