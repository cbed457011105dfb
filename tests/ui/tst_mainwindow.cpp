// The register window as a section head uses it: the real widgets, found by object name, driven with
// keys and clicks. Modal dialogs are answered from a timer, as a person would answer them.
#include "TestRegister.h"

#include "details/AssetDetailsPanel.h"
#include "editing/AssetEditing.h"
#include "editor/AssetEditorDialog.h"
#include "lifecycle/CommentDialog.h"
#include "lifecycle/StageDialog.h"
#include "mainwindow/MainWindow.h"
#include "orgtree/OrgTreeModel.h"
#include "register/AssetFilterProxy.h"
#include "register/AssetTableModel.h"
#include "settings/AppSettings.h"
#include "storage/Register.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <memory>

using namespace daicho;
using daicho::test::TestRegister;

namespace {

// Runs `answer` on the next modal dialog that opens, then lets the caller's exec() return.
void whenDialogOpens(const std::function<void(QDialog*)>& answer)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

void clickOk(QDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QPushButton* ok = box->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QVERIFY2(ok->isEnabled(), "OK is disabled");
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelsPassTheModelTester();
    void tableListsEveryAssetOfTheRegister();
    void orgTreeCountsAndFilters();
    void filtersCombine();
    void searchIgnoresWidthAndCase();
    void sortingUsesLevelRankAndVocabularyOrder();
    void sortingByTextsRanksTheOnesThatRepeat();
    void filtersShowTheSameRowsWhetherRowsGoOrComeBack();
    void createThroughTheEditorAndUndo();
    void editUndoRedo();
    void undoRefusesWhenSomeoneElseChangedTheAsset();
    void bulkEditIsOneStepAndOneUndo();
    void bulkEditIsAllOrNothing();
    void markReviewed();
    void disposeThroughTheDialogLeavesTheRowReadOnly();
    void deleteKeyNeverDeletes();
    void submitApproveAndReturn();
    void copyRowsAsTabSeparatedText();
    void columnsAreRememberedBetweenSessions();
    void historyPanelShowsWhoChangedWhat();
    void enterOpensTheEditor();
    void settingsAreSaved();
    void reloadShowsWhatColleaguesSaved();

private:
    std::unique_ptr<TestRegister> m_t;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;

    Asset add(Asset a)
    {
        Result<Asset> saved = m_window->currentRegister()->addAsset(a, m_t->actor);
        if (!saved)
            qFatal("add: %s", qPrintable(saved.error().message));
        return saved.value();
    }
    // Reloads the table from the file, as opening the register does.
    void reload() { m_window->assetModel()->reload(); }
    int visibleRows() const { return m_window->filterProxy()->rowCount(); }
    void selectRows(const QVector<qint64>& ids)
    {
        QTableView* view = m_window->assetView();
        view->clearSelection();
        for (qint64 id : ids) {
            const QModelIndex source = m_window->assetModel()->index(m_window->assetModel()->rowOf(id), 0);
            const QModelIndex index = m_window->filterProxy()->mapFromSource(source);
            QVERIFY(index.isValid());
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    }
    Asset stored(qint64 id) const { return m_window->currentRegister()->asset(id).value(); }
    QStringList columnTexts(const QString& key) const
    {
        QStringList out;
        const int column = AssetTableModel::columnOf(key);
        for (int r = 0; r < visibleRows(); ++r)
            out << m_window->filterProxy()->index(r, column).data().toString();
        return out;
    }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("DaichoTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_t = std::make_unique<TestRegister>();
    m_path = m_t->path();
    m_window = std::make_unique<MainWindow>(m_t->clock);
    m_window->editing()->setActor(m_t->actor);
    // The window opens the file as Daicho does; the test register keeps its own connection, like a colleague.
    auto opened = Register::open(m_path, m_t->clock);
    QVERIFY(opened);
    m_window->setRegister(std::move(opened).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_t.reset();
}

void TestMainWindow::modelsPassTheModelTester()
{
    add(m_t->cleanAsset(QStringLiteral("課内連絡網")));
    Asset other = m_t->cleanAsset(QStringLiteral("課税台帳"));
    other.orgId = m_t->otherSection.id;
    add(other);
    reload();
    // The testers watch every signal from here on and fail the test on a broken contract.
    QAbstractItemModelTester tableTester(m_window->assetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_window->filterProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("orgTreeView"));
    QVERIFY(tree);
    QAbstractItemModelTester treeTester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->editing()->add(m_t->cleanAsset(QStringLiteral("窓口受付簿")));
    m_window->editing()->undoStack()->undo();
    m_window->editing()->undoStack()->redo();
    m_window->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("課"));
    QTRY_COMPARE(visibleRows(), 2);
    m_window->assetView()->sortByColumn(AssetTableModel::columnOf(QStringLiteral("c")), Qt::DescendingOrder);
    tree->setCurrentIndex(qobject_cast<OrgTreeModel*>(tree->model())->indexOfCode(QStringLiteral("0303")));
    reload();
}

void TestMainWindow::tableListsEveryAssetOfTheRegister()
{
    for (int i = 0; i < 5; ++i)
        add(m_t->cleanAsset(QStringLiteral("資産%1").arg(i)));
    reload();
    QCOMPARE(m_window->assetModel()->rowCount(), m_window->currentRegister()->assetCount());
    QCOMPARE(visibleRows(), 5);
    auto* count = m_window->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(count->text().contains(QStringLiteral("5")));
    // The level cells carry the code; the badge is drawn from the tier beside it.
    const QModelIndex c = m_window->filterProxy()->index(0, AssetTableModel::columnOf(QStringLiteral("c")));
    QCOMPARE(c.data().toString(), QStringLiteral("2"));
    QCOMPARE(c.data(AssetTableModel::LevelRole).toInt(), 2);
    QVERIFY(c.data(Qt::ToolTipRole).toString().contains(QStringLiteral("機密性2")));
}

void TestMainWindow::orgTreeCountsAndFilters()
{
    add(m_t->cleanAsset(QStringLiteral("国保台帳")));
    add(m_t->cleanAsset(QStringLiteral("年金記録")));
    Asset tax = m_t->cleanAsset(QStringLiteral("課税台帳"));
    tax.orgId = m_t->otherSection.id;
    add(tax);
    reload();
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("orgTreeView"));
    auto* model = qobject_cast<OrgTreeModel*>(tree->model());
    QVERIFY(model);
    QCOMPARE(model->data(model->indexOfCode(QStringLiteral("03")), OrgTreeModel::CountRole).toInt(), 3);
    QCOMPARE(model->data(model->indexOfCode(QStringLiteral("0302")), OrgTreeModel::CountRole).toInt(), 2);
    QCOMPARE(model->data(model->indexOfCode(QStringLiteral("0303")), OrgTreeModel::CountRole).toInt(), 1);
    QCOMPARE(model->data(model->rootIndex(), OrgTreeModel::CountRole).toInt(), 3);
    QVERIFY(model->data(model->indexOfCode(QStringLiteral("0302"))).toString().contains(QStringLiteral("保険年金課")));

    tree->setCurrentIndex(model->indexOfCode(QStringLiteral("0303")));
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(columnTexts(QStringLiteral("name")), QStringList{QStringLiteral("課税台帳")});
    tree->setCurrentIndex(model->indexOfCode(QStringLiteral("03")));
    QCOMPARE(visibleRows(), 3);
    auto* filterLabel = m_window->findChild<QLabel*>(QStringLiteral("filterLabel"));
    QVERIFY(filterLabel->text().contains(QStringLiteral("市民部")));
    tree->setCurrentIndex(model->rootIndex());
    QCOMPARE(visibleRows(), 3);
}

void TestMainWindow::filtersCombine()
{
    Asset personal = m_t->cleanAsset(QStringLiteral("国保被保険者台帳"));
    personal.personal = true;
    personal.subjectBand = QStringLiteral("lt1000");
    personal.cLevel = QStringLiteral("3B");
    add(personal);
    Asset outsourced = m_t->cleanAsset(QStringLiteral("委託先納品データ"));
    outsourced.outsourced = true;
    outsourced.contractor = QStringLiteral("株式会社サンプル");
    outsourced.cLevel = QStringLiteral("3B");
    add(outsourced);
    Asset overdue = m_t->cleanAsset(QStringLiteral("古い名簿"));
    overdue.nextReview = QDate(2025, 1, 31);
    add(overdue);
    reload();
    QCOMPARE(visibleRows(), 3);

    auto* c = m_window->findChild<QComboBox*>(QStringLiteral("levelFilter_c"));
    QVERIFY(c);
    c->setCurrentIndex(c->findData(QStringLiteral("3B")));
    QCOMPARE(visibleRows(), 2);
    auto* personalFilter = m_window->findChild<QComboBox*>(QStringLiteral("personalFilter"));
    personalFilter->setCurrentIndex(personalFilter->findData(int(AssetFilter::Personal::Personal)));
    QCOMPARE(columnTexts(QStringLiteral("name")), QStringList{QStringLiteral("国保被保険者台帳")});
    auto* outsourcedFilter = m_window->findChild<QComboBox*>(QStringLiteral("outsourcedFilter"));
    outsourcedFilter->setCurrentIndex(outsourcedFilter->findData(true));
    QCOMPARE(visibleRows(), 0);   // personal and outsourced: none is both

    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("clearFilters")), Qt::LeftButton);
    QCOMPARE(visibleRows(), 3);
    m_window->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->setChecked(true);
    QCOMPARE(columnTexts(QStringLiteral("name")), QStringList{QStringLiteral("古い名簿")});
    // Overdue is a finding too, and its date is marked.
    const QModelIndex due = m_window->filterProxy()->index(0, AssetTableModel::columnOf(QStringLiteral("next_review")));
    QCOMPARE(due.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
    m_window->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->setChecked(false);
    m_window->findChild<QCheckBox*>(QStringLiteral("findingsFilter"))->setChecked(true);
    QCOMPARE(columnTexts(QStringLiteral("name")), QStringList{QStringLiteral("古い名簿")});
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("filterLabel"))->text().isEmpty());
}

