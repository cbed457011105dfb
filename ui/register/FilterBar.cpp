#include "register/FilterBar.h"

#include "calendar/JapaneseDate.h"
#include "domain/Catalog.h"
#include "domain/Vocabulary.h"

#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

namespace daicho {

namespace {

void fillVocabulary(QComboBox* combo, const Vocabulary& vocabulary)
{
    for (const Term& t : vocabulary.terms())
        combo->addItem(vocabulary.label(t.code), t.code);
}

// "期限切れ(&O)" and "&Overdue" as they read in a sentence.
QString withoutMnemonic(QString text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\(&.\\)"));
    return text.remove(bracketed).remove(QLatin1Char('&'));
}

std::optional<bool> yesNo(const QComboBox* combo)
{
    const QVariant v = combo->currentData();
    if (!v.isValid())
        return std::nullopt;
    return v.toBool();
}

} // namespace

FilterBar::FilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_typing, &QTimer::timeout, this, &FilterBar::filterChanged);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search asset number, name, business, storage place, remarks (Ctrl+F)"));
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing->start(); });

    m_overdue = new QCheckBox(tr("&Overdue reviews"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_findings = new QCheckBox(tr("With &findings"), this);
    m_findings->setObjectName(QStringLiteral("findingsFilter"));
    m_disposed = new QCheckBox(tr("Show &disposed"), this);
    m_disposed->setObjectName(QStringLiteral("disposedFilter"));
    for (QCheckBox* box : {m_overdue, m_findings, m_disposed})
        connect(box, &QCheckBox::toggled, this, &FilterBar::emitSoon);
    auto* clearButton = new QPushButton(tr("C&lear filters"), this);
    clearButton->setObjectName(QStringLiteral("clearFilters"));
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);

    m_level[0] = addCombo(QStringLiteral("levelFilter_c"), tr("Confidentiality: all"));
    m_level[1] = addCombo(QStringLiteral("levelFilter_i"), tr("Integrity: all"));
    m_level[2] = addCombo(QStringLiteral("levelFilter_a"), tr("Availability: all"));
    m_stage = addCombo(QStringLiteral("stageFilter"), tr("Stage: all"));
    fillVocabulary(m_stage, Vocabulary::stages());
    m_status = addCombo(QStringLiteral("statusFilter"), tr("Status: all"));
    fillVocabulary(m_status, Vocabulary::statuses());
    m_segment = addCombo(QStringLiteral("segmentFilter"), tr("Network: all"));
    m_personal = addCombo(QStringLiteral("personalFilter"), tr("Personal data: all"));
    m_personal->addItem(tr("With personal data"), int(AssetFilter::Personal::Personal));
    m_personal->addItem(tr("Sensitive personal data"), int(AssetFilter::Personal::Sensitive));
    m_personal->addItem(tr("Specific personal data (My Number)"), int(AssetFilter::Personal::Specific));
    m_personal->addItem(tr("Needs a file register entry (1,000+ people)"), int(AssetFilter::Personal::FileRegister));
    m_personal->addItem(tr("No personal data"), int(AssetFilter::Personal::NoPersonal));
    m_outsourced = addCombo(QStringLiteral("outsourcedFilter"), tr("Outsourcing: all"));
    m_outsourced->addItem(tr("Outsourced"), true);
    m_outsourced->addItem(tr("Not outsourced"), false);
    m_cloud = addCombo(QStringLiteral("cloudFilter"), tr("Cloud: all"));
    m_cloud->addItem(tr("In the cloud"), true);
    m_cloud->addItem(tr("Not in the cloud"), false);

    // Three short rows rather than one long one, so the table keeps its width on a 1366-pixel laptop.
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_overdue);
    top->addWidget(m_findings);
    top->addWidget(m_disposed);
    auto* pickers = new QGridLayout;
    pickers->setHorizontalSpacing(4);
    pickers->setVerticalSpacing(4);
    const int perRow = 5;
    for (int i = 0; i < m_combos.size(); ++i)
        pickers->addWidget(m_combos[i], i / perRow, i % perRow);
    pickers->addWidget(clearButton, int(m_combos.size()) / perRow, int(m_combos.size()) % perRow);
    for (int c = 0; c < perRow; ++c)
        pickers->setColumnStretch(c, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(pickers);
}

QComboBox* FilterBar::addCombo(const QString& objectName, const QString& anyText)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(anyText);
    // Long names (the city's segment names) are cut short in the box and shown whole in the list.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->view()->setTextElideMode(Qt::ElideNone);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitSoon);
    connect(combo, &QComboBox::currentTextChanged, combo, &QWidget::setToolTip);
    m_combos << combo;
    return combo;
}

void FilterBar::emitSoon()
{
    if (!m_quiet)
        emit filterChanged();
}

