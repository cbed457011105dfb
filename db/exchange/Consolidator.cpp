#include "exchange/Consolidator.h"

#include "domain/Reclassification.h"
#include "storage/Register.h"

#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace daicho {

namespace {

struct Pending
{
    ConsolidationItem item;
    Submission submission;
    bool readable = false;
};

QString when(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QVector<ConsolidationItem> Consolidator::run(Register& city, const QStringList& files, const Actor& actor,
                                             const ConsolidationOptions& options)
{
    // Reading (the checksum over every row, the parse) is most of the work before anything is written,
    // and each file stands alone: two threads read them, each into its own slot, so what follows sees
    // them exactly as if they had been read one after another. Nothing is written meanwhile.
    std::vector<std::optional<Result<Submission>>> reads(size_t(files.size()));
    {
        std::atomic<qsizetype> next{0};
        const auto readSome = [&]() {
            for (qsizetype i = next++; i < files.size(); i = next++)
                reads[size_t(i)].emplace(Submission::read(files[i]));
        };
        std::unique_ptr<QThread> helper;
        if (files.size() > 1 && QThread::idealThreadCount() > 1) {
            helper.reset(QThread::create(readSome));
            helper->start();
        }
        readSome();
        if (helper)
            helper->wait();
    }
    QVector<Pending> pending;
    for (qsizetype i = 0; i < files.size(); ++i) {
        Pending p;
        p.item.file = files[i];
        Result<Submission>& read = *reads[size_t(i)];
        if (!read) {
            p.item.reason = read.error().message;
            p.item.details = read.error().details;
        } else {
            p.submission = std::move(read).value();
            p.item.orgCode = p.submission.orgCode;
            p.item.orgName = p.submission.orgName;
            p.readable = true;
        }
        pending << std::move(p);
    }
    // Oldest first: a unit's newer submission replaces its older one, whatever order the files came in.
    std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
        if (a.readable != b.readable)
            return !a.readable;
        return a.readable && a.submission.submittedAt < b.submission.submittedAt;
    });

