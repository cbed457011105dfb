#pragma once

#include "domain/Asset.h"
#include "domain/ClassificationScheme.h"
#include "domain/RuleEngine.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>
#include <QVector>

#include <optional>

namespace daicho {

class Register;

// Which assets a list, a report or a count covers. Built from CLI options or GUI filters.
struct AssetFilter
{
    Q_DECLARE_TR_FUNCTIONS(daicho::AssetFilter)
public:
    QString orgCode;                     // this unit and everything below it
    QVector<QPair<Axis, QString>> levels;
    QString stage;
    QString status;
    QString segment;                     // network segment code
    enum class Personal { Any, Personal, Sensitive, Specific, FileRegister, NoPersonal };
    Personal personal = Personal::Any;   // Personal matches any kind of personal data
    std::optional<bool> outsourced;
    std::optional<bool> cloud;
    bool overdueOnly = false;
    bool findingsOnly = false;           // only assets with a rule warning or error
    bool includeDisposed = true;
    // The 年度 cut of a printout (ReportScope): assets of a later 年度 are left out. 0: every 年度.
    int upToFiscalYear = 0;
    // Matches as you type over asset number, name, business, storage place and remarks,
    // ignoring 全角/半角, case and spaces; several words must all match.
    QString text;

    bool isEmpty() const;

    // Parses "C=3B" (also c=3b, I=2); returns an error message or empty.
    QString addLevel(const QString& spec);
    // Narrows the filter to the assets a count of Dimension `dimension` put under `key` (a bar of the
    // dashboard: 市民部, 機密性3B, overdue …). False when a filter cannot say it exactly
    // (reviews due later, assets not classified, …); the filter is then unchanged.
    bool narrowTo(const QString& dimension, const QString& key);

    // What `text` is matched against, normalised; a list keeps it per row so typing stays fast.
    static QString searchableText(const Asset& asset);

    // Resolves the organisation once; an unknown code is an error.
    struct Bound
    {
        const AssetFilter* filter = nullptr;
        QSet<qint64> orgIds;             // empty: every unit
        QDate today;
        QStringList words;               // `text` split and normalised
        std::optional<RuleEngine> rules; // set when findingsOnly
        // `searchable` and `findingCount` may come from a cache; otherwise they are computed here.
        bool matches(const Asset& asset, const QString* searchable = nullptr, const int* findingCount = nullptr) const;
    };
    QString bind(const Register& reg, Bound* out) const;

    QVector<Asset> apply(const Register& reg, const QVector<Asset>& assets, QString* error = nullptr) const;
};

} // namespace daicho
