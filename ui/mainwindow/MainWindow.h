#pragma once

#include "storage/Actor.h"
#include "util/Result.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTimer;
class QTableView;
class QTreeView;

namespace daicho {

class AssetDetailsPanel;
class DashboardView;
struct AssetFilter;
class AssetEditing;
class AssetFilterProxy;
class AssetTableModel;
class Clock;
class FilterBar;
class OrgTreeModel;
class Register;
struct Asset;

// The register window: the organisation tree on the left, the filtered asset table in the middle,
// the selected asset's details and history on the right. It wires the features together; each of
// them (table, filters, editor, lifecycle, bulk edit, settings) lives in its own folder.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes over an open register and shows it.
    void setRegister(std::unique_ptr<Register> reg);
    Register* currentRegister() const { return m_register.get(); }
    // Opens a register file; reports a problem in a message box and returns false. The file's page
    // check runs while the first screen shows (see Register::PageCheck): a change waits for it, and a
    // file that fails it is closed with a message, unchanged.
    bool openPath(const QString& path);

    AssetTableModel* assetModel() const { return m_model; }
    AssetFilterProxy* filterProxy() const { return m_proxy; }
    AssetEditing* editing() const { return m_editing; }
    QTableView* assetView() const { return m_table; }
    // The assets selected in the table, in table order.
    QVector<qint64> selectedIds() const;
    // The row version of each as the list shows it: an action on them is refused if one moved on.
    QHash<qint64, int> seenVersions(const QVector<qint64>& ids) const;
    // Selects the row of an asset (clearing the filters when they hide it).
    void selectAsset(qint64 id);

    // The actions, for tests and for anyone wiring a toolbar: "newAsset", "editAsset", "undo" …
    QAction* action(const QString& name) const;
    DashboardView* dashboard() const { return m_dashboard; }
    // Recomputes the dashboard now (it otherwise follows changes while shown).
    void updateDashboard();
    // Shows the table with exactly these assets: the tree on the filter's unit, the filter bar set.
    void showFiltered(const AssetFilter& filter);

signals:
    // A register opened by openPath() passed its page check (true) or failed it and was closed (false).
    void pageCheckFinished(bool passed);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    QAction* addAction(const QString& name, const QString& text, const QKeySequence& shortcut,
                       void (MainWindow::*slot)());
    void restoreLayout();
    void saveLayout();
    void applyColumns(const QStringList& order, const QStringList& visible);

    void newRegister();
    void openFile();
    void updateRecentMenu();
    void showSettings();
    void print();
    void exportForExcel();
    void importFromExcel();
    void submitToCity();
    void showConsolidation();
    void closeFiscalYear();
    void compareRegisters();
    void showBackups();
    void showDashboard();
    void reloadRegister();

    void newAsset();
    void editAsset();
    void duplicateAsset();
    void openEditor(const Asset& asset, int mode);
    void bulkEdit();
    void markReviewed();
    void changeStage();
    void disposeAssets();
    void submitForApproval();
    void approve();
    void returnToAuthor();
    void showHistory();
    void copyRows();
    void chooseColumns();
    void focusSearch();
    void showAbout();

    void stageDialog(const QString& stage);
    void applyFilters();
    void updateCounts();
    void updateStatusLine();
    void updateActions();
    void updateDetails();
    void updateTitle();
    void reportError(const Error& error);
    void followPageCheck();

    const Clock& m_clock;
    std::unique_ptr<Register> m_register;
    AssetEditing* m_editing = nullptr;
    AssetTableModel* m_model = nullptr;
    AssetFilterProxy* m_proxy = nullptr;
    OrgTreeModel* m_orgModel = nullptr;
    QTreeView* m_orgTree = nullptr;
    FilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    AssetDetailsPanel* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    DashboardView* m_dashboard = nullptr;
    QTimer* m_dashboardTimer = nullptr;
    QTimer* m_pageCheckTimer = nullptr;
    bool m_dashboardStale = true;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_filterLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QHash<QString, QAction*> m_actions;
    QString m_orgCode;
    int m_activeCount = 0;
};

} // namespace daicho
