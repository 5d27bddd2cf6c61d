#include "app/painting/badge.h"

#include <QFontMetrics>
#include <QPainter>

namespace popsell::app::painting {

namespace {

constexpr int kHorizontalPadding = 5;
constexpr int kVerticalPadding = 1;

} // namespace

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else
        font.setPixelSize(qMax(8, font.pixelSize() * 85 / 100));
    font.setBold(true);
    return font;
}

QSize badgeSize(const Badge &badge, const QFont &font)
{
    const QFontMetrics metrics(font);
    return {metrics.horizontalAdvance(badge.text) + 2 * kHorizontalPadding,
            metrics.height() + 2 * kVerticalPadding};
}

int paintBadge(QPainter *painter, const QPoint &topLeft, const Badge &badge, const QFont &font)
{
    const QRect rect(topLeft, badgeSize(badge, font));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badge.background);
    painter->drawRoundedRect(QRectF(rect), 3, 3);
    painter->setFont(font);
    painter->setPen(badge.foreground);
    painter->drawText(rect, Qt::AlignCenter, badge.text);
    painter->restore();
    return rect.width();
}

} // namespace popsell::app::painting
