#include "exchange/ImportPlan.h"

#include "exchange/LevelReader.h"
#include "exchange/OrgMatcher.h"
#include "exchange/RowPlanner.h"
#include "storage/Register.h"
#include "util/Text.h"

#include <QHash>
#include <QSet>

#include <thread>

namespace daicho {

namespace {

// Fields an empty cell leaves as they are: an empty 資産番号 asks for the next number, and a blank
// 登録日 or 年度 does not erase what the register knows.
bool keepIfEmpty(const QString& key)
{
    static const QStringList keys = {QStringLiteral("asset_no"),    QStringLiteral("fiscal_year"),
                                     QStringLiteral("scheme"),      QStringLiteral("registered_on"),
                                     QStringLiteral("next_review"), QStringLiteral("stage")};
    return keys.contains(key);
}

// Keys the row loop reads itself rather than field by field.
bool handledApart(const QString& key)
{
    static const QStringList keys = {QStringLiteral("asset_no"), QStringLiteral("org_code"),
                                     QStringLiteral("org_name"), QStringLiteral("importance"),
                                     QStringLiteral("scheme"),   QStringLiteral("c"),
                                     QStringLiteral("i"),        QStringLiteral("a"),
                                     QStringLiteral("stage"),    QStringLiteral("network_segment")};
    return keys.contains(key) || HeaderMapping::isManagedKey(key);
}

bool isBlank(const QStringList& row)
{
    for (const QString& c : row)
        for (const QChar ch : c)
            if (!ch.isSpace())
                return false;
    return true;
}

} // namespace

bool PlannedRow::hasErrors() const
{
    for (const ImportProblem& p : problems)
        if (p.severity == Severity::Error)
            return true;
    return false;
}

QVector<Asset> ImportPlan::takeAdded()
{
    QVector<Asset> added;
    added.reserve(count(ImportAction::Add));
    for (PlannedRow& row : m_rows)
        if (row.action == ImportAction::Add)
            added << std::move(row.asset);
    return added;
}

int ImportPlan::count(ImportAction action) const
{
    int n = 0;
    for (const PlannedRow& r : m_rows)
        if (r.action == action)
            ++n;
    return n;
}

bool ImportPlan::fileRefused() const
{
    for (const ImportProblem& p : m_fileProblems)
        if (p.severity == Severity::Error)
            return true;
    return false;
}

bool ImportPlan::hasErrors() const
{
    return fileRefused() || count(ImportAction::Rejected) > 0;
}

QVector<ImportProblem> ImportPlan::problems() const
{
    QVector<ImportProblem> out = m_fileProblems;
    for (const PlannedRow& r : m_rows)
        out << r.problems;
    return out;
}

QByteArray ImportPlan::rejectsCsv() const
{
    QString text = QChar(0xFEFF);
    text += delimitedLine({tr("Row"), tr("Column"), tr("Value"), tr("Reason")}, QLatin1Char(',')) +
            QStringLiteral("\r\n");
    auto line = [&text](const ImportProblem& p) {
        text += delimitedLine({p.row > 0 ? QString::number(p.row) : QString(), p.column, p.value, p.message},
                              QLatin1Char(',')) +
                QStringLiteral("\r\n");
    };
    for (const ImportProblem& p : m_fileProblems)
        if (p.severity == Severity::Error)
            line(p);
    for (const PlannedRow& r : m_rows)
        for (const ImportProblem& p : r.problems)
            if (p.severity == Severity::Error)
                line(p);
    return text.toUtf8();
}

Result<ImportPlan> ImportPlan::build(const Register& reg, const SheetTable& table,
                                     const HeaderMapping& mapping, const ImportOptions& options)
{
    ImportPlan plan;
    const Catalog& catalog = reg.catalog();

    // ---- organisation units, by code and by name ----
    const QVector<OrgUnit> units = reg.orgUnits();
    const OrgMatcher orgs(units);
    std::optional<OrgUnit> defaultOrg;
    QSet<qint64> scope;
    if (!options.defaultOrgCode.trimmed().isEmpty()) {
        // Exactly the code given: an option is typed by the person, not by a spreadsheet.
        for (const OrgUnit& u : units)
            if (u.code == normalizedCode(options.defaultOrgCode))
                defaultOrg = u;
        if (!defaultOrg)
            return makeError(
                ErrorCode::NotFound,
                tr("There is no organisation unit with code %1.").arg(options.defaultOrgCode.trimmed()));
        const QVector<qint64> subtree = reg.orgSubtree(defaultOrg->id);
        scope = QSet<qint64>(subtree.begin(), subtree.end());
    }

    // ---- the file as a whole ----
    auto fileError = [&plan](const QString& message) {
        plan.m_fileProblems.append({0, {}, {}, message, Severity::Error});
    };
    if (mapping.headerRow() < 0) {
        fileError(
            tr("%1 is empty: a register sheet has a row of column names such as 情報資産名称, 管理部署 and "
               "機密性, and rows below it.")
                .arg(table.source));
        return plan;
    }
    if (mapping.columnOf(QStringLiteral("name")) < 0)
        fileError(tr(
            "The file has no column for the asset name (情報資産名称): map one of its columns to the name, "
            "or nothing can be imported."));
    if (mapping.columnOf(QStringLiteral("org_code")) < 0 &&
        mapping.columnOf(QStringLiteral("org_name")) < 0 && !defaultOrg)
        fileError(tr("The file has no column for the organisation (管理部署 or 組織コード): name the section "
                     "with --org."));
    if (plan.fileRefused())
        return plan;
    QStringList managed;
    for (const MappedColumn& c : mapping.columns())
        if (HeaderMapping::isManagedKey(c.key))
            managed << c.header;
    if (!managed.isEmpty())
        plan.m_fileProblems.append(
            {0,
             {},
             {},
             tr("The columns %1 are not imported: status, reclassification and disposal change only through "
                "Daicho's own steps (submit, approve, dispose), each recorded.")
                 .arg(managed.join(QStringLiteral(", "))),
             Severity::Warning});

    // ---- the scheme the file's levels belong to ----
    const int levelCols[3] = {mapping.columnOf(QStringLiteral("c")), mapping.columnOf(QStringLiteral("i")),
                              mapping.columnOf(QStringLiteral("a"))};
    LevelReader levels;
    const ClassificationScheme* registerScheme = catalog.scheme(catalog.defaultSchemeId);
    QVector<const ClassificationScheme*> candidates;
    if (registerScheme)
        candidates << registerScheme;
    for (const ClassificationScheme& s : catalog.schemes)
        if (&s != registerScheme)
            candidates << &s;
    const ClassificationScheme* fileScheme = registerScheme;
    if (levelCols[0] >= 0 || levelCols[1] >= 0 || levelCols[2] >= 0) {
        QVector<int> fitting(candidates.size(), 0);
        for (int r = mapping.firstDataRow(); r < table.rows.size(); ++r) {
            const QStringList& row = table.rows.at(r);
            const QString cells[3] = {RowPlanner::cellOf(row, levelCols[0]), RowPlanner::cellOf(row, levelCols[1]),
                                      RowPlanner::cellOf(row, levelCols[2])};
            if (cells[0].isEmpty() && cells[1].isEmpty() && cells[2].isEmpty())
                continue;
            for (int s = 0; s < candidates.size(); ++s)
                if (levels.fits(*candidates[s], cells))
                    ++fitting[s];
        }
        int best = 0;
        for (int s = 1; s < candidates.size(); ++s)
            if (fitting[s] > fitting[best])
                best = s;
        if (!candidates.isEmpty())
            fileScheme = candidates[best];
    }
    plan.m_fileSchemeId = fileScheme ? fileScheme->id : QString();
    if (fileScheme && registerScheme && fileScheme != registerScheme)
        plan.m_fileProblems.append({0,
                                    {},
                                    {},
                                    tr("The file's levels are those of %1, not of the register's scheme %2. "
                                       "New assets keep them under %1 "
                                       "as the file gives them; nothing is converted (3 becomes 3A or 3B "
                                       "only by a person's choice). "
                                       "Reclassify them when the section is ready.")
                                        .arg(fileScheme->name, registerScheme->name),
                                    Severity::Warning});

    // ---- what every row is read against ----
    const QVector<Asset> existing = reg.assets();
    PlanContext context(catalog, mapping, orgs, existing, reg.rules());
    context.defaultOrg = defaultOrg;
    context.scope = scope;
    context.fileScheme = fileScheme;
    context.fileOrder = {fileScheme};
    for (const ClassificationScheme* s : candidates)
        if (s != fileScheme)
            context.fileOrder << s;
    context.existingByNo.reserve(existing.size());
    context.existingByOrgName.reserve(existing.size());
    for (int i = 0; i < existing.size(); ++i) {
        context.existingByNo.insert(existing[i].assetNo, i);
        const QString key = RowPlanner::orgNameKey(existing[i].orgId, existing[i].name);
        context.existingByOrgName.insert(key, context.existingByOrgName.contains(key) ? -1 : i); // -1: two of that name
    }
    context.fresh = reg.newAsset();
    context.nameCol = mapping.columnOf(QStringLiteral("name"));
    context.noCol = mapping.columnOf(QStringLiteral("asset_no"));
    context.orgCodeCol = mapping.columnOf(QStringLiteral("org_code"));
    context.orgNameCol = mapping.columnOf(QStringLiteral("org_name"));
    context.schemeCol = mapping.columnOf(QStringLiteral("scheme"));
    context.importanceCol = mapping.columnOf(QStringLiteral("importance"));
    context.stageCol = mapping.columnOf(QStringLiteral("stage"));
    context.segmentCol = mapping.columnOf(QStringLiteral("network_segment"));
    std::copy(std::begin(levelCols), std::end(levelCols), std::begin(context.levelCols));
    for (const MappedColumn& c : mapping.columns())
        if (!c.key.isEmpty() && !handledApart(c.key))
            if (const AssetField* f = AssetFields::find(c.key))
                context.fieldColumns.append({f, c.column, keepIfEmpty(f->key)});
    for (const NetworkSegment& s : catalog.segments) {
        context.segmentKeys[0] << searchKey(s.code);
        context.segmentKeys[1] << searchKey(s.name);
    }
    for (const ClassificationScheme& s : catalog.schemes) {
        context.schemeKeys[0] << searchKey(s.id);
        context.schemeKeys[1] << searchKey(s.name);
    }

    // ---- the rows: each read on its own, a large file's two halves on two threads ----
    QVector<int> dataRows;
    for (int r = mapping.firstDataRow(); r < table.rows.size(); ++r)
        if (!isBlank(table.rows.at(r)))
            dataRows << r;
    plan.m_rows.resize(dataRows.size());   // a PlannedRow is an asset of fifty fields: made in place
    QVector<RowIdentity> identities(dataRows.size());
    // The two threads write their own rows through these, the lists neither copied nor resized meanwhile;
    // each has a planner of its own (memos), and they share only what they read.
    PlannedRow* const planned = plan.m_rows.data();
    RowIdentity* const identity = identities.data();
    auto planRows = [&](qsizetype from, qsizetype to) {
        RowPlanner planner(context);
        for (qsizetype i = from; i < to; ++i)
            planner.plan(dataRows.at(i), table.rows.at(dataRows.at(i)), planned[i], identity[i]);
    };
    const qsizetype half = dataRows.size() >= kTwoThreadRows ? dataRows.size() / 2 : dataRows.size();
    {
        std::thread first;
        if (half < dataRows.size())
            first = std::thread(planRows, 0, half);
        planRows(half < dataRows.size() ? half : 0, dataRows.size());
        if (first.joinable())
            first.join();
    }

    // ---- the rows against the rows before them, in row order ----
    QHash<QString, int> numbersInFile; // 資産番号 → the row that gave it
    QHash<int, int> matchedBy;         // existing index → the row that matched it
    for (qsizetype i = 0; i < plan.m_rows.size(); ++i) {
        PlannedRow& row = plan.m_rows[i];
        const RowIdentity& id = identities[i];
        // The later problem first: inserting it leaves the earlier one's place as it was.
        if (id.match >= 0) {
            if (const auto earlier = matchedBy.constFind(id.match); earlier != matchedBy.constEnd())
                row.problems.insert(id.matchProblemAt,
                                    {row.row, {}, {},
                                     tr("This row is the same asset as row %1 (%2).")
                                         .arg(*earlier)
                                         .arg(existing[id.match].assetNo),
                                     Severity::Error});
            else
                matchedBy.insert(id.match, row.row);
        }
        if (!id.assetNo.isEmpty()) {
            if (const auto earlier = numbersInFile.constFind(id.assetNo); earlier != numbersInFile.constEnd())
                row.problems.insert(id.numberProblemAt,
                                    {row.row, mapping.columns().at(context.noCol).header, id.assetNo,
                                     tr("The asset number %1 is already on row %2 of the file.")
                                         .arg(id.assetNo)
                                         .arg(*earlier),
                                     Severity::Error});
            else
                numbersInFile.insert(id.assetNo, row.row);
        }
        if (row.hasErrors())
            row.action = ImportAction::Rejected;
    }

    // Numbers for new assets that came without one: the section's next, past any number the file or the
    // register already holds. One query per section, not per row.
    // The register's next number also gives the width the section writes its numbers in.
    struct Next { int number; int width; };
    QHash<QString, Next> nextNumber;
    for (PlannedRow& row : plan.m_rows) {
        if (row.action != ImportAction::Add || !row.asset.assetNo.isEmpty())
            continue;
        const QString prefix = row.asset.orgCode + QLatin1Char('-');
        if (!nextNumber.contains(prefix)) {
            const QString digits = reg.nextAssetNo(row.asset.orgCode).mid(prefix.size());
            nextNumber.insert(prefix, {digits.toInt(), int(digits.size())});
        }
        Next& next = nextNumber[prefix];
        QString candidate;
        do {
            candidate = prefix + QStringLiteral("%1").arg(next.number++, next.width, 10, QLatin1Char('0'));
        } while (numbersInFile.contains(candidate) || context.existingByNo.contains(candidate));
        numbersInFile.insert(candidate, row.row);
        row.asset.assetNo = candidate;
    }
    return plan;
}

} // namespace daicho
