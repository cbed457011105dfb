#pragma once

#include "domain/Asset.h"
#include "domain/ClassificationScheme.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>
#include <QVector>

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
    bool overdueOnly = false;
    bool includeDisposed = true;

    // Parses "C=3B" (also c=3b, I=2); returns an error message or empty.
    QString addLevel(const QString& spec);

    // Resolves the organisation once; an unknown code is an error.
    struct Bound
    {
        const AssetFilter* filter = nullptr;
        QSet<qint64> orgIds;             // empty: every unit
        QDate today;
        bool matches(const Asset& asset) const;
    };
    QString bind(const Register& reg, Bound* out) const;

    QVector<Asset> apply(const Register& reg, const QVector<Asset>& assets, QString* error = nullptr) const;
};

} // namespace daicho
