#include "exchange/ImportWizardPages.h"

#include "domain/Asset.h"
#include "exchange/ImportWizard.h"
#include "exchange/ImportWizardPreviewModel.h"
#include "storage/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace daicho {

namespace {

constexpr int kSampleRows = 3;

QLabel* wrappingLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft |
                        Qt::AlignTop); // a wrapped label may be given more height than it fills
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString fieldLabel(const QString& key)
{
    if (key == QLatin1String("org_code"))
        return ImportMappingPage::tr("Organisation code");
    if (key == QLatin1String("importance"))
        return ImportMappingPage::tr("Importance (compared only)");
    if (const AssetField* f = AssetFields::find(key))
        return f->translatedLabel();
    return key;
}

// Units in the tree's order, each named with the units above it ("市民部 > 保険年金課"), so that the closed
// combo box says which section it is as plainly as the open list.
QVector<QPair<QString, QString>> unitsInTreeOrder(const Register& reg)
{
    const QVector<OrgUnit> units = reg.orgUnits();
    QHash<qint64, QVector<OrgUnit>> children;
    QSet<qint64> ids;
    for (const OrgUnit& u : units)
        ids.insert(u.id);
    for (const OrgUnit& u : units)
        children[ids.contains(u.parentId) ? u.parentId : 0].append(u);
    for (QVector<OrgUnit>& list : children)
        std::stable_sort(list.begin(), list.end(), [](const OrgUnit& a, const OrgUnit& b) {
            return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.code < b.code;
        });
    QVector<QPair<QString, QString>> out; // code, path
    std::function<void(qint64, const QString&)> walk = [&](qint64 parent, const QString& above) {
        for (const OrgUnit& u : children.value(parent)) {
            if (u.validTo.isValid() && u.validTo < QDate::currentDate())
                continue; // a unit that no longer exists takes no new rows
            const QString path = above.isEmpty() ? u.name : above + QStringLiteral(" > ") + u.name;
            out.append({u.code, path});
            walk(u.id, path);
        }
    };
    walk(0, QString());
    return out;
}

} // namespace

// ---- 1) the file ---------------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizard* wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("File to import"));
    setSubTitle(tr("Choose the register sheet (Excel .xlsx or CSV). Daicho reads it and shows what it found; "
                   "nothing is written until the last step."));

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("pathLineEdit"));
    m_path->setPlaceholderText(tr("Excel or CSV file"));
    auto* browse = new QPushButton(tr("&Browse..."));
    browse->setObjectName(QStringLiteral("browsePushButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encodingComboBox"));
    m_encoding->addItem(tr("Automatic"), int(TableReadOptions::Encoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TableReadOptions::Encoding::Utf8));
    m_encoding->addItem(tr("CP932 (Shift_JIS)"), int(TableReadOptions::Encoding::Cp932));
    m_sheet = new QComboBox;
    m_sheet->setObjectName(QStringLiteral("sheetComboBox"));
    m_sheet->setEnabled(false);

    m_org = new QComboBox;
    m_org->setObjectName(QStringLiteral("orgComboBox"));
    m_org->addItem(tr("(each row names its own)"), QString());
    for (const auto& [code, path] : unitsInTreeOrder(wizard->targetRegister()))
        m_org->addItem(path, code);
    const int selected = m_org->findData(wizard->defaultOrgCode());
    m_org->setCurrentIndex(std::max(selected, 0));
    wizard->setDefaultOrgCode(m_org->currentData().toString());

    m_detected = wrappingLabel(QStringLiteral("detectedLabel"));
    m_detected->setMinimumHeight(m_detected->fontMetrics().lineSpacing() * 5);

    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("&Organisation for rows without one:"), m_org);
    auto* orgNote = wrappingLabel(QStringLiteral("orgNoteLabel"));
    orgNote->setText(
        tr("When a section is chosen, rows that name no organisation go to it, and the import is "
           "kept to that section and the units below it."));
    // Wide enough that the form does not reserve the height of a narrow, many-line label.
    orgNote->setMinimumWidth(480);
    form->addRow(QString(), orgNote);
    form->addRow(tr("Found:"), m_detected);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1); // the rows stay together at the top

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::pathEdited);
    connect(m_encoding, &QComboBox::activated, this, &ImportFilePage::optionsChanged);
    connect(m_sheet, &QComboBox::activated, this, &ImportFilePage::optionsChanged);
    connect(m_org, &QComboBox::currentIndexChanged, this,
            [this] { m_wizard->setDefaultOrgCode(m_org->currentData().toString()); });
    connect(wizard, &ImportWizard::tableChanged, this, &ImportFilePage::showTable);
    showTable();
}

