#include "exchange/RowPlanner.h"

#include "exchange/CellValues.h"
#include "exchange/ExportColumns.h"
#include "exchange/OrgMatcher.h"
#include "util/Text.h"

namespace daicho {

QString RowPlanner::orgNameKey(qint64 orgId, const QString& name)
{
    return QString::number(orgId) + QLatin1Char('\x1f') + searchKey(name);
}

QString RowPlanner::cellOf(const QStringList& row, int column)
{
    return column >= 0 && column < row.size() ? ExportColumns::restoreNeutralised(row.at(column).trimmed())
                                              : QString();
}

RowPlanner::RowPlanner(const PlanContext& context) : m_context(context), m_readings(context.fieldColumns.size())
{
}

QString RowPlanner::headerOf(int column) const
{
    return column >= 0 ? m_context.mapping.columns().at(column).header : QString();
}

// A typed cell's text as the field reads it, or why it cannot.
RowPlanner::FieldReading RowPlanner::readField(const AssetField& f, const QString& text)
{
    FieldReading r;
    switch (f.type) {
    case FieldType::Boolean:
        if (const auto yn = CellValues::yesNo(text))
            r.value.flag = *yn;
        else
            r.error = ImportPlan::tr("\"%1\" is not yes or no (write 有/無, ○/×, はい/いいえ or 1/0).").arg(text);
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
                r.error = ImportPlan::tr("\"%1\" is not a 年度 (write 令和6年度 or 2024).").arg(text);
        } else if (const auto n = CellValues::number(text)) {
            r.value.number = *n;
        } else {
            r.error = ImportPlan::tr("\"%1\" is not a number.").arg(text);
        }
        break;
    case FieldType::Code:
        r.value.text = f.vocabulary->codeFor(text);
        if (r.value.text.isEmpty()) {
            QStringList words;
            for (const Term& t : f.vocabulary->terms())
                words << t.japanese;
            r.error = ImportPlan::tr("\"%1\" is not one of: %2.").arg(text, words.join(QStringLiteral(", ")));
        }
        break;
    case FieldType::Text:
    case FieldType::Level:
        break;
    }
    return r;
}

