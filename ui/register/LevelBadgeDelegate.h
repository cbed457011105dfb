#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace daicho {

// Draws a level cell as a badge: the level's code in a rounded box whose fill and border grow with
// the level's weight. The code is always written, so the badge still reads on a black-and-white
// printout or for someone who does not tell red from green.
class LevelBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct Look
    {
        QColor fill;
        QColor text;
        qreal border = 1.0;
    };
    // The look of a level by its tier (0 unset, 1 lowest … 3 highest).
    static Look lookFor(int tier);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace daicho
