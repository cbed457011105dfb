#include "storage/Migrations.h"

#include "domain/Catalog.h"
#include "domain/ClassificationScheme.h"
#include "storage/HistoryChain.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace daicho {

namespace {

// Plain SQL that also reads on PostgreSQL, apart from the PRAGMAs and the trigger bodies.
const char* const kStep1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE org_unit (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " kind TEXT NOT NULL, parent_id INTEGER REFERENCES org_unit(id), sort_order INTEGER NOT NULL DEFAULT 0,"
    " valid_from TEXT, valid_to TEXT)",
    "CREATE TABLE network_segment (code TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,"
    " sort_order INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE scheme (id TEXT PRIMARY KEY, name TEXT NOT NULL, source TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE scheme_axis (scheme_id TEXT NOT NULL REFERENCES scheme(id), axis TEXT NOT NULL,"
    " name TEXT NOT NULL, short_name TEXT NOT NULL, used INTEGER NOT NULL, allows_na INTEGER NOT NULL,"
    " PRIMARY KEY (scheme_id, axis))",
    "CREATE TABLE scheme_level (scheme_id TEXT NOT NULL REFERENCES scheme(id), axis TEXT NOT NULL,"
    " code TEXT NOT NULL, rank INTEGER NOT NULL, tier INTEGER NOT NULL, label TEXT NOT NULL,"
    " definition TEXT NOT NULL, PRIMARY KEY (scheme_id, axis, code))",
    "CREATE TABLE restriction (code TEXT PRIMARY KEY, text TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE restriction_link (scheme_id TEXT NOT NULL REFERENCES scheme(id), axis TEXT NOT NULL,"
    " level_code TEXT NOT NULL, restriction_code TEXT NOT NULL REFERENCES restriction(code),"
    " PRIMARY KEY (scheme_id, axis, level_code, restriction_code))",
    "CREATE TABLE asset (id INTEGER PRIMARY KEY, asset_no TEXT NOT NULL UNIQUE, fiscal_year INTEGER NOT NULL DEFAULT 0,"
    " org_id INTEGER NOT NULL REFERENCES org_unit(id), org_name TEXT NOT NULL DEFAULT '',"
    " business TEXT NOT NULL DEFAULT '', name TEXT NOT NULL, user_scope TEXT NOT NULL DEFAULT '',"
    " asset_type TEXT NOT NULL DEFAULT '', medium TEXT NOT NULL DEFAULT '', network_segment TEXT NOT NULL DEFAULT '',"
    " manager_title TEXT NOT NULL DEFAULT '', personal INTEGER NOT NULL DEFAULT 0, sensitive INTEGER NOT NULL DEFAULT 0,"
    " specific INTEGER NOT NULL DEFAULT 0, subject_band TEXT NOT NULL DEFAULT '',"
    " file_register_no TEXT NOT NULL DEFAULT '', outsourced INTEGER NOT NULL DEFAULT 0,"
    " contractor TEXT NOT NULL DEFAULT '', subcontracted INTEGER NOT NULL DEFAULT 0, cloud INTEGER NOT NULL DEFAULT 0,"
    " cloud_service TEXT NOT NULL DEFAULT '', ismap INTEGER NOT NULL DEFAULT 0,"
    " storage_location TEXT NOT NULL DEFAULT '', locked INTEGER NOT NULL DEFAULT 0,"
    " fireproof INTEGER NOT NULL DEFAULT 0, backup TEXT NOT NULL DEFAULT '', recovery_target TEXT NOT NULL DEFAULT '',"
    " retention_period TEXT NOT NULL DEFAULT '', retention_until TEXT,"
    " scheme_id TEXT NOT NULL REFERENCES scheme(id), c_level TEXT NOT NULL DEFAULT '',"
    " i_level TEXT NOT NULL DEFAULT '', a_level TEXT NOT NULL DEFAULT '', reclass_pending INTEGER NOT NULL DEFAULT 0,"
    " stage TEXT NOT NULL, status TEXT NOT NULL, registered_on TEXT, last_review TEXT, next_review TEXT,"
    " remarks TEXT NOT NULL DEFAULT '', disposal_date TEXT, disposal_person TEXT NOT NULL DEFAULT '',"
    " disposal_method TEXT NOT NULL DEFAULT '', disposal_approver TEXT NOT NULL DEFAULT '',"
    " disposal_certificate TEXT NOT NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 1,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE INDEX asset_org ON asset(org_id)",
    "CREATE TABLE asset_restriction (asset_id INTEGER NOT NULL REFERENCES asset(id),"
    " restriction_code TEXT NOT NULL REFERENCES restriction(code),"
    " action TEXT NOT NULL CHECK (action IN ('add', 'remove')), reason TEXT NOT NULL,"
    " PRIMARY KEY (asset_id, restriction_code))",
    "CREATE TABLE history (id INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id INTEGER NOT NULL,"
    " at TEXT NOT NULL, os_user TEXT NOT NULL, display_name TEXT NOT NULL, action TEXT NOT NULL,"
    " changes TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX history_entity ON history(entity, entity_id)",
    // The history is append-only and a register row is never deleted: disposal keeps it as a record.
    "CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END",
    "CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END",
    "CREATE TRIGGER asset_no_delete BEFORE DELETE ON asset BEGIN SELECT RAISE(ABORT, 'assets are never deleted'); END",
};

// Step 2: risk evaluation (三鷹市 第8) and the 重要度 table as adjustable data.
const char* const kStep2[] = {
    "ALTER TABLE asset ADD COLUMN threat INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE asset ADD COLUMN vulnerability INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE importance_rule (id INTEGER PRIMARY KEY, scheme_id TEXT NOT NULL DEFAULT '',"
    " condition TEXT NOT NULL, importance INTEGER NOT NULL)",
};

// Step 3: a registration made by mistake can be withdrawn (the undo of "add"): the row stays, hidden,
// its number stays taken, and the history says who withdrew it.
const char* const kStep3[] = {
    "ALTER TABLE asset ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0",
};

// Step 4: consolidation. The city register records each department submission it took in, and each
// asset the submission it came from (provenance); a newer submission of the same unit replaces its set.
const char* const kStep4[] = {
    "CREATE TABLE submission (id INTEGER PRIMARY KEY, org_code TEXT NOT NULL, org_name TEXT NOT NULL,"
    " fiscal_year INTEGER NOT NULL, submitted_by TEXT NOT NULL, submitted_at TEXT NOT NULL,"
    " daicho_version TEXT NOT NULL, scheme_id TEXT NOT NULL, checksum TEXT NOT NULL UNIQUE, file_name TEXT NOT NULL,"
    " asset_count INTEGER NOT NULL, consolidated_at TEXT NOT NULL, consolidated_by TEXT NOT NULL,"
    " added INTEGER NOT NULL, updated INTEGER NOT NULL, reclassified INTEGER NOT NULL, removed INTEGER NOT NULL,"
    " unchanged INTEGER NOT NULL)",
    "CREATE INDEX submission_org ON submission(org_code)",
    "ALTER TABLE asset ADD COLUMN submission_id INTEGER REFERENCES submission(id)",
    "CREATE INDEX asset_submission ON asset(submission_id)",
};

// Step 5: the tamper-evident history. Each row stores the hash of the row before it and its own
// (HistoryChain); the rows already there are chained in id order. The append-only trigger is lifted
// for this one update and put back.
const char* const kStep5[] = {
    "ALTER TABLE history ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE history ADD COLUMN hash TEXT NOT NULL DEFAULT ''",
    "DROP TRIGGER history_no_update",
};
const char* const kStep5After[] = {
    "CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END",
};

Result<void> exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return makeError(ErrorCode::Database, q.lastError().text(), {sql});
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(ErrorCode::Database, q.lastError().text(), {sql});
    return {};
}

