// Two people, one file, in the window: an edit of an asset a colleague saved meanwhile (a second
// connection on the same register file, as a second Daicho on a shared drive) is not written over theirs.
// The person sees who changed what and when, and chooses: load their change, overwrite with their own
// input, or go back to editing; nothing typed is lost by the question. Actions on a selection (bulk
// edit, stage, status, review) made from a stale list are refused whole, named, and the list reloaded.
#include "TestRegister.h"
#include "WidgetFind.h"
#include "editing/AssetEditing.h"
#include "editor/AssetEditorDialog.h"
#include "lifecycle/CommentDialog.h"
#include "lifecycle/StageDialog.h"
#include "mainwindow/MainWindow.h"
#include "register/AssetFilterProxy.h"
#include "register/AssetTableModel.h"
#include "storage/HistoryWording.h"

#include <QtTest>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace daicho;
using daicho::test::TestRegister;
using daicho::test::child;
using daicho::test::okButton;

namespace {

// Runs `handle` on the next modal window named `name` once it is open, from the event loop its exec() runs.
void onModal(const QString& name, std::function<void(QWidget*)> handle)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, name, handle] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == name && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            handle(modal);
        }
    });
    timer->start();
}

// What the conflict question said, and which of its buttons to press.
struct Asked
{
    QString text;
    QString informative;
    bool asked = false;
};

void answerConflict(Asked& asked, const QString& button)
{
    onModal(QStringLiteral("editConflictMessageBox"), [&asked, button](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        asked.asked = true;
        asked.text = box->text();
        asked.informative = box->informativeText();
        QPushButton* b = box->findChild<QPushButton*>(button);
        QVERIFY2(b, qPrintable(button));
        b->click();
    });
}

} // namespace

class TstEditConflict : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestRegister> m_t;
    std::unique_ptr<Register> m_mine; // this window's connection; m_t->reg is the colleague's
    Actor m_colleague{QStringLiteral("hanako"), QStringLiteral("税務課 花子")};
    Asset m_asset;

    // The colleague saves a change to the asset from their own connection.
    void colleagueSaves(const std::function<void(Asset&)>& change)
    {
        Asset theirs = *m_t->reg->asset(m_asset.id);
        change(theirs);
        const Result<Asset> saved = m_t->reg->updateAsset(theirs, m_colleague);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }
    QVector<HistoryEntry> history() const { return m_mine->history(QStringLiteral("asset"), m_asset.id); }

