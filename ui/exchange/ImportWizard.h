#pragma once

#include "exchange/HeaderMapping.h"
#include "exchange/ImportPlan.h"
#include "exchange/Importer.h"
#include "exchange/SheetTable.h"
#include "exchange/TableReader.h"
#include "storage/Actor.h"

#include <QStringList>
#include <QWizard>

#include <optional>

namespace daicho {

class Register;

// ファイル → Excel から取り込む: a register sheet (CSV or XLSX) into the register, in four steps a section
// head can follow. 1) the file: what was detected (encoding, sheet, header row), with the choices to
// override it and the section for rows that name none; 2) 列の対応: each column of the file and the field it
// feeds, as guessed, to correct; 3) 確認: what the import would do to every row and why a row is refused,
// before anything is written; 4) the outcome. The reading, mapping, planning and writing are the core's
// (TableReader, HeaderMapping, ImportPlan, Importer), as `daicho-cli import` uses them: the wizard only
// shows them and holds the person's choices.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        PreviewPageId,
        ResultPageId
    };

    // `orgCode`: the unit selected in the main window's tree, offered for rows that name no organisation.
    ImportWizard(Register& reg, Actor actor, const QString& orgCode, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Register& targetRegister() const { return m_register; }

    // Reads a file afresh: encoding back to automatic, the first sheet. False when it cannot be read
    // (readError() says why; the file page shows it).
    bool openFile(const QString& path);
    // Reads the same file again with other options (the encoding or the sheet the person chose).
    bool setReadOptions(const TableReadOptions& options);
    const TableReadOptions& readOptions() const { return m_readOptions; }
    QString filePath() const { return m_path; }
    bool hasTable() const { return m_table.has_value(); }
    const SheetTable& table() const { return *m_table; }
    QString readError() const { return m_readError; }
    // The sheets of an XLSX file, in the workbook's order; empty for CSV.
    const QStringList& sheetNames() const { return m_sheetNames; }

    // The column mapping of the file read; the mapping page edits it.
    HeaderMapping& mapping() { return m_mapping; }
    const HeaderMapping& mapping() const { return m_mapping; }
    // 組織コード for rows that name no organisation (the import is then kept to that unit and below); empty:
    // every row names its own.
    void setDefaultOrgCode(const QString& code);
    QString defaultOrgCode() const { return m_defaultOrgCode; }
    // The required fields the mapping does not feed, as the person reads them (empty when complete).
    QStringList missingRequired() const;

    // What the import would do, computed once each time the preview page is entered: never per keystroke.
    // False with planError() when the options are wrong.
    bool buildPlan();
    const ImportPlan* plan() const { return m_plan ? &*m_plan : nullptr; }
    QString planError() const { return m_planError; }
    void setCleanRowsOnly(bool clean) { m_cleanRowsOnly = clean; }
    bool cleanRowsOnly() const { return m_cleanRowsOnly; }
    // Why the import cannot go ahead as things stand; empty when it can.
    QString blockedReason() const;
    // The rejected rows' problems as CSV for Excel (row, column, value, reason).
    bool saveProblems(const QString& path, QString* error = nullptr) const;

    // Writes the plan through Importer, all or nothing (or only the clean rows when chosen).
    Result<ImportResult> apply();
    // The outcome of apply(), once it succeeded.
    const std::optional<ImportResult>& result() const { return m_result; }
    bool imported() const { return m_result.has_value(); }

    // The value shown for an encoding: "CP932 (detected)" when it was guessed.
    QString encodingText() const;

signals:
    // A file was read (or failed to be): the mapping was detected afresh.
    void tableChanged();

private:
    bool read();

    Register& m_register;
    Actor m_actor;
    QString m_path;
    TableReadOptions m_readOptions;
    std::optional<SheetTable> m_table;
    QString m_readError;
    QStringList m_sheetNames;
    HeaderMapping m_mapping;
    QString m_defaultOrgCode;
    std::optional<ImportPlan> m_plan;
    QString m_planError;
    bool m_cleanRowsOnly = false;
    std::optional<ImportResult> m_result;
};

} // namespace daicho
