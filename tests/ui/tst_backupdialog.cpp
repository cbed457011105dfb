// The Backups window, reached from File > Backups...: it lists the copies, makes one now, and restores one
// through the main window, which lets go of the file, replaces it and opens it again.
#include "TestRegister.h"

#include "backup/BackupDialog.h"
#include "mainwindow/MainWindow.h"
#include "register/AssetTableModel.h"

#include <QApplication>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace daicho;
using daicho::test::TestRegister;

class TestBackupDialog : public QObject
{
    Q_OBJECT

    // The window holds the only connection, as on a desk where one person works on the register.
    std::unique_ptr<MainWindow> openWindow(TestRegister& t, int assets)
    {
        for (int i = 0; i < assets; ++i)
            t.reg->addAsset(t.cleanAsset(QStringLiteral("資産%1").arg(i)), t.actor);
        const QString path = t.path();
        t.reg.reset();
        auto window = std::make_unique<MainWindow>(t.clock);
        if (!window->openPath(path))
            return nullptr;
        return window;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DaichoTest"));
        QSettings().clear();
    }

    void fileMenuHasBackups()
    {
        TestRegister t;
        auto window = openWindow(t, 1);
        QVERIFY(window);
        QAction* backups = window->action(QStringLiteral("backups"));
        QVERIFY(backups);
        QVERIFY(backups->isEnabled());
        QMenu* file = window->menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(backups));
    }

    void listBackUpNowAndRestoreThroughTheWindow()
    {
        TestRegister t;
        const QString path = t.dir.filePath(QStringLiteral("register.daicho"));
        auto window = openWindow(t, 2);
        QVERIFY(window);
        bool ran = false;
        QString problem;
        int restoredAssets = -1;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<BackupDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                problem = QStringLiteral("no dialog");
                return;
            }
            ran = true;
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("backupTableWidget"));
            auto* restoreButton = dialog->findChild<QPushButton*>(QStringLiteral("restorePushButton"));
            const int before = table->rowCount();
            if (restoreButton->isEnabled())
                problem = QStringLiteral("restore enabled without a selection");
            const Result<BackupInfo> made = dialog->backUpNow();
            if (!made || table->rowCount() != before + 1)
                problem = QStringLiteral("back up now did not list a new copy");
            // A change after the copy, made through the window's register.
            Register* reg = window->currentRegister();
            Asset a = reg->newAsset();
            a.orgId = reg->orgUnitByCode(QStringLiteral("0302"))->id;
            a.name = QStringLiteral("後から");
            a.business = QStringLiteral("庶務");
            a.assetType = QStringLiteral("info-electronic");
            a.networkSegment = QStringLiteral("lgwan");
            a.cLevel = QStringLiteral("2");
            a.iLevel = QStringLiteral("1");
            a.aLevel = QStringLiteral("1");
            a.managerTitle = QStringLiteral("保険年金課長");
            if (!reg->addAsset(a, t.actor) || reg->assetCount() != 3)
                problem = QStringLiteral("could not add");
            for (int row = 0; row < table->rowCount(); ++row)
                if (table->item(row, 0)->data(Qt::UserRole).toString() == made.value().path)
                    table->selectRow(row);
            if (!restoreButton->isEnabled() || dialog->selectedBackup() != made.value().path)
                problem = QStringLiteral("selection");
            QSignalSpy restored(dialog, &BackupDialog::restored);
            const Result<BackupInfo> r = dialog->restore(dialog->selectedBackup());
            if (!r)
                problem = r.error().message;
            if (restored.count() != 1)
                problem = QStringLiteral("no restored signal");
            restoredAssets = window->currentRegister() ? window->currentRegister()->assetCount() : -2;
            dialog->reject();
        });
        window->action(QStringLiteral("backups"))->trigger();
        QVERIFY(ran);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(restoredAssets, 2);
        QCOMPARE(window->currentRegister()->path(), path);
        QCOMPARE(window->assetModel()->rowCount(), 2);
    }
};

QTEST_MAIN(TestBackupDialog)
#include "tst_backupdialog.moc"
