#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace popsell::testing {

// One request as it arrived at a FaultServer.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target;                     // as on the request line, query included
    QString path;                          // without the query
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
};

// What a FaultServer does with one request.
struct FaultBehaviour
{
    enum class Kind
    {
        Respond,              // a complete answer (keep-alive)
        StallBeforeHeaders,   // read the request, then say nothing
        StallMidBody,         // headers and `partialBytes` of the body, then silence
        Truncate,             // Content-Length `declaredLength`, the shorter body, then close
        Drip,                 // the body one byte every `intervalMs`
        Huge,                 // `hugeBytes` of JSON-ish filler, with or without Content-Length
        CloseWithoutResponse, // read the request, then close the connection
    };

    Kind kind = Kind::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 partialBytes = 0;
    qint64 declaredLength = 0;
    int intervalMs = 0;
    qint64 hugeBytes = 0;
    bool hugeWithLength = true;

    // `status` with `body` as application/json, plus `headers`.
    static FaultBehaviour json(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static FaultBehaviour respond(int status, const QByteArray &contentType, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static FaultBehaviour redirect(int status, const QUrl &location);
    static FaultBehaviour stallBeforeHeaders();
    static FaultBehaviour stallMidBody(const QByteArray &body, qint64 partialBytes);
    static FaultBehaviour truncated(const QByteArray &body, qint64 declaredLength);
    static FaultBehaviour drip(const QByteArray &body, int intervalMs);
    static FaultBehaviour huge(qint64 bytes, bool withContentLength = true);
    static FaultBehaviour closeWithoutResponse();
};

// A small, deliberately misbehaving HTTP/1.1 server on a loopback port, for transport
// tests: every path gets a scripted behaviour, and every request received is recorded
// (method, target, headers, body) so that a test can assert on what arrived, or on what
// did not. Raw sockets, because QHttpServer cannot stall, drip or lie about lengths.
class FaultServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FaultBehaviour(const ReceivedRequest &)>;

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    // Listens on 127.0.0.1 on a free port.
    bool listen();
    // Stops accepting and drops every open connection.
    void close();
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port><path>
    QUrl url(const QString &path = {}) const;

    // Every request to `path` (query ignored) gets `behaviour`.
    void script(const QString &path, const FaultBehaviour &behaviour);
    // The next requests to `path` get these, one each, in order; the last one then stays.
    void scriptSequence(const QString &path, const QList<FaultBehaviour> &behaviours);
    // The behaviour is computed from the request (e.g. to echo a header back).
    void handle(const QString &path, Handler handler);
    // For paths without a script; by default 404 {"message":"not scripted"}.
    void setFallback(const FaultBehaviour &behaviour) { m_fallback = behaviour; }

    QList<ReceivedRequest> requests() const { return m_requests; }
    QList<ReceivedRequest> requestsTo(const QString &path) const;
    void clearRequests() { m_requests.clear(); }
    // Connections accepted so far: a request that was never attempted opens none.
    int connectionCount() const { return m_connections; }

Q_SIGNALS:
    void requestReceived(const popsell::testing::ReceivedRequest &request);

private:
    void accept();
    // Records `request` and picks what to do with it.
    FaultBehaviour take(const ReceivedRequest &request);

    QTcpServer m_server;
    quint16 m_port = 0;
    QMap<QString, QList<FaultBehaviour>> m_scripts;
    QMap<QString, Handler> m_handlers;
    FaultBehaviour m_fallback;
    QList<ReceivedRequest> m_requests;
    int m_connections = 0;
};

} // namespace popsell::testing
