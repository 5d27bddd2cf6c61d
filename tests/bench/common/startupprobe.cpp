#include "common/startupprobe.h"

#include "common/measure.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace popsell::bench {

StartupOptions startupOptions(const QStringList &arguments)
{
    StartupOptions options;
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == u"--side")
            options.side = arguments[i + 1];
        else if (arguments[i] == u"--idle")
            options.idleSeconds = arguments[i + 1].toDouble();
        else if (arguments[i] == u"--settle")
            options.settleSeconds = arguments[i + 1].toDouble();
    }
    return options;
}

StartupProbe::StartupProbe(QWidget &painted, StartupOptions options, QObject *parent)
    : QObject(parent)
    , m_painted(&painted)
    , m_options(std::move(options))
{
    painted.installEventFilter(this);
}

StartupProbe::~StartupProbe() = default;

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_paintSeen && watched == m_painted && event->type() == QEvent::Paint) {
        m_paintSeen = true;
        firstPaint();
    } else if (m_countingTimers && event->type() == QEvent::Timer) {
        ++m_timerEvents;
        ++m_timerReceivers[QString::fromLatin1(watched->metaObject()->className()) + u'/' +
                           watched->objectName()];
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::firstPaint()
{
    const qint64 now = nowNs();
    const Memory mem = memory();
    const double cpu = processCpuMs();
    const qint64 t0 = qEnvironmentVariable("POPSELL_BENCH_T0_NS").toLongLong();
    if (m_options.idleSeconds <= 0) {
        if (t0 > 0)
            report(u"startup.first_paint", m_options.side, double(now - t0) / 1e6);
        report(u"startup.peak_rss", m_options.side, mem.peakMb);
        report(u"startup.rss", m_options.side, mem.rssMb);
        report(u"startup.cpu", m_options.side, cpu);
        // One more turn: the paint itself and the flush finish first.
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        return;
    }
    QTimer::singleShot(int(m_options.settleSeconds * 1000), this, [this] { startIdle(); });
}

void StartupProbe::startIdle()
{
    QWidget *window = m_painted ? m_painted->window() : nullptr;
    // Unfocused, as a console sits behind other windows most of the day: another top-level
    // window takes the activation (offscreen activates every shown window; Xvfb without a
    // window manager activates none, and then this changes nothing).
    m_focusThief = std::make_unique<QWidget>();
    m_focusThief->setWindowTitle(QStringLiteral("focus thief"));
    m_focusThief->setGeometry(0, 0, 8, 8);
    m_focusThief->show();
    m_focusThief->activateWindow();
    // The activation change and its repaints happen before the measured interval.
    QTimer::singleShot(1000, this, [this, window] {
        QWidget *active = QApplication::activeWindow();
        note(u"idle.active_window", active == nullptr              ? QStringLiteral("none")
                                    : active == window             ? QStringLiteral("console")
                                    : active == m_focusThief.get() ? QStringLiteral("other")
                                                                   : QStringLiteral("a dialog"));
        qApp->installEventFilter(this);
        m_countingTimers = true;
        m_idleStartNs = nowNs();
        m_idleCpuStart = processCpuMs();
        QTimer::singleShot(int(m_options.idleSeconds * 1000), this, [this] { finishIdle(); });
    });
}

void StartupProbe::finishIdle()
{
    const double seconds = msSince(m_idleStartNs) / 1000.0;
    const double cpu = processCpuMs() - m_idleCpuStart;
    m_countingTimers = false;
    qApp->removeEventFilter(this);
    report(u"idle.cpu", m_options.side, cpu / seconds);
    report(u"idle.wakeups", m_options.side, double(m_timerEvents - 1) / seconds);
    QList<QPair<qint64, QString>> busiest;
    for (auto it = m_timerReceivers.cbegin(); it != m_timerReceivers.cend(); ++it)
        busiest.append({it.value(), it.key()});
    std::sort(busiest.begin(), busiest.end(), std::greater<>());
    QStringList parts;
    for (const auto &[count, receiver] : busiest.mid(0, 4))
        parts << receiver + u' ' + QString::number(count);
    note(QString(u"idle.timers." + m_options.side), parts.join(u", "));
    QCoreApplication::exit(0);
}

} // namespace popsell::bench
