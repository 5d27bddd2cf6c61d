#pragma once

#include "sandbox/apireply.h"
#include "sandbox/apirequest.h"
#include "sandbox/effectsledger.h"
#include "sandbox/faults/faultfront.h"
#include "sandbox/routetable.h"
#include "sandbox/sandboxconfig.h"

#include <QAbstractHttpServer>

#include <memory>
#include <optional>

class QTcpServer;

namespace popsell::sandbox {

class Database;
class IdempotencyLedger;

namespace faults {
class FaultLog;
}

// A faithful local implementation of the Popsell REST API v2 (all operations of the
// reference except /platform/*), on QHttpServer and SQLite. Serves the API under
// /api/v2 and the demo images under /media. Single-threaded: every request runs on the
// thread that owns the server, inside one SQLite transaction.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens (or creates and fills) the data file, then listens. False with a reason on
    // failure; the server is then unusable.
    bool start(QString *error);

    quint16 port() const;
    QString origin() const;  // http://127.0.0.1:PORT
    QString baseUrl() const; // http://127.0.0.1:PORT/api/v2
    // The real server's own port: the public one without fault mode, a private loopback
    // port behind the fault front with it (requests there are never faulted).
    quint16 directPort() const;
    QString directBaseUrl() const;
    qint64 brandId() const { return m_brandId; }
    const SandboxConfig &config() const { return m_config; }
    // The line scripts wait for on stdout.
    QString listeningLine() const;

    // The effects ledger (docs/sandbox.md): every applied write, across restarts.
    QList<Effect> effects(qint64 afterSeq = 0, const QString &idempotencyKey = {});
    // How many times each idempotency key took effect.
    QMap<QString, int> effectCountsByKey();

    // Fault mode only (null without it): the front, its plan, counts and events of this run.
    const faults::FaultFront *faultFront() const { return m_front.get(); }
    // Faults injected into this data file, all runs, by kind name.
    QMap<QString, qint64> storedFaultCounts();
    // Replaces the fault plan at run time (fault mode only); numbering starts again.
    // An error text when the spec is invalid or fault mode is off.
    QString setFaults(const QString &spec, quint64 seed);

Q_SIGNALS:
    // One line per request: time, peer, method, path, status, size, duration. Never
    // carries headers or bodies, so tokens and keys do not reach logs.
    void requestLogged(const QString &line);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct IdempotencyScope
    {
        QString scope;
        QString key;
    };

    ApiRequest toApiRequest(const QHttpServerRequest &request) const;
    ApiReply process(const ApiRequest &request);
    ApiReply runRoute(const Route &route, const ApiRequest &request, const Caller &caller,
                      const QHash<QString, qint64> &params);
    ApiReply serveMedia(const ApiRequest &request);
    ApiReply serveControl(const ApiRequest &request);
    bool startListening(QString *error);
    void recordEffect(const Route &route, const ApiRequest &request, const Caller &caller,
                      const ApiReply &reply, const EffectsLedger::Marks &marks, qint64 now);
    std::optional<Caller> authenticate(const ApiRequest &request);
    std::optional<IdempotencyScope> idempotencyScope(const ApiRequest &request);
    void respond(QHttpServerResponder &responder, const ApiReply &reply) const;
    void log(const ApiRequest &request, const ApiReply &reply, qint64 elapsedMs);
    qint64 nowMicros() const;

    SandboxConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IdempotencyLedger> m_ledger;
    std::unique_ptr<EffectsLedger> m_effects;
    std::unique_ptr<faults::FaultLog> m_faultLog;
    qint64 m_faultRun = 0;
    RouteTable m_routes;
    QTcpServer *m_listener = nullptr;
    // Declared after the database so that it goes first: its connections must not
    // outlive what its hooks write to.
    std::unique_ptr<faults::FaultFront> m_front;
    qint64 m_brandId = 0;
};

} // namespace popsell::sandbox
