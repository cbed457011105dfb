#pragma once

#include "domain/Asset.h"
#include "domain/Catalog.h"
#include "domain/OrgUnit.h"
#include "domain/RuleEngine.h"
#include "exchange/HeaderMapping.h"
#include "exchange/ImportPlan.h"
#include "exchange/LevelReader.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace daicho {

class OrgMatcher;

// What every row of one import is read against, the same for all of them and only read: the register's
// catalog, rules, units and assets, and what the file as a whole says (its columns, its scheme).
struct PlanContext
{
    PlanContext(const Catalog& catalog, const HeaderMapping& mapping, const OrgMatcher& orgs,
                const QVector<Asset>& existing, RuleEngine rules)
        : catalog(catalog), mapping(mapping), orgs(orgs), existing(existing), rules(std::move(rules))
    {
    }

    const Catalog& catalog;
    const HeaderMapping& mapping;
    const OrgMatcher& orgs;
    const QVector<Asset>& existing;   // the register's assets
    RuleEngine rules;
    std::optional<OrgUnit> defaultOrg;   // --org: rows naming no unit are its, and the import keeps to it
    QSet<qint64> scope;                  // --org's unit and those below it
    const ClassificationScheme* fileScheme = nullptr;
    QVector<const ClassificationScheme*> fileOrder;   // the file's scheme first, then the others
    QHash<QString, int> existingByNo;        // 資産番号 → index in `existing`
    QHash<QString, int> existingByOrgName;   // unit and name → index, -1 for two assets of that name
    Asset fresh;                             // a new asset as the register makes one

    // The file's columns for what the row loop reads itself; -1 where the file has none.
    int nameCol = -1, noCol = -1, orgCodeCol = -1, orgNameCol = -1, schemeCol = -1, importanceCol = -1,
        stageCol = -1, segmentCol = -1;
    int levelCols[3] = {-1, -1, -1};
    // The columns read field by field.
    struct FieldColumn
    {
        const AssetField* field;
        int column;
        bool keepIfEmpty;   // an empty cell leaves the field as it is
    };
    QVector<FieldColumn> fieldColumns;
    QVector<QString> segmentKeys[2];   // each segment's code and name, as searchKey gives them
    QVector<QString> schemeKeys[2];    // each scheme's id and name, as searchKey gives them
};

// A row's key to the rows before it: its 資産番号, the register's asset it matched, and where in its
// problems the two checks against earlier rows go (the same number twice, the same asset twice).
struct RowIdentity
{
    QString assetNo;   // normalised; empty when the row gives none
    int match = -1;    // index in PlanContext::existing, or -1
    qsizetype numberProblemAt = 0;
    qsizetype matchProblemAt = 0;
};

// Reads rows of the sheet into planned rows: the asset each would save, its action and its problems,
// everything but the checks against earlier rows of the file (ImportPlan::build makes those, in row
// order). Values repeat down a column, so each distinct text of a column is read once: the memos are
// this planner's own, and planners on two threads read the two halves of a large file.
class RowPlanner
{
public:
    explicit RowPlanner(const PlanContext& context);

    // Sheet row `r` (from 0), not blank.
    void plan(int r, const QStringList& cells, PlannedRow& row, RowIdentity& identity);

    // A cell's text as the plan reads it: trimmed, and a cell Daicho's CSV export prefixed with an
    // apostrophe (so that Excel shows =, +, -, @ as text) as it was written, so that exporting and
    // importing again changes nothing. Empty for a column the row does not reach or the file lacks (-1).
    static QString cellOf(const QStringList& row, int column);
    // The key of PlanContext::existingByOrgName: a unit and a name as people may write it.
    static QString orgNameKey(qint64 orgId, const QString& name);

private:
    // What one distinct text of a typed column reads as: the value, or the error message for the cell.
    struct FieldReading
    {
        FieldValue value;   // a Code field's code in its text
        QString error;
    };
    static FieldReading readField(const AssetField& f, const QString& text);
    QString headerOf(int column) const;

    const PlanContext& m_context;
    QVector<QHash<QString, FieldReading>> m_readings;   // per field column
    LevelReader m_levels;
    QHash<QString, QString> m_segmentCodes;                          // cell text → code, empty when none
    QHash<QString, const ClassificationScheme*> m_namedSchemes;      // cell text → scheme, or null
    QHash<QString, QString> m_stageCodes;                            // cell text → code, empty when none
    QHash<QString, std::optional<int>> m_importances;                // cell text → the number it gives
};

} // namespace daicho