void TestMainWindow::searchIgnoresWidthAndCase()
{
    Asset a = m_t->cleanAsset(QStringLiteral("ＬＧＷＡＮ端末一覧"));
    a.remarks = QStringLiteral("書庫Ｂ");
    add(a);
    add(m_t->cleanAsset(QStringLiteral("課内連絡網")));
    reload();
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("lgwan"));
    QTRY_COMPARE(visibleRows(), 1);
    QCOMPARE(columnTexts(QStringLiteral("name")), QStringList{QStringLiteral("ＬＧＷＡＮ端末一覧")});
    search->clear();
    search->setText(QStringLiteral("書庫b"));   // remarks, half-width lower case (IME text arrives whole)
    QTRY_COMPARE(visibleRows(), 1);
    search->setText(QStringLiteral("連絡　課内"));      // two words, a full-width space between
    QTRY_COMPARE(columnTexts(QStringLiteral("name")), QStringList{QStringLiteral("課内連絡網")});
    search->setText(QStringLiteral("存在しない"));
    QTRY_COMPARE(visibleRows(), 0);
}

void TestMainWindow::sortingUsesLevelRankAndVocabularyOrder()
{
    for (const char* level : {"2", "3A", "1", "3C"}) {
        Asset a = m_t->cleanAsset(QStringLiteral("C%1").arg(QLatin1String(level)));
        a.cLevel = QString::fromLatin1(level);
        add(a);
    }
    reload();
    m_window->assetView()->sortByColumn(AssetTableModel::columnOf(QStringLiteral("c")), Qt::DescendingOrder);
    // 3A above 3C above 2 above 1: the scheme's ranks, not the alphabet.
    QCOMPARE(columnTexts(QStringLiteral("c")),
             (QStringList{QStringLiteral("3A"), QStringLiteral("3C"), QStringLiteral("2"), QStringLiteral("1")}));
}

