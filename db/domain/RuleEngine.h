#pragma once

#include "domain/Asset.h"
#include "domain/Catalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace daicho {

enum class Severity { Warning, Error };

struct Finding
{
    QString ruleId;     // "published-above-c1"
    Severity severity = Severity::Warning;
    QString field;      // the AssetField key the finding points at, for the editor
    QString message;    // translated, for the person
};

// The consistency rules of domain.md §5, each named. Errors block saving; warnings do not.
class RuleEngine
{
    Q_DECLARE_TR_FUNCTIONS(daicho::RuleEngine)
public:
    struct RuleInfo
    {
        QString id;
        Severity severity;
        const char* description;   // English source, translated through "daicho::RuleEngine"
    };

    RuleEngine(const Catalog& catalog, const QDate& today);

    QVector<Finding> check(const Asset& asset) const;
    // Only the findings that block saving: what check() gives of Severity::Error, in its order.
    QVector<Finding> errors(const Asset& asset) const;
    static bool hasErrors(const QVector<Finding>& findings);
    static const QVector<RuleInfo>& rules();
    static QString describe(const QString& ruleId);

private:
    QVector<Finding> findings(const Asset& asset, bool warnings) const;

    const Catalog& m_catalog;
    QDate m_today;
};

} // namespace daicho
