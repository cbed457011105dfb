#pragma once

#include "domain/Asset.h"
#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>
#include <QVector>

namespace daicho {

class Register;

// What a printout covers: one 課, one 部 (with its 課 and 係) or the whole city, in one 年度.
// The assets are the current ones (disposed assets left out, as `daicho-cli stats` counts them) that
// belong to that 年度 or an earlier one, in the register's order: organisation, then 資産番号.
class ReportScope
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ReportScope)
public:
    // An unknown organisation code or a 年度 before any era is an error.
    static Result<ReportScope> make(const Register& reg, const QString& orgCode, int fiscalYear);
    // The same selection over assets already in memory (the window's table), for the whole city.
    static ReportScope ofAssets(const Register& reg, const QVector<Asset>& assets);

    const QVector<Asset>& assets() const { return m_assets; }
    int fiscalYear() const { return m_fiscalYear; }
    // The day the register was read for this printout (基準日) and the printout's date (作成日).
    QDate baseDate() const { return m_baseDate; }
    QString organisation() const { return m_organisation; }
    QString orgCode() const { return m_orgCode; }

    // The page header for a printout of these assets under `title`.
    ReportHeading heading(const Register& reg, const QString& title) const;
    // The highest confidentiality among the assets ("自治体機密性3B"); what the printout must be handled as.
    static QString classificationOf(const Register& reg, const QVector<Asset>& assets);

private:
    // Rows of a list nobody else holds (the register's own read) are moved, not copied: a city's
    // summary otherwise held every asset twice.
    void select(const Register& reg, QVector<Asset> assets, const QSet<qint64>& orgIds);

    QVector<Asset> m_assets;
    int m_fiscalYear = 0;
    QDate m_baseDate;
    QString m_organisation;
    QString m_orgCode;
};

} // namespace daicho
