#include "common/spin.h"

#include "common/measure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

namespace popsell::bench {

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer wake; // bounds each wait when no event comes
    wake.start(5);
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        loop.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void spinFor(int ms)
{
    const qint64 end = nowNs() + qint64(ms) * 1'000'000;
    spinUntil([end] { return nowNs() >= end; }, ms + 1000);
}

StallTicker::StallTicker(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = nowNs();
        const double cpu = threadCpuMs();
        m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
        m_maxGapCpuMs = std::max(m_maxGapCpuMs, cpu - m_lastCpuMs);
        m_lastNs = now;
        m_lastCpuMs = cpu;
    });
}

void StallTicker::start()
{
    m_lastNs = nowNs();
    m_lastCpuMs = threadCpuMs();
    m_maxGapNs = 0;
    m_maxGapCpuMs = 0;
    m_timer.start();
}

void StallTicker::stop()
{
    m_timer.stop();
}

} // namespace popsell::bench