    const QString cityScheme = city.catalog().defaultSchemeId;
    bool backedUp = false;
    QVector<ConsolidationItem> out;
    for (Pending& p : pending) {
        ConsolidationItem& item = p.item;
        if (!p.readable) {
            out << item;
            continue;
        }
        Submission& s = p.submission;
        if (auto seen = city.submissionByChecksum(s.checksum)) {
            item.outcome = ConsolidationItem::Outcome::AlreadyConsolidated;
            item.reason = tr("Already consolidated on %1; nothing to add.").arg(when(seen->consolidatedAt));
            item.record = *seen;
            out << item;
            continue;
        }
        if (!city.orgUnitByCode(s.orgCode)) {
            item.reason = tr("The organisation code %1 (%2) is not in the city register; add the unit or correct the "
                             "code in the department's register.")
                              .arg(s.orgCode, s.orgName);
            out << item;
            continue;
        }
        QStringList unknownUnits;
        QSet<QString> knownUnits;   // each code looked up once, not once per asset
        for (const Asset& a : s.assets) {
            if (knownUnits.contains(a.orgCode))
                continue;
            if (city.orgUnitByCode(a.orgCode))
                knownUnits.insert(a.orgCode);
            else if (!unknownUnits.contains(a.orgCode))
                unknownUnits << a.orgCode;
        }
        if (!unknownUnits.isEmpty()) {
            item.reason = tr("The submission uses organisation codes the city register does not know.");
            item.details = unknownUnits;
            out << item;
            continue;
        }
        if (auto latest = city.latestSubmission(s.orgCode); latest && latest->submittedAt > s.submittedAt) {
            item.reason = tr("Older than the submission of %1 already consolidated for %2 (submitted %3); the newer "
                             "one stays.")
                              .arg(when(s.submittedAt), s.orgCode, when(latest->submittedAt));
            out << item;
            continue;
        }
        int otherScheme = 0;
        for (const Asset& a : s.assets)
            if (a.schemeId != cityScheme)
                ++otherScheme;
        if (otherScheme > 0) {
            const QString from = s.schemeId != cityScheme ? s.schemeId : QString();
            if (options.moveToCityScheme) {
                int moved = 0;
                for (Asset& a : s.assets) {
                    if (!Reclassification::canMove(a.schemeId, cityScheme))
                        continue;
                    a = Reclassification::moved(a, cityScheme);
                    ++moved;
                }
                item.notices << tr("%n asset(s) moved to the city's scheme %1 and marked for confirmation.", nullptr,
                                   moved)
                                    .arg(cityScheme);
                if (moved < otherScheme)
                    item.notices << tr("%n asset(s) keep their own scheme: no move to %1 is known for it.", nullptr,
                                       otherScheme - moved)
                                        .arg(cityScheme);
            } else {
                item.notices << tr("%n asset(s) are classified under another scheme than the city's %1; they keep it. "
                                   "Consolidate with --move-scheme to move them: %2",
                                   nullptr, otherScheme)
                                    .arg(cityScheme, Reclassification::describe(from.isEmpty() ? QStringLiteral("mic-h27")
                                                                                               : from,
                                                                                cityScheme));
            }
        }
        // The city register as it was is kept once, before the first submission changes it.
        if (!backedUp) {
            const Result<void> backup = city.backupBefore(QStringLiteral("consolidation"));
            if (!backup) {
                const ErrorCode code = backup.error().code;
                item.reason = code == ErrorCode::ReadOnly || code == ErrorCode::WriteFailed
                                  ? backup.error().message
                                  : tr("Before consolidating, a backup copy of the city register is made, and that "
                                       "failed: %1 Nothing was taken in.")
                                        .arg(backup.error().message);
                out << item;
                continue;
            }
            backedUp = true;
        }
        Result<SubmissionRecord> applied =
            city.applySubmission(s.record(QFileInfo(p.item.file).fileName()), s.assets, actor);
        // Its rows are in the register now (or refused): their memory serves the next submission's write.
        s.assets = {};
        if (!applied) {
            item.reason = applied.error().message;
            item.details = applied.error().details;
            out << item;
            continue;
        }
        item.outcome = ConsolidationItem::Outcome::Applied;
        item.record = applied.value();
        out << item;
    }
    return out;
}

QString Consolidator::changes(const SubmissionRecord& r)
{
    return tr("%1 added, %2 updated (%3 reclassified), %4 removed, %5 unchanged")
        .arg(r.added)
        .arg(r.updated)
        .arg(r.reclassified)
        .arg(r.removed)
        .arg(r.unchanged);
}

QStringList Consolidator::outcome(const ConsolidationItem& item, const QString& file)
{
    const QString who = item.orgCode.isEmpty() ? QString() : QStringLiteral(" (%1 %2)").arg(item.orgCode, item.orgName);
    QStringList lines;
    switch (item.outcome) {
    case ConsolidationItem::Outcome::Applied:
        lines << tr("Taken in: %1%2: %3.").arg(file, who, changes(item.record));
        break;
    case ConsolidationItem::Outcome::AlreadyConsolidated:
        lines << tr("Skipped: %1%2: %3").arg(file, who, item.reason);
        break;
    case ConsolidationItem::Outcome::Refused:
        lines << tr("Refused: %1%2: %3").arg(file, who, item.reason);
        break;
    }
    for (const QString& d : item.details)
        lines << QStringLiteral("  - ") + d;
    for (const QString& n : item.notices)
        lines << QStringLiteral("  ! ") + n;
    return lines;
}

QString Consolidator::totals(const QVector<ConsolidationItem>& items)
{
    const auto count = [&items](ConsolidationItem::Outcome o) {
        return int(std::count_if(items.begin(), items.end(), [o](const ConsolidationItem& i) { return i.outcome == o; }));
    };
    return tr("%1 taken in, %2 already consolidated, %3 refused.")
        .arg(count(ConsolidationItem::Outcome::Applied))
        .arg(count(ConsolidationItem::Outcome::AlreadyConsolidated))
        .arg(count(ConsolidationItem::Outcome::Refused));
}

} // namespace daicho
