#include "exchange/Consolidator.h"

#include "domain/Reclassification.h"
#include "exchange/SubmissionReads.h"
#include "storage/Register.h"
#include "storage/SubmissionIntake.h"

#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>
#include <optional>
#include <vector>

namespace daicho {

namespace {

QString when(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QVector<ConsolidationItem> Consolidator::run(Register& city, const QStringList& files, const Actor& actor,
                                             const ConsolidationOptions& options)
{
    // Oldest first: a unit's newer submission replaces its older one, whatever order the files came in.
    // Files that cannot be read are listed first, in the order given; nothing of them is written.
    const Register::LongWrite commits(city);   // one commit per submission taken in
    QMap<qsizetype, ConsolidationItem> unreadable;   // by place in `files`
    QVector<ConsolidationItem> out;
    bool backedUp = false;
    const auto take = [&](qsizetype i, Result<Submission>& read) {
        ConsolidationItem item;
        item.file = files.at(i);
        if (!read) {
            item.reason = read.error().message;
            item.details = read.error().details;
            unreadable.insert(i, item);
            return;
        }
        item.orgCode = read->orgCode;
        item.orgName = read->orgName;
        out << takeIn(city, std::move(item), read.value(), actor, options, backedUp);
    };

    QVector<QDateTime> stated;
    if (const std::optional<QVector<qsizetype>> byDate = SubmissionReads::oldestFirst(files, &stated)) {
        // The order is known from the files' ends: each file is read (on another thread, a few ahead)
        // while the one before it is written.
        SubmissionReads reads(files, *byDate);
        for (const qsizetype i : *byDate) {
            Result<Submission> read = reads.next();
            if (read && read->submittedAt != stated.at(i))
                read = makeError(ErrorCode::FileRefused,
                                 tr("%1 states its submission date twice, differently; ask the department to "
                                    "submit again.")
                                     .arg(files.at(i)));
            take(i, read);
        }
    } else {
        // Every file read first (two threads, each file into its own slot), then taken in by its date.
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
        QVector<qsizetype> order(files.size());
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const Result<Submission>& x = *reads[size_t(a)];
            const Result<Submission>& y = *reads[size_t(b)];
            if (bool(x) != bool(y))
                return !x;
            return x && x->submittedAt < y->submittedAt;
        });
        for (const qsizetype i : order) {
            take(i, *reads[size_t(i)]);
            reads[size_t(i)].reset();   // its rows let go: the next one's writing reuses the memory
        }
    }
    return unreadable.values() + out;
}

ConsolidationItem Consolidator::takeIn(Register& city, ConsolidationItem item, Submission& s, const Actor& actor,
                                       const ConsolidationOptions& options, bool& backedUp)
{
    const QString cityScheme = city.catalog().defaultSchemeId;
    if (auto seen = city.submissionByChecksum(s.checksum)) {
        item.outcome = ConsolidationItem::Outcome::AlreadyConsolidated;
        item.reason = tr("Already consolidated on %1; nothing to add.").arg(when(seen->consolidatedAt));
        item.record = *seen;
        return item;
    }
    if (!city.orgUnitByCode(s.orgCode)) {
        item.reason = tr("The organisation code %1 (%2) is not in the city register; add the unit or correct the "
                         "code in the department's register.")
                          .arg(s.orgCode, s.orgName);
        return item;
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
        return item;
    }
    if (auto latest = city.latestSubmission(s.orgCode); latest && latest->submittedAt > s.submittedAt) {
        item.reason = tr("Older than the submission of %1 already consolidated for %2 (submitted %3); the newer "
                         "one stays.")
                          .arg(when(s.submittedAt), s.orgCode, when(latest->submittedAt));
        return item;
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
            return item;
        }
        backedUp = true;
    }
    Result<SubmissionRecord> applied =
        SubmissionIntake(city).apply(s.record(QFileInfo(item.file).fileName()), std::move(s.assets), actor);
    if (!applied) {
        item.reason = applied.error().message;
        item.details = applied.error().details;
        return item;
    }
    item.outcome = ConsolidationItem::Outcome::Applied;
    item.record = applied.value();
    return item;
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
