#include "backup/BackupDialog.h"

#include "calendar/JapaneseDate.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

BackupDialog::BackupDialog(const QString& registerPath, const Clock& clock, Restorer restorer,
                           QWidget* parent)
    : QDialog(parent), m_registerPath(registerPath), m_clock(clock), m_restorer(std::move(restorer))
{
    setWindowTitle(tr("Backups"));
    setObjectName(QStringLiteral("backupDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Daicho keeps a copy of the register on the first opening of each day (the last %1) and "
           "before every format update, import, consolidation and restore (the last %2). Each "
           "copy is checked before older ones are removed.")
            .arg(Backup::kKeepDaily)
            .arg(Backup::kKeepBeforeOperation),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("backupTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Reason"), tr("Size"), tr("Assets")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    m_folder = new QLabel(this);
    m_folder->setObjectName(QStringLiteral("folderLabel"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    layout->addWidget(m_folder);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* now = buttons->addButton(tr("Back Up &Now"), QDialogButtonBox::ActionRole);
    now->setObjectName(QStringLiteral("backUpNowPushButton"));
    m_restore = buttons->addButton(tr("&Restore..."), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restorePushButton"));
    connect(now, &QPushButton::clicked, this, &BackupDialog::backUpClicked);
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::restoreClicked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupDialog::updateButtons);
    layout->addWidget(buttons);

    resize(640, 420);
    refresh();
}

void BackupDialog::refresh()
{
    const QVector<BackupInfo> all = Backup::list(m_registerPath);
    m_table->setRowCount(0);
    for (const BackupInfo& b : all) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* when = new QTableWidgetItem(JapaneseDate::format(b.when.date()) + b.when.toString(QStringLiteral(" HH:mm:ss")));
        when->setData(Qt::UserRole, b.path);
        when->setToolTip(QDir::toNativeSeparators(b.path));
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(Backup::reasonText(b.reason)));
        auto* size =
            new QTableWidgetItem(QLocale().formattedDataSize(b.size, 1, QLocale::DataSizeTraditionalFormat));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, size);
        auto* assets = new QTableWidgetItem(b.assets < 0 ? tr("unreadable") : QString::number(b.assets));
        assets->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, assets);
    }
    m_table->resizeColumnsToContents();
    m_folder->setText(
        all.isEmpty() ? tr("No backups yet. They are kept in %1.")
                            .arg(QDir::toNativeSeparators(Backup::folderFor(m_registerPath)))
                      : tr("Folder: %1").arg(QDir::toNativeSeparators(Backup::folderFor(m_registerPath))));
    updateButtons();
}

QString BackupDialog::selectedBackup() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem* first = m_table->item(items.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toString() : QString();
}

void BackupDialog::updateButtons()
{
    m_restore->setEnabled(!selectedBackup().isEmpty());
}

Result<BackupInfo> BackupDialog::backUpNow()
{
    const Result<BackupInfo> made = Backup::make(m_registerPath, QStringLiteral("manual"), m_clock);
    refresh();
    return made;
}

Result<BackupInfo> BackupDialog::restore(const QString& backupPath)
{
    const Result<BackupInfo> r =
        m_restorer
            ? m_restorer(backupPath)
            : Result<BackupInfo>(Backup::restore(m_registerPath, backupPath, m_clock, Actor::current()));
    refresh();
    if (r)
        emit restored();
    return r;
}

void BackupDialog::backUpClicked()
{
    const Result<BackupInfo> made = backUpNow();
    if (!made)
        QMessageBox::warning(this, tr("Backups"), made.error().message);
}

void BackupDialog::restoreClicked()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty())
        return;
    const Result<BackupInfo> info = Backup::inspect(backup);
    if (!info) {
        QMessageBox::warning(this, tr("Restore"), info.error().message);
        return;
    }
    const QString question = tr("Replace the register with the copy of %1 (%2, %n asset(s))? The register as "
                                "it is now is kept as a "
                                "backup first. Colleagues must close the register before it can be replaced.",
                                nullptr, info.value().assets)
                                 .arg(JapaneseDate::format(info.value().when.date()) + info.value().when.toString(QStringLiteral(" HH:mm")),
                                      Backup::reasonText(info.value().reason));
    if (QMessageBox::question(this, tr("Restore"), question) != QMessageBox::Yes)
        return;
    const Result<BackupInfo> r = restore(backup);
    if (!r)
        QMessageBox::warning(this, tr("Restore"), r.error().message);
    else
        QMessageBox::information(this, tr("Restore"),
                                 tr("The register was restored. The file as it was before is kept as %1.")
                                     .arg(QDir::toNativeSeparators(r.value().path)));
}

} // namespace daicho
