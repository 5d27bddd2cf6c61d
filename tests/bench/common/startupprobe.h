#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace popsell::bench {

struct StartupOptions
{
    QString side = QStringLiteral("app"); // "app" or "floor"
    // 0: report the first paint and quit. Otherwise stay open, let `settleSeconds` pass
    // (data loading, deferred work), take the focus away from the window, and report the
    // CPU used over `idleSeconds`.
    double idleSeconds = 0;
    double settleSeconds = 3;
};

// --side app|floor, --idle SECONDS, --settle SECONDS; the rest is left to the caller.
StartupOptions startupOptions(const QStringList &arguments);

// The startup figures of one process, the same way for the console and its floor: time from
// execve (POPSELL_BENCH_T0_NS, stamped by bench_exec just before it) to the first paint
// event of `painted`, and RSS and peak RSS (VmHWM) and process CPU at that moment. Quits one
// event-loop turn after that paint, or goes on to the idle measurement:
//   idle.cpu         CPU milliseconds per second while nothing happens, window unfocused
//   idle.wakeups     timer events per second in the GUI thread (a 1 Hz timer is 1)
// and a note naming the busiest timer receivers.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QWidget &painted, StartupOptions options, QObject *parent = nullptr);
    ~StartupProbe() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void firstPaint();
    void startIdle();
    void finishIdle();

    QPointer<QWidget> m_painted;
    StartupOptions m_options;
    bool m_paintSeen = false;
    bool m_countingTimers = false;
    double m_idleCpuStart = 0;
    qint64 m_idleStartNs = 0;
    qint64 m_timerEvents = 0;
    QHash<QString, qint64> m_timerReceivers;
    std::unique_ptr<QWidget> m_focusThief;
};

} // namespace popsell::bench
