#include "app/painting/ratingstars.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace popsell::app::painting {

namespace {

int gap(int starSize)
{
    return qMax(1, starSize / 6);
}

QPainterPath starPath(const QRectF &box)
{
    QPainterPath path;
    const QPointF centre = box.center();
    const qreal outer = box.width() / 2;
    const qreal inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = (i % 2 == 0) ? outer : inner;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF point(centre.x() + radius * qCos(angle), centre.y() + radius * qSin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

} // namespace

int ratingStarsWidth(int starSize)
{
    return kRatingStars * starSize + (kRatingStars - 1) * gap(starSize);
}

int paintRatingStars(QPainter *painter, const QPoint &topLeft, int starSize, int value,
                     const QColor &filled, const QColor &empty)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < kRatingStars; ++i) {
        const QRectF box(topLeft.x() + i * (starSize + gap(starSize)), topLeft.y(), starSize,
                         starSize);
        const QPainterPath path = starPath(box);
        if (i < value) {
            painter->setPen(Qt::NoPen);
            painter->fillPath(path, filled);
        } else {
            painter->setPen(QPen(empty, 1.0));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(path);
        }
    }
    painter->restore();
    return ratingStarsWidth(starSize);
}

} // namespace popsell::app::painting