void RowPlanner::plan(int r, const QStringList& cells, PlannedRow& row, RowIdentity& identity)
{
    // The context under the names the row's reading has always used.
    const PlanContext& c = m_context;
    const Catalog& catalog = c.catalog;
    const HeaderMapping& mapping = c.mapping;
    const OrgMatcher& orgs = c.orgs;
    const std::optional<OrgUnit>& defaultOrg = c.defaultOrg;
    const QSet<qint64>& scope = c.scope;
    const QVector<Asset>& existing = c.existing;
    const QHash<QString, int>& existingByNo = c.existingByNo;
    const QHash<QString, int>& existingByOrgName = c.existingByOrgName;
    const ClassificationScheme* fileScheme = c.fileScheme;
    const RuleEngine& rules = c.rules;
    const Asset& fresh = c.fresh;
    const QVector<const ClassificationScheme*>& fileOrder = c.fileOrder;
    const QVector<PlanContext::FieldColumn>& fieldColumns = c.fieldColumns;
    const QVector<QString>(&segmentKeys)[2] = c.segmentKeys;
    const QVector<QString>(&schemeKeys)[2] = c.schemeKeys;
    const int nameCol = c.nameCol, noCol = c.noCol, orgCodeCol = c.orgCodeCol, orgNameCol = c.orgNameCol,
              schemeCol = c.schemeCol, importanceCol = c.importanceCol, stageCol = c.stageCol,
              segmentCol = c.segmentCol;
    const int(&levelCols)[3] = c.levelCols;

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
                ImportPlan::tr("The row names no organisation unit."));
    }
    if (org && defaultOrg && !scope.contains(org->id))
        problem(headerOf(orgCol), orgText,
                ImportPlan::tr("%1 is not %2 or a unit below it; this import is limited to %2.")
                    .arg(org->name, defaultOrg->name));

    // Which asset the row is.
    const QString assetNo = normalizedCode(cellOf(cells, noCol));
    const QString name = cellOf(cells, nameCol);
    int match = -1;
    if (!assetNo.isEmpty()) {
        match = existingByNo.value(assetNo, -1);
        identity.numberProblemAt = row.problems.size();   // the same number on an earlier row
    } else if (org && !name.isEmpty()) {
        match = existingByOrgName.value(orgNameKey(org->id, name), -2);
        if (match == -1)
            problem(headerOf(nameCol), name,
                    ImportPlan::tr("%1 holds several assets called %2: give the 資産番号 to say which.")
                        .arg(org->name, name));
        match = std::max(match, -1);
    }
    identity.assetNo = assetNo;
    identity.match = match;
    identity.matchProblemAt = row.problems.size();   // the same asset on an earlier row
    const Asset* before = match >= 0 ? &existing[match] : nullptr;
    if (before && defaultOrg && !scope.contains(before->orgId))
        problem(headerOf(noCol), assetNo,
                ImportPlan::tr("The asset %1 belongs to %2, outside %3 to which this import is limited.")
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
    for (qsizetype k = 0; k < fieldColumns.size(); ++k) {
        const PlanContext::FieldColumn& fc = fieldColumns[k];
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
        QHash<QString, FieldReading>& readings = m_readings[k];
        auto it = readings.constFind(text);
        if (it == readings.constEnd())
            it = readings.insert(text, readField(f, text));
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
            auto it = m_segmentCodes.constFind(text);
            if (it == m_segmentCodes.constEnd()) {
                const QString key = searchKey(text);
                QString found;
                for (int s = 0; s < catalog.segments.size(); ++s)
                    if (segmentKeys[0][s] == key || segmentKeys[1][s] == key)
                        found = catalog.segments[s].code;
                it = m_segmentCodes.insert(text, found);
            }
            code = *it;
            if (code.isEmpty()) {
                QStringList names;
                for (const NetworkSegment& s : catalog.segments)
                    names << s.name;
                problem(headerOf(segmentCol), text,
                        ImportPlan::tr("\"%1\" is not a network segment of this register (%2).")
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
        auto it = m_namedSchemes.constFind(schemeText);
        if (it == m_namedSchemes.constEnd()) {
            const QString key = searchKey(schemeText);
            const ClassificationScheme* found = nullptr;
            for (int s = 0; s < catalog.schemes.size(); ++s)
                if (schemeKeys[0][s] == key || schemeKeys[1][s] == key)
                    found = &catalog.schemes[s];
            it = m_namedSchemes.insert(schemeText, found);
        }
        const ClassificationScheme* named = *it;
        if (named)
            order << named;
        else
            problem(headerOf(schemeCol), schemeText,
                    ImportPlan::tr("\"%1\" is not a classification scheme of this register.").arg(schemeText));
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
        if (m_levels.fits(*s, levelCells)) {
            chosen = s;
            break;
        }
    if (!order.isEmpty() && !chosen) {
        const ClassificationScheme& s = *order.first();
        for (int i = 0; i < 3; ++i) {
            if (levelCells[i].isEmpty() || !m_levels.code(s, kAllAxes[i], levelCells[i]).isNull())
                continue;
            const AxisScale& scale = s.axis(kAllAxes[i]);
            QStringList allowed;
            for (const Level& l : scale.levels)
                allowed << l.code;
            problem(headerOf(levelCols[i]), levelCells[i],
                    scale.used
                        ? ImportPlan::tr("\"%1\" is not a level of %2 in %3 (allowed: %4).")
                              .arg(levelCells[i], scale.name, s.name, allowed.join(QStringLiteral(", ")))
                        : ImportPlan::tr("%1 is not rated in %2.").arg(scale.name, s.name));
        }
    }
    if (chosen) {
        const QString wasScheme = a.schemeId;
        for (int i = 0; i < 3; ++i)
            if (levelCols[i] >= 0)
                a.setLevel(kAllAxes[i], levelCells[i].isEmpty()
                                            ? QString()
                                            : m_levels.code(*chosen, kAllAxes[i], levelCells[i]));
        const bool anyLevel =
            !levelCells[0].isEmpty() || !levelCells[1].isEmpty() || !levelCells[2].isEmpty();
        if (anyLevel || !schemeText.isEmpty())
            a.schemeId = chosen->id;
        if (before && a.schemeId != wasScheme)
            problem(
                headerOf(levelCols[0]), levelCells[0],
                ImportPlan::tr("The file's levels are not levels of %1, the scheme this asset is classified under; "
                   "it would move to %2.")
                    .arg(catalog.scheme(wasScheme) ? catalog.scheme(wasScheme)->name : wasScheme,
                         chosen->name),
                Severity::Warning);
        else if (!before && anyLevel && chosen != fileScheme && schemeText.isEmpty())
            problem(
                headerOf(levelCols[0]), levelCells[0],
                ImportPlan::tr("These levels are those of %1, unlike the rest of the file; they are kept under it.")
                    .arg(chosen->name),
                Severity::Warning);
    }

    // ライフサイクル: a new asset starts at the stage the file gives; an existing one moves only through
    // the stage command, which records it.
    const QString stageText = cellOf(cells, stageCol);
    if (!stageText.isEmpty()) {
        auto it = m_stageCodes.constFind(stageText);
        if (it == m_stageCodes.constEnd())
            it = m_stageCodes.insert(stageText, Vocabulary::stages().codeFor(stageText));
        const QString stage = *it;
        if (stage.isEmpty())
            problem(headerOf(stageCol), stageText, ImportPlan::tr("\"%1\" is not a lifecycle stage.").arg(stageText));
        else if (before && stage != before->stage)
            problem(headerOf(stageCol), stageText,
                    ImportPlan::tr("The stage is not changed by an import; move the asset with its stage step."),
                    Severity::Warning);
        else if (!before && stage == QLatin1String("dispose"))
            problem(
                headerOf(stageCol), stageText,
                ImportPlan::tr("A disposed asset is not imported as a new one: its record stays in the register it "
                   "was disposed of in."));
        else if (!before)
            a.stage = stage;
    }

    // 重要度 is derived from the levels and personal data: a different figure in the file is worth a
    // look.
    const QString importanceText = cellOf(cells, importanceCol);
    if (!importanceText.isEmpty() && chosen) {
        auto it = m_importances.constFind(importanceText);
        if (it == m_importances.constEnd())
            it = m_importances.insert(importanceText, CellValues::number(importanceText));
        const std::optional<int> given = *it;
        const int derived = catalog.importance(a);
        if (!given)
            problem(headerOf(importanceCol), importanceText,
                    ImportPlan::tr("\"%1\" is not a 重要度 (1–3); Daicho derives %2 for this asset.")
                        .arg(importanceText)
                        .arg(derived),
                    Severity::Warning);
        else if (*given != derived)
            problem(headerOf(importanceCol), importanceText,
                    ImportPlan::tr("The file says 重要度 %1, Daicho derives %2 from the levels and personal data; %2 "
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
                    ImportPlan::tr("The asset %1 has been disposed of; its record can no longer be changed.")
                        .arg(before->assetNo));
        else if (!row.changes.isEmpty() && before->status == QLatin1String("approved"))
            problem({}, {},
                    ImportPlan::tr("The asset %1 was approved; after this change it needs approval again.")
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

} // namespace daicho
