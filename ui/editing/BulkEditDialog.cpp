#include "editing/BulkEditDialog.h"

#include "storage/Register.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace daicho {

BulkEditDialog::BulkEditDialog(const Register& reg, int assetCount, QWidget* parent)
    : QDialog(parent), m_register(reg)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Change %n selected asset(s)", nullptr, assetCount));
    m_choice = new QButtonGroup(this);

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("bulkStage"));
    for (const Term& t : Vocabulary::stages().terms())
        if (t.code != QLatin1String("dispose"))   // disposal asks for its own record
            m_stage->addItem(Vocabulary::stages().label(t.code), t.code);
    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("bulkOrg"));
    const QDate today = reg.clock().today();
    for (const OrgUnit& u : reg.orgUnits())
        if (u.isValidOn(today))
            m_org->addItem(QStringLiteral("%1 %2").arg(u.code, u.name), u.code);
    m_review = new QDateEdit(today.addYears(1), this);
    m_review->setObjectName(QStringLiteral("bulkReview"));
    m_review->setCalendarPopup(true);
    m_review->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("bulkSegment"));
    for (const NetworkSegment& s : reg.catalog().segments)
        m_segment->addItem(s.name, s.code);
    m_axis = new QComboBox(this);
    m_axis->setObjectName(QStringLiteral("bulkAxis"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("bulkLevel"));
    const ClassificationScheme* scheme = reg.catalog().scheme(reg.catalog().defaultSchemeId);
    if (scheme)
        for (Axis axis : kAllAxes)
            if (scheme->axis(axis).used)
                m_axis->addItem(scheme->axis(axis).name, axisCode(axis));
    auto fillLevels = [this, scheme] {
        m_level->clear();
        Axis axis;
        if (!scheme || !axisFromCode(m_axis->currentData().toString(), &axis))
            return;
        const AxisScale& scale = scheme->axis(axis);
        for (auto it = scale.levels.crbegin(); it != scale.levels.crend(); ++it)
            m_level->addItem(QStringLiteral("%1  %2").arg(it->code, it->label), it->code);
        if (scale.allowsNotApplicable)
            m_level->addItem(tr("－ (not applicable)"), notApplicableCode());
    };
    connect(m_axis, &QComboBox::currentIndexChanged, this, fillLevels);
    fillLevels();

    auto* grid = new QGridLayout;
    auto addRow = [&](What what, const QString& label, QWidget* a, QWidget* b = nullptr) {
        auto* radio = new QRadioButton(label, this);
        radio->setObjectName(QStringLiteral("bulkChoice%1").arg(int(what)));
        m_choice->addButton(radio, int(what));
        const int row = grid->rowCount();
        grid->addWidget(radio, row, 0);
        grid->addWidget(a, row, 1, 1, b ? 1 : 2);
        if (b)
            grid->addWidget(b, row, 2);
    };
    addRow(What::Stage, tr("&Lifecycle stage"), m_stage);
    addRow(What::Organisation, tr("&Organisation"), m_org);
    addRow(What::NextReview, tr("&Next review due"), m_review);
    addRow(What::Segment, tr("Network &segment"), m_segment);
    addRow(What::Level, tr("Le&vel"), m_axis, m_level);
    m_choice->button(int(What::Stage))->setChecked(true);
    connect(m_choice, &QButtonGroup::idToggled, this, &BulkEditDialog::updateEnabled);

    auto* note = new QLabel(tr("Approved assets that change go back to draft and need approval again."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateEnabled();
}

BulkEditDialog::What BulkEditDialog::what() const
{
    return What(m_choice->checkedId());
}

QString BulkEditDialog::stage() const
{
    return m_stage->currentData().toString();
}

void BulkEditDialog::updateEnabled()
{
    m_stage->setEnabled(what() == What::Stage);
    m_org->setEnabled(what() == What::Organisation);
    m_review->setEnabled(what() == What::NextReview);
    m_segment->setEnabled(what() == What::Segment);
    m_axis->setEnabled(what() == What::Level);
    m_level->setEnabled(what() == What::Level);
}

void BulkEditDialog::apply(Asset& asset) const
{
    switch (what()) {
    case What::Stage: break;
    case What::Organisation:
        if (const auto org = m_register.orgUnitByCode(m_org->currentData().toString())) {
            asset.orgId = org->id;
            asset.orgCode = org->code;
            asset.orgName = org->name;
        }
        break;
    case What::NextReview: asset.nextReview = m_review->date(); break;
    case What::Segment: asset.networkSegment = m_segment->currentData().toString(); break;
    case What::Level: {
        Axis axis;
        if (axisFromCode(m_axis->currentData().toString(), &axis))
            asset.setLevel(axis, m_level->currentData().toString());
        break;
    }
    }
}

QString BulkEditDialog::describe() const
{
    switch (what()) {
    case What::Stage: return tr("Stage: %1").arg(m_stage->currentText());
    case What::Organisation: return tr("Organisation: %1").arg(m_org->currentText());
    case What::NextReview: return tr("Next review due: %1").arg(m_review->date().toString(Qt::ISODate));
    case What::Segment: return tr("Network segment: %1").arg(m_segment->currentText());
    case What::Level: return tr("%1: %2").arg(m_axis->currentText(), m_level->currentData().toString());
    }
    return {};
}

} // namespace daicho
