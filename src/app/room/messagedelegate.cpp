#include "app/room/messagedelegate.h"

#include "app/painting/badge.h"
#include "app/painting/colours.h"
#include "app/painting/ratingstars.h"
#include "app/room/messagekindstyle.h"
#include "app/room/messagelayout.h"
#include "app/room/productimagecache.h"
#include "core/models/messagelistmodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QLocale>
#include <QPainter>

#include <optional>

namespace popsell::app {

using domain::Message;
using domain::MessageType;
using domain::Product;
using models::MessageListModel;

namespace {

// The row's message without copying it out of a QVariant: through the proxies down to
// the MessageListModel that owns it. `fallback` holds a copy only for other models: the
// view asks every row's size at each layout, and an empty Message is not free to make.
const Message &messageAt(const QModelIndex &index, std::optional<Message> &fallback)
{
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    if (const auto *model = qobject_cast<const MessageListModel *>(source.model())) {
        if (const Message *message = model->messageAt(source.row()))
            return *message;
    }
    return fallback.emplace(index.data(MessageListModel::MessageRole).value<Message>());
}

// Rows span the viewport: the width a message is laid out at.
int layoutWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

QString price(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QUrl pictureOf(const Product &product)
{
    for (const auto &image : product.images) {
        if (!image.url.isEmpty())
            return QUrl(image.url);
    }
    return product.oldImage.isEmpty() ? QUrl() : QUrl(product.oldImage);
}

} // namespace

MessageDelegate::MessageDelegate(ProductImageCache &images, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_images(images)
{}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::followRows(const QAbstractItemModel *model)
{
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = model;
    m_sizes.resetRows(model ? model->rowCount() : 0);
    if (!model)
        return;
    // Each change is applied to the rows as it is announced as done; connected before the
    // view's own connections, this runs before the view lays the rows out again.
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    m_sizes.insertRows(first, last - first + 1);
                syncRows();
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    m_sizes.removeRows(first, last - first + 1);
                syncRows();
            });
    // The view measures a changed row again at once (its visual rect): by then the message's
    // size by id must be gone as well.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                m_sizes.forgetRows(topLeft.row(), bottomRight.row());
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    std::optional<Message> fallback;
                    m_sizes.forget(messageAt(topLeft.siblingAtRow(row), fallback).id);
                }
            });
    const auto reset = [this] {
        m_sizes.resetRows(m_followed ? m_followed->rowCount() : 0);
    };
    connect(model, &QAbstractItemModel::modelReset, this, reset);
    connect(model, &QAbstractItemModel::layoutChanged, this, reset);
    connect(model, &QAbstractItemModel::rowsMoved, this, reset);
}

