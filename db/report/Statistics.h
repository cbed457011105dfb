#pragma once

#include "domain/Asset.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace daicho {

class Dimension;
struct DimensionPlacement;
class Register;

// Counts of the register by one dimension: the numbers `daicho-cli stats` prints and the committee
// summary repeats. Computed here once so both always agree.
struct StatRow
{
    QString key;
    QString label;
    int count = 0;
};

struct StatGroup
{
    QString dimension;          // org, section, c, i, a, importance, stage, status, segment, personal
    QString title;              // translated
    QVector<StatRow> rows;      // in the register's order (組織コード, level rank, lifecycle …)
    int assets = 0;             // assets counted; a personal-data asset may fall in several rows
};

class Statistics
{
public:
    static QStringList dimensions();
    // Unknown dimensions are reported through `error`.
    static QVector<StatGroup> compute(const Register& reg, const QVector<Asset>& assets, const QStringList& dimensions,
                                      QString* error = nullptr);
    // The counts along one dimension (its rows in the register's order).
    static StatGroup group(const Dimension& dimension, const QVector<Asset>& assets);
    // The same counts from where the assets were placed along the dimension (asked once for all tables).
    static StatGroup group(const Dimension& dimension, const DimensionPlacement& placement);
};

} // namespace daicho