// A large table sorts a column of repeating texts (names) by each text's rank, and one of nearly
// unique texts (asset numbers) by the texts: either way the order is the texts' own, across the pages
// the loading adds and after a row changes.
void TestMainWindow::sortingByTextsRanksTheOnesThatRepeat()
{
    QStringList names;
    for (int i = 0; i < 37; ++i)
        names << QStringLiteral("%1台帳%2").arg(QChar(u'あ' + (i * 7) % 37)).arg(i % 5);
    QVector<Asset> many;
    for (int i = 0; i < 6000; ++i)
        many << m_t->cleanAsset(names[(i * 13) % names.size()]);
    QVERIFY(m_window->currentRegister()->addAssets(many, m_t->actor));
    reload();
    QTRY_VERIFY(!m_window->assetModel()->isLoading());
    const auto sortedCopy = [](QStringList texts) {
        std::sort(texts.begin(), texts.end());
        return texts;
    };
    for (const QString& column : {QStringLiteral("name"), QStringLiteral("asset_no")}) {
        m_window->assetView()->sortByColumn(AssetTableModel::columnOf(column), Qt::AscendingOrder);
        const QStringList shown = columnTexts(column);
        QCOMPARE(shown.size(), 6000);
        QCOMPARE(shown, sortedCopy(shown));
    }
    m_window->assetView()->sortByColumn(AssetTableModel::columnOf(QStringLiteral("name")), Qt::DescendingOrder);
    QStringList shown = columnTexts(QStringLiteral("name"));
    QCOMPARE(shown.first(), sortedCopy(names).last());
    // A changed name takes its place among the others.
    Asset first = *m_window->currentRegister()->assetByNo(QStringLiteral("0302-0001"));
    first.name = QStringLiteral("んの台帳");
    QVERIFY(m_window->currentRegister()->updateAsset(first, m_t->actor));
    m_window->assetModel()->putAsset(*m_window->currentRegister()->assetByNo(QStringLiteral("0302-0001")));
    m_window->assetView()->sortByColumn(AssetTableModel::columnOf(QStringLiteral("name")), Qt::DescendingOrder);
    shown = columnTexts(QStringLiteral("name"));
    QCOMPARE(shown.first(), QStringLiteral("んの台帳"));
    QStringList descending = sortedCopy(shown.mid(1));
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(shown.mid(1), descending);
}

