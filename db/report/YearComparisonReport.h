#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace daicho {

class Register;

// The committee's page on what changed between two 年度: counts, then the assets added, removed,
// disposed of and relevelled, each with its unit and its levels before and after.
class YearComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(daicho::YearComparisonReport)
public:
    static ReportDocument build(const Register& older, const Register& newer);
};

} // namespace daicho
