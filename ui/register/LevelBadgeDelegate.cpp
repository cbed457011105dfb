#include "register/LevelBadgeDelegate.h"

#include "register/AssetTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace daicho {

LevelBadgeDelegate::Look LevelBadgeDelegate::lookFor(int tier)
{
    switch (tier) {
    case 3: return {QColor(0xb7, 0x1c, 0x1c), Qt::white, 2.0};
    case 2: return {QColor(0xff, 0xd5, 0x80), QColor(0x3e, 0x27, 0x00), 1.5};
    case 1: return {QColor(0xe8, 0xee, 0xf4), QColor(0x1a, 0x2a, 0x3a), 1.0};
    default: return {QColor(), QColor(0x60, 0x60, 0x60), 0.0};
    }
}

void LevelBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString code = index.data(Qt::DisplayRole).toString();
    const QVariant tierValue = index.data(AssetTableModel::LevelRole);
    if (code.isEmpty() || !tierValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection and focus background come from the style, the badge sits on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Look look = lookFor(tierValue.toInt());
    QFont font = option.font;
    font.setBold(tierValue.toInt() >= 2);
    const QFontMetrics fm(font);
    const int w = std::max(fm.horizontalAdvance(code) + fm.height(), fm.height() * 2);
    const int h = std::min(option.rect.height() - 4, fm.height() + 4);
    QRect badge(0, 0, std::min(w, option.rect.width() - 4), h);
    badge.moveCenter(option.rect.center());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (look.fill.isValid()) {
        QPainterPath path;
        path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.5, h / 2.5);
        painter->fillPath(path, look.fill);
        painter->setPen(QPen(look.text, look.border));
        painter->drawPath(path);
    }
    painter->setFont(font);
    painter->setPen(look.text);
    painter->drawText(badge, Qt::AlignCenter, code);
    painter->restore();
}

QSize LevelBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(std::max(size.width(), fm.height() * 3));
    size.setHeight(std::max(size.height(), fm.height() + 8));
    return size;
}

} // namespace daicho
