#include "editor/AssetEditorDialog.h"

#include "calendar/JapaneseDate.h"
#include "editing/EditConflict.h"
#include "editor/ClassificationHelperDialog.h"
#include "editor/DateField.h"
#include "editor/LevelPicker.h"
#include "editor/RestrictionOverridesWidget.h"
#include "storage/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace daicho {

namespace {
constexpr int FieldRole = Qt::UserRole;
constexpr int RuleRole = Qt::UserRole + 1;
constexpr int SeverityRole = Qt::UserRole + 2;

const QColor kErrorColor(0xb0, 0x1c, 0x1c);
const QColor kWarningColor(0x8a, 0x5a, 0x00);

QChar mnemonicOf(const QString& text)
{
    const int i = text.indexOf(QLatin1Char('&'));
    return i >= 0 && i + 1 < text.size() ? text.at(i + 1).toLower() : QChar();
}

void setCode(QComboBox* combo, const QString& code)
{
    int index = combo->findData(code);
    if (index < 0) {
        // Keep what the file holds, visibly, rather than silently replacing it.
        combo->addItem(code, code);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}
} // namespace

struct AssetEditorDialog::Page
{
    int index = 0;
    QWidget* content = nullptr;
    QHBoxLayout* columns = nullptr;
    QFormLayout* form = nullptr;
    QString used; // mnemonic letters taken on this page
};

AssetEditorDialog::AssetEditorDialog(const Register& reg, const Asset& asset, Mode mode, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_mode(mode)
{
    setObjectName(QStringLiteral("assetEditorDialog"));
    m_original = asset;
    if (mode == Mode::Duplicate) {
        // A copy is a new row: it starts its own life, number and history.
        const Asset fresh = reg.newAsset();
        m_original.id = 0;
        m_original.rowVersion = 0;
        m_original.assetNo.clear();
        m_original.fiscalYear = fresh.fiscalYear;
        m_original.stage = fresh.stage;
        m_original.status = fresh.status;
        m_original.registeredOn = fresh.registeredOn;
        m_original.lastReview = fresh.lastReview;
        m_original.nextReview = fresh.nextReview;
        m_original.disposalDate = QDate();
        m_original.disposalPerson.clear();
        m_original.disposalMethod.clear();
        m_original.disposalApprover.clear();
        m_original.disposalCertificate.clear();
    }
    m_readOnly = mode == Mode::Edit && m_original.isDisposed();

    switch (mode) {
    case Mode::New:
        setWindowTitle(tr("New Asset"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Asset %1").arg(m_original.assetNo));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Asset"));
        break;
    }

    auto* layout = new QVBoxLayout(this);
    if (m_readOnly) {
        auto* banner =
            new QLabel(tr("This asset has been disposed of. Its row is kept as read-only history."), this);
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setWordWrap(true);
        layout->addWidget(banner);
    }
    auto* body = new QHBoxLayout;
    layout->addLayout(body, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sectionTabWidget"));
    m_tabs->setUsesScrollButtons(true);
    body->addWidget(m_tabs, 1);

    m_globalMnemonics = QStringLiteral("oc"); // OK and Cancel in the styles that give them one

    buildBasicPage();
    buildClassificationPage();
    buildPersonalPage();
    buildStoragePage();
    buildOutsourcingPage();
    buildLifecyclePage();
    buildReviewPage();
    body->addWidget(buildSidePanel());
    // Created last so that Tab reaches the buttons after the fields.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssetEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load(m_original);
    if (m_readOnly)
        setReadOnly();
    m_name->setFocus();
    resize(1240, 680);
}

AssetEditorDialog::~AssetEditorDialog()
{
    qDeleteAll(m_pages);
}

// ---------------------------------------------------------------- building

AssetEditorDialog::Page* AssetEditorDialog::beginPage(const QString& title)
{
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new Page;
    page->content = new QWidget(scroll);
    page->columns = new QHBoxLayout(page->content);
    page->form = new QFormLayout;
    page->form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    page->form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    page->columns->addLayout(page->form, 3);
    scroll->setWidget(page->content);
    page->index = m_tabs->addTab(scroll, title);
    page->used = m_globalMnemonics;
    m_globalMnemonics += mnemonicOf(title);
    m_pages.append(page);
    m_page = page;
    return page;
}

QString AssetEditorDialog::withMnemonic(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
    const QString taken = m_page->used + m_globalMnemonics;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toLower();
        if (c.unicode() < 128 && c.isLetter() && !taken.contains(c)) {
            m_page->used += c;
            return text.left(i).replace(QLatin1Char('&'), QStringLiteral("&&")) + QLatin1Char('&') +
                   text.mid(i).replace(QLatin1Char('&'), QStringLiteral("&&"));
        }
    }
    // Japanese labels carry the letter after the word: 名称(&N).
    for (char letter = 'a'; letter <= 'z'; ++letter) {
        const QChar c = QLatin1Char(letter);
        if (!taken.contains(c)) {
            m_page->used += c;
            return escaped + QStringLiteral("(&") + c.toUpper() + QLatin1Char(')');
        }
    }
    return escaped;
}

void AssetEditorDialog::addRow(const QString& key, QWidget* editor, QWidget* shown)
{
    const AssetField* field = AssetFields::find(key);
    Q_ASSERT(field);
    if (editor->objectName().isEmpty())
        editor->setObjectName(QStringLiteral("field_") + key);
    editor->setProperty("fieldKey", key);
    auto* row = new QWidget(m_page->content);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    // Text grows with the dialog; a pick from a list or a number keeps its natural width.
    QWidget* main = shown ? shown : editor;
    const bool grows = qobject_cast<QLineEdit*>(main) || qobject_cast<QPlainTextEdit*>(main) ||
                       qobject_cast<LevelPicker*>(main) || qobject_cast<QLabel*>(main) ||
                       (qobject_cast<QComboBox*>(main) && main == m_org);
    h->addWidget(main, grows ? 1 : 0);
    auto* marker = new QLabel(row);
    marker->setObjectName(QStringLiteral("marker_") + key);
    marker->setFixedSize(18, 18);
    h->addWidget(marker, 0, Qt::AlignTop);
    if (!grows)
        h->addStretch(1);
    // Fields shown read-only take no mnemonic: there is nothing to jump to.
    const QString text = m_readOnlyRow ? field->translatedLabel() : withMnemonic(field->translatedLabel());
    auto* label = new QLabel(tr("%1:").arg(text), m_page->content);
    label->setBuddy(editor);
    m_page->form->addRow(label, row);
    m_fields.insert(key, editor);
    m_markers.insert(key, marker);
    m_fieldPage.insert(key, m_page->index);
}

void AssetEditorDialog::addCheckRow(const QString& key, QCheckBox* box)
{
    const AssetField* field = AssetFields::find(key);
    Q_ASSERT(field);
    if (box->objectName().isEmpty())
        box->setObjectName(QStringLiteral("field_") + key);
    box->setProperty("fieldKey", key);
    box->setText(withMnemonic(field->translatedLabel()));
    auto* row = new QWidget(m_page->content);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(box);
    auto* marker = new QLabel(row);
    marker->setObjectName(QStringLiteral("marker_") + key);
    marker->setFixedSize(18, 18);
    h->addWidget(marker);
    h->addStretch(1);
    m_page->form->addRow(QString(), row);
    m_fields.insert(key, box);
    m_markers.insert(key, marker);
    m_fieldPage.insert(key, m_page->index);
    m_checks.insert(key, box);
    connect(box, &QCheckBox::toggled, this, &AssetEditorDialog::refresh);
}

QLineEdit* AssetEditorDialog::addLineEdit(const QString& key, const char* objectName)
{
    auto* edit = new QLineEdit(m_page->content);
    if (objectName)
        edit->setObjectName(QString::fromLatin1(objectName));
    addRow(key, edit);
    m_lineEdits.insert(key, edit);
    connect(edit, &QLineEdit::textChanged, this, &AssetEditorDialog::refresh);
    return edit;
}

QCheckBox* AssetEditorDialog::addCheck(const QString& key, const char* objectName)
{
    auto* box = new QCheckBox(m_page->content);
    if (objectName)
        box->setObjectName(QString::fromLatin1(objectName));
    addCheckRow(key, box);
    return box;
}

QComboBox* AssetEditorDialog::addVocabularyCombo(const QString& key, const Vocabulary& vocabulary)
{
    auto* combo = new QComboBox(m_page->content);
    combo->addItem(tr("Not set"), QString());
    for (const Term& t : vocabulary.terms())
        combo->addItem(vocabulary.label(t.code), t.code);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addRow(key, combo);
    m_codeCombos.insert(key, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::refresh);
    return combo;
}

QLineEdit* AssetEditorDialog::addReadOnly(const QString& key)
{
    auto* edit = new QLineEdit(m_page->content);
    edit->setReadOnly(true);
    edit->setFocusPolicy(Qt::ClickFocus);
    m_readOnlyRow = true;
    addRow(key, edit);
    m_readOnlyRow = false;
    m_readOnlyFields.insert(key, edit);
    return edit;
}

void AssetEditorDialog::buildBasicPage()
{
    beginPage(tr("&Basic"));
    m_assetNo = addLineEdit(QStringLiteral("asset_no"), "assetNoEdit");
    if (m_mode != Mode::Edit)
        m_assetNo->setPlaceholderText(tr("Assigned when saved"));

    m_fiscalYear = new QSpinBox(m_page->content);
    m_fiscalYear->setRange(1989, 2200);
    m_fiscalYearEra = new QLabel(m_page->content);
    m_fiscalYearEra->setObjectName(QStringLiteral("fiscalYearEraLabel"));
    auto* fy = new QWidget(m_page->content);
    auto* fyLayout = new QHBoxLayout(fy);
    fyLayout->setContentsMargins(0, 0, 0, 0);
    fyLayout->addWidget(m_fiscalYear);
    fyLayout->addWidget(m_fiscalYearEra);
    fyLayout->addStretch(1);
    addRow(QStringLiteral("fiscal_year"), m_fiscalYear, fy);
    connect(m_fiscalYear, &QSpinBox::valueChanged, this, &AssetEditorDialog::refresh);

    m_org = new QComboBox(m_page->content);
    m_org->setObjectName(QStringLiteral("orgCombo"));
    addRow(QStringLiteral("org_name"), m_org);
    connect(m_org, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::refresh);

    addLineEdit(QStringLiteral("business"))->setPlaceholderText(tr("e.g. 国民健康保険"));
    m_name = addLineEdit(QStringLiteral("name"), "nameEdit");
    addLineEdit(QStringLiteral("user_scope"))->setPlaceholderText(tr("e.g. 課内職員"));
    m_assetType = addVocabularyCombo(QStringLiteral("asset_type"), Vocabulary::assetTypes());
    addLineEdit(QStringLiteral("medium"))->setPlaceholderText(tr("e.g. 基幹系サーバ, 書庫"));
    addLineEdit(QStringLiteral("manager_title"))
        ->setPlaceholderText(tr("A title, not a person: e.g. 保険年金課長"));
    m_registeredOn = new DateField(false, m_page->content);
    m_registeredOn->setSuggestedDate(m_reg.clock().today());
    addRow(QStringLiteral("registered_on"), m_registeredOn);
    m_dates.insert(QStringLiteral("registered_on"), m_registeredOn);
    connect(m_registeredOn, &DateField::dateChanged, this, &AssetEditorDialog::refresh);
}

void AssetEditorDialog::buildClassificationPage()
{
    beginPage(tr("C&lassification"));
    m_page->used += QStringLiteral("rhdme"); // taken by the restrictions panel

    const ClassificationScheme* scheme = m_reg.catalog().schemeOf(m_original);
    auto* schemeLabel = new QLabel(m_page->content);
    schemeLabel->setWordWrap(true);
    schemeLabel->setText(scheme ? scheme->name : tr("Unknown scheme \"%1\"").arg(m_original.schemeId));
    schemeLabel->setToolTip(scheme ? scheme->source : QString());
    addRow(QStringLiteral("scheme"), schemeLabel);

    for (Axis axis : kAllAxes) {
        const int i = int(axis);
        AxisScale scale = scheme ? scheme->axis(axis) : AxisScale();
        m_levels[i] = new LevelPicker(scale, axis, m_page->content);
        const QString key = axisCode(axis);
        addRow(key, m_levels[i]->combo(), m_levels[i]);
        if (scheme && !scale.used) {
            // The scheme does not rate this axis (重要性分類 is one axis): nothing to pick.
            m_page->form->setRowVisible(m_levels[i]->parentWidget(), false);
            m_levels[i]->combo()->setEnabled(false);
        } else if (scheme && scale.name != AssetFields::find(key)->japanese) {
            // The scheme names the axis its own way (重要性分類): show that name.
            if (auto* label = qobject_cast<QLabel*>(m_page->form->labelForField(m_levels[i]->parentWidget())))
                label->setText(tr("%1:").arg(withMnemonic(scale.name)));
        }
        connect(m_levels[i], &LevelPicker::levelChanged, this, &AssetEditorDialog::refresh);
    }

    m_helper = new QPushButton(m_page->content);
    m_helper->setObjectName(QStringLiteral("helperButton"));
    m_helper->setText(tr("Classification &guide..."));
    m_helper->setToolTip(tr("Answer a few plain questions and get proposed levels with reasons"));
    m_helper->setAutoDefault(false);
    m_page->used += QLatin1Char('g');
    connect(m_helper, &QPushButton::clicked, this, &AssetEditorDialog::openClassificationHelper);
    auto* helperRow = new QHBoxLayout;
    helperRow->addWidget(m_helper);
    helperRow->addStretch(1);
    m_page->form->addRow(QString(), helperRow);

    m_reclassPending = addCheck(QStringLiteral("reclass_pending"));
    m_reclassPending->setToolTip(
        tr("The levels were moved from another scheme. Untick once you have checked them."));

    auto riskSpin = [this](const QString& key) {
        auto* spin = new QSpinBox(m_page->content);
        spin->setRange(0, 3);
        spin->setSpecialValueText(tr("Not rated"));
        addRow(key, spin);
        connect(spin, &QSpinBox::valueChanged, this, &AssetEditorDialog::refresh);
        return spin;
    };
    m_threat = riskSpin(QStringLiteral("threat"));
    m_vulnerability = riskSpin(QStringLiteral("vulnerability"));

    auto* group = new QGroupBox(tr("Handling restrictions"), m_page->content);
    auto* groupLayout = new QVBoxLayout(group);
    m_restrictions = new RestrictionOverridesWidget(m_reg.catalog(), group);
    groupLayout->addWidget(m_restrictions);
    m_page->columns->addWidget(group, 2);
    connect(m_restrictions, &RestrictionOverridesWidget::overridesChanged, this, &AssetEditorDialog::refresh);
}

void AssetEditorDialog::buildPersonalPage()
{
    beginPage(tr("&Personal Data"));
    m_personal = addCheck(QStringLiteral("personal"), "personalCheck");
    m_sensitive = addCheck(QStringLiteral("sensitive"));
    m_specific = addCheck(QStringLiteral("specific"));
    m_subjectBand = addVocabularyCombo(QStringLiteral("subject_band"), Vocabulary::subjectBands());
    m_fileRegisterNo = addLineEdit(QStringLiteral("file_register_no"));
    m_fileRegisterNo->setPlaceholderText(tr("Needed for 1,000 or more people"));
}

void AssetEditorDialog::buildStoragePage()
{
    beginPage(tr("S&torage and Operation"));
    addLineEdit(QStringLiteral("storage_location"))->setPlaceholderText(tr("e.g. 本庁舎2階 書庫A"));
    m_locked = addCheck(QStringLiteral("locked"));
    m_fireproof = addCheck(QStringLiteral("fireproof"));
    m_backup = addVocabularyCombo(QStringLiteral("backup"), Vocabulary::backups());
    addLineEdit(QStringLiteral("recovery_target"))->setPlaceholderText(tr("e.g. 24時間"));
    m_retentionPeriod = addVocabularyCombo(QStringLiteral("retention_period"), Vocabulary::retentions());
    m_retentionUntil = new DateField(true, m_page->content);
    m_retentionUntil->setSuggestedDate(m_reg.clock().today());
    addRow(QStringLiteral("retention_until"), m_retentionUntil);
    m_dates.insert(QStringLiteral("retention_until"), m_retentionUntil);
    connect(m_retentionUntil, &DateField::dateChanged, this, &AssetEditorDialog::refresh);

    m_segment = new QComboBox(m_page->content);
    m_segment->addItem(tr("Not set"), QString());
    for (const NetworkSegment& s : m_reg.catalog().segments) {
        m_segment->addItem(s.name, s.code);
        m_segment->setItemData(m_segment->count() - 1, Vocabulary::segmentRoles().label(s.role),
                               Qt::ToolTipRole);
    }
    addRow(QStringLiteral("network_segment"), m_segment);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::refresh);
}

void AssetEditorDialog::buildOutsourcingPage()
{
    beginPage(tr("O&utsourcing and Cloud"));
    m_outsourced = addCheck(QStringLiteral("outsourced"));
    m_contractor = addLineEdit(QStringLiteral("contractor"));
    m_subcontracted = addCheck(QStringLiteral("subcontracted"));
    m_cloud = addCheck(QStringLiteral("cloud"));
    m_cloudService = addLineEdit(QStringLiteral("cloud_service"));
    m_ismap = addCheck(QStringLiteral("ismap"));
}

void AssetEditorDialog::buildLifecyclePage()
{
    beginPage(tr("Li&fecycle"));
    auto* note =
        new QLabel(tr("The stage and the status change through the lifecycle actions of the register, "
                      "which record the date and the person."),
                   m_page->content);
    note->setWordWrap(true);
    m_page->form->addRow(note);
    for (const char* key : {"stage", "status", "disposal_date", "disposal_person", "disposal_method",
                            "disposal_approver", "disposal_certificate"})
        addReadOnly(QString::fromLatin1(key));
}

void AssetEditorDialog::buildReviewPage()
{
    beginPage(tr("Re&view"));
    m_lastReview = new DateField(true, m_page->content);
    m_lastReview->setSuggestedDate(m_reg.clock().today());
    addRow(QStringLiteral("last_review"), m_lastReview);
    m_dates.insert(QStringLiteral("last_review"), m_lastReview);
    m_nextReview = new DateField(true, m_page->content);
    m_nextReview->setSuggestedDate(m_reg.newAsset().nextReview);
    addRow(QStringLiteral("next_review"), m_nextReview);
    m_dates.insert(QStringLiteral("next_review"), m_nextReview);
    m_remarks = new QPlainTextEdit(m_page->content);
    m_remarks->setTabChangesFocus(true);
    m_remarks->setMinimumHeight(120);
    addRow(QStringLiteral("remarks"), m_remarks);
    for (DateField* d : {m_lastReview, m_nextReview})
        connect(d, &DateField::dateChanged, this, &AssetEditorDialog::refresh);
    connect(m_remarks, &QPlainTextEdit::textChanged, this, &AssetEditorDialog::refresh);
}

QWidget* AssetEditorDialog::buildSidePanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("sidePanel"));
    panel->setFixedWidth(330);
    auto* v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 0, 0);

    auto* labelBox = new QGroupBox(tr("Classification label"), panel);
    auto* form = new QFormLayout(labelBox);
    m_derived = new QLabel(labelBox);
    m_derived->setObjectName(QStringLiteral("derivedLabel"));
    m_derived->setWordWrap(true);
    m_derived->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_derived->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_derived->setFont(big);
    m_compact = new QLabel(labelBox);
    m_compact->setObjectName(QStringLiteral("compactLabel"));
    m_compact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importance = new QLabel(labelBox);
    m_importance->setObjectName(QStringLiteral("importanceLabel"));
    m_importance->setToolTip(tr("Overall importance (重要度) from the levels and personal data, 1 to 3"));
    m_risk = new QLabel(labelBox);
    m_risk->setObjectName(QStringLiteral("riskLabel"));
    form->addRow(m_derived);
    form->addRow(tr("Short form:"), m_compact);
    form->addRow(tr("Importance:"), m_importance);
    form->addRow(tr("Risk:"), m_risk);
    v->addWidget(labelBox);

    auto* checks = new QGroupBox(tr("Checks"), panel);
    auto* cv = new QVBoxLayout(checks);
    m_findingsSummary = new QLabel(checks);
    m_findingsSummary->setObjectName(QStringLiteral("findingsSummaryLabel"));
    m_findingsSummary->setWordWrap(true);
    m_findingsList = new QListWidget(checks);
    m_findingsList->setObjectName(QStringLiteral("findingsList"));
    m_findingsList->setWordWrap(true);
    m_findingsList->setFocusPolicy(Qt::ClickFocus);
    m_findingsList->setToolTip(tr("Click a finding to go to its field"));
    cv->addWidget(m_findingsSummary);
    cv->addWidget(m_findingsList, 1);
    v->addWidget(checks, 1);
    connect(m_findingsList, &QListWidget::itemClicked, this, &AssetEditorDialog::goToField);
    connect(m_findingsList, &QListWidget::itemActivated, this, &AssetEditorDialog::goToField);
    return panel;
}

