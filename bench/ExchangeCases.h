#pragma once

#include "Measure.h"

#include <QVector>

namespace daicho::bench {

class BenchData;

// Excel exchange and consolidation as the information policy division runs them, through `daicho-cli`:
// export to XLSX, import that XLSX into an empty register, and consolidate every unit's submission into
// an empty city register. Where LibreOffice (`soffice`) is installed, the same run times it opening the
// same XLSX and writing CSV, and printing the same rows to PDF, for the ratios in BENCHMARKS.md.
QVector<CaseResult> runExchangeCases(BenchData& data, int assets, int runs);

} // namespace daicho::bench
