#pragma once

#include "domain/Asset.h"
#include "domain/ClassificationAdvisor.h"
#include "domain/RuleEngine.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace daicho {

class DateField;
class LevelPicker;
class Register;
class RestrictionOverridesWidget;

// Records or edits one asset: every field of the register row in sections, the levels against
// their definitions, and the rules checked as the person types. Stage and status are shown but
// not edited here: they change through the lifecycle actions.
class AssetEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        New,
        Edit,
        Duplicate
    };
    using Saver = std::function<Result<Asset>(const Asset&)>;

    AssetEditorDialog(const Register& reg, const Asset& asset, Mode mode, QWidget* parent = nullptr);
    ~AssetEditorDialog() override;

    Mode mode() const { return m_mode; }
    // The asset as the widgets hold it; after a successful save, the asset the saver returned.
    Asset asset() const;
    // Called on OK; an error is shown and the dialog stays open. Without a saver OK just accepts. When
    // the saver reports a Conflict on an edit (someone else saved the asset meanwhile), the person is
    // shown what they changed and chooses: load the row as it is now, overwrite it with their input
    // (saved again through the saver, on the current row version), or go back to editing.
    void setSaver(Saver saver);
    // Whether a save met someone else's change: the window then shows the register as it is now.
    bool sawConflict() const { return m_sawConflict; }

    QVector<Finding> findings() const { return m_findings; }
    // The widget that edits (or shows) a field, by AssetField key; nullptr for an unknown key.
    QWidget* fieldWidget(const QString& key) const;
    // Sets the level pickers to a proposal's levels (axes the scheme does not use are left alone).
    void applyProposal(const ClassificationProposal& proposal);
    void openClassificationHelper();

    void accept() override;

private:
    struct Page;
    void buildBasicPage();
    void buildClassificationPage();
    void buildPersonalPage();
    void buildStoragePage();
    void buildOutsourcingPage();
    void buildLifecyclePage();
    void buildReviewPage();
    QWidget* buildSidePanel();

    Page* beginPage(const QString& title);
    void addRow(const QString& key, QWidget* editor, QWidget* shown = nullptr);
    void addCheckRow(const QString& key, QCheckBox* box);
    QLineEdit* addLineEdit(const QString& key, const char* objectName = nullptr);
    QComboBox* addVocabularyCombo(const QString& key, const Vocabulary& vocabulary);
    QLineEdit* addReadOnly(const QString& key);
    QCheckBox* addCheck(const QString& key, const char* objectName = nullptr);
    QString withMnemonic(const QString& text);

    void load(const Asset& asset);
    Asset collect() const;
    void refresh();
    void updateDependents();
    void showFindings();
    void goToField(QListWidgetItem* item);
    void setReadOnly();
    void showCurrentRow(const Asset& now);

    const Register& m_reg;
    Asset m_original;
    Asset m_current;
    Mode m_mode;
    Saver m_saver;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_readOnlyRow = false;
    bool m_sawConflict = false;
    QVector<Finding> m_findings;

    QTabWidget* m_tabs = nullptr;
    Page* m_page = nullptr;
    QVector<Page*> m_pages;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_markers;
    QHash<QString, int> m_fieldPage;
    QString m_globalMnemonics;
    // Fields read and written through AssetField's accessors, by key.
    QHash<QString, QLineEdit*> m_lineEdits;
    QHash<QString, QCheckBox*> m_checks;
    QHash<QString, QComboBox*> m_codeCombos;
    QHash<QString, DateField*> m_dates;
    QHash<QString, QLineEdit*> m_readOnlyFields;

    QLineEdit* m_assetNo = nullptr;
    QSpinBox* m_fiscalYear = nullptr;
    QLabel* m_fiscalYearEra = nullptr;
    QComboBox* m_org = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_assetType = nullptr;
    DateField* m_registeredOn = nullptr;
    LevelPicker* m_levels[3] = {};
    QSpinBox* m_threat = nullptr;
    QSpinBox* m_vulnerability = nullptr;
    QCheckBox* m_reclassPending = nullptr;
    QPushButton* m_helper = nullptr;
    RestrictionOverridesWidget* m_restrictions = nullptr;
    QCheckBox* m_personal = nullptr;
    QCheckBox* m_sensitive = nullptr;
    QCheckBox* m_specific = nullptr;
    QComboBox* m_subjectBand = nullptr;
    QLineEdit* m_fileRegisterNo = nullptr;
    QComboBox* m_backup = nullptr;
    QComboBox* m_retentionPeriod = nullptr;
    DateField* m_retentionUntil = nullptr;
    QComboBox* m_segment = nullptr;
    QCheckBox* m_locked = nullptr;
    QCheckBox* m_fireproof = nullptr;
    QCheckBox* m_outsourced = nullptr;
    QLineEdit* m_contractor = nullptr;
    QCheckBox* m_subcontracted = nullptr;
    QCheckBox* m_cloud = nullptr;
    QLineEdit* m_cloudService = nullptr;
    QCheckBox* m_ismap = nullptr;
    DateField* m_lastReview = nullptr;
    DateField* m_nextReview = nullptr;
    QPlainTextEdit* m_remarks = nullptr;

    QLabel* m_derived = nullptr;
    QLabel* m_compact = nullptr;
    QLabel* m_importance = nullptr;
    QLabel* m_risk = nullptr;
    QLabel* m_findingsSummary = nullptr;
    QListWidget* m_findingsList = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace daicho