// setFilter takes two ways: rows going away (or a few coming back) move through the proxy's mapping,
// many rows coming back rebuild it. Both must show what a proxy built afresh for the same filter shows,
// in the same order, and keep the selected asset selected.
void TestMainWindow::filtersShowTheSameRowsWhetherRowsGoOrComeBack()
{
    const QStringList levels = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3A"), QStringLiteral("3C")};
    QVector<Asset> many;
    const int count = AssetFilterProxy::kRebuildAbove + 300;
    for (int i = 0; i < count; ++i) {
        // Names that a search narrows step by step: 課内 ⊂ 課, 連絡網 in every tenth.
        Asset a = m_t->cleanAsset(i % 10 == 0 ? QStringLiteral("課内連絡網%1").arg(i)
                                  : i % 3 == 0 ? QStringLiteral("課税台帳%1").arg(i)
                                               : QStringLiteral("住民名簿%1").arg(i));
        a.cLevel = levels[i % levels.size()];
        many << a;
    }
    Result<int> added = m_window->currentRegister()->addAssets(many, m_t->actor);
    QVERIFY(added);
    reload();
    QTRY_VERIFY(!m_window->assetModel()->isLoading());
    AssetFilterProxy* proxy = m_window->filterProxy();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // By a column without ties: rows that compare equal may sit in either order.
    m_window->assetView()->sortByColumn(AssetTableModel::columnOf(QStringLiteral("name")), Qt::DescendingOrder);

    const auto shownIds = [](const QSortFilterProxyModel* model) {
        QVector<qint64> ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids << model->index(r, 0).data(AssetTableModel::AssetIdRole).toLongLong();
        return ids;
    };
    // What a proxy with no history shows for the filter: the reference.
    const auto freshIds = [&](const AssetFilter& filter) {
        AssetFilterProxy fresh(m_window->assetModel());
        fresh.setFilter(filter);
        fresh.sort(AssetTableModel::columnOf(QStringLiteral("name")), Qt::DescendingOrder);
        return shownIds(&fresh);
    };

    const QVector<qint64> all = shownIds(proxy);
    QCOMPARE(all.size(), count);
    // This row stays selected through every step that shows it, the rebuild included.
    qint64 kept = 0;
    for (int r = 0; r < m_window->assetModel()->rowCount(); ++r)
        if (m_window->assetModel()->rowAt(r)->asset.name == QStringLiteral("課内連絡網10"))
            kept = m_window->assetModel()->rowAt(r)->asset.id;
    QVERIFY(kept > 0);
    selectRows({kept});
    const QStringList steps = {QStringLiteral("課"),  QStringLiteral("課内"), QStringLiteral("課"),
                               QString(),             QStringLiteral("連絡網"), QStringLiteral("課内連絡網1"),
                               QStringLiteral("住民"), QStringLiteral("課内連絡網1"), QString()};
    int rebuilt = 0;
    bool keptShown = true;
    connect(proxy, &QAbstractItemModel::layoutChanged, this, [&] { ++rebuilt; });
    for (const QString& text : steps) {
        AssetFilter filter = proxy->filter();
        filter.text = text;
        QVERIFY(proxy->setFilter(filter).isEmpty());
        const QVector<qint64> ids = shownIds(proxy);
        QCOMPARE(ids, freshIds(filter));
        // A row that stays shown stays current (one that goes away hands the current index to a
        // neighbour, as Qt's selection model does; it is selected again when it is back).
        const QModelIndex current = m_window->assetView()->selectionModel()->currentIndex();
        if (ids.contains(kept) && keptShown) {
            QVERIFY2(current.isValid(), qPrintable(text));
            QCOMPARE(current.data(AssetTableModel::AssetIdRole).toLongLong(), kept);
        }
        keptShown = ids.contains(kept);
        if (keptShown)
            selectRows({kept});
    }
    QCOMPARE(shownIds(proxy), all);
    // Both ways were taken: clearing a narrow search rebuilt the mapping.
    QVERIFY(rebuilt > 0);
}

void TestMainWindow::createThroughTheEditorAndUndo()
{
    Register* reg = m_window->currentRegister();
    QCOMPARE(reg->assetCount(), 0);
    QString warningSeen;
    whenDialogOpens([&](QDialog* dialog) {
        auto* editor = qobject_cast<AssetEditorDialog*>(dialog);
        QVERIFY(editor);
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        auto* org = editor->findChild<QComboBox*>(QStringLiteral("orgCombo"));
        QVERIFY(name && org);
        org->setCurrentIndex(org->findData(m_t->section.id));
        if (org->currentIndex() < 0)
            for (int i = 0; i < org->count(); ++i)
                if (org->itemText(i).contains(QStringLiteral("保険年金課")))
                    org->setCurrentIndex(i);
        name->setFocus();
        name->setText(QStringLiteral("窓口受付簿"));   // typed through the IME, it arrives whole
        // Availability 2 without a backup is a warning: shown, but it does not block saving.
        auto* a = editor->findChild<QComboBox*>(QStringLiteral("levelCombo_a"));
        QVERIFY(a);
        for (int i = 0; i < a->count(); ++i)
            if (a->itemData(i).toString() == QLatin1String("2"))
                a->setCurrentIndex(i);
        auto* findings = editor->findChild<QListWidget*>(QStringLiteral("findingsList"));
        QVERIFY(findings);
        for (int i = 0; i < findings->count(); ++i)
            warningSeen += findings->item(i)->text();
        clickOk(dialog);
    });
    m_window->action(QStringLiteral("newAsset"))->trigger();
    QVERIFY2(!warningSeen.isEmpty(), "the editor showed no finding for availability 2 without backup");
    QCOMPARE(reg->assetCount(), 1);
    QCOMPARE(visibleRows(), 1);
    const Asset created = reg->assets().first();
    QCOMPARE(created.name, QStringLiteral("窓口受付簿"));
    QCOMPARE(created.orgId, m_t->section.id);
    QCOMPARE(created.aLevel, QStringLiteral("2"));
    QCOMPARE(m_window->selectedIds(), QVector<qint64>{created.id});

    // Undo withdraws the registration: gone from the table and the count, its number still taken.
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(reg->assetCount(), 0);
    QCOMPARE(visibleRows(), 0);
    QVERIFY(reg->nextAssetNo(QStringLiteral("0302")) != created.assetNo);
    m_window->action(QStringLiteral("redo"))->trigger();
    QCOMPARE(reg->assetCount(), 1);
    QCOMPARE(visibleRows(), 1);
    const QVector<HistoryEntry> history = reg->history(QStringLiteral("asset"), created.id);
    QStringList actions;
    for (const HistoryEntry& h : history)
        actions << h.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("withdraw"), QStringLiteral("restore")}));
}

