#pragma once

#include <QDate>

namespace daicho {

// When the next review falls due. domain.md §5: by default one 年度 after the last review,
// read here as the same day a year later (the register's interval in months, 12 by default).
namespace ReviewPolicy {
inline QDate nextReview(const QDate& lastReview, int intervalMonths)
{
    return lastReview.addMonths(intervalMonths > 0 ? intervalMonths : 12);
}

// A review is overdue the day after it was due; disposed assets are never overdue.
inline bool isOverdue(const QDate& nextReview, bool disposed, const QDate& today)
{
    return !disposed && nextReview.isValid() && nextReview < today;
}
} // namespace ReviewPolicy

} // namespace daicho