void ImportFilePage::browse()
{
    const QString start = m_wizard->filePath().isEmpty()
                              ? QFileInfo(m_wizard->targetRegister().path()).absolutePath()
                              : QFileInfo(m_wizard->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import from Excel"), start, tr("Register sheets (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    m_wizard->openFile(path);
}

void ImportFilePage::pathEdited()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path != m_wizard->filePath())
        m_wizard->openFile(path);
}

void ImportFilePage::optionsChanged()
{
    TableReadOptions options;
    options.encoding = TableReadOptions::Encoding(m_encoding->currentData().toInt());
    if (m_sheet->isEnabled())
        options.sheet = m_sheet->currentText();
    m_wizard->setReadOptions(options);
}

void ImportFilePage::showTable()
{
    const QString path = m_wizard->filePath();
    if (QDir::fromNativeSeparators(m_path->text().trimmed()) != path)
        m_path->setText(QDir::toNativeSeparators(path));
    const bool xlsx = !m_wizard->sheetNames().isEmpty();
    m_encoding->setEnabled(!xlsx);
    m_encoding->setCurrentIndex(m_encoding->findData(int(m_wizard->readOptions().encoding)));
    m_sheet->setEnabled(xlsx);
    m_sheet->clear();
    m_sheet->addItems(m_wizard->sheetNames());
    // The sheet read, or the one asked for when it could not be read (the message below names it).
    const QString sheet = m_wizard->hasTable() ? m_wizard->table().sheetName : m_wizard->readOptions().sheet;
    m_sheet->setCurrentIndex(std::max(0, m_sheet->findText(sheet)));

    QStringList lines;
    if (m_wizard->hasTable()) {
        const SheetTable& t = m_wizard->table();
        if (!t.encoding.isEmpty())
            lines << tr("Encoding: %1").arg(m_wizard->encodingText());
        if (!t.sheetName.isEmpty())
            lines << tr("Sheet: %1").arg(t.sheetName);
        const HeaderMapping& m = m_wizard->mapping();
        if (m.headerRow() >= 0) {
            lines << (m.headerRowCount() == 2
                          ? tr("Column names: rows %1-%2").arg(m.headerRow()).arg(m.headerRow() + 1)
                          : tr("Column names: row %1").arg(m.headerRow() + 1));
            int dataRows = 0;
            for (int r = m.firstDataRow(); r < t.rows.size(); ++r)
                if (std::any_of(t.rows[r].begin(), t.rows[r].end(),
                                [](const QString& c) { return !c.trimmed().isEmpty(); }))
                    ++dataRows;
            lines << tr("%n row(s) of data below them.", nullptr, dataRows);
        }
    }
    QString text =
        lines.join(QLatin1Char('\n')).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!m_wizard->readError().isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("<br>")) +
                QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                    .arg(m_wizard->readError().toHtmlEscaped());
    if (path.isEmpty())
        text = tr("No file chosen yet.").toHtmlEscaped();
    m_detected->setText(text);
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_wizard->hasTable() && m_wizard->readError().isEmpty();
}

