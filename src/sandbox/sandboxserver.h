#pragma once

#include "sandbox/apireply.h"
#include "sandbox/apirequest.h"
#include "sandbox/routetable.h"
#include "sandbox/sandboxconfig.h"

#include <QAbstractHttpServer>

#include <memory>
#include <optional>

class QTcpServer;

namespace popsell::sandbox {

class Database;
class IdempotencyLedger;

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
    qint64 brandId() const { return m_brandId; }
    const SandboxConfig &config() const { return m_config; }
    // The line scripts wait for on stdout.
    QString listeningLine() const;

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
    std::optional<Caller> authenticate(const ApiRequest &request);
    std::optional<IdempotencyScope> idempotencyScope(const ApiRequest &request);
    void respond(QHttpServerResponder &responder, const ApiReply &reply) const;
    void log(const ApiRequest &request, const ApiReply &reply, qint64 elapsedMs);
    qint64 nowMicros() const;

    SandboxConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IdempotencyLedger> m_ledger;
    RouteTable m_routes;
    QTcpServer *m_listener = nullptr;
    qint64 m_brandId = 0;
};

} // namespace popsell::sandbox
