#include "editor/RestrictionOverridesWidget.h"

#include "domain/Catalog.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

namespace {
constexpr int CodeRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
} // namespace

RestrictionOverridesWidget::RestrictionOverridesWidget(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("restrictionsList"));
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(120);
    m_list->setToolTip(tr("What staff must do with this asset: the restrictions its levels imply, with the "
                          "changes made for this asset."));
    layout->addWidget(m_list, 1);

    auto* grid = new QGridLayout;
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("restrictionCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_add = new QPushButton(tr("A&dd"), this);
    m_add->setObjectName(QStringLiteral("addRestrictionButton"));
    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("Add the chosen restriction to this asset (needs a reason)"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeRestrictionButton"));
    m_remove->setAutoDefault(false);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("restrictionReasonEdit"));
    m_reason->setPlaceholderText(tr("Needed to add or remove one"));
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto* otherLabel = new QLabel(tr("Ot&her restriction:"), this);
    otherLabel->setBuddy(m_combo);
    grid->addWidget(reasonLabel, 0, 0);
    grid->addWidget(m_reason, 0, 1, 1, 2);
    grid->addWidget(otherLabel, 1, 0);
    grid->addWidget(m_combo, 1, 1);
    grid->addWidget(m_add, 1, 2);
    grid->addWidget(m_remove, 2, 2);
    grid->setColumnStretch(1, 1);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("restrictionHintLabel"));
    m_hint->setWordWrap(true);
    grid->addWidget(m_hint, 2, 0, 1, 2);
    layout->addLayout(grid);

    connect(m_add, &QPushButton::clicked, this, &RestrictionOverridesWidget::addSelected);
    connect(m_remove, &QPushButton::clicked, this, &RestrictionOverridesWidget::removeOrRestoreSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &RestrictionOverridesWidget::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, [this] { showHint(QString(), false); });
    updateButtons();
}

void RestrictionOverridesWidget::setOverrides(const QVector<RestrictionOverride>& overrides)
{
    m_overrides = overrides;
}

void RestrictionOverridesWidget::refresh(const Asset& current)
{
    Asset asset = current;
    asset.restrictionOverrides = m_overrides;
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(CodeRole).toString() : QString();
    const QVector<Restriction> effective = m_catalog.effectiveRestrictions(asset);

    m_list->clear();
    QStringList shown;
    auto overrideOf = [this](const QString& code) -> const RestrictionOverride* {
        for (const RestrictionOverride& o : m_overrides)
            if (o.code == code)
                return &o;
        return nullptr;
    };
    for (const Restriction& r : effective) {
        auto* item = new QListWidgetItem(r.text, m_list);
        item->setData(CodeRole, r.code);
        shown << r.code;
        const RestrictionOverride* o = overrideOf(r.code);
        if (o && o->add) {
            item->setText(tr("%1 (added: %2)").arg(r.text, o->reason));
            item->setData(KindRole, int(Added));
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
        } else {
            item->setData(KindRole, int(Implied));
        }
        item->setToolTip(item->text());
    }
    for (const RestrictionOverride& o : m_overrides) {
        if (o.add || shown.contains(o.code))
            continue;
        const Restriction* r = m_catalog.restriction(o.code);
        auto* item = new QListWidgetItem(tr("%1 (removed: %2)").arg(r ? r->text : o.code, o.reason), m_list);
        item->setData(CodeRole, o.code);
        item->setData(KindRole, int(Removed));
        QFont f = item->font();
        f.setStrikeOut(true);
        item->setFont(f);
        item->setForeground(m_list->palette().brush(QPalette::Disabled, QPalette::Text));
        item->setToolTip(item->text());
    }
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(CodeRole).toString() == selected)
            m_list->setCurrentRow(i);

    const QString chosen = m_combo->currentData().toString();
    m_combo->clear();
    for (const Restriction& r : m_catalog.restrictions) {
        if (shown.contains(r.code))
            continue;
        m_combo->addItem(r.text, r.code);
        m_combo->setItemData(m_combo->count() - 1, r.text, Qt::ToolTipRole);
    }
    const int index = m_combo->findData(chosen);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    updateButtons();
}

void RestrictionOverridesWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_reason->setReadOnly(readOnly);
    m_combo->setEnabled(!readOnly);
    updateButtons();
}

bool RestrictionOverridesWidget::takeReason(QString* reason)
{
    *reason = m_reason->text().trimmed();
    if (reason->isEmpty()) {
        showHint(
            tr("Give a reason first: every change to the handling restrictions is recorded with its reason."),
            true);
        m_reason->setFocus();
        return false;
    }
    return true;
}

void RestrictionOverridesWidget::addSelected()
{
    const QString code = m_combo->currentData().toString();
    QString reason;
    if (code.isEmpty() || !takeReason(&reason))
        return;
    // Adding back a restriction that was removed just drops the removal.
    for (int i = 0; i < m_overrides.size(); ++i)
        if (m_overrides[i].code == code)
            m_overrides.removeAt(i--);
    m_overrides.append({code, true, reason});
    m_reason->clear();
    showHint(QString(), false);
    emit overridesChanged();
}

void RestrictionOverridesWidget::removeOrRestoreSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString code = item->data(CodeRole).toString();
    const Kind kind = Kind(item->data(KindRole).toInt());
    if (kind == Implied) {
        QString reason;
        if (!takeReason(&reason))
            return;
        m_overrides.append({code, false, reason});
        m_reason->clear();
    } else {
        // Undoing the asset's own change needs no reason: the asset returns to what its levels imply.
        for (int i = 0; i < m_overrides.size(); ++i)
            if (m_overrides[i].code == code)
                m_overrides.removeAt(i--);
    }
    showHint(QString(), false);
    emit overridesChanged();
}

void RestrictionOverridesWidget::updateButtons()
{
    QListWidgetItem* item = m_list->currentItem();
    const Kind kind = item ? Kind(item->data(KindRole).toInt()) : Implied;
    m_remove->setText(kind == Removed ? tr("R&estore") : tr("Re&move"));
    m_remove->setToolTip(kind == Implied
                             ? tr("Remove the selected restriction for this asset (needs a reason)")
                             : tr("Undo this asset's change to the selected restriction"));
    m_remove->setEnabled(!m_readOnly && item);
    m_add->setEnabled(!m_readOnly && m_combo->count() > 0);
}

void RestrictionOverridesWidget::showHint(const QString& text, bool error)
{
    m_hint->setText(text);
    QPalette p = m_hint->palette();
    p.setColor(QPalette::WindowText,
               error ? QColor(0xb0, 0x1c, 0x1c) : palette().color(QPalette::WindowText));
    m_hint->setPalette(p);
}

} // namespace daicho
