#pragma once

#include "domain/Asset.h"
#include "domain/RuleEngine.h"
#include "exchange/HeaderMapping.h"
#include "exchange/SheetTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace daicho {

class Register;

enum class ImportAction
{
    Add,
    Update,
    Unchanged,
    Rejected
};

// One thing wrong with (or worth knowing about) a cell, a row or the whole file.
struct ImportProblem
{
    int row = 0;     // the sheet's row number as the person sees it (1 = first row); 0: the whole file
    QString column;  // the column's header; empty when about the row or the file
    QString value;   // the cell as written
    QString message; // translated, for the person
    Severity severity = Severity::Error;
};

struct PlannedRow
{
    int row = 0; // sheet row number
    ImportAction action = ImportAction::Rejected;
    Asset asset;                          // as it would be saved
    QVector<AssetFields::Change> changes; // what an update changes
    QVector<ImportProblem> problems;

    bool hasErrors() const;
};

struct ImportOptions
{
    // 組織コード for rows that name no organisation; the import is then kept to that unit and those below it.
    QString defaultOrgCode;
};

// What an import would do, computed without writing anything: every row's candidate asset, whether it
// adds, updates, leaves unchanged or is rejected, and every problem with its row and column. The person
// reads this (the preview) before Importer writes it. Rows match existing assets by 資産番号, or by
// organisation and name when the file has no number, so importing the same file again changes nothing.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ImportPlan)
public:
    // From this many rows on, the file's two halves are read on two threads (the plan is the same).
    static constexpr qsizetype kTwoThreadRows = 2000;

    // Fails only when the options are wrong (an unknown --org); problems of the file are in the plan.
    static Result<ImportPlan> build(const Register& reg, const SheetTable& table,
                                    const HeaderMapping& mapping, const ImportOptions& options = {});

    const QVector<PlannedRow>& rows() const { return m_rows; }
    // The assets of the rows to add, moved out of the plan (their rows keep action and problems): for the
    // one write that has no more use for them, which then copies none of a city's 100,000.
    QVector<Asset> takeAdded();
    // Problems of the file as a whole: no header, a missing required column (errors); notes (warnings).
    const QVector<ImportProblem>& fileProblems() const { return m_fileProblems; }
    int count(ImportAction action) const;
    // True when a whole-file error stops any import.
    bool fileRefused() const;
    // True when anything would be rejected: then nothing is imported unless only the clean rows are asked
    // for.
    bool hasErrors() const;
    // Every problem, the file's first, then row by row.
    QVector<ImportProblem> problems() const;
    // The rejected rows' errors as CSV for Excel (UTF-8 with BOM, CRLF): row, column, value, reason.
    QByteArray rejectsCsv() const;
    // The scheme most of the file's levels belong to.
    QString fileSchemeId() const { return m_fileSchemeId; }

private:
    QVector<PlannedRow> m_rows;
    QVector<ImportProblem> m_fileProblems;
    QString m_fileSchemeId;
};

} // namespace daicho
