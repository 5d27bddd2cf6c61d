#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace popsell::bench {

// Runs the event loop until `done` holds or `timeoutMs` passed; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);
// Runs the event loop for `ms` milliseconds.
void spinFor(int ms);

// The longest gap between two ticks of a 1 ms timer: how long the event loop was blocked.
class StallTicker : public QObject
{
    Q_OBJECT

public:
    explicit StallTicker(QObject *parent = nullptr);
    void start();
    void stop();
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    // The longest time the thread itself ran between two ticks: the stall without the time
    // other processes had the CPU (a shared 2-CPU machine preempts for tens of ms).
    double maxGapCpuMs() const { return m_maxGapCpuMs; }

private:
    QTimer m_timer;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    double m_lastCpuMs = 0;
    double m_maxGapCpuMs = 0;
};

} // namespace popsell::bench
