#include "statuschipdelegate.h"

#include "caselistmodel.h"
#include "common/theme.h"

#include <QApplication>
#include <QPainter>

namespace flowdesk {

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant status = index.data(CaseListModel::StatusRole);
    if (!status.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection as usual, then the chip instead of the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    const auto s = InterviewStatus(status.toInt());
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 0.92);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 4;
    const int width = metrics.horizontalAdvance(text) + 18;
    QRect chip(0, 0, width, height);
    chip.moveCenter(option.rect.center());
    if (option.direction == Qt::RightToLeft)
        chip.moveRight(option.rect.right() - 6);
    else
        chip.moveLeft(option.rect.left() + 6);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::statusFill(s));
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setPen(theme::statusText(s));
    painter->setFont(font);
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 24;
    return size;
}

} // namespace flowdesk
