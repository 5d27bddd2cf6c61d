#pragma once

#include "app/room/messagesizecache.h"

#include <QPointer>
#include <QStyledItemDelegate>

namespace popsell::domain {
struct Message;
struct Product;
} // namespace popsell::domain

namespace popsell::app {

class ProductImageCache;
struct MessageLayout;

// Paints every message of a room, whatever its kind: a bubble with the kind's badge and
// colour, author and time, then the text, the product cards (picture, name, price,
// discount, stock) or the rating (stars, comment). Hidden messages stay, greyed and
// struck through with a "Hidden" tag. Sizes are measured once per (message, width) and
// kept in a MessageSizeCache: the view asks for them on every layout, by row when the
// delegate follows the view's model (followRows).
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(ProductImageCache &images, QObject *parent = nullptr);
    ~MessageDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    MessageSizeCache &sizeCache() const { return m_sizes; }

    // Keeps the cache's rows aligned with `model`'s (the view's model), so that a layout pass
    // reads sizes by row. Call it before the view gets the model: the cache must follow a
    // change before the view lays the rows out again.
    void followRows(const QAbstractItemModel *model);

private:
    // `echoState`: -1 for the server's messages, else a models::LocalEcho::State.
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                     const domain::Message &message, const MessageLayout &layout,
                     int echoState) const;
    void paintCard(QPainter *painter, const QStyleOptionViewItem &option,
                   const domain::Product &product, const QRect &card) const;
    void paintRating(QPainter *painter, const QStyleOptionViewItem &option,
                     const domain::Message &message, const MessageLayout &layout) const;

    void syncRows();

    ProductImageCache &m_images;
    QPointer<const QAbstractItemModel> m_followed;
    // Filled from const sizeHint(): a cache of what is derived, not state of the delegate.
    mutable MessageSizeCache m_sizes;
};

} // namespace popsell::app