void TestMainWindow::editUndoRedo()
{
    const Asset a = add(m_t->cleanAsset(QStringLiteral("課内連絡網")));
    reload();
    Asset edited = a;
    edited.name = QStringLiteral("課内緊急連絡網");
    edited.cLevel = QStringLiteral("3B");
    QVERIFY(m_window->editing()->edit(edited));
    QCOMPARE(columnTexts(QStringLiteral("name")), QStringList{QStringLiteral("課内緊急連絡網")});
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(stored(a.id).name, QStringLiteral("課内連絡網"));
    QCOMPARE(stored(a.id).cLevel, QStringLiteral("2"));
    QCOMPARE(columnTexts(QStringLiteral("name")), QStringList{QStringLiteral("課内連絡網")});
    m_window->action(QStringLiteral("redo"))->trigger();
    QCOMPARE(stored(a.id).name, QStringLiteral("課内緊急連絡網"));
    QCOMPARE(stored(a.id).cLevel, QStringLiteral("3B"));
}

void TestMainWindow::undoRefusesWhenSomeoneElseChangedTheAsset()
{
    const Asset a = add(m_t->cleanAsset(QStringLiteral("課内連絡網")));
    reload();
    Asset edited = a;
    edited.name = QStringLiteral("私の変更");
    QVERIFY(m_window->editing()->edit(edited));
    // A colleague changes the same row through their own connection.
    auto other = Register::open(m_path, m_t->clock);
    QVERIFY(other);
    Asset theirs = other.value()->asset(a.id).value();
    theirs.remarks = QStringLiteral("同僚の追記");
    QVERIFY(other.value()->updateAsset(theirs, Actor{QStringLiteral("colleague"), QStringLiteral("同僚")}));

    QString reported;
    connect(m_window->editing(), &AssetEditing::failed, this, [&](const QString& m) { reported = m; });
    whenDialogOpens([](QDialog* d) { d->accept(); });   // the message box that reports it
    m_window->editing()->undoStack()->undo();
    QVERIFY(reported.contains(a.assetNo));
    // Neither change was lost.
    QCOMPARE(stored(a.id).name, QStringLiteral("私の変更"));
    QCOMPARE(stored(a.id).remarks, QStringLiteral("同僚の追記"));
}

void TestMainWindow::bulkEditIsOneStepAndOneUndo()
{
    QVector<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << add(m_t->cleanAsset(QStringLiteral("資産%1").arg(i))).id;
    reload();
    selectRows(ids);
    QCOMPARE(m_window->selectedIds().size(), 3);
    const int stepsBefore = m_window->editing()->undoStack()->count();
    whenDialogOpens([](QDialog* dialog) {
        auto* level = dialog->findChild<QRadioButton*>(QStringLiteral("bulkChoice4"));
        QVERIFY(level);
        level->setChecked(true);
        auto* axis = dialog->findChild<QComboBox*>(QStringLiteral("bulkAxis"));
        axis->setCurrentIndex(axis->findData(QStringLiteral("c")));
        auto* value = dialog->findChild<QComboBox*>(QStringLiteral("bulkLevel"));
        value->setCurrentIndex(value->findData(QStringLiteral("3C")));
        clickOk(dialog);
    });
    m_window->action(QStringLiteral("bulkEdit"))->trigger();
    for (qint64 id : ids)
        QCOMPARE(stored(id).cLevel, QStringLiteral("3C"));
    QCOMPARE(m_window->editing()->undoStack()->count(), stepsBefore + 1);
    QCOMPARE(columnTexts(QStringLiteral("c")),
             (QStringList{QStringLiteral("3C"), QStringLiteral("3C"), QStringLiteral("3C")}));
    m_window->action(QStringLiteral("undo"))->trigger();
    for (qint64 id : ids)
        QCOMPARE(stored(id).cLevel, QStringLiteral("2"));

    // The stage of many rows, too, is one step.
    selectRows(ids);
    whenDialogOpens([](QDialog* dialog) {
        dialog->findChild<QRadioButton*>(QStringLiteral("bulkChoice0"))->setChecked(true);
        auto* stage = dialog->findChild<QComboBox*>(QStringLiteral("bulkStage"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("store")));
        clickOk(dialog);
    });
    m_window->action(QStringLiteral("bulkEdit"))->trigger();
    for (qint64 id : ids)
        QCOMPARE(stored(id).stage, QStringLiteral("store"));
    m_window->action(QStringLiteral("undo"))->trigger();
    for (qint64 id : ids)
        QCOMPARE(stored(id).stage, QStringLiteral("create"));
}

