#include "exchange/ImportPlan.h"

#include "exchange/CellValues.h"
#include "exchange/ExportColumns.h"
#include "exchange/OrgMatcher.h"
#include "storage/Register.h"
#include "util/Text.h"

#include <QHash>
#include <QSet>

#include <deque>

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

QString orgNameKey(qint64 orgId, const QString& name)
{
    return QString::number(orgId) + QLatin1Char('\x1f') + searchKey(name);
}

// Resolves level cells under schemes, remembering each answer: a register's levels repeat on every row.
class LevelReader
{
public:
    // The code of `text` on `axis` in the scheme, or a null string when it is not one of its levels.
    QString code(const ClassificationScheme& scheme, Axis axis, const QString& text)
    {
        QHash<QString, QString>& cache = answersOf(scheme)[axisIndex(axis)];
        auto it = cache.constFind(text);
        if (it != cache.constEnd())
            return *it;
        QString c = scheme.axis(axis).used ? scheme.levelCodeFor(axis, text) : QString();
        if (c.isEmpty())
            c = QString(); // null: not a level
        cache.insert(text, c);
        return c;
    }

    // Whether every non-empty level cell of the row is a level of the scheme.
    bool fits(const ClassificationScheme& scheme, const QString (&cells)[3])
    {
        for (int i = 0; i < 3; ++i)
            if (!cells[i].isEmpty() && code(scheme, kAllAxes[i], cells[i]).isNull())
                return false;
        return true;
    }

private:
    static int axisIndex(Axis axis)
    {
        for (int i = 0; i < 3; ++i)
            if (kAllAxes[i] == axis)
                return i;
        return 0;
    }
    // A register has a handful of schemes: a short list searched by address beats hashing a key.
    QHash<QString, QString>* answersOf(const ClassificationScheme& scheme)
    {
        for (Answers& a : m_answers)
            if (a.scheme == &scheme)
                return a.byAxis;
        m_answers.push_back({&scheme, {}});
        return m_answers.back().byAxis;
    }
    struct Answers
    {
        const ClassificationScheme* scheme;
        QHash<QString, QString> byAxis[3];
    };
    std::deque<Answers> m_answers; // stable addresses
};

