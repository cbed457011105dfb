#pragma once

#include "domain/OrgUnit.h"
#include "storage/SubmissionRecord.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace daicho {

class Register;

// One line of the consolidation view: has this unit submitted for the 年度, when, and what its last
// submission changed in the city register.
struct ConsolidationStatusRow
{
    QString orgCode;
    QString orgName;
    QString kind;                               // Vocabulary::orgKinds code
    std::optional<SubmissionRecord> latest;     // the unit's latest submission for the 年度
    int submissionsThisYear = 0;
    bool submitted() const { return latest.has_value(); }
};

// The units that keep a register of their own and where each stands for a 年度. A 部 that submits
// for its 課 counts for them.
class ConsolidationStatus
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ConsolidationStatus)
public:
    // Every 課, and each body outside the mayor's tree (行政委員会, 議会事務局, 公営企業) that has no 課
    // of its own below it (教育委員会 submits through its 課). Their subtrees do not overlap.
    static QVector<OrgUnit> submittingUnits(const Register& reg, const QDate& day);
    static QVector<ConsolidationStatusRow> compute(const Register& city, int fiscalYear);

    // How many of the rows have submitted.
    static int submittedCount(const QVector<ConsolidationStatusRow>& rows);
    // The units still missing first (what the 情報政策課 chases), each group in register order: the
    // window and the printed checklist show the same order.
    static void putMissingFirst(QVector<ConsolidationStatusRow>& rows);
};

} // namespace daicho