void TestMainWindow::bulkEditIsAllOrNothing()
{
    const Asset ok1 = add(m_t->cleanAsset(QStringLiteral("資産A")));
    const Asset ok2 = add(m_t->cleanAsset(QStringLiteral("資産B")));
    reload();
    // The second change breaks a rule (a level the scheme does not have), so the first is undone too.
    int calls = 0;
    const Result<int> r = m_window->editing()->editMany(
        {ok1.id, ok2.id},
        [&calls](Asset& a) { a.cLevel = ++calls == 1 ? QStringLiteral("3A") : QStringLiteral("9Z"); },
        QStringLiteral("test"));
    QVERIFY(!r);
    QCOMPARE(stored(ok1.id).cLevel, QStringLiteral("2"));
    QCOMPARE(stored(ok2.id).cLevel, QStringLiteral("2"));
    QCOMPARE(m_window->editing()->undoStack()->count(), 0);
    QCOMPARE(m_window->currentRegister()->history(QStringLiteral("asset"), ok1.id).size(), 1);
}

void TestMainWindow::markReviewed()
{
    Asset a = m_t->cleanAsset(QStringLiteral("古い名簿"));
    a.lastReview = QDate(2024, 1, 10);
    a.nextReview = QDate(2025, 1, 10);
    const Asset saved = add(a);
    reload();
    selectRows({saved.id});
    m_window->action(QStringLiteral("markReviewed"))->trigger();
    QCOMPARE(stored(saved.id).lastReview, m_t->clock.today());
    QCOMPARE(stored(saved.id).nextReview, m_t->clock.today().addMonths(12));
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(stored(saved.id).lastReview, QDate(2024, 1, 10));
    QCOMPARE(stored(saved.id).nextReview, QDate(2025, 1, 10));
}

void TestMainWindow::disposeThroughTheDialogLeavesTheRowReadOnly()
{
    const Asset a = add(m_t->cleanAsset(QStringLiteral("旧システム帳票")));
    reload();
    m_window->findChild<QCheckBox*>(QStringLiteral("disposedFilter"))->setChecked(true);
    selectRows({a.id});
    bool okWasBlocked = false;
    whenDialogOpens([&](QDialog* dialog) {
        auto* stage = qobject_cast<StageDialog*>(dialog);
        QVERIFY(stage);
        QCOMPARE(stage->stage(), QStringLiteral("dispose"));
        auto* box = dialog->findChild<QDialogButtonBox*>();
        // Nothing chosen yet: the record is incomplete and OK says so by staying off.
        okWasBlocked = !box->button(QDialogButtonBox::Ok)->isEnabled();
        auto* method = dialog->findChild<QComboBox*>(QStringLiteral("disposalMethod"));
        method->setCurrentIndex(method->findData(QStringLiteral("contractor")));
        dialog->findChild<QLineEdit*>(QStringLiteral("disposalApprover"))->setText(QStringLiteral("保険年金課長"));
        QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled());   // a contractor needs the certificate
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("disposalCertificate")), QStringLiteral("C-2025-001"));
        clickOk(dialog);
    });
    m_window->action(QStringLiteral("dispose"))->trigger();
    QVERIFY(okWasBlocked);
    const Asset disposed = stored(a.id);
    QCOMPARE(disposed.stage, QStringLiteral("dispose"));
    QCOMPARE(disposed.status, QStringLiteral("disposed"));
    QCOMPARE(disposed.disposalCertificate, QStringLiteral("C-2025-001"));
    QCOMPARE(disposed.disposalApprover, QStringLiteral("保険年金課長"));
    QCOMPARE(disposed.disposalPerson, m_t->actor.displayName);
    // Read-only from here on: the editing actions are off, and the core refuses an edit.
    selectRows({a.id});
    QVERIFY(!m_window->action(QStringLiteral("bulkEdit"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("dispose"))->isEnabled());
    Asset again = disposed;
    again.name = QStringLiteral("書き換え");
    QVERIFY(!m_window->editing()->edit(again));
    // Disposal is not on the undo stack.
    QCOMPARE(m_window->editing()->undoStack()->count(), 0);
    // Hidden by default, as the current register does not list disposed rows.
    m_window->findChild<QCheckBox*>(QStringLiteral("disposedFilter"))->setChecked(false);
    QCOMPARE(visibleRows(), 0);
}

void TestMainWindow::deleteKeyNeverDeletes()
{
    const Asset a = add(m_t->cleanAsset(QStringLiteral("課内連絡網")));
    reload();
    selectRows({a.id});
    m_window->assetView()->setFocus();
    bool askedForDisposal = false;
    whenDialogOpens([&](QDialog* dialog) {
        askedForDisposal = qobject_cast<StageDialog*>(dialog) != nullptr;
        dialog->reject();
    });
    QTest::keyClick(m_window->assetView(), Qt::Key_Delete);
    QTRY_VERIFY(askedForDisposal);
    QCOMPARE(m_window->currentRegister()->assetCount(), 1);
    QCOMPARE(stored(a.id).stage, QStringLiteral("create"));
}

