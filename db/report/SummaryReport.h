#pragma once

#include "report/CrossTable.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace daicho {

class Register;
class ReportScope;

// The committee summary (情報セキュリティ委員会): cross tables with totals and charts drawn from
// the same counts as `daicho-cli stats`, so every number can be checked against it.
class SummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(daicho::SummaryReport)
public:
    static ReportDocument build(const Register& reg, const ReportScope& scope, const ApprovalBlock& approval);

    // A cross table as printed: the row dimension's labels, one column per value, 合計 right and below.
    static ReportTable table(const CrossTable& cross, const QString& rowHeader);
    // The same counts as bars: one category per row, one series per column.
    static ReportChart chart(const CrossTable& cross, ReportChart::Kind kind);
};

} // namespace daicho
