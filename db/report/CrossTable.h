#pragma once

#include "domain/Asset.h"
#include "report/Dimension.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace daicho {

class Register;

// Counts along two dimensions at once, as the committee summary prints them: 部 × 機密性,
// network segment × 機密性, 部 × personal data … The rows and columns are exactly the rows
// `daicho-cli stats` gives for each dimension, so every total can be checked against it.
struct CrossTable
{
    Q_DECLARE_TR_FUNCTIONS(daicho::CrossTable)
public:
    QString rowDimension;
    QString columnDimension;
    QString title;
    QVector<DimensionValue> rows;
    QVector<DimensionValue> columns;
    QVector<QVector<int>> counts;   // counts[row][column]
    QVector<int> rowTotals;         // assets in the row (an asset counts once even in several columns)
    QVector<int> columnTotals;      // assets in the column
    int assets = 0;                 // assets counted

    int count(const QString& rowKey, const QString& columnKey) const;

    // Empty (with `error`) when a dimension is unknown.
    static CrossTable compute(const Register& reg, const QVector<Asset>& assets, const QString& rowDimension,
                              const QString& columnDimension, QString* error = nullptr);
    // The same table from where the same assets were placed along each dimension: a printout with
    // several tables asks each dimension about each asset once.
    static CrossTable compute(const Dimension& rowDimension, const DimensionPlacement& rows,
                              const Dimension& columnDimension, const DimensionPlacement& columns);
};

} // namespace daicho