// ---------------------------------------------------------------- asset <-> widgets

void AssetEditorDialog::load(const Asset& a)
{
    m_loading = true;
    for (auto it = m_lineEdits.cbegin(); it != m_lineEdits.cend(); ++it)
        it.value()->setText(AssetFields::find(it.key())->get(a).toString());
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it)
        it.value()->setChecked(AssetFields::find(it.key())->get(a).toBool());
    for (auto it = m_codeCombos.cbegin(); it != m_codeCombos.cend(); ++it)
        setCode(it.value(), AssetFields::find(it.key())->get(a).toString());
    for (auto it = m_dates.cbegin(); it != m_dates.cend(); ++it)
        it.value()->setDate(AssetFields::find(it.key())->get(a).toDate());

    m_fiscalYear->setRange(qMin(1989, a.fiscalYear), qMax(2200, a.fiscalYear));
    m_fiscalYear->setValue(a.fiscalYear);

    m_org->clear();
    m_org->addItem(tr("Choose an organisation unit"), qint64(0));
    const QVector<OrgUnit> units = m_reg.orgUnits();
    QHash<qint64, int> depth;
    const QDate today = m_reg.clock().today();
    for (const OrgUnit& u : units) {
        const int d = u.parentId && depth.contains(u.parentId) ? depth.value(u.parentId) + 1 : 0;
        depth.insert(u.id, d);
        if (!u.isValidOn(today) && u.id != a.orgId)
            continue;
        QString text = QString(d, QChar(0x3000)) + u.code + QStringLiteral("  ") + u.name;
        if (!u.isValidOn(today))
            text = tr("%1 (no longer exists)").arg(text);
        m_org->addItem(text, u.id);
    }
    const int org = m_org->findData(a.orgId);
    if (org >= 0) {
        m_org->setCurrentIndex(org);
    } else if (a.orgId != 0) {
        m_org->addItem(a.orgName, a.orgId);
        m_org->setCurrentIndex(m_org->count() - 1);
    }

    for (Axis axis : kAllAxes)
        m_levels[int(axis)]->setLevel(a.level(axis));
    m_threat->setRange(qMin(0, a.threat), qMax(3, a.threat));
    m_threat->setValue(a.threat);
    m_vulnerability->setRange(qMin(0, a.vulnerability), qMax(3, a.vulnerability));
    m_vulnerability->setValue(a.vulnerability);
    // The confirmation box matters only for rows moved between schemes.
    m_page = m_pages.at(1);
    m_page->form->setRowVisible(m_reclassPending->parentWidget(), a.reclassPending);
    m_restrictions->setOverrides(a.restrictionOverrides);
    setCode(m_segment, a.networkSegment);
    m_remarks->setPlainText(a.remarks);

    m_readOnlyFields.value(QStringLiteral("stage"))->setText(Vocabulary::stages().label(a.stage));
    m_readOnlyFields.value(QStringLiteral("status"))->setText(Vocabulary::statuses().label(a.status));
    m_readOnlyFields.value(QStringLiteral("disposal_date"))->setText(JapaneseDate::format(a.disposalDate));
    m_readOnlyFields.value(QStringLiteral("disposal_person"))->setText(a.disposalPerson);
    m_readOnlyFields.value(QStringLiteral("disposal_method"))
        ->setText(a.disposalMethod.isEmpty() ? QString()
                                             : Vocabulary::disposalMethods().label(a.disposalMethod));
    m_readOnlyFields.value(QStringLiteral("disposal_approver"))->setText(a.disposalApprover);
    m_readOnlyFields.value(QStringLiteral("disposal_certificate"))->setText(a.disposalCertificate);
    m_loading = false;
    refresh();
}

