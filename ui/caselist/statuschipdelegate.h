#pragma once

#include <QStyledItemDelegate>

namespace flowdesk {

// Paints the status column as a rounded, coloured chip (the status from CaseListModel::StatusRole).
class StatusChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace flowdesk