// ---- 2) the columns ------------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard* wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Columns"));
    setSubTitle(tr("Each column of the file and the register field it goes into, as Daicho guessed from its "
                   "name. Correct any that are wrong; \"(not imported)\" leaves a column out."));
    m_summary = wrappingLabel(QStringLiteral("mappingSummaryLabel"));
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("mappingTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Values (first rows)"), tr("Register field")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_missing = wrappingLabel(QStringLiteral("missingLabel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missing);
}

void ImportMappingPage::initializePage()
{
    const HeaderMapping& mapping = m_wizard->mapping();
    const SheetTable& table = m_wizard->table();
    const QVector<MappedColumn>& columns = mapping.columns();

    // A few rows with values, for the person to recognise each column by what it holds.
    QVector<int> samples;
    for (int r = mapping.firstDataRow(); r < table.rows.size() && samples.size() < kSampleRows; ++r)
        if (std::any_of(table.rows[r].begin(), table.rows[r].end(),
                        [](const QString& c) { return !c.trimmed().isEmpty(); }))
            samples << r;

    m_table->setRowCount(0);
    m_combos = QVector<QComboBox*>(columns.size(), nullptr);
    const QStringList keys = HeaderMapping::keys();
    for (int i = 0; i < columns.size(); ++i) {
        const MappedColumn& c = columns[i];
        QStringList values;
        for (int r : samples)
            if (c.column < table.rows[r].size() && !table.rows[r][c.column].trimmed().isEmpty())
                values << table.rows[r][c.column].simplified();
        if (c.header.trimmed().isEmpty() && c.key.isEmpty() && values.isEmpty())
            continue; // an empty column at the edge of the sheet: nothing to decide
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* header = new QTableWidgetItem(QStringLiteral("%1: %2").arg(
            TableReader::columnName(c.column), c.header.isEmpty() ? tr("(no name)") : c.header));
        header->setData(Qt::UserRole, i); // the mapping column this row shows
        m_table->setItem(row, 0, header);
        auto* sample = new QTableWidgetItem(values.join(QStringLiteral(" / ")));
        sample->setToolTip(values.join(QLatin1Char('\n')));
        m_table->setItem(row, 1, sample);

        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("fieldComboBox%1").arg(c.column));
        combo->addItem(tr("(not imported)"), QString());
        for (const QString& key : keys)
            // Status and disposal change only through Daicho's own steps: offered only when the file has
            // them.
            if (!HeaderMapping::isManagedKey(key) || key == c.key)
                combo->addItem(fieldLabel(key), key);
        m_table->setCellWidget(row, 2, combo);
        m_combos[i] = combo;
        connect(combo, &QComboBox::activated, this, [this, i, combo] { keyChosen(i, combo); });
    }
    syncCombos();
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 320));
    m_table->resizeColumnToContents(2);
    m_table->setColumnWidth(2, std::max(m_table->columnWidth(2), 220));
    showMissing();
}

void ImportMappingPage::keyChosen(int index, QComboBox* combo)
{
    m_wizard->mapping().setKey(m_wizard->mapping().columns().at(index).column,
                               combo->currentData().toString());
    // A field another column fed has moved here: that column now shows "(not imported)".
    syncCombos();
    showMissing();
}

void ImportMappingPage::syncCombos()
{
    const QVector<MappedColumn>& columns = m_wizard->mapping().columns();
    for (int i = 0; i < m_combos.size(); ++i) {
        QComboBox* combo = m_combos[i];
        if (!combo)
            continue;
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(columns[i].key)));
    }
    // Columns left out are greyed, so the ones that go into the register stand out.
    const QBrush out = palette().brush(QPalette::Disabled, QPalette::Text);
    const QBrush in = palette().brush(QPalette::Active, QPalette::Text);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int index = m_table->item(row, 0)->data(Qt::UserRole).toInt();
        for (int c = 0; c < 2; ++c)
            m_table->item(row, c)->setForeground(columns[index].key.isEmpty() ? out : in);
    }
}

