#include "sandbox/faults/faultfront.h"

#include "sandbox/faults/faultconnection.h"
#include "sandbox/faults/httpframing.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace popsell::sandbox::faults {

namespace {

const QString kApiPrefix = QStringLiteral("/api/v2");
// A campaign run makes a few thousand requests; this bounds memory if one never ends.
constexpr qsizetype kMaxEvents = 100'000;

} // namespace

FaultFront::FaultFront(FaultPlanner planner, QHostAddress upstreamHost, quint16 upstreamPort,
                       Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_planner(std::move(planner))
    , m_upstreamHost(std::move(upstreamHost))
    , m_upstreamPort(upstreamPort)
    , m_hooks(std::move(hooks))
{
    connect(&m_listener, &QTcpServer::newConnection, this, &FaultFront::accept);
}

FaultFront::~FaultFront()
{
    const QList<FaultConnection *> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

bool FaultFront::listen(const QHostAddress &host, quint16 port, QString *error)
{
    if (!host.isLoopback()) {
        *error = QStringLiteral("fault mode listens on a loopback address only, not %1")
                     .arg(host.toString());
        return false;
    }
    if (!m_foreign.listen(error))
        return false;
    if (!m_listener.listen(host, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(host.toString())
                     .arg(port)
                     .arg(m_listener.errorString());
        return false;
    }
    m_host = host;
    m_port = m_listener.serverPort();
    return true;
}

void FaultFront::setPlanner(FaultPlanner planner)
{
    m_planner = std::move(planner);
    m_counts.clear();
    m_events.clear();
}

void FaultFront::accept()
{
    while (QTcpSocket *socket = m_listener.nextPendingConnection())
        m_connections.append(new FaultConnection(socket, *this));
}

void FaultFront::forget(FaultConnection *connection)
{
    m_connections.removeOne(connection);
}

std::optional<FaultDecision> FaultFront::decide(const HttpHead &head)
{
    const QString path = QUrl::fromEncoded(head.target()).path(QUrl::FullyDecoded);
    if (path != kApiPrefix && !path.startsWith(kApiPrefix + u'/'))
        return std::nullopt;
    RequestFacts facts;
    facts.method = QString::fromLatin1(head.method());
    facts.path = path.mid(kApiPrefix.size());
    facts.hasBearerToken = head.value("authorization").startsWith("Bearer ");
    const std::optional<FaultDecision> decision = m_planner.decide(facts);
    if (!decision || !decision->kind)
        return decision;

    FaultEvent event;
    event.index = decision->index;
    event.kind = *decision->kind;
    event.method = facts.method;
    event.path = facts.path;
    event.idempotencyKey = QString::fromLatin1(head.value("idempotency-key"));
    event.timeMicros = QDateTime::currentMSecsSinceEpoch() * 1000;
    ++m_counts[event.kind];
    if (m_events.size() < kMaxEvents)
        m_events.append(event);
    if (m_hooks.injected)
        m_hooks.injected(event);
    if (m_hooks.log) {
        m_hooks.log(
            QStringLiteral("fault #%1 %2 %3 %4")
                .arg(event.index)
                .arg(faultKindName(event.kind), event.method, QString::fromLatin1(head.target())));
    }
    return decision;
}

void FaultFront::refuseConnections()
{
    if (m_refusing)
        return;
    m_refusing = true;
    m_listener.close();
    QTimer::singleShot(m_planner.spec().options.refuseMs, this, [this] { relisten(100); });
}

void FaultFront::relisten(int attemptsLeft)
{
    if (m_listener.listen(m_host, m_port)) {
        m_refusing = false;
        return;
    }
    // The port is ours; a retry covers a slow release by the OS.
    if (attemptsLeft > 0)
        QTimer::singleShot(20, this, [this, attemptsLeft] { relisten(attemptsLeft - 1); });
    else if (m_hooks.log)
        m_hooks.log(
            QStringLiteral("fault front: cannot listen again: %1").arg(m_listener.errorString()));
}

} // namespace popsell::sandbox::faults
