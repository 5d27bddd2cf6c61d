#pragma once

#include <QColor>
#include <QRect>

class QPainter;

namespace popsell::app::painting {

// Ratings are 0..5: five stars, `value` of them filled. Drawn as paths rather than
// glyphs so they look the same whatever fonts the machine has.
constexpr int kRatingStars = 5;

// The width of the five stars at `starSize` pixels each (with their gaps).
int ratingStarsWidth(int starSize);
// Paints five stars of `starSize` starting at `topLeft`; returns the width used.
int paintRatingStars(QPainter *painter, const QPoint &topLeft, int starSize, int value,
                     const QColor &filled, const QColor &empty);

} // namespace popsell::app::painting
