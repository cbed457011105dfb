#pragma once

#include "util/Clock.h"

#include <QString>

namespace daicho::bench {

// The registers the cases run on: the CLI's demo city at a given size, made once and kept in the
// data folder (the same seed and day give the same register every time).
class BenchData
{
public:
    explicit BenchData(QString folder);

    // The path of the register with `assets` assets; created when missing. Empty on failure (printed).
    QString registerWith(int assets);
    const Clock& clock() const { return m_clock; }

private:
    QString m_folder;
    FixedClock m_clock{QDate(2025, 6, 1)};
};

} // namespace daicho::bench