void TestMainWindow::submitApproveAndReturn()
{
    const Asset a = add(m_t->cleanAsset(QStringLiteral("課内連絡網")));
    const Asset b = add(m_t->cleanAsset(QStringLiteral("窓口受付簿")));
    reload();
    selectRows({a.id, b.id});
    m_window->action(QStringLiteral("submit"))->trigger();
    QCOMPARE(stored(a.id).status, QStringLiteral("pending"));
    QCOMPARE(stored(b.id).status, QStringLiteral("pending"));
    selectRows({a.id});
    m_window->action(QStringLiteral("approve"))->trigger();
    QCOMPARE(stored(a.id).status, QStringLiteral("approved"));
    const int statusColumn = AssetTableModel::columnOf(QStringLiteral("status"));
    const QModelIndex cell = m_window->filterProxy()->mapFromSource(
        m_window->assetModel()->index(m_window->assetModel()->rowOf(a.id), statusColumn));
    QCOMPARE(cell.data().toString(), Vocabulary::statuses().label(QStringLiteral("approved")));

    selectRows({b.id});
    bool okBlockedWithoutComment = false;
    whenDialogOpens([&](QDialog* dialog) {
        QVERIFY(qobject_cast<CommentDialog*>(dialog));
        auto* box = dialog->findChild<QDialogButtonBox*>();
        okBlockedWithoutComment = !box->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("commentEdit"))->setPlainText(QStringLiteral("保管場所を記入"));
        clickOk(dialog);
    });
    m_window->action(QStringLiteral("return"))->trigger();
    QVERIFY(okBlockedWithoutComment);
    QCOMPARE(stored(b.id).status, QStringLiteral("returned"));
    const QVector<HistoryEntry> history = m_window->currentRegister()->history(QStringLiteral("asset"), b.id);
    QCOMPARE(history.last().comment, QStringLiteral("保管場所を記入"));
}

void TestMainWindow::copyRowsAsTabSeparatedText()
{
    Asset a = m_t->cleanAsset(QStringLiteral("名簿\t(タブ入り)"));
    a.remarks = QStringLiteral("一行目\n二行目");
    const Asset saved = add(a);
    add(m_t->cleanAsset(QStringLiteral("課内連絡網")));
    reload();
    selectRows({saved.id});
    m_window->action(QStringLiteral("copy"))->trigger();
    const QString text = QApplication::clipboard()->text();
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);   // the header and the one selected row
    const QStringList header = lines[0].split(QLatin1Char('\t'));
    QCOMPARE(header.first(), AssetTableModel::header(AssetTableModel::columns()[AssetTableModel::columnOf(QStringLiteral("asset_no"))]));
    QCOMPARE(header.size(), AssetTableModel::defaultColumns().size());
    // A cell with a tab is quoted, so Excel keeps it in one cell.
    QVERIFY(lines[1].startsWith(saved.assetNo + QLatin1Char('\t')));
    QVERIFY(lines[1].contains(QStringLiteral("\"名簿\t(タブ入り)\"")));
}

void TestMainWindow::columnsAreRememberedBetweenSessions()
{
    QHeaderView* header = m_window->assetView()->horizontalHeader();
    const int remarks = AssetTableModel::columnOf(QStringLiteral("remarks"));
    const int business = AssetTableModel::columnOf(QStringLiteral("business"));
    QVERIFY(header->isSectionHidden(remarks));
    QVERIFY(!header->isSectionHidden(business));
    whenDialogOpens([](QDialog* dialog) {
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("columnList"));
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i) {
            const QString key = list->item(i)->data(Qt::UserRole).toString();
            if (key == QLatin1String("remarks"))
                list->item(i)->setCheckState(Qt::Checked);
            if (key == QLatin1String("business"))
                list->item(i)->setCheckState(Qt::Unchecked);
        }
        clickOk(dialog);
    });
    m_window->action(QStringLiteral("columns"))->trigger();
    QVERIFY(!header->isSectionHidden(remarks));
    QVERIFY(header->isSectionHidden(business));
    m_window->close();

    // A new window (the next start) comes back with the same columns.
    MainWindow next(m_t->clock);
    QHeaderView* h2 = next.assetView()->horizontalHeader();
    QVERIFY(!h2->isSectionHidden(remarks));
    QVERIFY(h2->isSectionHidden(business));
    QVERIFY(AppSettings::recentFiles().contains(QFileInfo(m_path).absoluteFilePath()));
}