Asset AssetEditorDialog::collect() const
{
    // Start from the original so what is not edited here (id, version, stage, status, disposal) stays.
    Asset a = m_original;
    for (auto it = m_lineEdits.cbegin(); it != m_lineEdits.cend(); ++it)
        AssetFields::find(it.key())->set(a, it.value()->text());
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it)
        AssetFields::find(it.key())->set(a, it.value()->isChecked());
    for (auto it = m_codeCombos.cbegin(); it != m_codeCombos.cend(); ++it)
        AssetFields::find(it.key())->set(a, it.value()->currentData());
    for (auto it = m_dates.cbegin(); it != m_dates.cend(); ++it)
        AssetFields::find(it.key())->set(a, it.value()->date());

    a.fiscalYear = m_fiscalYear->value();
    const qint64 orgId = m_org->currentData().toLongLong();
    if (orgId != m_original.orgId) {
        // A new unit takes today's printed name; an unchanged one keeps its snapshot.
        a.orgId = orgId;
        a.orgCode.clear();
        a.orgName.clear();
        if (auto unit = m_reg.orgUnit(orgId)) {
            a.orgCode = unit->code;
            a.orgName = unit->name;
        }
    }
    const ClassificationScheme* scheme = m_reg.catalog().schemeOf(m_original);
    for (Axis axis : kAllAxes) {
        if (scheme && !scheme->axis(axis).used) {
            // An axis the scheme does not rate holds no level (a stray one could not be fixed here).
            if (a.level(axis) != notApplicableCode())
                a.setLevel(axis, QString());
            continue;
        }
        a.setLevel(axis, m_levels[int(axis)]->level());
    }
    a.threat = m_threat->value();
    a.vulnerability = m_vulnerability->value();
    a.networkSegment = m_segment->currentData().toString();
    a.remarks = m_remarks->toPlainText();
    a.restrictionOverrides = m_restrictions->overrides();
    return a;
}

