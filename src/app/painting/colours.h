#pragma once

#include <QColor>

namespace popsell::app::painting {

// `from` moved `amount` (0..1) of the way to `to`: tints that follow the palette (light
// or dark) instead of fixed greys.
inline QColor blend(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

} // namespace popsell::app::painting
