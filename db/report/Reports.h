#pragma once

#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace daicho {

class Register;

// Which printout, for which part of the city: what `daicho-cli report` and the window's print
// dialog both ask for.
struct ReportRequest
{
    QString kind;                 // register, summary, asset, review
    QString orgCode;              // empty: the whole city
    int fiscalYear = 0;           // 0: the current 年度
    QStringList assetNos;         // asset sheets of these assets only (otherwise every asset in scope)
    std::optional<ApprovalBlock::Style> approval;   // otherwise the register's setting
};

class Reports
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Reports)
public:
    static QStringList kinds();
    static QString kindLabel(const QString& kind);   // in the user's language
    static Result<ReportDocument> build(const Register& reg, const ReportRequest& request);
};

} // namespace daicho