// What one distinct text of a typed column reads as: the value, or the error message for the cell.
struct FieldReading
{
    FieldValue value;   // a Code field's code in its text
    QString error;
};

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
    const RuleEngine rules = reg.rules();

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

    const int nameCol = mapping.columnOf(QStringLiteral("name"));
    const int noCol = mapping.columnOf(QStringLiteral("asset_no"));
    const int orgCodeCol = mapping.columnOf(QStringLiteral("org_code"));
    const int orgNameCol = mapping.columnOf(QStringLiteral("org_name"));
    const int schemeCol = mapping.columnOf(QStringLiteral("scheme"));
    const int importanceCol = mapping.columnOf(QStringLiteral("importance"));
    const int stageCol = mapping.columnOf(QStringLiteral("stage"));
    const int segmentCol = mapping.columnOf(QStringLiteral("network_segment"));
    const int levelCols[3] = {mapping.columnOf(QStringLiteral("c")), mapping.columnOf(QStringLiteral("i")),
                              mapping.columnOf(QStringLiteral("a"))};
    auto headerOf = [&mapping](int column) {
        return column >= 0 ? mapping.columns().at(column).header : QString();
    };
    // A cell Daicho's CSV export prefixed with an apostrophe (so that Excel shows =, +, -, @ as text) reads
    // back as it was written: exporting and importing again changes nothing.
    auto cellOf = [](const QStringList& row, int column) {
        return column >= 0 && column < row.size() ? ExportColumns::restoreNeutralised(row.at(column).trimmed())
                                                  : QString();
    };
    struct FieldColumn
    {
        const AssetField* field;
        int column;
        bool keepIfEmpty;
        QHash<QString, FieldReading> readings; // values repeat down a column (有/無, dates, types)
    };
    QVector<FieldColumn> fieldColumns;
    for (const MappedColumn& c : mapping.columns())
        if (!c.key.isEmpty() && !handledApart(c.key))
            if (const AssetField* f = AssetFields::find(c.key))
                fieldColumns.append({f, c.column, keepIfEmpty(f->key), {}});
    // A typed cell's text as the field reads it, or why it cannot.
    const auto readField = [](const AssetField& f, const QString& text) {
        FieldReading r;
        switch (f.type) {
        case FieldType::Boolean:
            if (const auto yn = CellValues::yesNo(text))
                r.value.flag = *yn;
            else
                r.error = tr("\"%1\" is not yes or no (write 有/無, ○/×, はい/いいえ or 1/0).").arg(text);
            break;
        case FieldType::Date: {
            const DateParse d = CellValues::date(text);
            if (d.ok())
                r.value.date = d.date;
            else
                r.error = d.error;
            break;
        }
        case FieldType::Integer:
            if (f.key == QLatin1String("fiscal_year")) {
                if (const auto fy = CellValues::fiscalYear(text))
                    r.value.number = *fy;
                else
                    r.error = tr("\"%1\" is not a 年度 (write 令和6年度 or 2024).").arg(text);
            } else if (const auto n = CellValues::number(text)) {
                r.value.number = *n;
            } else {
                r.error = tr("\"%1\" is not a number.").arg(text);
            }
            break;
        case FieldType::Code:
            r.value.text = f.vocabulary->codeFor(text);
            if (r.value.text.isEmpty()) {
                QStringList words;
                for (const Term& t : f.vocabulary->terms())
                    words << t.japanese;
                r.error = tr("\"%1\" is not one of: %2.").arg(text, words.join(QStringLiteral(", ")));
            }
            break;
        case FieldType::Text:
        case FieldType::Level:
            break;
        }
        return r;
    };

    // ---- the scheme the file's levels belong to ----
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
            const QString cells[3] = {cellOf(row, levelCols[0]), cellOf(row, levelCols[1]),
                                      cellOf(row, levelCols[2])};
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
    QVector<const ClassificationScheme*> fileOrder{fileScheme};
    for (const ClassificationScheme* s : candidates)
        if (s != fileScheme)
            fileOrder << s;

    // ---- the register's assets, once, for matching ----
    const QVector<Asset> existing = reg.assets();
    QHash<QString, int> existingByNo;
    QHash<QString, int> existingByOrgName;
    existingByNo.reserve(existing.size());
    existingByOrgName.reserve(existing.size());
    for (int i = 0; i < existing.size(); ++i) {
        existingByNo.insert(existing[i].assetNo, i);
        const QString key = orgNameKey(existing[i].orgId, existing[i].name);
        existingByOrgName.insert(key,
                                 existingByOrgName.contains(key) ? -1 : i); // -1: two assets of that name
    }
    QHash<QString, int> numbersInFile; // 資産番号 → the row that gave it
    QHash<int, int> matchedBy;         // existing index → the row that matched it
    const Asset fresh = reg.newAsset();
    // Values repeat down a column: each distinct text is read once.
    QVector<QString> segmentKeys[2]; // each segment's code and name, as searchKey gives them
    for (const NetworkSegment& s : catalog.segments) {
        segmentKeys[0] << searchKey(s.code);
        segmentKeys[1] << searchKey(s.name);
    }
    QHash<QString, QString> segmentCodes; // cell text → segment code, empty when none
    QVector<QString> schemeKeys[2];       // each scheme's id and name, as searchKey gives them
    for (const ClassificationScheme& s : catalog.schemes) {
        schemeKeys[0] << searchKey(s.id);
        schemeKeys[1] << searchKey(s.name);
    }
    QHash<QString, const ClassificationScheme*> namedSchemes; // cell text → the scheme it names, or null
    QHash<QString, QString> stageCodes;                       // cell text → stage code, empty when none
    QHash<QString, std::optional<int>> importances;           // cell text → the number it gives

    plan.m_rows.reserve(qMax<qsizetype>(0, table.rows.size() - mapping.firstDataRow()));
    for (int r = mapping.firstDataRow(); r < table.rows.size(); ++r) {
        const QStringList& cells = table.rows.at(r);
        if (isBlank(cells))
            continue;
        // Made in its place (the list has room for every row): a PlannedRow is an asset of fifty fields.
        PlannedRow& row = plan.m_rows.emplace_back();
        row.row = r + 1;
        auto problem = [&row](const QString& header, const QString& value, const QString& message,
                              Severity severity = Severity::Error) {
            row.problems.append({row.row, header, value, message, severity});
        };

        // Organisation: 組織コード, or 管理部署 by code or name, or --org.
        std::optional<OrgUnit> org;
        const QString orgCodeText = cellOf(cells, orgCodeCol);
        const QString orgNameText = cellOf(cells, orgNameCol);
        const QString orgText = orgCodeText.isEmpty() ? orgNameText : orgCodeText;
        const int orgCol = orgCodeText.isEmpty() ? orgNameCol : orgCodeCol;
        if (!orgText.isEmpty()) {
            const OrgMatch m = orgCodeText.isEmpty() ? orgs.byCodeOrName(orgText) : orgs.byCode(orgText);
            org = m.unit;
            if (!m.error.isEmpty())
                problem(headerOf(orgCol), orgText, m.error);
            if (!m.warning.isEmpty())
                problem(headerOf(orgCol), orgText, m.warning, Severity::Warning);
        } else if (defaultOrg) {
            org = defaultOrg;
        } else {
            problem(headerOf(orgNameCol >= 0 ? orgNameCol : orgCodeCol), {},
                    tr("The row names no organisation unit."));
        }
        if (org && defaultOrg && !scope.contains(org->id))
            problem(headerOf(orgCol), orgText,
                    tr("%1 is not %2 or a unit below it; this import is limited to %2.")
                        .arg(org->name, defaultOrg->name));

        // Which asset the row is.
        const QString assetNo = normalizedCode(cellOf(cells, noCol));
        const QString name = cellOf(cells, nameCol);
        int match = -1;
        if (!assetNo.isEmpty()) {
            match = existingByNo.value(assetNo, -1);
            if (numbersInFile.contains(assetNo))
                problem(headerOf(noCol), assetNo,
                        tr("The asset number %1 is already on row %2 of the file.")
                            .arg(assetNo)
                            .arg(numbersInFile.value(assetNo)));
            else
                numbersInFile.insert(assetNo, row.row);
        } else if (org && !name.isEmpty()) {
            match = existingByOrgName.value(orgNameKey(org->id, name), -2);
            if (match == -1)
                problem(headerOf(nameCol), name,
                        tr("%1 holds several assets called %2: give the 資産番号 to say which.")
                            .arg(org->name, name));
            match = std::max(match, -1);
        }
        if (match >= 0) {
            if (matchedBy.contains(match))
                problem({}, {},
                        tr("This row is the same asset as row %1 (%2).")
                            .arg(matchedBy.value(match))
                            .arg(existing[match].assetNo));
            else
                matchedBy.insert(match, row.row);
        }
        const Asset* before = match >= 0 ? &existing[match] : nullptr;
        if (before && defaultOrg && !scope.contains(before->orgId))
            problem(headerOf(noCol), assetNo,
                    tr("The asset %1 belongs to %2, outside %3 to which this import is limited.")
                        .arg(before->assetNo, before->orgName, defaultOrg->name));
        Asset a = before ? *before : fresh;
        a.assetNo = before ? before->assetNo : assetNo;
        // --org stands in for a missing organisation only on new rows: an asset the file names by number
        // stays in its unit unless the row says otherwise.
        const bool orgGiven = !orgText.isEmpty() || !before;
        if (org && orgGiven && (!before || before->orgId != org->id)) {
            a.orgId = org->id;
            a.orgCode = org->code;
            a.orgName = org->name;
        }

        // The fields, column by column; a typed cell's text is read once per column and distinct text.
        for (FieldColumn& fc : fieldColumns) {
            const QString text = cellOf(cells, fc.column);
            const AssetField& f = *fc.field;
            if (text.isEmpty()) {
                if (!fc.keepIfEmpty)
                    AssetFields::fromText(f, a, QString());
                continue;
            }
            if (f.type == FieldType::Text || f.type == FieldType::Level) {
                a.*(f.text) = text;
                continue;
            }
            auto it = fc.readings.constFind(text);
            if (it == fc.readings.constEnd())
                it = fc.readings.insert(text, readField(f, text));
            const FieldReading& reading = *it;
            if (!reading.error.isEmpty()) {
                problem(headerOf(fc.column), text, reading.error);
                continue;
            }
            reading.value.into(f, a);
        }

        // ネットワーク区分 by the register's code or name for the segment.
        if (segmentCol >= 0) {
            const QString text = cellOf(cells, segmentCol);
            QString code;
            if (!text.isEmpty()) {
                auto it = segmentCodes.constFind(text);
                if (it == segmentCodes.constEnd()) {
                    const QString key = searchKey(text);
                    QString found;
                    for (int s = 0; s < catalog.segments.size(); ++s)
                        if (segmentKeys[0][s] == key || segmentKeys[1][s] == key)
                            found = catalog.segments[s].code;
                    it = segmentCodes.insert(text, found);
                }
                code = *it;
                if (code.isEmpty()) {
                    QStringList names;
                    for (const NetworkSegment& s : catalog.segments)
                        names << s.name;
                    problem(headerOf(segmentCol), text,
                            tr("\"%1\" is not a network segment of this register (%2).")
                                .arg(text, names.join(QStringLiteral(", "))));
                }
            }
            if (!text.isEmpty() ? !code.isEmpty() : true)
                a.networkSegment = code;
        }

        // Levels, under the scheme they belong to: the file's own 分類基準 column, else the asset's present
        // scheme, else the one the file's levels fit. Never converted from one scheme to another.
        const QString levelCells[3] = {cellOf(cells, levelCols[0]), cellOf(cells, levelCols[1]),
                                       cellOf(cells, levelCols[2])};
        QVector<const ClassificationScheme*> order;
        const QString schemeText = cellOf(cells, schemeCol);
        if (!schemeText.isEmpty()) {
            auto it = namedSchemes.constFind(schemeText);
            if (it == namedSchemes.constEnd()) {
                const QString key = searchKey(schemeText);
                const ClassificationScheme* found = nullptr;
                for (int s = 0; s < catalog.schemes.size(); ++s)
                    if (schemeKeys[0][s] == key || schemeKeys[1][s] == key)
                        found = &catalog.schemes[s];
                it = namedSchemes.insert(schemeText, found);
            }
            const ClassificationScheme* named = *it;
            if (named)
                order << named;
            else
                problem(headerOf(schemeCol), schemeText,
                        tr("\"%1\" is not a classification scheme of this register.").arg(schemeText));
        } else {
            if (before)
                if (const ClassificationScheme* own = catalog.scheme(before->schemeId))
                    order << own;
            for (const ClassificationScheme* s : fileOrder)
                if (!order.contains(s))
                    order << s;
        }
        const ClassificationScheme* chosen = nullptr;
        for (const ClassificationScheme* s : order)
            if (levels.fits(*s, levelCells)) {
                chosen = s;
                break;
            }
        if (!order.isEmpty() && !chosen) {
            const ClassificationScheme& s = *order.first();
            for (int i = 0; i < 3; ++i) {
                if (levelCells[i].isEmpty() || !levels.code(s, kAllAxes[i], levelCells[i]).isNull())
                    continue;
                const AxisScale& scale = s.axis(kAllAxes[i]);
                QStringList allowed;
                for (const Level& l : scale.levels)
                    allowed << l.code;
                problem(headerOf(levelCols[i]), levelCells[i],
                        scale.used
                            ? tr("\"%1\" is not a level of %2 in %3 (allowed: %4).")
                                  .arg(levelCells[i], scale.name, s.name, allowed.join(QStringLiteral(", ")))
                            : tr("%1 is not rated in %2.").arg(scale.name, s.name));
            }
        }
        if (chosen) {
            const QString wasScheme = a.schemeId;
            for (int i = 0; i < 3; ++i)
                if (levelCols[i] >= 0)
                    a.setLevel(kAllAxes[i], levelCells[i].isEmpty()
                                                ? QString()
                                                : levels.code(*chosen, kAllAxes[i], levelCells[i]));
            const bool anyLevel =
                !levelCells[0].isEmpty() || !levelCells[1].isEmpty() || !levelCells[2].isEmpty();
            if (anyLevel || !schemeText.isEmpty())
                a.schemeId = chosen->id;
            if (before && a.schemeId != wasScheme)
                problem(
                    headerOf(levelCols[0]), levelCells[0],
                    tr("The file's levels are not levels of %1, the scheme this asset is classified under; "
                       "it would move to %2.")
                        .arg(catalog.scheme(wasScheme) ? catalog.scheme(wasScheme)->name : wasScheme,
                             chosen->name),
                    Severity::Warning);
            else if (!before && anyLevel && chosen != fileScheme && schemeText.isEmpty())
                problem(
                    headerOf(levelCols[0]), levelCells[0],
                    tr("These levels are those of %1, unlike the rest of the file; they are kept under it.")
                        .arg(chosen->name),
                    Severity::Warning);
        }

        // ライフサイクル: a new asset starts at the stage the file gives; an existing one moves only through
        // the stage command, which records it.
        const QString stageText = cellOf(cells, stageCol);
        if (!stageText.isEmpty()) {
            auto it = stageCodes.constFind(stageText);
            if (it == stageCodes.constEnd())
                it = stageCodes.insert(stageText, Vocabulary::stages().codeFor(stageText));
            const QString stage = *it;
            if (stage.isEmpty())
                problem(headerOf(stageCol), stageText, tr("\"%1\" is not a lifecycle stage.").arg(stageText));
            else if (before && stage != before->stage)
                problem(headerOf(stageCol), stageText,
                        tr("The stage is not changed by an import; move the asset with its stage step."),
                        Severity::Warning);
            else if (!before && stage == QLatin1String("dispose"))
                problem(
                    headerOf(stageCol), stageText,
                    tr("A disposed asset is not imported as a new one: its record stays in the register it "
                       "was disposed of in."));
            else if (!before)
                a.stage = stage;
        }

        // 重要度 is derived from the levels and personal data: a different figure in the file is worth a
        // look.
        const QString importanceText = cellOf(cells, importanceCol);
        if (!importanceText.isEmpty() && chosen) {
            auto it = importances.constFind(importanceText);
            if (it == importances.constEnd())
                it = importances.insert(importanceText, CellValues::number(importanceText));
            const std::optional<int> given = *it;
            const int derived = catalog.importance(a);
            if (!given)
                problem(headerOf(importanceCol), importanceText,
                        tr("\"%1\" is not a 重要度 (1–3); Daicho derives %2 for this asset.")
                            .arg(importanceText)
                            .arg(derived),
                        Severity::Warning);
            else if (*given != derived)
                problem(headerOf(importanceCol), importanceText,
                        tr("The file says 重要度 %1, Daicho derives %2 from the levels and personal data; %2 "
                           "is used.")
                            .arg(*given)
                            .arg(derived),
                        Severity::Warning);
        }

        // What would change, and whether the register's own rules accept it.
        if (before) {
            row.changes = AssetFields::diff(*before, a);
            if (!row.changes.isEmpty() && before->isDisposed())
                problem({}, {},
                        tr("The asset %1 has been disposed of; its record can no longer be changed.")
                            .arg(before->assetNo));
            else if (!row.changes.isEmpty() && before->status == QLatin1String("approved"))
                problem({}, {},
                        tr("The asset %1 was approved; after this change it needs approval again.")
                            .arg(before->assetNo),
                        Severity::Warning);
        }
        if (!before || !row.changes.isEmpty()) {
            for (const Finding& f : rules.check(a)) {
                if (f.ruleId == QLatin1String("org-required") && !org)
                    continue; // said above, with the cell that named no known unit
                const int col = f.field == QLatin1String("org_name")
                                    ? (orgNameCol >= 0 ? orgNameCol : orgCodeCol)
                                    : mapping.columnOf(f.field);
                problem(headerOf(col), col >= 0 ? cellOf(cells, col) : QString(), f.message, f.severity);
            }
        }
        row.asset = std::move(a);
        if (row.hasErrors())
            row.action = ImportAction::Rejected;
        else if (!before)
            row.action = ImportAction::Add;
        else
            row.action = row.changes.isEmpty() ? ImportAction::Unchanged : ImportAction::Update;
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
        } while (numbersInFile.contains(candidate) || existingByNo.contains(candidate));
        numbersInFile.insert(candidate, row.row);
        row.asset.assetNo = candidate;
    }
    return plan;
}

} // namespace daicho
