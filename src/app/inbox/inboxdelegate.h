#pragma once

#include <QStyledItemDelegate>

namespace popsell::app {

// Paints one inbox row in three lines: the unread marker, the two parties (or the brand
// tag) and the last message's time; the last message's preview and the last rating's
// stars; then badges for the room's type, source, established dialogue and to-do/done
// flag. Every row has the same height (the inbox view uses uniform row heights).
class InboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The texts of the badges, also used by the room header.
    static QString sourceLabel(int source);
    static QString flagLabel(int flag);
};

} // namespace popsell::app
