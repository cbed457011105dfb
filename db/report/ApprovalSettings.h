#pragma once

#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace daicho {

class Register;

// How the register's printouts end: seal boxes (部長 | 課長 | 係長 | 担当), signature lines, or nothing.
// Kept in the register itself, so that every printout of a city's register, from the window or the
// CLI, carries the same block.
class ApprovalSettings
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ApprovalSettings)
public:
    static ApprovalBlock read(const Register& reg);
    // Titles are trimmed; empty ones are dropped. At most eight boxes fit a line.
    static Result<void> write(Register& reg, const ApprovalBlock& block);

    static QStringList styleIds();                        // seals, signatures, none
    static QString styleId(ApprovalBlock::Style style);
    static std::optional<ApprovalBlock::Style> parseStyle(const QString& id);
    static QString styleLabel(ApprovalBlock::Style style);  // in the user's language
    static QStringList defaultTitles();
    static int maxTitles() { return 8; }
};

} // namespace daicho
