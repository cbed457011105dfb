#include "exchange/ExportFlow.h"

#include "exchange/RegisterExport.h"
#include "storage/Register.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace daicho {

void ExportFlow::run(QWidget* parent, const Register& reg, const QString& orgCode)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString utf8 = tr("CSV, UTF-8 for Excel (*.csv)");
    const QString sjis = tr("CSV, Shift_JIS for older systems (*.csv)");
    const std::optional<OrgUnit> unit = orgCode.isEmpty() ? std::nullopt : reg.orgUnitByCode(orgCode);
    const QString base = QFileInfo(reg.path()).completeBaseName() + (unit ? QLatin1Char('_') + unit->name : QString());
    QString filter = xlsx;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export for Excel"),
                                                QFileInfo(reg.path()).dir().filePath(base + QStringLiteral(".xlsx")),
                                                QStringList{xlsx, utf8, sjis}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    ExportRequest request;
    request.orgCode = orgCode;
    const bool wantsCsv = filter != xlsx;
    request.format = wantsCsv ? ExportRequest::Format::Csv : ExportRequest::Format::Xlsx;
    const QString suffix = wantsCsv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (filter == sjis)
        request.csv.encoding = CsvExportOptions::Encoding::Cp932;

    Result<ExportSummary> done = RegisterExport::write(reg, path, request);
    if (!done && request.csv.encoding == CsvExportOptions::Encoding::Cp932 && done.error().code == ErrorCode::Validation
        && !done.error().details.isEmpty()) {
        QMessageBox ask(QMessageBox::Warning, tr("Export for Excel"), done.error().message,
                        QMessageBox::NoButton, parent);
        ask.setInformativeText(tr("Nothing was written. Write 〓 in place of these characters, or export as UTF-8 "
                                  "or XLSX, which hold every character?"));
        ask.setDetailedText(done.error().details.join(QLatin1Char('\n')));
        QPushButton* replace = ask.addButton(tr("Write with 〓"), QMessageBox::AcceptRole);
        ask.addButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != replace)
            return;
        request.csv.replaceUnencodable = true;
        done = RegisterExport::write(reg, path, request);
    }
    if (!done) {
        QMessageBox box(QMessageBox::Warning, tr("Export for Excel"), done.error().message, QMessageBox::Ok, parent);
        if (!done.error().details.isEmpty())
            box.setDetailedText(done.error().details.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    QString text = tr("%n asset(s) written to %1.", nullptr, done->assets).arg(QDir::toNativeSeparators(path));
    if (!done->replaced.isEmpty())
        text += QLatin1Char('\n') + tr("%n character(s) were written as 〓.", nullptr, int(done->replaced.size()));
    QMessageBox::information(parent, tr("Export for Excel"), text);
}

} // namespace daicho
