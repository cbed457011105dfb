#include "mainwindow/MainWindow.h"

#include "about/AboutDialog.h"
#include "backup/BackupDialog.h"
#include "calendar/JapaneseDate.h"
#include "consolidation/ConsolidationDialog.h"
#include "consolidation/SubmitDialog.h"
#include "dashboard/DashboardView.h"
#include "details/AssetDetailsPanel.h"
#include "domain/CityProfile.h"
#include "editing/AssetEditing.h"
#include "editing/BulkEditDialog.h"
#include "editor/AssetEditorDialog.h"
#include "exchange/ExportFlow.h"
#include "exchange/ImportWizard.h"
#include "lifecycle/CommentDialog.h"
#include "lifecycle/StageDialog.h"
#include "orgtree/OrgTreeModel.h"
#include "register/AssetFilterProxy.h"
#include "register/AssetTableModel.h"
#include "register/ColumnChooserDialog.h"
#include "register/FilterBar.h"
#include "register/LevelBadgeDelegate.h"
#include "report/YearComparisonReport.h"
#include "reports/PrintDialog.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/Register.h"
#include "util/Text.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace daicho {

namespace {
const QString kColumnOrderKey = QStringLiteral("window/columnOrder");
const QString kColumnVisibleKey = QStringLiteral("window/columnsVisible");
} // namespace

MainWindow::MainWindow(const Clock& clock, QWidget* parent) : QMainWindow(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_editing = new AssetEditing(this);
    m_editing->setActor(Actor::current(AppSettings::displayName()));
    m_model = new AssetTableModel(this);
    m_proxy = new AssetFilterProxy(m_model, this);
    m_orgModel = new OrgTreeModel(this);

    m_orgTree = new QTreeView(this);
    m_orgTree->setObjectName(QStringLiteral("orgTreeView"));
    m_orgTree->setModel(m_orgModel);
    m_orgTree->setHeaderHidden(true);
    m_orgTree->setUniformRowHeights(true);

    m_filterBar = new FilterBar(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("assetTableView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AssetTableModel::columnOf(QStringLiteral("asset_no")), Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // Column widths follow the first rows, not a thousand of them: measuring every cell of the first
    // page was most of the first screen of a city's register.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    auto* badges = new LevelBadgeDelegate(this);
    for (const char* key : {"c", "i", "a"})
        m_table->setItemDelegateForColumn(AssetTableModel::columnOf(QString::fromLatin1(key)), badges);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(4, 4, 4, 0);
    centreLayout->addWidget(m_filterBar);
    centreLayout->addWidget(m_table, 1);

    // The table and the dashboard share the middle: the dashboard's bars lead back to the table.
    m_dashboard = new DashboardView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centreTabs"));
    m_tabs->addTab(centre, tr("Assets"));
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_dashboardTimer = new QTimer(this);
    m_dashboardTimer->setSingleShot(true);
    m_dashboardTimer->setInterval(300);
    connect(m_dashboardTimer, &QTimer::timeout, this, &MainWindow::updateDashboard);
    // A register opened with its page check deferred is asked now and then whether the check is done.
    m_pageCheckTimer = new QTimer(this);
    m_pageCheckTimer->setInterval(50);
    connect(m_pageCheckTimer, &QTimer::timeout, this, &MainWindow::followPageCheck);

    m_details = new AssetDetailsPanel(this);
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_orgTree);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({210, 860, 280});
    m_splitter->setCollapsible(1, false);
    setCentralWidget(m_splitter);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_filterLabel = new QLabel(this);
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addWidget(m_filterLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createMenus();

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilters);
    connect(m_orgTree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        m_orgCode = m_orgModel->codeAt(index);
        applyFilters();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetails);
    connect(m_table, &QTableView::activated, this, &MainWindow::editAsset);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &MainWindow::chooseColumns);
    // The tree's counts follow the register, the status line follows the filter. Neither listens to
    // the proxy's row signals: a filter change may send thousands of them.
    connect(m_model, &AssetTableModel::contentsChanged, this, &MainWindow::updateCounts);
    // The dashboard follows the register while it is shown; hidden, it catches up when shown again.
    connect(m_model, &AssetTableModel::contentsChanged, this, [this] {
        m_dashboardStale = true;
        if (m_tabs->currentWidget() == m_dashboard)
            m_dashboardTimer->start();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_dashboard && m_dashboardStale)
            updateDashboard();
    });
    connect(m_dashboard, &DashboardView::drillDown, this, &MainWindow::showFiltered);
    connect(m_editing, &AssetEditing::assetChanged, this, [this](const Asset& a) {
        m_model->putAsset(a);
        updateDetails();
        updateActions();
    });
    connect(m_editing, &AssetEditing::assetRemoved, this, [this](qint64 id) {
        m_model->removeAsset(id);
        updateDetails();
    });
    // An undo or redo that cannot be carried out means the file moved on under the table.
    connect(m_editing, &AssetEditing::failed, this, [this](const QString& message) {
        reportError(makeError(ErrorCode::Conflict, message));
    });
    connect(m_editing->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateActions);

    restoreLayout();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The models point at the register; let go of them first.
    m_details->setRegister(nullptr);
    m_model->setRegister(nullptr);
    m_editing->setRegister(nullptr);
}