Asset AssetEditorDialog::asset() const
{
    return m_current;
}

QWidget* AssetEditorDialog::fieldWidget(const QString& key) const
{
    return m_fields.value(key);
}

void AssetEditorDialog::setSaver(Saver saver)
{
    m_saver = std::move(saver);
}

// ---------------------------------------------------------------- live checks

void AssetEditorDialog::refresh()
{
    if (m_loading)
        return;
    m_current = collect();
    const Catalog& catalog = m_reg.catalog();
    m_findings = RuleEngine(catalog, m_reg.clock().today()).check(m_current);

    m_fiscalYearEra->setText(JapaneseDate::formatFiscalYear(m_current.fiscalYear));
    const QString label = catalog.labelText(m_current);
    m_derived->setText(label.isEmpty() ? tr("No label: the scheme is unknown") : label);
    m_compact->setText(catalog.compactLabel(m_current));
    m_importance->setText(QString::number(catalog.importance(m_current)));
    const int risk = catalog.riskValue(m_current);
    m_risk->setText(risk == 0 ? tr("Not evaluated (rate threat and vulnerability)")
                              : tr("%1 (%2)").arg(risk).arg(Catalog::riskBand(risk)));
    m_restrictions->refresh(m_current);
    updateDependents();
    showFindings();
}

