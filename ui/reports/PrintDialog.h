#pragma once

#include "report/Reports.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QSpinBox;

namespace daicho {

class Register;

// 印刷: which printout (register, committee summary, asset sheets, reviews due), for which part of
// the city and 年度, ending with which approval block; then a print preview (print, or save as PDF
// from there) or a PDF file directly. The approval block chosen is kept in the register, so the
// next printout, from here or the CLI, ends the same way.
class PrintDialog : public QDialog
{
    Q_OBJECT
public:
    // `orgCode`: the unit selected in the tree; `selectedAssets`: the table's selection, for sheets.
    PrintDialog(Register& reg, const QString& orgCode, const QStringList& selectedAssets, QWidget* parent = nullptr);

    ReportRequest request() const;
    // Opens on this printout and 年度, e.g. the consolidation checklist from the consolidation view.
    void setKind(const QString& kind, int fiscalYear);
    // Builds the document the dialog describes; an error is shown to the person and gives nothing.
    std::optional<ReportDocument> buildDocument();

    void preview();
    // A print preview of any printout (print it, or save it as PDF from there).
    static void previewDocument(const ReportDocument& doc, QWidget* parent);
    // Writes the PDF to `path` (asked for when empty); returns whether a file was written.
    bool saveAsPdf(QString path = {});

private:
    void updateHint();
    bool rememberApproval();

    Register& m_register;
    QStringList m_selected;
    QComboBox* m_kind;
    QComboBox* m_org;
    QSpinBox* m_year;
    QComboBox* m_approval;
    QLineEdit* m_titles;
    QLabel* m_hint;
};

} // namespace daicho
