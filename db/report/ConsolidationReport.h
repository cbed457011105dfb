#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace daicho {

class Register;
class ReportScope;

// The information policy division's checklist for a 年度: every unit that keeps a register, whether
// it has submitted, when and by whom, how many assets, and what its submission changed in the city
// register (added, updated, reclassified, removed); missing units first, so the chase list is on top.
class ConsolidationReport
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ConsolidationReport)
public:
    static ReportDocument build(const Register& reg, const ReportScope& scope);
};

} // namespace daicho
