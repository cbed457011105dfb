#pragma once

#include "exchange/Submission.h"
#include "storage/SubmissionRecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace daicho {

class Register;

struct ConsolidationOptions
{
    // Move assets submitted under another guideline edition to the city's scheme (flagged for
    // confirmation). Off: they keep their own scheme and the report says so.
    bool moveToCityScheme = false;
};

// What became of one submission file.
struct ConsolidationItem
{
    enum class Outcome { Applied, AlreadyConsolidated, Refused };
    QString file;
    QString orgCode;
    QString orgName;
    Outcome outcome = Outcome::Refused;
    QString reason;          // for Refused and AlreadyConsolidated: one sentence
    QStringList details;     // each clashing asset number, each unreadable row …
    QStringList notices;     // taken in, but worth reading (another scheme …)
    SubmissionRecord record; // for Applied: what it changed
};

// Brings department submissions into the city register (the information policy division's yearly
// merge). Each submission is taken in whole or not at all, in the order they were submitted, so an
// older and a newer file of the same unit in one run end with the newer. Nothing is dropped quietly:
// every file gets an item saying what happened and why.
class Consolidator
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Consolidator)
public:
    static QVector<ConsolidationItem> run(Register& city, const QStringList& files, const Actor& actor,
                                          const ConsolidationOptions& options = {});

    // The words the command line and the window both show: what one submission changed; what became of
    // one file (`file` as the caller names it), followed by its details and notices; and the run's totals.
    static QString changes(const SubmissionRecord& record);
    static QStringList outcome(const ConsolidationItem& item, const QString& file);
    static QString totals(const QVector<ConsolidationItem>& items);

private:
    // One readable submission, its turn come: checked against the city register and taken in whole,
    // or refused with the reason. The city is backed up before the first that changes it.
    static ConsolidationItem takeIn(Register& city, ConsolidationItem item, Submission& submission,
                                    const Actor& actor, const ConsolidationOptions& options, bool& backedUp);
};

} // namespace daicho
