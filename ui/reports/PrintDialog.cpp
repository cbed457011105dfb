#include "reports/PrintDialog.h"

#include "calendar/JapaneseDate.h"
#include "print/ReportPdf.h"
#include "print/ReportRenderer.h"
#include "report/ApprovalSettings.h"
#include "storage/Register.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace daicho {

PrintDialog::PrintDialog(Register& reg, const QString& orgCode, const QStringList& selectedAssets, QWidget* parent)
    : QDialog(parent), m_register(reg), m_selected(selectedAssets)
{
    setObjectName(QStringLiteral("printDialog"));
    setWindowTitle(tr("Print"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (const QString& kind : Reports::kinds())
        m_kind->addItem(Reports::kindLabel(kind), kind);

    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("reportOrg"));
    m_org->addItem(tr("Whole city"), QString());
    for (const OrgUnit& u : reg.orgUnits()) {
        const QString indent = u.parentId == 0 ? QString() : QStringLiteral("　");
        m_org->addItem(QStringLiteral("%1%2 %3").arg(indent, u.code, u.name), u.code);
    }
    m_org->setCurrentIndex(qMax(0, m_org->findData(orgCode)));

    const int current = JapaneseDate::fiscalYear(reg.clock().today());
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(1989, current + 1);
    m_year->setValue(current);
    auto* yearText = new QLabel(this);
    auto showYear = [yearText](int y) { yearText->setText(JapaneseDate::formatFiscalYear(y)); };
    showYear(current);
    connect(m_year, &QSpinBox::valueChanged, this, showYear);
    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(m_year);
    yearRow->addWidget(yearText, 1);

    const ApprovalBlock approval = ApprovalSettings::read(reg);
    m_approval = new QComboBox(this);
    m_approval->setObjectName(QStringLiteral("approvalStyle"));
    for (ApprovalBlock::Style s : {ApprovalBlock::Style::Seals, ApprovalBlock::Style::Signatures, ApprovalBlock::Style::None})
        m_approval->addItem(ApprovalSettings::styleLabel(s), ApprovalSettings::styleId(s));
    m_approval->setCurrentIndex(qMax(0, m_approval->findData(ApprovalSettings::styleId(approval.style))));
    m_titles = new QLineEdit(approval.titles.join(QStringLiteral(" | ")), this);
    m_titles->setObjectName(QStringLiteral("approvalTitles"));
    m_titles->setToolTip(tr("The titles of the boxes, left to right, separated by |"));

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Printout:"), m_kind);
    form->addRow(tr("&Organisation:"), m_org);
    auto* yearLabel = new QLabel(tr("&Fiscal year:"), this);
    yearLabel->setBuddy(m_year);
    form->addRow(yearLabel, yearRow);
    form->addRow(tr("&Approval block:"), m_approval);
    form->addRow(tr("Approval &titles:"), m_titles);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* previewButton = buttons->addButton(tr("Pre&view..."), QDialogButtonBox::AcceptRole);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    previewButton->setDefault(true);
    QPushButton* pdfButton = buttons->addButton(tr("Save as P&DF..."), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("pdfButton"));
    connect(previewButton, &QPushButton::clicked, this, &PrintDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, [this] { saveAsPdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrintDialog::updateHint);
    connect(m_approval, &QComboBox::currentIndexChanged, this, &PrintDialog::updateHint);
    updateHint();
}

void PrintDialog::updateHint()
{
    const QString kind = m_kind->currentData().toString();
    const bool hasApproval = kind == QLatin1String("register") || kind == QLatin1String("summary");
    m_approval->setEnabled(hasApproval);
    m_titles->setEnabled(hasApproval && m_approval->currentData() != QLatin1String("none"));
    if (kind == QLatin1String("asset"))
        m_hint->setText(m_selected.isEmpty()
                            ? tr("One sheet for every current asset of the organisation chosen.")
                            : tr("One sheet for each of the %n selected asset(s).", nullptr, int(m_selected.size())));
    else if (kind == QLatin1String("summary"))
        m_hint->setText(tr("The counts are those of the register's statistics; disposed assets are left out."));
    else
        m_hint->clear();
}

void PrintDialog::setKind(const QString& kind, int fiscalYear)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
    m_year->setValue(fiscalYear);
}

ReportRequest PrintDialog::request() const
{
    ReportRequest r;
    r.kind = m_kind->currentData().toString();
    r.orgCode = m_org->currentData().toString();
    r.fiscalYear = m_year->value();
    if (r.kind == QLatin1String("asset"))
        r.assetNos = m_selected;
    r.approval = ApprovalSettings::parseStyle(m_approval->currentData().toString());
    return r;
}

bool PrintDialog::rememberApproval()
{
    ApprovalBlock block;
    block.style = ApprovalSettings::parseStyle(m_approval->currentData().toString()).value_or(ApprovalBlock::Style::Seals);
    block.titles = m_titles->text().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    const ApprovalBlock saved = ApprovalSettings::read(m_register);
    QStringList trimmed;
    for (const QString& t : block.titles)
        trimmed << t.trimmed();
    if (saved.style == block.style && saved.titles == trimmed)
        return true;
    const Result<void> r = ApprovalSettings::write(m_register, block);
    if (!r)
        QMessageBox::warning(this, tr("Print"), r.error().message);
    return bool(r);
}

std::optional<ReportDocument> PrintDialog::buildDocument()
{
    if (!rememberApproval())
        return std::nullopt;
    Result<ReportDocument> doc = Reports::build(m_register, request());
    if (!doc) {
        QMessageBox::warning(this, tr("Print"), doc.error().message);
        return std::nullopt;
    }
    return std::move(doc).value();
}

void PrintDialog::preview()
{
    const std::optional<ReportDocument> doc = buildDocument();
    if (doc)
        previewDocument(*doc, this);
}

void PrintDialog::previewDocument(const ReportDocument& doc, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout(doc.orientation));
    printer.setDocName(doc.heading.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview: %1").arg(doc.heading.title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&doc](QPrinter* p) {
        ReportRenderer renderer(doc);
        renderer.render(p);
    });
    dialog.resize(1100, 800);
    dialog.exec();
}

bool PrintDialog::saveAsPdf(QString path)
{
    const std::optional<ReportDocument> doc = buildDocument();
    if (!doc)
        return false;
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), dir + QLatin1Char('/') + doc->heading.title
                                                + QStringLiteral(".pdf"),
                                            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    const Result<int> pages = ReportPdf::write(*doc, path);
    if (!pages) {
        QMessageBox::warning(this, tr("Save as PDF"), pages.error().message);
        return false;
    }
    m_hint->setText(tr("Saved %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace daicho
