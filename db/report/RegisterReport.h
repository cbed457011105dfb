#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace daicho {

class Register;
class ReportScope;

// The 情報資産管理台帳 of a 課, a 部 or the city, as the 課長 signs it: the IPA template's columns
// in its order (domain.md §5) after the 資産番号, A4 landscape, ending with the approval block.
class RegisterReport
{
    Q_DECLARE_TR_FUNCTIONS(daicho::RegisterReport)
public:
    static QStringList columnKeys();
    static ReportDocument build(const Register& reg, const ReportScope& scope, const ApprovalBlock& approval);
};

} // namespace daicho