void AssetEditorDialog::updateDependents()
{
    if (m_readOnly)
        return;
    // A dependent field stays editable while it holds a value, so a stale value can still be cleared.
    const bool personal = m_personal->isChecked();
    m_sensitive->setEnabled(personal || m_sensitive->isChecked());
    m_specific->setEnabled(personal || m_specific->isChecked());
    m_subjectBand->setEnabled(personal || m_subjectBand->currentIndex() > 0);
    m_fileRegisterNo->setEnabled(personal || !m_fileRegisterNo->text().isEmpty());
    const bool outsourced = m_outsourced->isChecked();
    m_contractor->setEnabled(outsourced || !m_contractor->text().isEmpty());
    m_subcontracted->setEnabled(outsourced || m_subcontracted->isChecked());
    const bool cloud = m_cloud->isChecked();
    m_cloudService->setEnabled(cloud || !m_cloudService->text().isEmpty());
    m_ismap->setEnabled(cloud || m_ismap->isChecked());
}

void AssetEditorDialog::showFindings()
{
    QVector<Finding> sorted = m_findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding& x, const Finding& y) {
        return x.severity == Severity::Error && y.severity != Severity::Error;
    });
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);

    m_findingsList->clear();
    QHash<QString, QStringList> messages;
    QHash<QString, bool> fieldHasError;
    QHash<int, bool> pageHasError;
    int errors = 0;
    for (const Finding& f : sorted) {
        const bool error = f.severity == Severity::Error;
        errors += error ? 1 : 0;
        auto* item = new QListWidgetItem(error ? errorIcon : warningIcon, f.message, m_findingsList);
        item->setForeground(error ? kErrorColor : kWarningColor);
        item->setData(FieldRole, f.field);
        item->setData(RuleRole, f.ruleId);
        item->setData(SeverityRole, error ? QStringLiteral("error") : QStringLiteral("warning"));
        item->setToolTip(RuleEngine::describe(f.ruleId));
        messages[f.field] << f.message;
        fieldHasError[f.field] = fieldHasError.value(f.field) || error;
        if (m_fieldPage.contains(f.field)) {
            const int page = m_fieldPage.value(f.field);
            pageHasError[page] = pageHasError.value(page) || error;
        }
    }
    const int warnings = int(sorted.size()) - errors;
    if (sorted.isEmpty())
        m_findingsSummary->setText(tr("No problems found."));
    else if (errors > 0)
        m_findingsSummary->setText(tr("%n error(s) to correct before saving", nullptr, errors) +
                                   (warnings ? tr(", %n warning(s)", nullptr, warnings) : QString()));
    else
        m_findingsSummary->setText(tr("%n warning(s): the asset can be saved", nullptr, warnings));

    for (auto it = m_markers.cbegin(); it != m_markers.cend(); ++it) {
        QLabel* marker = it.value();
        if (!messages.contains(it.key())) {
            marker->clear();
            marker->setToolTip(QString());
            continue;
        }
        const QIcon& icon = fieldHasError.value(it.key()) ? errorIcon : warningIcon;
        marker->setPixmap(icon.pixmap(16, 16));
        marker->setToolTip(messages.value(it.key()).join(QLatin1Char('\n')));
    }
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabIcon(i, !pageHasError.contains(i) ? QIcon()
                              : pageHasError.value(i)   ? errorIcon
                                                        : warningIcon);

    if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!m_readOnly && errors == 0);
}