// ---- actions and menus --------------------------------------------------------------------------

QAction* MainWindow::addAction(const QString& name, const QString& text, const QKeySequence& shortcut,
                               void (MainWindow::*slot)())
{
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    shortcut.toString(QKeySequence::NativeText)));
    }
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    QMainWindow::addAction(a);   // shortcuts work even when the menu bar is hidden
    m_actions.insert(name, a);
    return a;
}

QAction* MainWindow::action(const QString& name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    addAction(QStringLiteral("newRegister"), tr("&New Register..."), QKeySequence(tr("Ctrl+Shift+N")),
              &MainWindow::newRegister);
    addAction(QStringLiteral("openRegister"), tr("&Open Register..."), QKeySequence::Open, &MainWindow::openFile);
    addAction(QStringLiteral("settings"), tr("&Settings..."), QKeySequence(tr("Ctrl+,")), &MainWindow::showSettings);
    addAction(QStringLiteral("print"), tr("&Print..."), QKeySequence::Print, &MainWindow::print);
    addAction(QStringLiteral("exportExcel"), tr("&Export for Excel..."), QKeySequence(tr("Ctrl+E")),
              &MainWindow::exportForExcel);
    addAction(QStringLiteral("importExcel"), tr("&Import from Excel..."), QKeySequence(tr("Ctrl+I")),
              &MainWindow::importFromExcel);
    addAction(QStringLiteral("submitToCity"), tr("Submit to the &Information Policy Division..."), QKeySequence(),
              &MainWindow::submitToCity);
    addAction(QStringLiteral("consolidation"), tr("&Consolidation..."), QKeySequence(), &MainWindow::showConsolidation);
    addAction(QStringLiteral("closeYear"), tr("C&lose Fiscal Year..."), QKeySequence(), &MainWindow::closeFiscalYear);
    addAction(QStringLiteral("compareRegisters"), tr("Compare &with an Earlier Register..."), QKeySequence(),
              &MainWindow::compareRegisters);
    addAction(QStringLiteral("backups"), tr("&Backups..."), QKeySequence(), &MainWindow::showBackups);
    addAction(QStringLiteral("dashboard"), tr("&Dashboard"), QKeySequence(tr("Ctrl+3")), &MainWindow::showDashboard);
    QAction* quit = addAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, nullptr);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction* undo = m_editing->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(undo->objectName(), undo);
    QMainWindow::addAction(undo);
    QAction* redo = m_editing->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Y")), QKeySequence(tr("Ctrl+Shift+Z"))});
    m_actions.insert(redo->objectName(), redo);
    QMainWindow::addAction(redo);
    addAction(QStringLiteral("copy"), tr("&Copy Rows"), QKeySequence::Copy, &MainWindow::copyRows);
    addAction(QStringLiteral("selectAll"), tr("Select &All"), QKeySequence::SelectAll, nullptr);
    connect(action(QStringLiteral("selectAll")), &QAction::triggered, m_table, &QTableView::selectAll);
    addAction(QStringLiteral("find"), tr("&Find..."), QKeySequence::Find, &MainWindow::focusSearch);
    addAction(QStringLiteral("clearFilters"), tr("C&lear Filters"), QKeySequence(tr("Ctrl+Shift+L")), nullptr);
    connect(action(QStringLiteral("clearFilters")), &QAction::triggered, m_filterBar, &FilterBar::clear);

    addAction(QStringLiteral("newAsset"), tr("&New Asset..."), QKeySequence::New, &MainWindow::newAsset);
    QAction* edit = addAction(QStringLiteral("editAsset"), tr("&Edit Asset..."), QKeySequence(Qt::Key_F2),
                              &MainWindow::editAsset);
    edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(tr("Ctrl+E"))});
    addAction(QStringLiteral("duplicateAsset"), tr("&Duplicate Asset..."), QKeySequence(tr("Ctrl+D")),
              &MainWindow::duplicateAsset);
    addAction(QStringLiteral("bulkEdit"), tr("Change &Selected Assets..."), QKeySequence(tr("Ctrl+B")),
              &MainWindow::bulkEdit);
    addAction(QStringLiteral("markReviewed"), tr("Mark &Reviewed"), QKeySequence(tr("Ctrl+R")),
              &MainWindow::markReviewed);
    addAction(QStringLiteral("changeStage"), tr("Change &Stage..."), QKeySequence(tr("Ctrl+T")),
              &MainWindow::changeStage);
    // Delete never deletes: a register keeps every row; the way out of it is the disposal record.
    addAction(QStringLiteral("dispose"), tr("Dis&pose..."), QKeySequence::Delete, &MainWindow::disposeAssets);
    addAction(QStringLiteral("submit"), tr("Su&bmit for Approval"), QKeySequence(tr("Ctrl+Shift+S")),
              &MainWindow::submitForApproval);
    addAction(QStringLiteral("approve"), tr("&Approve"), QKeySequence(tr("Ctrl+Shift+A")), &MainWindow::approve);
    addAction(QStringLiteral("return"), tr("Re&turn with Comment..."), QKeySequence(tr("Ctrl+Shift+R")),
              &MainWindow::returnToAuthor);
    addAction(QStringLiteral("history"), tr("&History"), QKeySequence(tr("Ctrl+H")), &MainWindow::showHistory);

    addAction(QStringLiteral("reload"), tr("Re&load"), QKeySequence::Refresh, &MainWindow::reloadRegister);
    addAction(QStringLiteral("columns"), tr("&Columns..."), QKeySequence(), &MainWindow::chooseColumns);
    QAction* tree = addAction(QStringLiteral("showTree"), tr("&Organisation Tree"), QKeySequence(tr("Ctrl+1")), nullptr);
    tree->setCheckable(true);
    tree->setChecked(true);
    connect(tree, &QAction::toggled, m_orgTree, &QWidget::setVisible);
    QAction* details = addAction(QStringLiteral("showDetails"), tr("&Details Panel"), QKeySequence(tr("Ctrl+2")), nullptr);
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, m_details, &QWidget::setVisible);
    addAction(QStringLiteral("about"), tr("&About Daicho"), QKeySequence(), &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newRegister")));
    file->addAction(action(QStringLiteral("openRegister")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    file->addAction(action(QStringLiteral("print")));
    file->addAction(action(QStringLiteral("exportExcel")));
    file->addAction(action(QStringLiteral("importExcel")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("submitToCity")));
    file->addAction(action(QStringLiteral("consolidation")));
    file->addAction(action(QStringLiteral("closeYear")));
    file->addAction(action(QStringLiteral("compareRegisters")));
    file->addAction(action(QStringLiteral("backups")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("settings")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (const char* name : {"undo", "redo", "", "copy", "selectAll", "", "find", "clearFilters"})
        if (*name)
            edit->addAction(action(QString::fromLatin1(name)));
        else
            edit->addSeparator();

    QMenu* asset = menuBar()->addMenu(tr("&Asset"));
    for (const char* name : {"newAsset", "editAsset", "duplicateAsset", "", "bulkEdit", "markReviewed", "changeStage",
                             "dispose", "", "submit", "approve", "return", "", "history"})
        if (*name)
            asset->addAction(action(QString::fromLatin1(name)));
        else
            asset->addSeparator();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("reload")));
    view->addAction(action(QStringLiteral("columns")));
    view->addAction(action(QStringLiteral("showTree")));
    view->addAction(action(QStringLiteral("showDetails")));
    view->addAction(action(QStringLiteral("dashboard")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));

    QToolBar* tools = addToolBar(tr("Asset"));
    tools->setObjectName(QStringLiteral("assetToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->setMovable(false);
    for (const char* name : {"newAsset", "editAsset", "duplicateAsset", "", "markReviewed", "changeStage", "dispose", "",
                             "submit", "approve", "return", "", "undo", "redo"})
        if (*name)
            tools->addAction(action(QString::fromLatin1(name)));
        else
            tools->addSeparator();

    // The table's own menu: what a right click on rows offers.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const char* name : {"editAsset", "duplicateAsset", "copy", "bulkEdit", "markReviewed", "changeStage", "dispose",
                             "submit", "approve", "return", "history"})
        m_table->addAction(action(QString::fromLatin1(name)));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// ---- layout -------------------------------------------------------------------------------------

void MainWindow::restoreLayout()
{
    const QByteArray geometry = AppSettings::value(QStringLiteral("window/geometry"));
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // Fits a 1366×768 office laptop with the taskbar; larger screens get a little more.
        const QRect screen = QApplication::primaryScreen() ? QApplication::primaryScreen()->availableGeometry()
                                                           : QRect(0, 0, 1366, 728);
        resize(std::min(1440, screen.width()), std::min(860, screen.height()));
    }
    restoreState(AppSettings::value(QStringLiteral("window/state")));
    const QByteArray splitter = AppSettings::value(QStringLiteral("window/splitter"));
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    QStringList order = AppSettings::stringList(kColumnOrderKey);
    QStringList visible = AppSettings::stringList(kColumnVisibleKey);
    if (visible.isEmpty())
        visible = AssetTableModel::defaultColumns();
    applyColumns(order, visible);
}

void MainWindow::saveLayout()
{
    AppSettings::setValue(QStringLiteral("window/geometry"), saveGeometry());
    AppSettings::setValue(QStringLiteral("window/state"), saveState());
    AppSettings::setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    QHeaderView* header = m_table->horizontalHeader();
    QStringList order;
    QStringList visible;
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        const QString key = AssetTableModel::columns()[logical].key;
        order << key;
        if (!header->isSectionHidden(logical))
            visible << key;
    }
    AppSettings::setStringList(kColumnOrderKey, order);
    AppSettings::setStringList(kColumnVisibleKey, visible);
}

void MainWindow::applyColumns(const QStringList& order, const QStringList& visible)
{
    QHeaderView* header = m_table->horizontalHeader();
    // Visible columns first, in the order asked; then the rest in the model's order.
    QStringList keys;
    for (const QString& k : order)
        if (AssetTableModel::columnOf(k) >= 0 && !keys.contains(k))
            keys << k;
    if (order.isEmpty())
        keys = visible;
    for (const auto& c : AssetTableModel::columns())
        if (!keys.contains(c.key))
            keys << c.key;
    for (int target = 0; target < keys.size(); ++target) {
        const int logical = AssetTableModel::columnOf(keys[target]);
        header->moveSection(header->visualIndex(logical), target);
        header->setSectionHidden(logical, !visible.contains(keys[target]));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

// ---- the register -------------------------------------------------------------------------------

void MainWindow::setRegister(std::unique_ptr<Register> reg)
{
    m_details->setRegister(nullptr);
    m_model->setRegister(nullptr);
    m_editing->setRegister(nullptr);
    m_register = std::move(reg);
    m_editing->setRegister(m_register.get());
    m_orgModel->setRegister(m_register.get());
    m_details->setRegister(m_register.get());
    if (m_register) {
        m_filterBar->setCatalog(m_register->catalog());
        AppSettings::addRecentFile(m_register->path());
    }
    m_orgCode.clear();
    m_model->setRegister(m_register.get());
    m_orgTree->expandToDepth(1);
    m_orgTree->setCurrentIndex(m_orgModel->rootIndex());
    m_table->resizeColumnsToContents();
    // The name column carries the row; it may take the room the others leave.
    const int name = AssetTableModel::columnOf(QStringLiteral("name"));
    m_table->setColumnWidth(name, std::min(m_table->columnWidth(name), 320));
    applyFilters();
    updateTitle();
    updateActions();
}

bool MainWindow::openPath(const QString& path)
{
    // The first screen does not wait for the page check of the whole file (a third of a second on a
    // city's register) nor for the day's backup: both run in a worker while the rows show.
    Result<std::unique_ptr<Register>> reg = Register::open(path, m_clock, Register::PageCheck::Deferred);
    if (!reg) {
        QMessageBox::warning(this, tr("Open Register"), reg.error().message);
        if (reg.error().code == ErrorCode::NotFound || !QFileInfo::exists(path))
            AppSettings::removeRecentFile(path);
        return false;
    }
    if (!reg.value()->migrationBackup().isEmpty())
        QMessageBox::information(this, tr("Open Register"),
                                 tr("The register was written by an older Daicho and has been updated. A copy of the "
                                    "file as it was is kept at:\n%1")
                                     .arg(QDir::toNativeSeparators(reg.value()->migrationBackup())));
    setRegister(std::move(reg).value());
    followPageCheck();
    return true;
}

void MainWindow::followPageCheck()
{
    const std::optional<Error> outcome = m_register ? m_register->pageCheckOutcome() : Error{};
    if (!outcome) {
        statusBar()->showMessage(tr("Checking the register file for damage..."));
        m_pageCheckTimer->start();
        return;
    }
    m_pageCheckTimer->stop();
    statusBar()->clearMessage();
    if (!outcome->isError()) {
        emit pageCheckFinished(true);
        return;
    }
    // Nothing was saved: every change waited for the check. The rows shown came from a damaged file.
    setRegister(nullptr);
    emit pageCheckFinished(false);
    QMessageBox::warning(this, tr("Open Register"),
                         outcome->message + QStringLiteral("\n\n") +
                             tr("The register has been closed; nothing in it was changed."));
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Register"), QString(),
                                                      tr("Daicho registers (*.daicho *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::newRegister()
{
    QStringList names;
    QStringList ids;
    for (const CityProfile& p : CityProfile::all()) {
        ids << p.id;
        names << (p.cityName.isEmpty() ? p.policyTitle : QStringLiteral("%1 — %2").arg(p.cityName, p.policyTitle));
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("New Register"),
                                                 tr("Which policy does the organisation follow?"), names, 0, false, &ok);
    if (!ok)
        return;
    RegisterSettings settings;
    settings.profileId = ids.value(names.indexOf(choice));
    QString path = QFileDialog::getSaveFileName(this, tr("New Register"), QString(), tr("Daicho registers (*.daicho)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".daicho");
    Result<std::unique_ptr<Register>> reg = Register::create(path, settings, m_editing->actor(), m_clock);
    if (!reg) {
        QMessageBox::warning(this, tr("New Register"), reg.error().message);
        return;
    }
    setRegister(std::move(reg).value());
}

void MainWindow::reloadRegister()
{
    // What colleagues saved to the same file since it was read: the file is the truth, the table a copy.
    if (!m_register)
        return;
    const QVector<qint64> keep = selectedIds();
    m_orgModel->setRegister(m_register.get());
    m_model->reload();
    m_orgTree->expandToDepth(1);
    const QModelIndex org = m_orgModel->indexOfCode(m_orgCode);
    m_orgTree->setCurrentIndex(org.isValid() ? org : m_orgModel->rootIndex());
    applyFilters();
    if (keep.size() == 1)
        selectAsset(keep.first());
    statusBar()->showMessage(tr("Reloaded from the file."), 3000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_register.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_editing->setActor(Actor::current(AppSettings::displayName()));
    if (m_register) {
        m_orgModel->setRegister(m_register.get());
        m_model->reload();
        m_orgTree->expandToDepth(1);
        m_orgTree->setCurrentIndex(m_orgModel->indexOfCode(m_orgCode));
    }
    updateTitle();
    if (dialog.languageChanged())
        QMessageBox::information(this, tr("Settings"), tr("The language changes when Daicho starts next time."));
}

// ---- filters, counts, selection -----------------------------------------------------------------

void MainWindow::applyFilters()
{
    AssetFilter filter = m_filterBar->filter();
    filter.orgCode = m_orgCode;
    const QString error = m_proxy->setFilter(filter);
    if (!error.isEmpty())
        statusBar()->showMessage(error, 5000);
    updateStatusLine();
    updateActions();
    updateDetails();
}

void MainWindow::print()
{
    if (!m_register)
        return;
    QStringList selected;
    for (qint64 id : selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selected << m_model->rowAt(row)->asset.assetNo;
    }
    PrintDialog dialog(*m_register, m_orgCode, selected, this);
    dialog.exec();
}

void MainWindow::exportForExcel()
{
    if (m_register)
        ExportFlow::run(this, *m_register, m_orgCode);
}

void MainWindow::importFromExcel()
{
    if (!m_register)
        return;
    // Rows without an organisation go to the unit selected in the tree, as a new asset would.
    ImportWizard wizard(*m_register, m_editing->actor(), m_orgCode, this);
    wizard.exec();
    if (wizard.imported())
        reloadRegister();
}

void MainWindow::submitToCity()
{
    if (!m_register)
        return;
    SubmitDialog dialog(*m_register, m_editing->actor(), m_orgCode, JapaneseDate::fiscalYear(m_clock.today()), this);
    dialog.exec();
}

void MainWindow::showConsolidation()
{
    if (!m_register)
        return;
    ConsolidationDialog dialog(*m_register, m_editing->actor(), JapaneseDate::fiscalYear(m_clock.today()), this);
    connect(&dialog, &ConsolidationDialog::registerChanged, this, &MainWindow::reloadRegister);
    dialog.exec();
}

void MainWindow::showBackups()
{
    if (!m_register)
        return;
    // The day's first backup may still be on its way in the worker: the list (and a restore) waits for it.
    m_register->waitForDeferredWork();
    const QString path = m_register->path();
    // A file held open cannot be replaced: the window lets go of it, restores, and opens it again.
    BackupDialog dialog(path, m_clock, [this, path](const QString& backup) {
        setRegister(nullptr);
        const Result<BackupInfo> restored = Backup::restore(path, backup, m_clock, m_editing->actor());
        openPath(path);
        return restored;
    }, this);
    dialog.exec();
}

void MainWindow::closeFiscalYear()
{
    if (!m_register)
        return;
    bool ok = false;
    const int current = JapaneseDate::fiscalYear(m_clock.today());
    const int year = QInputDialog::getInt(this, tr("Close Fiscal Year"),
                                          tr("Fiscal year to close (western year in which it starts; %1 is %2):")
                                              .arg(current)
                                              .arg(JapaneseDate::formatFiscalYear(current)),
                                          current, 1990, 2200, 1, &ok);
    if (!ok)
        return;
    const QFileInfo info(m_register->path());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Close Fiscal Year"),
        info.dir().filePath(QStringLiteral("%1_%2.daicho").arg(info.completeBaseName(), JapaneseDate::formatFiscalYear(year))),
        tr("Daicho registers (*.daicho *.sqlite)"));
    if (path.isEmpty())
        return;
    Result<void> r = m_register->closeFiscalYear(year, path, m_editing->actor());
    if (!r) {
        reportError(r.error());
        return;
    }
    QMessageBox::information(this, tr("Close Fiscal Year"),
                             tr("%1 is closed. Its frozen copy %2 can be opened, printed and compared, but not "
                                "changed.")
                                 .arg(JapaneseDate::formatFiscalYear(year), QDir::toNativeSeparators(path)));
}

void MainWindow::compareRegisters()
{
    if (!m_register)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with an Earlier Register"),
                                                      QFileInfo(m_register->path()).absolutePath(),
                                                      tr("Daicho registers (*.daicho *.sqlite)"));
    if (path.isEmpty())
        return;
    Result<std::unique_ptr<Register>> older = Register::open(path, m_clock);
    if (!older) {
        reportError(older.error());
        return;
    }
    PrintDialog::previewDocument(YearComparisonReport::build(*older.value(), *m_register), this);
}

void MainWindow::showDashboard()
{
    m_tabs->setCurrentWidget(m_dashboard);
}

void MainWindow::updateDashboard()
{
    m_dashboardTimer->stop();
    if (!m_register)
        return;
    QVector<Asset> assets;
    assets.reserve(m_model->rowCount());
    for (int r = 0; r < m_model->rowCount(); ++r)
        assets.append(m_model->rowAt(r)->asset);
    m_dashboard->showAssets(*m_register, assets);
    m_dashboardStale = false;
}

void MainWindow::showFiltered(const AssetFilter& filter)
{
    // The tree carries the organisation, the filter bar the rest: the person sees why these rows.
    const QModelIndex unit = filter.orgCode.isEmpty() ? m_orgModel->rootIndex() : m_orgModel->indexOfCode(filter.orgCode);
    m_orgTree->setCurrentIndex(unit.isValid() ? unit : m_orgModel->rootIndex());
    m_filterBar->setFilter(filter);
    m_tabs->setCurrentIndex(0);
}

void MainWindow::updateCounts()
{
    QHash<qint64, int> own;
    m_activeCount = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Asset& a = m_model->rowAt(r)->asset;
        if (a.isDisposed())
            continue;
        ++own[a.orgId];
        ++m_activeCount;
    }
    m_orgModel->setCounts(own);
    updateStatusLine();
}

void MainWindow::updateStatusLine()
{
    const QString described = m_filterBar->describe();
    QString filterText = described;
    if (const auto org = m_register && !m_orgCode.isEmpty() ? m_register->orgUnitByCode(m_orgCode) : std::nullopt)
        filterText = described.isEmpty() ? org->name : org->name + QStringLiteral(", ") + described;
    m_filterLabel->setText(filterText.isEmpty() ? QString() : tr("Filter: %1").arg(filterText));
    m_countLabel->setText(m_register ? tr("Showing %1 of %n asset(s)", nullptr, m_activeCount).arg(m_proxy->rowCount())
                                     : QString());
}

QVector<qint64> MainWindow::selectedIds() const
{
    QVector<qint64> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& i : rows)
        ids << i.data(AssetTableModel::AssetIdRole).toLongLong();
    return ids;
}

QHash<qint64, int> MainWindow::seenVersions(const QVector<qint64>& ids) const
{
    QHash<qint64, int> seen;
    for (const qint64 id : ids)
        if (const AssetTableModel::Row* row = m_model->rowAt(m_model->rowOf(id)))
            seen.insert(id, row->asset.rowVersion);
    return seen;
}

void MainWindow::selectAsset(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_orgTree->setCurrentIndex(m_orgModel->rootIndex());
        m_filterBar->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::updateActions()
{
    const bool open = m_register != nullptr;
    const QVector<qint64> ids = open ? selectedIds() : QVector<qint64>();
    bool anyActive = false;
    bool allActive = !ids.isEmpty();
    for (qint64 id : ids) {
        const AssetTableModel::Row* row = m_model->rowAt(m_model->rowOf(id));
        const bool active = row && !row->asset.isDisposed();
        anyActive = anyActive || active;
        allActive = allActive && active;
    }
    const bool one = ids.size() == 1;
    action(QStringLiteral("newAsset"))->setEnabled(open);
    action(QStringLiteral("editAsset"))->setEnabled(one);
    action(QStringLiteral("duplicateAsset"))->setEnabled(one);
    action(QStringLiteral("history"))->setEnabled(one);
    action(QStringLiteral("copy"))->setEnabled(!ids.isEmpty());
    for (const char* name : {"bulkEdit", "markReviewed", "changeStage", "dispose", "submit", "approve", "return"})
        action(QString::fromLatin1(name))->setEnabled(allActive);
    action(QStringLiteral("settings"))->setEnabled(true);
    action(QStringLiteral("backups"))->setEnabled(open);
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QModelIndex source = m_proxy->mapToSource(current);
    const AssetTableModel::Row* row = source.isValid() && m_table->selectionModel()->isRowSelected(current.row())
                                          ? m_model->rowAt(source.row())
                                          : nullptr;
    m_details->showAsset(row ? &row->asset : nullptr, row ? row->findings : QVector<Finding>());
}

void MainWindow::updateTitle()
{
    if (!m_register) {
        setWindowTitle(tr("Daicho"));
        m_fileLabel->clear();
        m_countLabel->clear();
        return;
    }
    setWindowTitle(tr("%1 Information Asset Register - Daicho").arg(m_register->cityName()));
    m_fileLabel->setText(QDir::toNativeSeparators(m_register->path()));
}

void MainWindow::reportError(const Error& error)
{
    QMessageBox::warning(this, tr("Daicho"), error.message);
    // A conflict means a colleague saved to the file meanwhile; show what it holds now.
    if (error.code == ErrorCode::Conflict)
        reloadRegister();
}

void MainWindow::focusSearch()
{
    m_filterBar->focusSearch();
}

// ---- editing ------------------------------------------------------------------------------------

void MainWindow::openEditor(const Asset& asset, int mode)
{
    AssetEditorDialog dialog(*m_register, asset, AssetEditorDialog::Mode(mode), this);
    qint64 savedId = 0;
    dialog.setSaver([this, mode, &savedId](const Asset& edited) -> Result<Asset> {
        Result<Asset> saved = AssetEditorDialog::Mode(mode) == AssetEditorDialog::Mode::Edit ? m_editing->edit(edited)
                                                                                               : m_editing->add(edited);
        if (saved)
            savedId = saved.value().id;
        return saved;
    });
    const bool accepted = dialog.exec() == QDialog::Accepted;
    // A colleague saved this asset while it was open: the list shows the register as it is now.
    if (dialog.sawConflict())
        reloadRegister();
    if (accepted && savedId != 0) {
        selectAsset(savedId);
        const AssetTableModel::Row* row = m_model->rowAt(m_model->rowOf(savedId));
        if (row && !row->findings.isEmpty())
            statusBar()->showMessage(tr("Saved with %n warning(s); see the details panel.", nullptr,
                                        int(row->findings.size())),
                                     8000);
    }
}

void MainWindow::newAsset()
{
    if (!m_register)
        return;
    Asset a = m_register->newAsset();
    // A new asset starts in the unit the tree points at, as a person filling in their section's sheet expects.
    if (const auto org = m_register->orgUnitByCode(m_orgCode)) {
        a.orgId = org->id;
        a.orgCode = org->code;
        a.orgName = org->name;
    }
    openEditor(a, int(AssetEditorDialog::Mode::New));
}

void MainWindow::editAsset()
{
    const QVector<qint64> ids = selectedIds();
    if (!m_register || ids.size() != 1)
        return;
    const std::optional<Asset> a = m_register->asset(ids.first());
    if (!a)
        return;
    if (a->isDisposed()) {
        // A disposed record is history: it is shown, not edited.
        m_details->showHistoryTab();
        statusBar()->showMessage(tr("%1 has been disposed of; its record is read-only.").arg(a->assetNo), 6000);
        return;
    }
    openEditor(*a, int(AssetEditorDialog::Mode::Edit));
}

void MainWindow::duplicateAsset()
{
    const QVector<qint64> ids = selectedIds();
    if (!m_register || ids.size() != 1)
        return;
    if (const std::optional<Asset> a = m_register->asset(ids.first()))
        openEditor(*a, int(AssetEditorDialog::Mode::Duplicate));
}

void MainWindow::bulkEdit()
{
    const QVector<qint64> ids = selectedIds();
    if (!m_register || ids.isEmpty())
        return;
    BulkEditDialog dialog(*m_register, int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StageChange move;
    move.date = m_clock.today();
    move.person = m_editing->actor().displayName;
    Result<int> r = dialog.what() == BulkEditDialog::What::Stage
                        ? m_editing->changeStage(ids, dialog.stage(), move, seenVersions(ids))
                        : m_editing->editMany(ids, [&dialog](Asset& a) { dialog.apply(a); }, dialog.describe(),
                                              seenVersions(ids));
    if (!r)
        reportError(r.error());
    else
        statusBar()->showMessage(tr("%n asset(s) changed.", nullptr, r.value()), 5000);
}

void MainWindow::markReviewed()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    Result<int> r = m_editing->markReviewed(ids, m_clock.today(), seenVersions(ids));
    if (!r)
        reportError(r.error());
    else
        statusBar()->showMessage(tr("%n asset(s) marked reviewed today.", nullptr, r.value()), 5000);
}

void MainWindow::stageDialog(const QString& stage)
{
    const QVector<qint64> ids = selectedIds();
    if (!m_register || ids.isEmpty())
        return;
    StageDialog dialog(stage, int(ids.size()), m_clock.today(), m_editing->actor().displayName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<int> r = m_editing->changeStage(ids, dialog.stage(), dialog.change(), seenVersions(ids));
    if (!r)
        reportError(r.error());
    else
        statusBar()->showMessage(tr("%n asset(s) moved.", nullptr, r.value()), 5000);
}

void MainWindow::changeStage()
{
    const QVector<qint64> ids = selectedIds();
    const AssetTableModel::Row* row = ids.isEmpty() ? nullptr : m_model->rowAt(m_model->rowOf(ids.first()));
    stageDialog(row ? row->asset.stage : QStringLiteral("use"));
}

void MainWindow::disposeAssets()
{
    stageDialog(QStringLiteral("dispose"));
}

void MainWindow::submitForApproval()
{
    const QVector<qint64> ids = selectedIds();
    const Result<int> r = m_editing->changeStatus(ids, QStringLiteral("pending"), {}, seenVersions(ids));
    if (!r)
        reportError(r.error());
}

void MainWindow::approve()
{
    const QVector<qint64> ids = selectedIds();
    const Result<int> r = m_editing->changeStatus(ids, QStringLiteral("approved"), {}, seenVersions(ids));
    if (!r)
        reportError(r.error());
}

void MainWindow::returnToAuthor()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    CommentDialog dialog(tr("Return with Comment"), tr("Say what has to be corrected (kept in the history):"), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<int> r = m_editing->changeStatus(ids, QStringLiteral("returned"), dialog.comment(), seenVersions(ids));
    if (!r)
        reportError(r.error());
}

void MainWindow::showHistory()
{
    action(QStringLiteral("showDetails"))->setChecked(true);
    m_details->showHistoryTab();
}

void MainWindow::copyRows()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    // The columns as the person sees them: visible ones, in their order, headers first.
    QHeaderView* header = m_table->horizontalHeader();
    QVector<int> columns;
    QStringList headers;
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (header->isSectionHidden(logical))
            continue;
        columns << logical;
        headers << AssetTableModel::header(AssetTableModel::columns()[logical]);
    }
    QStringList lines{delimitedLine(headers, QLatin1Char('\t'))};
    for (const QModelIndex& r : rows) {
        const int source = m_proxy->mapToSource(r).row();
        QStringList cells;
        for (int c : columns)
            cells << m_model->text(source, c);
        lines << delimitedLine(cells, QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    statusBar()->showMessage(tr("%n row(s) copied; paste them into Excel.", nullptr, int(rows.size())), 5000);
}

void MainWindow::chooseColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    QStringList order;
    QStringList visible;
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        order << AssetTableModel::columns()[logical].key;
        if (!header->isSectionHidden(logical))
            visible << order.last();
    }
    ColumnChooserDialog dialog(order, visible, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyColumns(dialog.order(), dialog.visible());
    m_table->resizeColumnsToContents();
    saveLayout();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_register ? CityProfile::find(m_register->profileId()) : nullptr, this);
    dialog.exec();
}

} // namespace daicho
