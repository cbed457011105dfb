#include "register/AssetTableModel.h"

#include "calendar/JapaneseDate.h"
#include "domain/ReviewPolicy.h"
#include "storage/Register.h"

#include <QBrush>
#include <QColor>

namespace daicho {

AssetTableModel::AssetTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AssetTableModel::setRegister(const Register* reg)
{
    m_register = reg;
    reload();
}

void AssetTableModel::reload()
{
    beginResetModel();
    m_assets = m_register ? m_register->assets() : QVector<Asset>();
    endResetModel();
}

const Asset* AssetTableModel::assetAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_assets.size())
        return nullptr;
    return &m_assets[index.row()];
}

int AssetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_assets.size();
}

int AssetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetTableModel::data(const QModelIndex& index, int role) const
{
    const Asset* a = assetAt(index);
    if (!a || !m_register)
        return {};
    const Catalog& cat = m_register->catalog();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case AssetNo: return a->assetNo;
        case Organisation: return a->orgName;
        case Business: return a->business;
        case Name: return a->name;
        case Label: return cat.compactLabel(*a);
        case Importance: return cat.importance(*a);
        case Stage: return Vocabulary::stages().label(a->stage);
        case Status: return Vocabulary::statuses().label(a->status);
        case NextReview: return JapaneseDate::format(a->nextReview);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Label)
        return cat.labelText(*a);
    if (role == Qt::ForegroundRole) {
        if (a->isDisposed())
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == NextReview
            && ReviewPolicy::isOverdue(a->nextReview, a->isDisposed(), m_register->clock().today()))
            return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    return {};
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AssetNo: return tr("Asset no.");
    case Organisation: return tr("Organisation");
    case Business: return tr("Business");
    case Name: return tr("Asset name");
    case Label: return tr("Classification");
    case Importance: return tr("Importance");
    case Stage: return tr("Stage");
    case Status: return tr("Status");
    case NextReview: return tr("Next review");
    default: return {};
    }
}

} // namespace daicho
