#pragma once

#include "storage/Backup.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace daicho {

class Clock;

// バックアップ: the register's backup copies (when, why, size, assets), a copy made now, and a restore.
// The window cannot replace a file it holds open, so restoring goes through a function the main window
// gives: it closes the register, restores, and opens the file again.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    using Restorer = std::function<Result<BackupInfo>(const QString& backupPath)>;

    BackupDialog(const QString& registerPath, const Clock& clock, Restorer restorer,
                 QWidget* parent = nullptr);

    void refresh();
    // The backup in the selected row; empty when none is selected.
    QString selectedBackup() const;
    // Makes a copy now; what the button does.
    Result<BackupInfo> backUpNow();
    // Restores `backupPath` without asking; what the Restore button does once the user confirmed.
    Result<BackupInfo> restore(const QString& backupPath);

signals:
    // The register file was replaced.
    void restored();

private:
    void backUpClicked();
    void restoreClicked();
    void updateButtons();

    QString m_registerPath;
    const Clock& m_clock;
    Restorer m_restorer;
    QTableWidget* m_table;
    QLabel* m_folder;
    QPushButton* m_restore;
};

} // namespace daicho