void TestMainWindow::historyPanelShowsWhoChangedWhat()
{
    const Asset a = add(m_t->cleanAsset(QStringLiteral("課内連絡網")));
    reload();
    Asset edited = a;
    edited.cLevel = QStringLiteral("3B");
    QVERIFY(m_window->editing()->edit(edited));
    selectRows({a.id});
    m_window->action(QStringLiteral("history"))->trigger();
    auto* history = m_window->findChild<QTextBrowser*>(QStringLiteral("historyText"));
    QVERIFY(history);
    // Newest first, in words: what, who, from and to; the registration names the asset only.
    const QString text = history->toPlainText();
    QVERIFY2(text.indexOf(QStringLiteral("Edited")) >= 0 && text.indexOf(QStringLiteral("Edited")) < text.indexOf(QStringLiteral("Registered")),
             qPrintable(text));
    QVERIFY(text.contains(m_t->actor.displayName));
    QVERIFY(text.contains(QStringLiteral("Confidentiality: 2 → 3B")));
    QVERIFY(!text.contains(QStringLiteral("Business:")));
    auto* details = m_window->findChild<QTextBrowser*>(QStringLiteral("detailsText"));
    QVERIFY(details->toPlainText().contains(QStringLiteral("課内連絡網")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("機密性3B")));
}

void TestMainWindow::enterOpensTheEditor()
{
    const Asset a = add(m_t->cleanAsset(QStringLiteral("課内連絡網")));
    reload();
    selectRows({a.id});
    m_window->assetView()->setFocus();
    QString opened;
    whenDialogOpens([&](QDialog* dialog) {
        if (auto* editor = qobject_cast<AssetEditorDialog*>(dialog))
            opened = editor->asset().assetNo;
        dialog->reject();
    });
    QTest::keyClick(m_window->assetView(), Qt::Key_Return);
    QTRY_COMPARE(opened, a.assetNo);
}

void TestMainWindow::settingsAreSaved()
{
    whenDialogOpens([](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("cityNameEdit"))->setText(QStringLiteral("試験市"));
        auto* interval = dialog->findChild<QSpinBox*>(QStringLiteral("reviewIntervalSpin"));
        interval->setValue(6);
        auto* scheme = dialog->findChild<QComboBox*>(QStringLiteral("schemeCombo"));
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("mic-h27")));
        dialog->findChild<QLineEdit*>(QStringLiteral("displayNameEdit"))->setText(QStringLiteral("保険年金課 山田"));
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        whenDialogOpens([](QDialog* d) { d->accept(); });   // then: "the language changes at the next start"
        clickOk(dialog);
    });
    m_window->action(QStringLiteral("settings"))->trigger();
    Register* reg = m_window->currentRegister();
    QCOMPARE(reg->cityName(), QStringLiteral("試験市"));
    QCOMPARE(reg->setting(QStringLiteral("review_interval_months")), QStringLiteral("6"));
    QCOMPARE(reg->catalog().defaultSchemeId, QStringLiteral("mic-h27"));
    QCOMPARE(reg->newAsset().schemeId, QStringLiteral("mic-h27"));
    QCOMPARE(reg->newAsset().nextReview, m_t->clock.today().addMonths(6));
    QCOMPARE(AppSettings::displayName(), QStringLiteral("保険年金課 山田"));
    QCOMPARE(AppSettings::language(), QStringLiteral("en"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("試験市")));
    // The history records the new name from now on.
    const Asset saved = m_window->editing()->add(m_t->cleanAsset(QStringLiteral("窓口受付簿"))).value();
    QCOMPARE(reg->history(QStringLiteral("asset"), saved.id).first().displayName, QStringLiteral("保険年金課 山田"));
}

void TestMainWindow::reloadShowsWhatColleaguesSaved()
{
    const Asset a = add(m_t->cleanAsset(QStringLiteral("課内連絡網")));
    reload();
    QCOMPARE(visibleRows(), 1);
    // A colleague adds a unit with an asset, and renames another asset, through their own connection.
    OrgUnit unit{0, QStringLiteral("0304"), QStringLiteral("市民課"), QStringLiteral("section"), m_t->department.id, 40, {}, {}};
    const OrgUnit added = m_t->reg->addOrgUnit(unit, m_t->actor).value();
    Asset inNewUnit = m_t->cleanAsset(QStringLiteral("同僚の資産"));
    inNewUnit.orgId = added.id;
    QVERIFY(m_t->reg->addAsset(inNewUnit, m_t->actor));
    Asset theirs = *m_t->reg->asset(a.id);
    theirs.name = QStringLiteral("課内緊急連絡網");
    QVERIFY(m_t->reg->updateAsset(theirs, m_t->actor));
    QCOMPARE(visibleRows(), 1);
    m_window->action(QStringLiteral("reload"))->trigger();
    QCOMPARE(visibleRows(), 2);
    QVERIFY(columnTexts(QStringLiteral("name")).contains(QStringLiteral("課内緊急連絡網")));
    QVERIFY(columnTexts(QStringLiteral("name")).contains(QStringLiteral("同僚の資産")));
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("orgTreeView"));
    auto* model = qobject_cast<OrgTreeModel*>(tree->model());
    QCOMPARE(model->data(model->indexOfCode(QStringLiteral("0304")), OrgTreeModel::CountRole).toInt(), 1);
    tree->setCurrentIndex(model->indexOfCode(QStringLiteral("0304")));
    QCOMPARE(columnTexts(QStringLiteral("name")), QStringList{QStringLiteral("同僚の資産")});
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