void MessageDelegate::syncRows()
{
    // A change the rows missed (another parent, a bad range): start them again.
    if (m_followed && m_sizes.rowCount() != m_followed->rowCount())
        m_sizes.resetRows(m_followed->rowCount());
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = layoutWidth(option);
    const bool byRow = index.model() == m_followed;
    if (byRow) {
        const QSize known = m_sizes.findRow(index.row(), width);
        if (known.isValid())
            return known;
    }
    std::optional<Message> fallback;
    const Message &message = messageAt(index, fallback);
    QSize size = m_sizes.find(message.id, width);
    if (!size.isValid()) {
        size = QSize(width, MessageLayout::compute(message, option.font, width).height);
        m_sizes.insert(message.id, width, size);
    }
    if (byRow)
        m_sizes.insertRow(index.row(), width, size);
    return size;
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    std::optional<Message> fallback;
    const Message &message = messageAt(index, fallback);
    const MessageLayout layout = MessageLayout::compute(message, option.font, layoutWidth(option));
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);

    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);

    // Bubble: selection and keyboard focus show on its border, so text keeps its colours.
    const QColor base = palette.color(QPalette::Base);
    QColor fill = painting::blend(base, palette.color(QPalette::Text), 0.04);
    if (selected)
        fill = painting::blend(base, palette.color(QPalette::Highlight), 0.14);
    painter->setBrush(fill);
    QPen border(selected ? palette.color(QPalette::Highlight)
                         : painting::blend(base, palette.color(QPalette::Text), 0.18));
    border.setWidthF(focused ? 2.0 : 1.0);
    if (focused && !selected)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->drawRoundedRect(QRectF(layout.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(MessageKindStyle::colour(message.kind()));
    painter->drawRoundedRect(QRectF(layout.edge).adjusted(1, 1, 0, -1), 2, 2);

    const int echoState = index.data(models::MessageListModel::EchoStateRole).toInt();
    if (!message.active || echoState == int(models::LocalEcho::State::Pending) ||
        echoState == int(models::LocalEcho::State::Sending))
        painter->setOpacity(0.6);
    paintHeader(painter, option, message, layout, echoState);

    const QString body = MessageLayout::bodyText(message);
    if (!body.isEmpty()) {
        QFont font = option.font;
        font.setStrikeOut(!message.active);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(layout.body, Qt::TextWordWrap, body);
    }
    for (qsizetype i = 0; i < layout.cards.size() && i < message.products.size(); ++i)
        paintCard(painter, option, message.products.at(i), layout.cards.at(i));
    if (message.kind() == MessageType::Rating)
        paintRating(painter, option, message, layout);
    painter->restore();
}

void MessageDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                                  const Message &message, const MessageLayout &layout,
                                  int echoState) const
{
    const QPalette &palette = option.palette;
    const QFont badgeFont = painting::badgeFont(option.font);
    const QRect header = layout.header;
    int x = header.left();
    const auto badgeTop = [&](const painting::Badge &badge) {
        return header.top() +
               (header.height() - painting::badgeSize(badge, badgeFont).height()) / 2;
    };

    const painting::Badge kind{MessageKindStyle::label(message.kind()),
                               MessageKindStyle::colour(message.kind())};
    x += painting::paintBadge(painter, {x, badgeTop(kind)}, kind, badgeFont) + 6;
    if (!message.active) {
        const painting::Badge hidden{tr("Hidden", "message badge"), QColor(0x61, 0x61, 0x61)};
        x += painting::paintBadge(painter, {x, badgeTop(hidden)}, hidden, badgeFont) + 6;
    }
    if (echoState >= 0) {
        // Not the server's yet: the state says what the moderator can expect or do.
        painting::Badge state;
        switch (models::LocalEcho::State(echoState)) {
        case models::LocalEcho::State::Pending:
            state = {tr("Not sent yet"), QColor(0x61, 0x61, 0x61)};
            break;
        case models::LocalEcho::State::Sending:
            state = {tr("Sending…"), QColor(0x15, 0x65, 0xc0)};
            break;
        case models::LocalEcho::State::Failed:
            state = {tr("Failed", "message badge: the action was not sent"),
                     QColor(0xc6, 0x28, 0x28)};
            break;
        case models::LocalEcho::State::NeedsAttention:
            state = {tr("Needs attention"), QColor(0xb2, 0x5e, 0x00)};
            break;
        }
        x += painting::paintBadge(painter, {x, badgeTop(state)}, state, badgeFont) + 6;
    }

    QFont small = option.font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    const QString time = QLocale().toString(message.dateInsert.toLocalTime(), QLocale::ShortFormat);
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
    painter->setFont(small);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(
        QRect(header.right() - timeWidth, header.top(), timeWidth + 1, header.height()),
        Qt::AlignRight | Qt::AlignVCenter, time);

    QFont bold = option.font;
    bold.setBold(true);
    const QString author =
        message.author->id > 0 ? message.author->displayName() : tr("Unknown author");
    const QRect authorRect(x, header.top(), qMax(header.right() - timeWidth - 12 - x, 0),
                           header.height());
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(authorRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(author, Qt::ElideRight, authorRect.width()));
}

