// The consolidation view and the submit dialog, driven as a person would: a 課 saves its submission,
// the information policy division takes it in and sees the unit move from missing to submitted.
#include "TestRegister.h"

#include "consolidation/ConsolidationDialog.h"
#include "consolidation/SubmitDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QMessageBox>

using namespace daicho;
using namespace daicho::test;

namespace {

// Closes the information box the dialogs show after saving.
void acceptMessageBoxes()
{
    QTimer::singleShot(0, [] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w))
                box->accept();
    });
}

QString cell(const QTableWidget* t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

int rowOf(const QTableWidget* t, const QString& code)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (cell(t, r, 0) == code)
            return r;
    return -1;
}

} // namespace

class TestConsolidationDialog : public QObject
{
    Q_OBJECT

private slots:
    void submitThenTakeIn()
    {
        TestRegister dept;
        TestRegister city;
        for (const QString& name : {QStringLiteral("住民記録"), QStringLiteral("課内連絡網")})
            QVERIFY(dept.reg->addAsset(dept.cleanAsset(name), dept.actor));

        SubmitDialog submit(*dept.reg, dept.actor, QStringLiteral("0302"), 2025);
        QCOMPARE(submit.orgCode(), QStringLiteral("0302"));
        QCOMPARE(submit.fiscalYear(), 2025);
        const QString file = dept.dir.filePath(QStringLiteral("0302.json"));
        acceptMessageBoxes();
        QVERIFY(submit.save(file));

        ConsolidationDialog view(*city.reg, city.actor, 2025);
        auto* table = view.findChild<QTableWidget*>(QStringLiteral("status"));
        auto* summary = view.findChild<QLabel*>(QStringLiteral("summary"));
        auto* log = view.findChild<QPlainTextEdit*>(QStringLiteral("log"));
        QVERIFY(table && summary && log);
        QCOMPARE(table->rowCount(), 2);   // 保険年金課 and 税務課
        QVERIFY2(summary->text().contains(QStringLiteral("0 of 2")), qPrintable(summary->text()));
        QCOMPARE(cell(table, rowOf(table, QStringLiteral("0302")), 2), QStringLiteral("Not submitted"));

        QSignalSpy changed(&view, &ConsolidationDialog::registerChanged);
        view.consolidate({file});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(city.reg->assetCount(), 2);
        const int row = rowOf(table, QStringLiteral("0302"));
        QVERIFY(row >= 0);
        QVERIFY2(cell(table, row, 2).contains(QStringLiteral("令和7年6月1日")), qPrintable(cell(table, row, 2)));
        QCOMPARE(cell(table, row, 4), QStringLiteral("2"));   // assets
        QCOMPARE(cell(table, row, 5), QStringLiteral("2"));   // added
        QVERIFY2(summary->text().contains(QStringLiteral("1 of 2")), qPrintable(summary->text()));
        QVERIFY2(log->toPlainText().contains(QStringLiteral("Taken in: 0302.json")), qPrintable(log->toPlainText()));

        // Again: nothing added, nothing changed, and the log says why.
        view.consolidate({file});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(city.reg->assetCount(), 2);
        QVERIFY2(log->toPlainText().contains(QStringLiteral("Skipped: 0302.json")), qPrintable(log->toPlainText()));

        // Another 年度 has nothing yet.
        view.findChild<QSpinBox*>(QStringLiteral("fiscalYear"))->setValue(2026);
        QCOMPARE(cell(table, 0, 2), QStringLiteral("Not submitted"));
        QCOMPARE(cell(table, 1, 2), QStringLiteral("Not submitted"));
    }

    void refusedFileIsExplained()
    {
        TestRegister city;
        const QString junk = city.dir.filePath(QStringLiteral("junk.json"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a submission");
        f.close();
        ConsolidationDialog view(*city.reg, city.actor, 2025);
        QSignalSpy changed(&view, &ConsolidationDialog::registerChanged);
        view.consolidate({junk});
        QCOMPARE(changed.count(), 0);
        const QString text = view.findChild<QPlainTextEdit*>(QStringLiteral("log"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Refused: junk.json")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not a Daicho submission")), qPrintable(text));
        QCOMPARE(city.reg->assetCount(), 0);
    }
};

QTEST_MAIN(TestConsolidationDialog)
#include "tst_consolidationdialog.moc"
