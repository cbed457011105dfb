#pragma once

#include "Measure.h"

#include <QVector>

namespace daicho::bench {

class BenchData;

// What a section head feels in the register window: opening a register to its first screen, one
// keystroke in the search box, a click on a column header, the memory the open register takes;
// and the CLI's full rule check over the same file.
QVector<CaseResult> runWindowCases(BenchData& data, int assets, int runs);
CaseResult runCliCheck(BenchData& data, int assets, int runs);

} // namespace daicho::bench