Result<void> execAll(QSqlDatabase& db, const char* const* begin, const char* const* end)
{
    for (auto it = begin; it != end; ++it) {
        Result<void> r = exec(db, QString::fromLatin1(*it));
        if (!r)
            return r;
    }
    return {};
}

Result<void> seedSchemes(QSqlDatabase& db)
{
    for (const ClassificationScheme& s : ClassificationScheme::presets()) {
        Result<void> r = exec(db, QStringLiteral("INSERT INTO scheme (id, name, source) VALUES (?, ?, ?)"),
                              {s.id, s.name, s.source});
        if (!r)
            return r;
        for (Axis axis : kAllAxes) {
            const AxisScale& scale = s.axis(axis);
            r = exec(db,
                     QStringLiteral("INSERT INTO scheme_axis (scheme_id, axis, name, short_name, used, allows_na)"
                                    " VALUES (?, ?, ?, ?, ?, ?)"),
                     {s.id, axisCode(axis), scale.name,
                      // mext has no letter for its one axis: store "", never NULL
                      scale.shortName.isNull() ? QStringLiteral("") : scale.shortName, int(scale.used),
                      int(scale.allowsNotApplicable)});
            if (!r)
                return r;
            for (const Level& l : scale.levels) {
                r = exec(db,
                         QStringLiteral("INSERT INTO scheme_level (scheme_id, axis, code, rank, tier, label, definition)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {s.id, axisCode(axis), l.code, l.rank, l.tier, l.label, l.definition});
                if (!r)
                    return r;
            }
        }
    }
    for (const Restriction& x : Catalog::presetRestrictions()) {
        Result<void> r = exec(db, QStringLiteral("INSERT INTO restriction (code, text, sort_order) VALUES (?, ?, ?)"),
                              {x.code, x.text, x.sortOrder});
        if (!r)
            return r;
    }
    for (const RestrictionLink& l : Catalog::presetRestrictionLinks(ClassificationScheme::presets())) {
        Result<void> r = exec(db,
                              QStringLiteral("INSERT INTO restriction_link (scheme_id, axis, level_code, restriction_code)"
                                             " VALUES (?, ?, ?, ?)"),
                              {l.schemeId, axisCode(l.axis), l.levelCode, l.restrictionCode});
        if (!r)
            return r;
    }
    return {};
}

Result<void> seedImportanceRules(QSqlDatabase& db)
{
    for (const ImportanceRule& rule : Catalog::presetImportanceRules()) {
        Result<void> r = exec(db,
                              QStringLiteral("INSERT INTO importance_rule (scheme_id, condition, importance) VALUES (?, ?, ?)"),
                              {rule.schemeId, rule.condition, rule.importance});
        if (!r)
            return r;
    }
    return {};
}

using Step = std::function<Result<void>(QSqlDatabase&)>;

const QVector<Step>& steps()
{
    static const QVector<Step> all = {
        [](QSqlDatabase& db) {
            Result<void> r = execAll(db, std::begin(kStep1), std::end(kStep1));
            return r ? seedSchemes(db) : r;
        },
        [](QSqlDatabase& db) {
            Result<void> r = execAll(db, std::begin(kStep2), std::end(kStep2));
            return r ? seedImportanceRules(db) : r;
        },
        [](QSqlDatabase& db) { return execAll(db, std::begin(kStep3), std::end(kStep3)); },
        [](QSqlDatabase& db) { return execAll(db, std::begin(kStep4), std::end(kStep4)); },
        [](QSqlDatabase& db) {
            Result<void> r = execAll(db, std::begin(kStep5), std::end(kStep5));
            if (r)
                r = HistoryChain::chainExisting(db);
            return r ? execAll(db, std::begin(kStep5After), std::end(kStep5After)) : r;
        },
        // Step 6: no table changes. A created asset's history row now lists its values as one object
        // (storage/HistoryChanges); the rows already written keep their form and read as before. The
        // number goes up because a Daicho of format 5 would read the new rows as creations without
        // values: it refuses the file as newer instead.
        [](QSqlDatabase&) { return Result<void>(); },
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return steps().size();
}

Result<void> Migrations::migrate(QSqlDatabase& db, int from, int to)
{
    if (to < 0)
        to = latestVersion();
    for (int version = from + 1; version <= to; ++version) {
        Result<void> r = steps().at(version - 1)(db);
        if (!r)
            return makeError(ErrorCode::Database,
                             tr("Updating the register to format %1 failed: %2").arg(version).arg(r.error().message),
                             r.error().details);
        // PRAGMA takes no bound values; the numbers are our own.
        r = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!r)
            return r;
    }
    return exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
}

} // namespace daicho