void FilterBar::setCatalog(const Catalog& catalog)
{
    m_quiet = true;
    const ClassificationScheme* scheme = catalog.scheme(catalog.defaultSchemeId);
    for (int i = 0; i < 3; ++i) {
        QComboBox* combo = m_level[i];
        const QVariant keep = combo->currentData();
        while (combo->count() > 1)
            combo->removeItem(1);
        const AxisScale* scale = scheme ? &scheme->axis(kAllAxes[i]) : nullptr;
        combo->setVisible(scale && scale->used);
        if (scale) {
            // Highest first, as people read a scale.
            for (auto it = scale->levels.crbegin(); it != scale->levels.crend(); ++it)
                combo->addItem(QStringLiteral("%1 %2").arg(scale->name, it->code), it->code);
            if (scale->allowsNotApplicable)
                combo->addItem(QStringLiteral("%1 －").arg(scale->name), notApplicableCode());
        }
        combo->setCurrentIndex(std::max(0, combo->findData(keep)));
    }
    const QVariant keepSegment = m_segment->currentData();
    while (m_segment->count() > 1)
        m_segment->removeItem(1);
    for (const NetworkSegment& s : catalog.segments)
        m_segment->addItem(s.name, s.code);
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(keepSegment)));
    for (QComboBox* combo : m_combos)
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    m_quiet = false;
    emit filterChanged();
}

AssetFilter FilterBar::filter() const
{
    AssetFilter f;
    for (int i = 0; i < 3; ++i)
        if (m_level[i]->currentIndex() > 0)
            f.levels.append({kAllAxes[i], m_level[i]->currentData().toString()});
    f.stage = m_stage->currentData().toString();
    f.status = m_status->currentData().toString();
    f.segment = m_segment->currentData().toString();
    if (m_personal->currentIndex() > 0)
        f.personal = AssetFilter::Personal(m_personal->currentData().toInt());
    f.outsourced = yesNo(m_outsourced);
    f.cloud = yesNo(m_cloud);
    f.overdueOnly = m_overdue->isChecked();
    f.findingsOnly = m_findings->isChecked();
    f.includeDisposed = m_disposed->isChecked();
    f.text = m_search->text();
    f.upToFiscalYear = m_upToFiscalYear;
    return f;
}

QString FilterBar::describe() const
{
    QStringList parts;
    if (!m_search->text().trimmed().isEmpty())
        parts << tr("search \"%1\"").arg(m_search->text().trimmed());
    for (QComboBox* combo : m_combos)
        if (combo->currentIndex() > 0)
            parts << combo->currentText();
    for (QCheckBox* box : {m_overdue, m_findings})
        if (box->isChecked())
            parts << withoutMnemonic(box->text());
    if (m_upToFiscalYear > 0)
        parts << tr("%1 and earlier").arg(JapaneseDate::formatFiscalYear(m_upToFiscalYear));
    return parts.join(QStringLiteral(", "));
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

namespace {

// Selects the entry holding `value`, adding it (labelled with the value) when the list lacks it,
// as a level of another scheme may.
void selectData(QComboBox* combo, const QVariant& value, const QString& label)
{
    if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        combo->setCurrentIndex(0);
        return;
    }
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(label, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

void FilterBar::setFilter(const AssetFilter& f)
{
    m_quiet = true;
    m_search->setText(f.text);
    m_typing->stop();
    for (int i = 0; i < 3; ++i) {
        QString code;
        for (const auto& level : f.levels)
            if (level.first == kAllAxes[i])
                code = level.second;
        selectData(m_level[i], code, code);
    }
    selectData(m_stage, f.stage, Vocabulary::stages().label(f.stage));
    selectData(m_status, f.status, Vocabulary::statuses().label(f.status));
    selectData(m_segment, f.segment, f.segment);
    selectData(m_personal, f.personal == AssetFilter::Personal::Any ? QVariant() : QVariant(int(f.personal)), QString());
    selectData(m_outsourced, f.outsourced ? QVariant(*f.outsourced) : QVariant(), QString());
    selectData(m_cloud, f.cloud ? QVariant(*f.cloud) : QVariant(), QString());
    m_overdue->setChecked(f.overdueOnly);
    m_findings->setChecked(f.findingsOnly);
    m_disposed->setChecked(f.includeDisposed);
    m_upToFiscalYear = f.upToFiscalYear;
    m_quiet = false;
    emit filterChanged();
}

void FilterBar::clear()
{
    m_quiet = true;
    m_search->clear();
    m_typing->stop();
    for (QComboBox* combo : m_combos)
        combo->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_findings->setChecked(false);
    m_disposed->setChecked(false);
    m_upToFiscalYear = 0;
    m_quiet = false;
    emit filterChanged();
}

} // namespace daicho
