#pragma once

#include "core/domain/message.h"

#include <QFont>
#include <QList>
#include <QRect>
#include <QString>

namespace popsell::app {

// Where each part of one message goes at a given row width, in row coordinates (the
// row's top-left is 0,0). Computed by sizeHint() (only the height is kept, in the size
// cache) and again by paint() for the few rows on screen, so both always agree.
struct MessageLayout
{
    QRect bubble;
    QRect edge;         // the kind-coloured strip on the bubble's left
    QRect header;       // kind badge, hidden tag, author, time
    QRect body;         // wrapped text (text, picture URL, events...)
    QList<QRect> cards; // one per product
    QRect stars;        // rating messages
    QRect ratingValue;  // "4 / 5", "Not scored yet"
    QRect comment;      // the rating's comment, wrapped
    int height = 0;

    static MessageLayout compute(const domain::Message &message, const QFont &font, int width);

    // The text shown in `body` and in `comment` (empty: not shown).
    static QString bodyText(const domain::Message &message);
    static QString commentText(const domain::Message &message);

    // Product card geometry, shared with the painter.
    static constexpr int kCardPadding = 8;
    static constexpr int kCardImage = 64;
    static constexpr int kCardLineGap = 2;
    static constexpr int kCardLines = 4; // name, price, stock, SKU
};

} // namespace popsell::app
