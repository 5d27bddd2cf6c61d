#pragma once

#include "sandbox/faults/faultplanner.h"
#include "sandbox/faults/faultspec.h"
#include "sandbox/faults/foreignorigin.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <optional>

namespace popsell::sandbox::faults {

struct HttpHead;
class FaultConnection;

// One fault the front injected.
struct FaultEvent
{
    quint64 index = 0; // the planner's request number
    FaultKind kind = FaultKind::Refused;
    QString method;
    QString path;           // after /api/v2
    QString idempotencyKey; // as sent; empty when none
    qint64 timeMicros = 0;
};

// A TCP front that owns the public port and relays bytes to the real sandbox on a private
// loopback port, injecting the faults the planner picks. Byte-level control is the point:
// QHttpServer cannot refuse, stall, drip, truncate or hang up after committing. One
// upstream connection per client connection, so keep-alive behaves as it would without
// the front. Loopback only; /__sandbox/* and paths outside /api/v2 are never touched.
class FaultFront : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<void(const QString &token)> revokeToken; // for the 401 kind
        std::function<void(const FaultEvent &)> injected;      // for the fault log
        std::function<void(const QString &line)> log;          // may be empty
    };

    FaultFront(FaultPlanner planner, QHostAddress upstreamHost, quint16 upstreamPort, Hooks hooks,
               QObject *parent = nullptr);
    ~FaultFront() override;

    // Listens on `host` (which must be a loopback address) and starts the foreign origin.
    bool listen(const QHostAddress &host, quint16 port, QString *error);
    quint16 port() const { return m_port; }

    // Replaces the plan; numbering starts again at 1.
    void setPlanner(FaultPlanner planner);
    const FaultPlanner &planner() const { return m_planner; }

    // Faults injected since start (or since the last setPlanner), by kind and in order.
    QMap<FaultKind, quint64> counts() const { return m_counts; }
    QList<FaultEvent> events() const { return m_events; }

    QByteArray foreignOrigin() const { return m_foreign.origin(); }
    ForeignOrigin::Stats foreignStats() const { return m_foreign.stats(); }

private:
    friend class FaultConnection;

    void accept();
    // Numbers the request and draws its fault (nullopt: not an API request).
    std::optional<FaultDecision> decide(const HttpHead &head);
    // Stops listening for refuse-ms: connection attempts meanwhile are refused by the OS.
    void refuseConnections();
    void relisten(int attemptsLeft);
    void forget(FaultConnection *connection);

    FaultPlanner m_planner;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort = 0;
    Hooks m_hooks;
    QTcpServer m_listener;
    QHostAddress m_host;
    quint16 m_port = 0;
    bool m_refusing = false;
    ForeignOrigin m_foreign;
    QList<FaultConnection *> m_connections;
    QMap<FaultKind, quint64> m_counts;
    QList<FaultEvent> m_events;
};

} // namespace popsell::sandbox::faults
