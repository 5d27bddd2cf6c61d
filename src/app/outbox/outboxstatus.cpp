#include "app/outbox/outboxstatus.h"

#include "app/outbox/pendingpanel.h"
#include "core/api/apiclient.h"
#include "core/outbox/outbox.h"

#include <QLabel>
#include <QStatusBar>
#include <QToolButton>

namespace popsell::app {

OutboxStatus::OutboxStatus(outbox::Outbox &outbox, api::ApiClient &client, QStatusBar &bar,
                           std::function<bool(const outbox::OutboxAction &)> edit, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_bar(bar)
    , m_edit(std::move(edit))
{
    m_button = new QToolButton(&bar);
    m_button->setObjectName(QStringLiteral("pendingButton"));
    m_button->setAutoRaise(true);
    m_button->setAccessibleName(tr("Actions not sent yet"));
    m_button->setToolTip(tr("Actions not sent yet (Ctrl+Shift+O)"));
    m_button->setFocusPolicy(Qt::NoFocus); // Ctrl+Shift+O from anywhere
    m_button->hide();
    m_wait = new QLabel(&bar);
    m_wait->setObjectName(QStringLiteral("serverWaitLabel"));
    m_wait->setAccessibleName(tr("Waiting for the server"));
    m_wait->hide();
    bar.insertPermanentWidget(0, m_wait);
    bar.insertPermanentWidget(0, m_button);

    connect(m_button, &QToolButton::clicked, this, [this] { showPending(); });
    connect(&m_outbox, &outbox::Outbox::pendingCountChanged, this, &OutboxStatus::updateCount);
    connect(&m_outbox, &outbox::Outbox::profileChanged, this,
            [this] { updateCount(m_outbox.pendingCount()); });

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &OutboxStatus::tick);
    connect(&client, &api::ApiClient::waitingForServer, this, [this](const QDateTime &until) {
        m_waitUntil = until;
        tick();
        m_ticker.start();
    });
    connect(&client, &api::ApiClient::waitingForServerEnded, this, [this] {
        m_ticker.stop();
        m_wait->hide();
    });
    updateCount(m_outbox.pendingCount());
}

OutboxStatus::~OutboxStatus() = default;

void OutboxStatus::updateCount(int count)
{
    m_button->setText(tr("%n pending", nullptr, count));
    m_button->setVisible(count > 0);
}

void OutboxStatus::tick()
{
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(m_waitUntil);
    if (seconds <= 0) {
        m_ticker.stop();
        m_wait->hide();
        return;
    }
    m_wait->setText(tr("Popsell asked to wait: trying again in %n s", nullptr, int(seconds)));
    m_wait->show();
}

PendingPanel *OutboxStatus::panel() const
{
    return m_panel;
}

void OutboxStatus::showPending(qint64 select)
{
    if (!m_panel) {
        m_panel = new PendingPanel(m_outbox, m_edit, m_bar.window());
    }
    if (select > 0)
        m_panel->select(select);
    m_panel->show();
    m_panel->raise();
    m_panel->activateWindow();
}

} // namespace popsell::app
