#pragma once

#include <QColor>
#include <QFont>
#include <QRect>
#include <QString>

class QPainter;

namespace popsell::app::painting {

// A small rounded tag ("PRODUCT", "Hot list", "hidden") drawn with text on a coloured
// background. Delegates paint many of them per frame, so they are plain painter calls,
// never widgets.
struct Badge
{
    QString text;
    QColor background;
    QColor foreground = Qt::white;
};

// The font badges are drawn in: the item font, a little smaller and bold.
QFont badgeFont(const QFont &base);
// The size of `badge` in `font` (see badgeFont()).
QSize badgeSize(const Badge &badge, const QFont &font);
// Paints `badge` with its top-left corner at `topLeft`; returns its width.
int paintBadge(QPainter *painter, const QPoint &topLeft, const Badge &badge, const QFont &font);

} // namespace popsell::app::painting
