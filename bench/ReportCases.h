#pragma once

#include "Measure.h"

#include <QVector>

namespace daicho::bench {

class BenchData;

// Printing as people do it, through `daicho-cli report` (open the register, lay out, write the PDF
// with its fonts): the committee summary of the whole city at every size, and the register of the
// whole city up to 10,000 assets (what the issue compares with LibreOffice printing the same rows).
QVector<CaseResult> runReportCases(BenchData& data, int assets, int runs);

} // namespace daicho::bench