void ImportMappingPage::showMissing()
{
    const HeaderMapping& mapping = m_wizard->mapping();
    int imported = 0;
    for (const MappedColumn& c : mapping.columns())
        if (!c.key.isEmpty())
            ++imported;
    m_summary->setText(
        tr("%1 of %n column(s) go into the register.", nullptr, int(m_table->rowCount())).arg(imported));
    const QStringList missing = m_wizard->missingRequired();
    if (missing.isEmpty())
        m_missing->setText(tr("Every required field has a column."));
    else
        m_missing->setText(
            QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                .arg(tr("Required and not found: %1.").arg(missing.join(tr(", "))).toHtmlEscaped()));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->missingRequired().isEmpty();
}

// ---- 3) the preview ------------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check"));
    setSubTitle(tr("What the import would do to each row. Nothing has been written yet."));
    setCommitPage(true);

    m_counts = wrappingLabel(QStringLiteral("countsLabel"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_fileProblems = wrappingLabel(QStringLiteral("fileProblemsLabel"));
    m_problemsOnly = new QCheckBox(tr("Show only rows with &problems"));
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheckBox"));
    m_model = new ImportWizardPreviewModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("previewTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_save = new QPushButton(tr("&Save Problems as CSV..."));
    m_save->setObjectName(QStringLiteral("saveProblemsPushButton"));
    m_cleanOnly = new QCheckBox;
    m_cleanOnly->setObjectName(QStringLiteral("cleanRowsCheckBox"));
    m_blocked = wrappingLabel(QStringLiteral("blockedLabel"));
    m_rowDetails = wrappingLabel(QStringLiteral("rowDetailsLabel"));
    m_rowDetails->setTextFormat(Qt::PlainText);
    m_rowDetails->setMinimumHeight(m_rowDetails->fontMetrics().lineSpacing() * 3);

    auto* top = new QHBoxLayout;
    top->addWidget(m_counts, 1);
    top->addWidget(m_problemsOnly);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_cleanOnly);
    bottom->addStretch(1);
    bottom->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_fileProblems);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_rowDetails);
    layout->addLayout(bottom);
    layout->addWidget(m_blocked);

    connect(m_problemsOnly, &QCheckBox::toggled, m_model, &ImportWizardPreviewModel::setProblemsOnly);
    // A cell holds one line; the row chosen shows every problem (and what an update changes) in full.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportPreviewPage::showRow);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showRow(QModelIndex()); });
    connect(m_save, &QPushButton::clicked, this, &ImportPreviewPage::saveProblems);
    connect(m_cleanOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->setCleanRowsOnly(on);
        updateBlocked();
    });
}

void ImportPreviewPage::initializePage()
{
    // The plan is built here, once per visit: a 10,000-row file is checked in about a second.
    m_model->setPlan(nullptr, {});
    m_wizard->buildPlan();
    const ImportPlan* plan = m_wizard->plan();
    QHash<qint64, QString> orgNames;
    for (const OrgUnit& u : m_wizard->targetRegister().orgUnits())
        orgNames.insert(u.id, u.name);
    m_model->setPlan(plan, orgNames);
    {
        const QSignalBlocker block(m_problemsOnly);
        m_problemsOnly->setChecked(false);
    }
    m_model->setProblemsOnly(false);
    {
        const QSignalBlocker block(m_cleanOnly);
        m_cleanOnly->setChecked(false);
    }

    const int rejected = plan ? plan->count(ImportAction::Rejected) : 0;
    if (plan)
        m_counts->setText(tr("To add: %1    To update: %2    Unchanged: %3    Rejected: %4")
                              .arg(plan->count(ImportAction::Add))
                              .arg(plan->count(ImportAction::Update))
                              .arg(plan->count(ImportAction::Unchanged))
                              .arg(rejected));
    else
        m_counts->clear();
    QStringList notes;
    if (plan)
        for (const ImportProblem& p : plan->fileProblems())
            notes << QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(p.severity == Severity::Error ? QStringLiteral("#b00020")
                                                            : QStringLiteral("#8a6d00"),
                              p.message.toHtmlEscaped());
    m_fileProblems->setText(notes.join(QStringLiteral("<br>")));
    m_fileProblems->setVisible(!notes.isEmpty());
    m_cleanOnly->setText(
        tr("Import only the clean rows and leave out the %n rejected row(s)", nullptr, rejected));
    m_cleanOnly->setVisible(plan && rejected > 0 && !plan->fileRefused());
    m_save->setEnabled(plan && plan->hasErrors());
    m_view->resizeColumnsToContents();
    for (int c = 0; c < ImportWizardPreviewModel::ProblemsColumn; ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 260));
    updateBlocked();
}

