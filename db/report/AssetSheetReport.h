#pragma once

#include "domain/Asset.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QVector>

namespace daicho {

class Register;
class ReportScope;

// One A4 portrait sheet per asset (情報資産個票): every field in the register's sections, the
// classification with the definitions of its levels, the handling restrictions that apply, and
// the latest entries of its history.
class AssetSheetReport
{
    Q_DECLARE_TR_FUNCTIONS(daicho::AssetSheetReport)
public:
    static constexpr int kHistoryEntries = 5;   // the latest ones; the sheet says how many there are in all
    static constexpr int kHistoryChanges = 3;   // the changes listed of an entry; the sheet says how many more
    static constexpr int kReasonLength = 40;    // characters of a restriction's reason; longer ones end in …

    static ReportDocument build(const Register& reg, const ReportScope& scope, const QVector<Asset>& assets);
};

} // namespace daicho
