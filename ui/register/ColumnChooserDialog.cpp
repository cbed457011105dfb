#include "register/ColumnChooserDialog.h"

#include "register/AssetTableModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

ColumnChooserDialog::ColumnChooserDialog(const QStringList& order, const QStringList& visible, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("columnChooser"));
    setWindowTitle(tr("Columns"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("columnList"));
    for (const QString& key : order) {
        const int c = AssetTableModel::columnOf(key);
        if (c < 0)
            continue;
        auto* item = new QListWidgetItem(AssetTableModel::header(AssetTableModel::columns()[c]), m_list);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(visible.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move &down"), this);
    auto* defaults = new QPushButton(tr("&Default columns"), this);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(defaults, &QPushButton::clicked, this, [this] {
        const QStringList keys = AssetTableModel::defaultColumns();
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    });
    auto* side = new QVBoxLayout;
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch(1);
    side->addWidget(defaults);
    auto* body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    resize(420, 520);
}

void ColumnChooserDialog::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

QStringList ColumnChooserDialog::order() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i)
        keys << m_list->item(i)->data(Qt::UserRole).toString();
    return keys;
}

QStringList ColumnChooserDialog::visible() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys << m_list->item(i)->data(Qt::UserRole).toString();
    return keys;
}

} // namespace daicho