void ImportPreviewPage::showRow(const QModelIndex& index)
{
    const PlannedRow* row = index.isValid() ? m_model->plannedRow(index.row()) : nullptr;
    if (!row) {
        m_rowDetails->setText(tr("Choose a row to see all of its problems."));
        return;
    }
    const QString details = m_model->details(*row);
    m_rowDetails->setText(
        tr("Row %1: %2").arg(row->row).arg(details.isEmpty() ? tr("no problems") : details));
}

void ImportPreviewPage::updateBlocked()
{
    const QString why = m_wizard->blockedReason();
    if (why.isEmpty()) {
        const ImportPlan* plan = m_wizard->plan();
        m_blocked->setText(
            m_wizard->cleanRowsOnly()
                ? tr("Import writes the %1 clean row(s) in one step; the rejected rows are left out.")
                      .arg(plan->count(ImportAction::Add) + plan->count(ImportAction::Update))
                : tr("Import writes every row in one step, with its history."));
    } else {
        // Red for what is wrong; a file that changes nothing is not an error.
        const ImportPlan* plan = m_wizard->plan();
        const bool wrong = !plan || plan->fileRefused() || plan->hasErrors();
        m_blocked->setText(
            wrong ? QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(why.toHtmlEscaped())
                  : why.toHtmlEscaped());
    }
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard->blockedReason().isEmpty();
}

void ImportPreviewPage::saveProblems()
{
    const QFileInfo in(m_wizard->filePath());
    const QString suggested = in.dir().filePath(tr("%1_problems.csv").arg(in.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Problems as CSV"), suggested,
                                                      tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_wizard->saveProblems(path, &error))
        QMessageBox::warning(this, tr("Save Problems as CSV"), error);
}

bool ImportPreviewPage::validatePage()
{
    // The write is one transaction on this thread (the register's connection lives here): say what is
    // happening before the window stops answering for the seconds a city's file takes.
    const ImportPlan* plan = m_wizard->plan();
    const int writing = plan ? plan->count(ImportAction::Add) + plan->count(ImportAction::Update) : 0;
    m_blocked->setText(tr("Importing %n row(s)...", nullptr, writing));
    wizard()->button(QWizard::CommitButton)->setEnabled(false);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const Result<ImportResult> done = m_wizard->apply();
    if (done)
        return true;
    QMessageBox::warning(this, tr("Import from Excel"),
                         done.error().message + QStringLiteral("\n\n") + tr("Nothing was written."));
    // A colleague may have changed the register meanwhile: check again against what it holds now.
    initializePage();
    return false;
}

// ---- 4) the outcome ------------------------------------------------------------------------------

ImportResultPage::ImportResultPage(ImportWizard* wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Imported"));
    setSubTitle(tr("What was written to the register."));
    m_result = wrappingLabel(QStringLiteral("resultLabel"));
    m_result->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addStretch(1);
}

void ImportResultPage::initializePage()
{
    const std::optional<ImportResult>& r = m_wizard->result();
    if (!r) {
        m_result->clear();
        return;
    }
    QString text = tr("%1 was imported into the register: %2 added, %3 updated, %4 unchanged.")
                       .arg(QFileInfo(m_wizard->filePath()).fileName())
                       .arg(r->added)
                       .arg(r->updated)
                       .arg(r->unchanged);
    if (r->rejected > 0)
        text +=
            QLatin1Char('\n') + tr("%n rejected row(s) were left out; correct them in the file and import it "
                                   "again (the rows already imported stay unchanged).",
                                   nullptr, r->rejected);
    text += QLatin1Char('\n') + tr("Each change is recorded in the assets' history.");
    m_result->setText(text);
}

} // namespace daicho
