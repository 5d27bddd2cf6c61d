#include "app/room/messagelayout.h"

#include "app/painting/badge.h"
#include "app/painting/ratingstars.h"

#include <QFontMetrics>

namespace popsell::app {

using domain::Message;
using domain::MessageType;

namespace {

constexpr int kOuterMarginX = 10;
constexpr int kOuterMarginY = 4;
constexpr int kPadding = 8;
constexpr int kEdge = 4;
constexpr int kGap = 6;
constexpr int kCardMaxWidth = 480;
constexpr int kMinContentWidth = 60;

int wrappedHeight(const QFont &font, int width, const QString &text)
{
    const QFontMetrics metrics(font);
    return metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text).height();
}

} // namespace

QString MessageLayout::bodyText(const Message &message)
{
    switch (message.kind()) {
    case MessageType::Product: // the content repeats the first card's name
    case MessageType::Rating:  // the comment is shown under the stars
        return {};
    default:
        return message.content;
    }
}

QString MessageLayout::commentText(const Message &message)
{
    if (message.kind() != MessageType::Rating || !message.rating)
        return {};
    return message.rating->content;
}

MessageLayout MessageLayout::compute(const Message &message, const QFont &font, int width)
{
    MessageLayout layout;
    const QFontMetrics metrics(font);
    const int lineHeight = metrics.height();

    const int bubbleWidth = qMax(width - 2 * kOuterMarginX, kMinContentWidth + 2 * kPadding);
    const int left = kOuterMarginX + kEdge + kPadding;
    const int contentWidth = qMax(bubbleWidth - kEdge - 2 * kPadding, kMinContentWidth);
    int y = kOuterMarginY + kPadding;

    const int badgeHeight =
        painting::badgeSize({QStringLiteral("X"), {}}, painting::badgeFont(font)).height();
    const int headerHeight = qMax(lineHeight, badgeHeight);
    layout.header = QRect(left, y, contentWidth, headerHeight);
    y += headerHeight + kGap;

    const QString body = bodyText(message);
    if (!body.isEmpty()) {
        layout.body = QRect(left, y, contentWidth, wrappedHeight(font, contentWidth, body));
        y = layout.body.bottom() + 1 + kGap;
    }

    const int cardWidth = qMin(contentWidth, kCardMaxWidth);
    const int cardHeight =
        qMax(kCardImage, kCardLines * lineHeight + (kCardLines - 1) * kCardLineGap) +
        2 * kCardPadding;
    for (qsizetype i = 0; i < message.products.size(); ++i) {
        layout.cards.append(QRect(left, y, cardWidth, cardHeight));
        y += cardHeight + kGap;
    }

    if (message.kind() == MessageType::Rating) {
        const int starSize = lineHeight;
        const int starsWidth = painting::ratingStarsWidth(starSize);
        layout.stars = QRect(left, y, starsWidth, starSize);
        layout.ratingValue = QRect(left + starsWidth + kGap, y,
                                   qMax(contentWidth - starsWidth - kGap, 0), lineHeight);
        y += lineHeight + kGap;
        const QString comment = commentText(message);
        if (!comment.isEmpty()) {
            QFont italic = font;
            italic.setItalic(true);
            layout.comment =
                QRect(left, y, contentWidth, wrappedHeight(italic, contentWidth, comment));
            y = layout.comment.bottom() + 1 + kGap;
        }
    }

    y += kPadding - kGap; // the last part's gap becomes the bubble's padding
    layout.bubble = QRect(kOuterMarginX, kOuterMarginY, bubbleWidth, y - kOuterMarginY);
    layout.edge = QRect(layout.bubble.left(), layout.bubble.top(), kEdge, layout.bubble.height());
    layout.height = y + kOuterMarginY;
    return layout;
}

} // namespace popsell::app
