#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QLabel;
class QStatusBar;
class QToolButton;

namespace popsell::api {
class ApiClient;
}
namespace popsell::outbox {
class Outbox;
struct OutboxAction;
} // namespace popsell::outbox

namespace popsell::app {

class PendingPanel;

// The outbox in the status bar: "N pending" (hidden at zero; a click or Ctrl+Shift+O opens
// the list of actions not yet sent) and, while the server asked the console to wait
// (Retry-After), a countdown. The countdown ticks once a second only while it shows.
class OutboxStatus : public QObject
{
    Q_OBJECT

public:
    OutboxStatus(outbox::Outbox &outbox, api::ApiClient &client, QStatusBar &bar,
                 std::function<bool(const outbox::OutboxAction &)> edit, QObject *parent = nullptr);
    ~OutboxStatus() override;

    QToolButton *pendingButton() const { return m_button; }
    QLabel *waitLabel() const { return m_wait; }
    // Opens (or raises) the list of actions not sent yet.
    void showPending(qint64 select = 0);
    PendingPanel *panel() const;

private:
    void updateCount(int count);
    void tick();

    outbox::Outbox &m_outbox;
    QStatusBar &m_bar;
    std::function<bool(const outbox::OutboxAction &)> m_edit;
    QToolButton *m_button = nullptr;
    QLabel *m_wait = nullptr;
    QPointer<PendingPanel> m_panel;
    QDateTime m_waitUntil;
    QTimer m_ticker;
};

} // namespace popsell::app
