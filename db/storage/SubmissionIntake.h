#pragma once

#include "domain/Asset.h"
#include "storage/Actor.h"
#include "storage/SubmissionRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QVector>

namespace daicho {

class Register;

// The city register's side of consolidation: one department's submitted set taken in, in one
// transaction. New numbers are added, known ones overwritten, numbers the department no longer
// submits withdrawn (kept, hidden), and each asset remembers the submission it came from. Refused
// whole (Conflict) when an asset number belongs to another organisation's set or was entered in the
// city register itself; the details name each number. Writes through the register's one safe path
// (its rules, history and chain).
class SubmissionIntake
{
    Q_DECLARE_TR_FUNCTIONS(daicho::SubmissionIntake)
public:
    explicit SubmissionIntake(Register& city) : m_city(city) {}

    // The assets are taken (moved into the register's rows), not copied.
    Result<SubmissionRecord> apply(SubmissionRecord record, QVector<Asset> assets, const Actor& actor);

private:
    Register& m_city;
};

} // namespace daicho
