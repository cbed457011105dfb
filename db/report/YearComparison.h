#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace daicho {

class Register;

// One difference between two registers of the same city, e.g. the closed 令和6年度 and 令和7年度.
struct ComparisonRow
{
    enum class Change { Added, Removed, Disposed, Reclassified };
    Change change = Change::Added;
    QString assetNo;
    QString name;
    QString orgCode;
    QString orgName;
    QString before;   // compact label (C3B-I2-A2) in the older register; empty when added
    QString after;    // in the newer one; empty when removed
};

// What the committee asks of two 年度: which assets came, which went (withdrawn, or disposed during
// the year), and which changed level. Rows in asset-number order, by kind of change.
struct YearComparison
{
    Q_DECLARE_TR_FUNCTIONS(daicho::YearComparison)
public:
    QString olderLabel;   // "令和6年度" for a closed copy, else the register's file name
    QString newerLabel;
    QVector<ComparisonRow> rows;
    int count(ComparisonRow::Change change) const;

    static YearComparison compare(const Register& older, const Register& newer);
    static QString changeLabel(ComparisonRow::Change change);
};

} // namespace daicho
