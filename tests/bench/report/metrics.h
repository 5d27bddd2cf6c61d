#pragma once

#include <QList>
#include <QString>

namespace popsell::bench {

// How a metric is judged (docs/performance.md; goals from issue 8 and the performance notes).
enum class Goal
{
    RatioAtMost, // app ÷ floor ≤ limit, per round, median over rounds
    AtMost,      // app ≤ limit (an absolute budget); the floor is shown for scale
    AtLeast,     // app ≥ limit
    Info,        // reported beside, not judged
};

struct MetricSpec
{
    QString id;    // as the benchmarks report it
    QString title; // what the row measures
    QString unit;  // of app and floor values
    Goal goal = Goal::Info;
    double limit = 0;
    QString goalText;                            // as the issue states it
    QString floorText;                           // what the floor is
    QString appSide = QStringLiteral("app");     // side read as "app"
    QString floorId;                             // defaults to id
    QString floorSide = QStringLiteral("floor"); // side read as "floor"
    QString chartLabel;                          // short; empty: not charted
};

QList<MetricSpec> metricSpecs();

} // namespace popsell::bench