void MessageDelegate::paintCard(QPainter *painter, const QStyleOptionViewItem &option,
                                const Product &product, const QRect &card) const
{
    const QPalette &palette = option.palette;
    painter->setPen(
        painting::blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.2));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    constexpr int pad = MessageLayout::kCardPadding;
    constexpr int side = MessageLayout::kCardImage;
    const QRect pictureRect(card.left() + pad, card.top() + pad, side, side);
    const QImage picture = m_images.image(pictureOf(product));
    if (!picture.isNull()) {
        const QSize fitted = picture.size().scaled(pictureRect.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(), fitted);
        target.moveCenter(pictureRect.center());
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, picture);
    } else {
        // Placeholder while it loads, or when it cannot be shown.
        painter->setPen(Qt::NoPen);
        painter->setBrush(
            painting::blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.08));
        painter->drawRoundedRect(pictureRect, 3, 3);
    }

    const QFontMetrics metrics(option.font);
    const int line = metrics.height() + MessageLayout::kCardLineGap;
    const int textLeft = pictureRect.right() + 1 + 10;
    const int textWidth = qMax(card.right() - pad - textLeft, 0);
    int y = card.top() + pad;
    const auto textRect = [&] {
        return QRect(textLeft, y, textWidth, metrics.height());
    };

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(textRect(), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(product.name, Qt::ElideRight, textWidth));
    y += line;

    // Price, then the catalogue price struck through and the discount when there is one.
    int x = textLeft;
    const QString now = price(product.price);
    painter->drawText(QRect(x, y, textWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      now);
    x += QFontMetrics(bold).horizontalAdvance(now) + 10;
    if (product.discountPercentage > 0) {
        QFont struck = option.font;
        struck.setStrikeOut(true);
        painter->setFont(struck);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const QString before = price(product.priceCatalog);
        painter->drawText(QRect(x, y, qMax(textLeft + textWidth - x, 0), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, before);
        x += metrics.horizontalAdvance(before) + 10;
        const QFont badgeFont = painting::badgeFont(option.font);
        const painting::Badge discount{
            tr("−%1 %").arg(QLocale().toString(product.discountPercentage, 'g', 3)),
            QColor(0xc6, 0x28, 0x28)};
        const int badgeTop =
            y + (metrics.height() - painting::badgeSize(discount, badgeFont).height()) / 2;
        painting::paintBadge(painter, {x, badgeTop}, discount, badgeFont);
    }
    y += line;

    painter->setFont(option.font);
    const bool inStock = product.stockAvailable > 0;
    painter->setPen(inStock ? palette.color(QPalette::Text) : QColor(0xc6, 0x28, 0x28));
    const QString stock = inStock ? tr("In stock: %1 available of %2")
                                        .arg(QLocale().toString(product.stockAvailable, 'g', 10),
                                             QLocale().toString(product.stock, 'g', 10))
                                  : tr("Out of stock");
    painter->drawText(textRect(), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(stock, Qt::ElideRight, textWidth));
    y += line;

    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString reference = product.sku.isEmpty()
                                  ? tr("Product #%1").arg(product.id)
                                  : tr("SKU %1 · product #%2").arg(product.sku).arg(product.id);
    painter->drawText(textRect(), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(reference, Qt::ElideRight, textWidth));
}

void MessageDelegate::paintRating(QPainter *painter, const QStyleOptionViewItem &option,
                                  const Message &message, const MessageLayout &layout) const
{
    const QPalette &palette = option.palette;
    const std::optional<int> value = message.rating ? message.rating->value : std::nullopt;
    painting::paintRatingStars(painter, layout.stars.topLeft(), layout.stars.height(),
                               value.value_or(0), QColor(0xe0, 0x9b, 0x00),
                               palette.color(QPalette::PlaceholderText));
    painter->setFont(option.font);
    painter->setPen(value ? palette.color(QPalette::Text)
                          : palette.color(QPalette::PlaceholderText));
    painter->drawText(layout.ratingValue, Qt::AlignLeft | Qt::AlignVCenter,
                      value ? tr("%1 / 5").arg(*value) : tr("Not scored yet"));
    const QString comment = MessageLayout::commentText(message);
    if (!comment.isEmpty()) {
        QFont italic = option.font;
        italic.setItalic(true);
        italic.setStrikeOut(!message.active);
        painter->setFont(italic);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(layout.comment, Qt::TextWordWrap, comment);
    }
}

} // namespace popsell::app