private slots:
    void init()
    {
        m_t = std::make_unique<TestRegister>();
        m_asset = m_t->reg->addAsset(m_t->cleanAsset(QStringLiteral("課内連絡網")), m_t->actor).value();
        auto opened = Register::open(m_t->path(), m_t->clock);
        QVERIFY(opened);
        m_mine = std::move(opened).value();
    }
    void cleanup()
    {
        m_mine.reset();
        m_t.reset();
    }

    void overwriteSavesMyInputOnTheirRow()
    {
        AssetEditing editing;
        editing.setRegister(m_mine.get());
        editing.setActor(m_t->actor);
        AssetEditorDialog dlg(*m_mine, *m_mine->asset(m_asset.id), AssetEditorDialog::Mode::Edit);
        dlg.setSaver([&](const Asset& a) { return editing.edit(a); });
        dlg.show();
        auto* name = child<QLineEdit>(&dlg, "nameEdit");
        name->setText(QStringLiteral("課内連絡網（改）"));
        colleagueSaves([](Asset& a) {
            a.remarks = QStringLiteral("花子の備考");
            a.managerTitle = QStringLiteral("税務課長");
        });

        Asked asked;
        answerConflict(asked, QStringLiteral("overwriteButton"));
        QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
        QVERIFY(asked.asked);
        // Who, when and which fields, worded as the history view words them.
        QVERIFY2(asked.text.contains(m_asset.assetNo), qPrintable(asked.text));
        const HistoryEntry theirs = history().at(1);
        QVERIFY2(asked.informative.contains(HistoryWording::who(theirs)), qPrintable(asked.informative));
        QVERIFY2(asked.informative.contains(QStringLiteral("税務課 花子")), qPrintable(asked.informative));
        QVERIFY2(asked.informative.contains(HistoryWording::when(theirs)), qPrintable(asked.informative));
        for (const QString& c : HistoryWording::changes(theirs, &m_mine->catalog()))
            QVERIFY2(asked.informative.contains(c), qPrintable(asked.informative));
        // Overwriting puts the form back over their values: the person is told which.
        QVERIFY2(asked.informative.contains(AssetFields::find("remarks")->translatedLabel()),
                 qPrintable(asked.informative));

        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        QVERIFY(dlg.sawConflict());
        const Asset stored = *m_t->reg->asset(m_asset.id);
        QCOMPARE(stored.name, QStringLiteral("課内連絡網（改）"));
        QCOMPARE(stored.remarks, m_asset.remarks); // the form held the value they replaced
        QCOMPARE(stored.managerTitle, m_asset.managerTitle);
        QCOMPARE(stored.rowVersion, m_asset.rowVersion + 2);
        // Both changes are in the history: theirs, then mine on top of it.
        const QVector<HistoryEntry> h = history();
        QCOMPARE(h.size(), 3);
        QCOMPARE(h[1].displayName, QStringLiteral("税務課 花子"));
        QCOMPARE(h[2].displayName, m_t->actor.displayName);
        QStringList keys;
        for (const AssetFields::Change& c : h[2].changes)
            keys << c.key;
        QVERIFY2(keys.contains("name") && keys.contains("remarks") && keys.contains("manager_title"),
                 qPrintable(keys.join(',')));
        // And it is one step the person can undo.
        QCOMPARE(editing.undoStack()->count(), 1);
    }

    void loadTheirsShowsTheRowAsItIsNow()
    {
        AssetEditorDialog dlg(*m_mine, *m_mine->asset(m_asset.id), AssetEditorDialog::Mode::Edit);
        int saves = 0;
        dlg.setSaver([&](const Asset& a) {
            ++saves;
            return m_mine->updateAsset(a, m_t->actor);
        });
        dlg.show();
        child<QLineEdit>(&dlg, "nameEdit")->setText(QStringLiteral("私の名称"));
        colleagueSaves([](Asset& a) { a.remarks = QStringLiteral("花子の備考"); });

        Asked asked;
        answerConflict(asked, QStringLiteral("loadTheirsButton"));
        QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
        QVERIFY(asked.asked);
        QVERIFY(dlg.isVisible());
        QVERIFY(dlg.result() != QDialog::Accepted);
        // The editor now holds their row; nothing of mine was saved.
        QCOMPARE(child<QLineEdit>(&dlg, "nameEdit")->text(), m_asset.name);
        QCOMPARE(qobject_cast<QPlainTextEdit*>(dlg.fieldWidget("remarks"))->toPlainText(),
                 QStringLiteral("花子の備考"));
        QCOMPARE(saves, 1);
        QCOMPARE(history().size(), 2);
        QCOMPARE(m_mine->asset(m_asset.id)->name, m_asset.name);

        // Editing on from there saves on their row version, with no question.
        child<QLineEdit>(&dlg, "nameEdit")->setText(QStringLiteral("読み込んでから直した名称"));
        QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        const Asset stored = *m_t->reg->asset(m_asset.id);
        QCOMPARE(stored.name, QStringLiteral("読み込んでから直した名称"));
        QCOMPARE(stored.remarks, QStringLiteral("花子の備考")); // their change kept
        QCOMPARE(history().size(), 3);
    }

    void backKeepsEveryThingTyped()
    {
        AssetEditorDialog dlg(*m_mine, *m_mine->asset(m_asset.id), AssetEditorDialog::Mode::Edit);
        dlg.setSaver([&](const Asset& a) { return m_mine->updateAsset(a, m_t->actor); });
        dlg.show();
        child<QLineEdit>(&dlg, "nameEdit")->setText(QStringLiteral("途中まで入力した名称"));
        qobject_cast<QPlainTextEdit*>(dlg.fieldWidget("remarks"))
            ->setPlainText(QStringLiteral("長い備考\n二行目"));
        colleagueSaves([](Asset& a) { a.managerTitle = QStringLiteral("税務課長"); });

        Asked asked;
        answerConflict(asked, QStringLiteral("backToEditingButton"));
        QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
        QVERIFY(asked.asked);
        QVERIFY(dlg.isVisible());
        QCOMPARE(child<QLineEdit>(&dlg, "nameEdit")->text(), QStringLiteral("途中まで入力した名称"));
        QCOMPARE(qobject_cast<QPlainTextEdit*>(dlg.fieldWidget("remarks"))->toPlainText(),
                 QStringLiteral("長い備考\n二行目"));
        QCOMPARE(m_mine->asset(m_asset.id)->managerTitle, QStringLiteral("税務課長"));
        QCOMPARE(history().size(), 2);

        // Saving again asks again (the row is still theirs); this time the person overwrites.
        Asked again;
        answerConflict(again, QStringLiteral("overwriteButton"));
        QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
        QVERIFY(again.asked);
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        const Asset stored = *m_t->reg->asset(m_asset.id);
        QCOMPARE(stored.name, QStringLiteral("途中まで入力した名称"));
        QCOMPARE(stored.remarks, QStringLiteral("長い備考\n二行目"));
        QCOMPARE(stored.managerTitle, m_asset.managerTitle);
        QCOMPARE(history().size(), 3);
    }

    void escapeIsBackToEditing()
    {
        AssetEditorDialog dlg(*m_mine, *m_mine->asset(m_asset.id), AssetEditorDialog::Mode::Edit);
        dlg.setSaver([&](const Asset& a) { return m_mine->updateAsset(a, m_t->actor); });
        dlg.show();
        child<QLineEdit>(&dlg, "nameEdit")->setText(QStringLiteral("私の名称"));
        colleagueSaves([](Asset& a) { a.remarks = QStringLiteral("花子の備考"); });
        bool asked = false;
        onModal(QStringLiteral("editConflictMessageBox"), [&asked](QWidget* modal) {
            asked = true;
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
        QVERIFY(asked);
        QVERIFY(dlg.isVisible());
        QCOMPARE(child<QLineEdit>(&dlg, "nameEdit")->text(), QStringLiteral("私の名称"));
        QCOMPARE(history().size(), 2);
    }

    void staleSelectionIsRefusedWholeAndNamed()
    {
        const Asset second =
            m_t->reg->addAsset(m_t->cleanAsset(QStringLiteral("課税台帳")), m_t->actor).value();
        AssetEditing editing;
        editing.setRegister(m_mine.get());
        editing.setActor(m_t->actor);
        const QHash<qint64, int> seen{{m_asset.id, m_asset.rowVersion}, {second.id, second.rowVersion}};
        colleagueSaves([](Asset& a) { a.remarks = QStringLiteral("花子の備考"); });

        const Result<int> r =
            editing.changeStatus({m_asset.id, second.id}, QStringLiteral("pending"), {}, seen);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY2(r.error().message.contains(m_asset.assetNo), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("税務課 花子")), qPrintable(r.error().message));
        QVERIFY2(!r.error().message.contains(second.assetNo), qPrintable(r.error().message));
        // Nothing changed, the fresh one included.
        QCOMPARE(m_mine->asset(second.id)->status, second.status);
        QCOMPARE(m_mine->asset(m_asset.id)->status, m_asset.status);
        QCOMPARE(editing.undoStack()->count(), 0);

        // Bulk edit, stage and review are held to what the person saw in the same way.
        QVERIFY(!editing.editMany(
            {m_asset.id}, [](Asset& a) { a.managerTitle = QStringLiteral("x"); }, "bulk", seen));
        StageChange move;
        move.date = m_t->clock.today();
        QVERIFY(!editing.changeStage({m_asset.id}, QStringLiteral("store"), move, seen));
        QVERIFY(!editing.markReviewed({m_asset.id}, m_t->clock.today(), seen));
        QCOMPARE(history().size(), 2);
        // With the row as it is now, the same action goes through.
        const QHash<qint64, int> fresh{{m_asset.id, m_mine->asset(m_asset.id)->rowVersion}};
        QVERIFY(editing.changeStatus({m_asset.id}, QStringLiteral("pending"), {}, fresh));
    }

    void tooLongCommentIsSaidBeforeTheDialogCloses()
    {
        // The register refuses a comment over 2,000 characters; the dialogs say so while the text is still there.
        CommentDialog dialog(QStringLiteral("Return"), QStringLiteral("Why?"), true);
        dialog.show();
        auto* edit = child<QPlainTextEdit>(&dialog, "commentEdit");
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* problem = child<QLabel>(&dialog, "commentProblemLabel");
        QVERIFY(edit && ok && problem);
        QVERIFY(!ok->isEnabled());   // required
        edit->setPlainText(QString(2000, QChar(0x3042)));
        QVERIFY(ok->isEnabled());
        QVERIFY(problem->isHidden());
        edit->setPlainText(QString(2001, QChar(0x3042)));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains("The comment is too long: 2001 characters, at most 2000."), qPrintable(problem->text()));
        QCOMPARE(edit->toPlainText().size(), 2001);

        StageDialog stage(QStringLiteral("store"), 1, m_t->clock.today(), QStringLiteral("試験 太郎"));
        stage.show();
        auto* stageOk = stage.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(stageOk && stageOk->isEnabled());
        child<QPlainTextEdit>(&stage, "stageComment")->setPlainText(QString(2001, QChar(0x3042)));
        QVERIFY(!stageOk->isEnabled());
        QVERIFY(child<QLabel>(&stage, "stageProblem")->text().contains("The comment is too long"));
    }

    void windowReloadsAfterAConflict()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        MainWindow window(m_t->clock);
        window.editing()->setActor(m_t->actor);
        window.setRegister(std::move(m_mine));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAsset(m_asset.id);
        colleagueSaves([](Asset& a) { a.remarks = QStringLiteral("花子の備考"); });

        // Submitting from the stale list: refused with a message, and the list shows their change after.
        QString said;
        onModal(QString(), [&said](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal))
                said = box->text();
            modal->close();
        });
        window.action(QStringLiteral("submit"))->trigger();
        QVERIFY2(said.contains(m_asset.assetNo), qPrintable(said));
        Register* reg = window.currentRegister();
        QCOMPARE(reg->asset(m_asset.id)->status, m_asset.status);
        const AssetTableModel::Row* row = window.assetModel()->rowAt(window.assetModel()->rowOf(m_asset.id));
        QVERIFY(row);
        QCOMPARE(row->asset.remarks, QStringLiteral("花子の備考"));

        // The editor opened from the list meets a change saved while it was open: the person loads it,
        // closes the editor, and the list shows it.
        window.selectAsset(m_asset.id);
        Asked asked;
        onModal(QStringLiteral("assetEditorDialog"), [this, &asked](QWidget* modal) {
            auto* dlg = qobject_cast<AssetEditorDialog*>(modal);
            QVERIFY(dlg);
            child<QLineEdit>(dlg, "nameEdit")->setText(QStringLiteral("私の名称"));
            colleagueSaves([](Asset& a) { a.managerTitle = QStringLiteral("税務課長"); });
            answerConflict(asked, QStringLiteral("loadTheirsButton"));
            QTest::mouseClick(okButton(dlg), Qt::LeftButton);
            QCOMPARE(child<QLineEdit>(dlg, "nameEdit")->text(), QStringLiteral("課内連絡網"));
            dlg->reject();
        });
        window.action(QStringLiteral("editAsset"))->trigger();
        QVERIFY(asked.asked);
        row = window.assetModel()->rowAt(window.assetModel()->rowOf(m_asset.id));
        QVERIFY(row);
        QCOMPARE(row->asset.managerTitle, QStringLiteral("税務課長"));
        QCOMPARE(reg->asset(m_asset.id)->name, m_asset.name);
    }
};

QTEST_MAIN(TstEditConflict)
#include "tst_editconflict.moc"