void AssetEditorDialog::goToField(QListWidgetItem* item)
{
    const QString key = item ? item->data(FieldRole).toString() : QString();
    if (!m_fields.contains(key))
        return;
    m_tabs->setCurrentIndex(m_fieldPage.value(key));
    m_fields.value(key)->setFocus(Qt::OtherFocusReason);
}

void AssetEditorDialog::setReadOnly()
{
    for (QWidget* w : std::as_const(m_fields))
        w->setEnabled(false);
    for (DateField* d : std::as_const(m_dates))
        d->setEnabled(false);
    for (LevelPicker* p : m_levels)
        p->combo()->setEnabled(false);
    m_helper->setEnabled(false);
    m_restrictions->setReadOnly(true);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

// ---------------------------------------------------------------- helper and saving

void AssetEditorDialog::openClassificationHelper()
{
    const ClassificationScheme* scheme = m_reg.catalog().schemeOf(m_current);
    if (!scheme)
        return;
    ClassificationHelperDialog helper(
        *scheme, ClassificationHelperDialog::answersFor(m_current, m_reg.catalog()), this);
    if (helper.exec() == QDialog::Accepted)
        applyProposal(helper.proposal());
}

void AssetEditorDialog::applyProposal(const ClassificationProposal& proposal)
{
    for (Axis axis : kAllAxes) {
        LevelPicker* picker = m_levels[int(axis)];
        const QString code = proposal.axis(axis).code;
        if (!code.isEmpty() && picker->combo()->isEnabled())
            picker->setLevel(code);
    }
    refresh();
}

void AssetEditorDialog::showCurrentRow(const Asset& now)
{
    m_original = now;
    load(now);
    refresh();
    if (now.isDisposed()) {   // disposed meanwhile: the record is history now
        m_readOnly = true;
        setReadOnly();
    }
}

void AssetEditorDialog::accept()
{
    if (m_readOnly) {
        reject();
        return;
    }
    refresh();
    if (RuleEngine::hasErrors(m_findings))
        return;
    if (m_saver) {
        Result<Asset> saved = m_saver(m_current);
        // Someone else saved this asset after it was opened: the person chooses, and keeps their input
        // until they choose to drop it. (Each pass reads the row anew: a third writer asks again.)
        while (!saved && saved.error().code == ErrorCode::Conflict && m_mode == Mode::Edit) {
            const std::optional<Asset> now = m_reg.asset(m_current.id);
            if (!now || now->rowVersion == m_current.rowVersion)
                break;
            m_sawConflict = true;
            const EditConflict::Choice choice = EditConflict::ask(this, m_reg, m_current, *now);
            if (choice == EditConflict::Choice::Back)
                return;
            if (choice == EditConflict::Choice::LoadTheirs) {
                showCurrentRow(*now);
                return;
            }
            saved = m_saver(EditConflict::onto(m_current, *now));
        }
        if (!saved) {
            QMessageBox box(QMessageBox::Warning, windowTitle(), saved.error().message, QMessageBox::Ok,
                            this);
            box.setObjectName(QStringLiteral("saveErrorMessageBox"));
            if (!saved.error().details.isEmpty())
                box.setDetailedText(saved.error().details.join(QLatin1Char('\n')));
            box.exec();
            return;
        }
        m_current = saved.value();
    }
    QDialog::accept();
}

} // namespace daicho
