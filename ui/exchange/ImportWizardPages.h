#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QTableWidget;

namespace daicho {

class ImportWizard;
class ImportWizardPreviewModel;

// 1) ファイル: which file, what was detected in it, and the choices that override the guess.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);
    bool isComplete() const override;

private:
    void browse();
    void pathEdited();
    void optionsChanged();
    void showTable();

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QComboBox* m_encoding;
    QComboBox* m_sheet;
    QComboBox* m_org;
    QLabel* m_detected;
};

// 2) 列の対応: one row per column of the file, with a few of its values and the field it feeds.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void keyChosen(int column, QComboBox* combo);
    void syncCombos();
    void showMissing();

    ImportWizard* m_wizard;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_missing;
    QVector<QComboBox*> m_combos; // per mapping column; null for columns not shown
};

// 3) 確認: what the import would do to every row, computed once on entering the page, and the choice to
// import only the clean rows when some are rejected.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void saveProblems();
    void updateBlocked();
    void showRow(const QModelIndex& index);

    ImportWizard* m_wizard;
    QLabel* m_counts;
    QLabel* m_fileProblems;
    QCheckBox* m_problemsOnly;
    QTableView* m_view;
    ImportWizardPreviewModel* m_model;
    QPushButton* m_save;
    QCheckBox* m_cleanOnly;
    QLabel* m_blocked;
    QLabel* m_rowDetails;
};

// 4) 結果: what was written.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard* wizard);
    void initializePage() override;

private:
    ImportWizard* m_wizard;
    QLabel* m_result;
};

} // namespace daicho
