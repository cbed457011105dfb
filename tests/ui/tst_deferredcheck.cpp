// The window opens a register before SQLite's page check of the whole file has run (the check runs in a
// worker while the first screen shows). The promise of the check stays: nothing is saved before it has
// passed, and a file that fails it is closed with a message, unchanged.
#include "TestRegister.h"

#include "mainwindow/MainWindow.h"
#include "storage/Register.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QtTest>

using namespace daicho;
using namespace daicho::test;

namespace {

// A register whose damage the first screen does not read: junk over the root page of the history
// table, which opening, the catalog and the asset rows never touch, but the page check does.
QString damagedRegister(TestRegister& t, Asset* fresh = nullptr)
{
    if (fresh)
        *fresh = t.cleanAsset(QStringLiteral("後から"));
    for (int i = 0; i < 40; ++i)
        t.reg->addAsset(t.cleanAsset(QStringLiteral("資産%1").arg(i)), t.actor);
    const QString path = t.path();
    t.reg.reset();   // the last connection: the write-ahead log is folded into the file
    int root = 0;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'history'")) && q.next())
                root = q.value(0).toInt();
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toInt();
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    if (root < 2 || pageSize < 512)
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(qint64(root - 1) * pageSize))
        return {};
    f.write(QByteArray(pageSize, char(0x5a)));
    return path;
}

// Closes the message the window shows when it closes a damaged register.
void closeMessageBoxesSoon(QObject* context)
{
    auto* timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, [] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w))
                box->accept();
    });
    timer->start(20);
}

} // namespace

class TestDeferredCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DaichoTest"));
        QSettings().clear();
    }

    void theCheckBeforeReadingRefusesTheDamagedFile()
    {
        // The fixture is damaged for the check everyone else still runs first (the CLI's path).
        TestRegister t;
        const QString path = damagedRegister(t);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileHash(path);
        const auto reg = Register::open(path, t.clock);
        QVERIFY(!reg);
        QCOMPARE(reg.error().code, ErrorCode::FileRefused);
        QCOMPARE(fileHash(path), before);
        // …and the check alone, as the worker runs it, says the same.
        const Result<void> checked = Register::checkPages(path, t.clock);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::FileRefused);
    }

    void aDeferredCheckRefusesEveryChangeOfADamagedFile()
    {
        TestRegister t;
        Asset fresh;
        const QString path = damagedRegister(t, &fresh);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileHash(path);
        auto reg = Register::open(path, t.clock, Register::PageCheck::Deferred);
        QVERIFY2(reg, qPrintable(reg ? QString() : reg.error().message));   // read before the check
        const Result<Asset> added = reg.value()->addAsset(fresh, t.actor);   // waits for the check
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::FileRefused);
        QVERIFY(added.error().message.contains(QStringLiteral("damaged")));
        QVERIFY(!reg.value()->setSetting(QStringLiteral("city_name"), QStringLiteral("x")));
        const std::optional<Error> outcome = reg.value()->pageCheckOutcome();
        QVERIFY(outcome);
        QCOMPARE(outcome->code, ErrorCode::FileRefused);
        reg.value().reset();
        QCOMPARE(fileHash(path), before);
    }

    void theWindowClosesADamagedRegisterWithAMessage()
    {
        TestRegister t;
        Asset fresh;
        const QString path = damagedRegister(t, &fresh);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileHash(path);
        MainWindow window(t.clock);
        window.show();
        QSignalSpy finished(&window, &MainWindow::pageCheckFinished);
        closeMessageBoxesSoon(&window);
        QVERIFY(window.openPath(path));   // the first screen does not wait
        // A change made before the window has heard the outcome waits for the check, and is refused.
        // (On a small file the check may already be over when openPath returns: the register is gone.)
        if (window.currentRegister()) {
            const Result<Asset> added = window.currentRegister()->addAsset(fresh, t.actor);
            QVERIFY(!added);
            QCOMPARE(added.error().code, ErrorCode::FileRefused);
        }
        QVERIFY(finished.count() > 0 || finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!window.currentRegister());
        QCOMPARE(fileHash(path), before);
    }

    void aWholeRegisterOpensAndChangesWaitForTheCheck()
    {
        TestRegister t;
        t.reg->addAsset(t.cleanAsset(QStringLiteral("既存")), t.actor);
        const Asset fresh = t.cleanAsset(QStringLiteral("新規"));
        const QString path = t.path();
        t.reg.reset();
        MainWindow window(t.clock);
        QSignalSpy finished(&window, &MainWindow::pageCheckFinished);
        QVERIFY(window.openPath(path));
        // Saved at once, however far the check has got: the save waits for it.
        const Result<Asset> added = window.currentRegister()->addAsset(fresh, t.actor);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QVERIFY(finished.count() > 0 || finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(window.currentRegister());
        QCOMPARE(window.currentRegister()->assetCount(), 2);
    }
};

QTEST_MAIN(TestDeferredCheck)
#include "tst_deferredcheck.moc"
