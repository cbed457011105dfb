#include "consolidation/ConsolidationDialog.h"

#include "calendar/JapaneseDate.h"
#include "exchange/ConsolidationStatus.h"
#include "exchange/Consolidator.h"
#include "reports/PrintDialog.h"
#include "storage/Register.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

ConsolidationDialog::ConsolidationDialog(Register& reg, Actor actor, int fiscalYear, QWidget* parent)
    : QDialog(parent), m_register(reg), m_actor(std::move(actor))
{
    setWindowTitle(tr("Consolidation"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Fiscal year:"), this));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("fiscalYear"));
    m_year->setRange(1990, 2200);
    m_year->setValue(fiscalYear);
    top->addWidget(m_year);
    m_yearLabel = new QLabel(this);
    top->addWidget(m_yearLabel);
    top->addStretch();
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_summary);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("status"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Unit"), tr("Submitted"), tr("Submitted by"), tr("Assets"),
                                        tr("Added"), tr("Updated"), tr("Reclassified"), tr("Removed")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);   // the unit's name
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 3);

    m_moveScheme = new QCheckBox(tr("Move assets classified under an older guideline edition to the city's scheme "
                                    "(each marked for confirmation)"),
                                 this);
    m_moveScheme->setObjectName(QStringLiteral("moveScheme"));
    layout->addWidget(m_moveScheme);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("What became of each submission file taken in appears here."));
    layout->addWidget(m_log, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* take = buttons->addButton(tr("&Take In Submissions..."), QDialogButtonBox::ActionRole);
    take->setObjectName(QStringLiteral("takeIn"));
    QPushButton* print = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    connect(take, &QPushButton::clicked, this, &ConsolidationDialog::chooseFiles);
    connect(print, &QPushButton::clicked, this, &ConsolidationDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, &ConsolidationDialog::refresh);
    resize(1000, 640);
    refresh();
}

void ConsolidationDialog::refresh()
{
    const int year = m_year->value();
    m_yearLabel->setText(JapaneseDate::formatFiscalYear(year));
    QVector<ConsolidationStatusRow> rows = ConsolidationStatus::compute(m_register, year);
    ConsolidationStatus::putMissingFirst(rows);
    const int submitted = ConsolidationStatus::submittedCount(rows);
    m_summary->setText(tr("%1 of %2 units have submitted; %3 have not.")
                           .arg(submitted)
                           .arg(rows.size())
                           .arg(rows.size() - submitted));
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const ConsolidationStatusRow& r = rows[i];
        QStringList cells{r.orgCode, r.orgName};
        if (!r.submitted()) {
            cells << tr("Not submitted");
        } else {
            const SubmissionRecord& s = *r.latest;
            const bool own = s.orgCode == r.orgCode;
            cells << JapaneseDate::format(s.submittedAt.date()) + s.submittedAt.toString(QStringLiteral(" HH:mm"))
                  << (own ? s.submittedBy : tr("with %1").arg(s.orgName));
            if (own)
                cells << QString::number(s.assetCount) << QString::number(s.added) << QString::number(s.updated)
                      << QString::number(s.reclassified) << QString::number(s.removed);
        }
        for (int c = 0; c < m_table->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(c < cells.size() ? cells[c] : QString());
            if (c >= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!r.submitted())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::WindowText).darker(160));
            m_table->setItem(i, c, item);
        }
        if (!r.submitted()) {
            QFont bold = m_table->font();
            bold.setBold(true);
            m_table->item(i, 2)->setFont(bold);
        }
    }
}

void ConsolidationDialog::chooseFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Take In Submissions"), QFileInfo(m_register.path()).absolutePath(),
                                      tr("Daicho submissions (*.json);;All files (*)"));
    if (!files.isEmpty())
        consolidate(files);
}

void ConsolidationDialog::consolidate(const QStringList& files)
{
    ConsolidationOptions options;
    options.moveToCityScheme = m_moveScheme->isChecked();
    const QVector<ConsolidationItem> items = Consolidator::run(m_register, files, m_actor, options);
    QStringList lines;
    bool applied = false;
    for (const ConsolidationItem& item : items) {
        lines << Consolidator::outcome(item, QFileInfo(item.file).fileName());
        applied = applied || item.outcome == ConsolidationItem::Outcome::Applied;
    }
    lines << Consolidator::totals(items);
    m_log->appendPlainText(lines.join(QLatin1Char('\n')));
    refresh();
    if (applied)
        emit registerChanged();
}

void ConsolidationDialog::print()
{
    PrintDialog dialog(m_register, QString(), {}, this);
    dialog.setKind(QStringLiteral("consolidation"), m_year->value());
    dialog.exec();
}

} // namespace daicho
