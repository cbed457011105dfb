#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace daicho {

class Register;
class ReportScope;

// The reviews a 課 owes: assets whose review is overdue or falls due by the end of the report's
// 年度, section by section, soonest first, with how many days overdue.
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ReviewReport)
public:
    static ReportDocument build(const Register& reg, const ReportScope& scope);
};

} // namespace daicho
