#include "storage/SubmissionIntake.h"

#include "storage/AssetWriter.h"
#include "storage/Register.h"
#include "storage/SqliteHandle.h"
#include "util/Text.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <memory>

#include <sqlite3.h>

namespace daicho {

namespace {

bool levelsDiffer(const Asset& a, const Asset& b)
{
    return a.schemeId != b.schemeId || a.cLevel != b.cLevel || a.iLevel != b.iLevel || a.aLevel != b.aLevel;
}

} // namespace

Result<SubmissionRecord> SubmissionIntake::apply(SubmissionRecord record, QVector<Asset> assets,
                                                 const Actor& actor)
{
    Result<void> r = m_city.begin(actor);
    if (!r)
        return r.error();
    auto fail = [this](Error e) -> Result<SubmissionRecord> {
        m_city.rollback();
        return e;
    };
    const LargeWriteCache cache(m_city.writer().handle(), assets.size());

    // Who holds each asset number now: the organisation whose submission brought it, or nobody
    // (entered in the city register itself). Read once, not per asset.
    struct Held
    {
        QString orgCode;   // empty: not from a submission
        bool withdrawn = false;
    };
    // Only the numbers submitted are looked up (through the number's index): reading every row of the
    // city for each of its 32–80 submissions grew with the square of the city.
    QHash<QString, Held> held;
    QStringList conflicts;
    QSet<QString> submitted;
    QVector<QString> numbers;   // each asset's number as the city writes it, in the submission's order
    numbers.reserve(assets.size());
    // Through SQLite's own API: one look-up per asset submitted, and Qt Sql's wrapping of each (its
    // result cache, the QVariants) cost several times SQLite's own work.
    sqlite3* const handle = m_city.writer().handle();
    sqlite3_stmt* holder = nullptr;
    if (sqlite3_prepare_v2(handle,
                           "SELECT s.org_code, a.withdrawn FROM asset a LEFT JOIN submission s ON s.id = a.submission_id"
                           " WHERE a.asset_no = ?",
                           -1, &holder, nullptr)
        != SQLITE_OK)
        return fail(Register::fileError(m_city.m_path, QString::fromUtf8(sqlite3_errmsg(handle)), tr("consolidation")));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> holderStatement(holder, sqlite3_finalize);
    for (const Asset& a : assets) {
        const QString no = normalizedCode(a.assetNo);
        numbers << no;
        if (no.isEmpty()) {
            conflicts << tr("An asset without a number (%1).").arg(a.name);
            continue;
        }
        if (submitted.contains(no)) {
            conflicts << tr("%1 appears twice in the submission.").arg(no);
            continue;
        }
        submitted.insert(no);
        sqlite3_bind_text16(holder, 1, no.utf16(), int(no.size()) * 2, SQLITE_STATIC);
        const int step = sqlite3_step(holder);
        if (step == SQLITE_ROW) {
            // A row entered in the city register itself has no submission: its org_code is NULL, read as ''.
            const auto* code = reinterpret_cast<const char*>(sqlite3_column_text(holder, 0));
            held.insert(no, {code ? QString::fromUtf8(code, sqlite3_column_bytes(holder, 0)) : QString(),
                             sqlite3_column_int(holder, 1) != 0});
        }
        const bool failed = step != SQLITE_ROW && step != SQLITE_DONE;
        const QString error = failed ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
        sqlite3_reset(holder);   // before any rollback
        if (failed)
            return fail(Register::fileError(m_city.m_path, error, tr("consolidation")));
        auto it = held.constFind(no);
        if (it == held.constEnd() || it->orgCode == record.orgCode)
            continue;
        conflicts << (it->orgCode.isEmpty()
                          ? tr("%1 is already in the city register, entered there directly.").arg(no)
                          : tr("%1 is already in the city register from %2's submission.").arg(no, it->orgCode));
    }
    if (!conflicts.isEmpty())
        return fail(makeError(ErrorCode::Conflict,
                              tr("%n asset number(s) of %1's submission clash with the city register; nothing of it "
                                 "was taken in.", nullptr, int(conflicts.size()))
                                  .arg(record.orgCode),
                              conflicts));

    record.consolidatedAt = m_city.m_clock.now();
    record.consolidatedBy = actor.displayName.isEmpty() ? actor.osUser : actor.displayName;
    record.assetCount = int(assets.size());
    record.added = record.updated = record.reclassified = record.removed = record.unchanged = 0;
    // The statements of each submission are prepared once per connection (a city sends 32–80 of them).
    QSqlQuery& ins = m_city.statement(QStringLiteral("INSERT INTO submission (org_code, org_name, fiscal_year, submitted_by, submitted_at,"
                               " daicho_version, scheme_id, checksum, file_name, asset_count, consolidated_at,"
                               " consolidated_by, added, updated, reclassified, removed, unchanged)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0)"));
    int column = 0;
    for (const QVariant& v : {QVariant(record.orgCode), textValue(record.orgName), QVariant(record.fiscalYear),
                              textValue(record.submittedBy),
                              QVariant(record.submittedAt.toString(Qt::ISODateWithMs)), textValue(record.daichoVersion),
                              textValue(record.schemeId), QVariant(record.checksum), textValue(record.fileName),
                              QVariant(record.assetCount),
                              QVariant(record.consolidatedAt.toString(Qt::ISODateWithMs)),
                              textValue(record.consolidatedBy)})
        ins.bindValue(column++, v);
    if (!ins.exec())
        return fail(m_city.sqlError(ins, tr("submission of %1").arg(record.orgCode)));
    record.id = ins.lastInsertId().toLongLong();

    const QString comment = tr("Consolidated from %1's submission of %2.")
                                .arg(record.orgCode, record.submittedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QSqlQuery& link = m_city.statement(QStringLiteral("UPDATE asset SET submission_id = ?, withdrawn = 0 WHERE id = ?"));
    for (qsizetype i = 0; i < assets.size(); ++i) {
        Asset& a = assets[i];   // moved into its row below: each asset is written once
        a.assetNo = numbers.at(i);
        // Only a number the city already holds needs its row read (the first consolidation reads none).
        const std::optional<Asset> before =
            held.contains(a.assetNo) ? m_city.readAsset(a.assetNo, true) : std::optional<Asset>();
        Result<Asset> saved = [&]() -> Result<Asset> {
            if (!before) {
                a.id = 0;
                a.orgId = 0;   // resolved from the code: the city's own unit ids differ from the department's
                return m_city.insertAsset(std::move(a), actor, record.consolidatedAt, record.id);   // not read after
            }
            a.id = before->id;
            a.orgId = 0;
            a.rowVersion = before->rowVersion;
            return m_city.writeAsset(*before, a, QStringLiteral("consolidate"), comment, actor);
        }();
        if (!saved)
            return fail(saved.error());
        const bool wasWithdrawn = before && held.value(numbers.at(i)).withdrawn;
        if (wasWithdrawn) {
            r = m_city.writeHistory(QStringLiteral("asset"), saved->id, QStringLiteral("restore"), {}, comment, actor);
            if (!r)
                return fail(r.error());
        }
        if (!before)
            ++record.added;
        else if (saved->rowVersion == before->rowVersion && !wasWithdrawn)
            ++record.unchanged;
        else if (levelsDiffer(*before, saved.value()))
            ++record.updated, ++record.reclassified;
        else
            ++record.updated;
        if (!before)
            continue;   // inserted with its submission already
        link.bindValue(0, record.id);
        link.bindValue(1, saved->id);
        if (!link.exec())
            return fail(m_city.sqlError(link, tr("asset %1").arg(numbers.at(i))));
    }

    // Numbers the organisation no longer submits leave the city's lists but keep their record.
    QSqlQuery& gone = m_city.statement(
        QStringLiteral("SELECT a.id, a.asset_no FROM asset a JOIN submission s ON s.id = a.submission_id"
                       " WHERE s.org_code = ? AND a.submission_id <> ? AND a.withdrawn = 0"));
    gone.bindValue(0, record.orgCode);
    gone.bindValue(1, record.id);
    if (!gone.exec())
        return fail(m_city.sqlError(gone, tr("consolidation")));
    QVector<qint64> removedIds;
    while (gone.next())
        removedIds << gone.value(0).toLongLong();
    gone.finish();
    QSqlQuery& hide = m_city.statement(
        QStringLiteral("UPDATE asset SET withdrawn = 1, updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    const QString removedComment = tr("No longer in %1's submission of %2.")
                                       .arg(record.orgCode,
                                            record.submittedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (qint64 id : removedIds) {
        hide.bindValue(0, m_city.rowTime());
        hide.bindValue(1, id);
        if (!hide.exec())
            return fail(m_city.sqlError(hide, tr("consolidation")));
        r = m_city.writeHistory(QStringLiteral("asset"), id, QStringLiteral("withdraw"), {}, removedComment, actor);
        if (!r)
            return fail(r.error());
        ++record.removed;
    }

    QSqlQuery& counts = m_city.statement(QStringLiteral("UPDATE submission SET added = ?, updated = ?, reclassified = ?,"
                                                        " removed = ?, unchanged = ? WHERE id = ?"));
    column = 0;
    for (const QVariant& v : {QVariant(record.added), QVariant(record.updated), QVariant(record.reclassified),
                              QVariant(record.removed), QVariant(record.unchanged), QVariant(record.id)})
        counts.bindValue(column++, v);
    if (!counts.exec())
        return fail(m_city.sqlError(counts, tr("consolidation")));
    r = m_city.commit();
    if (!r)
        return r.error();
    return record;
}

} // namespace daicho
