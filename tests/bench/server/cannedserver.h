#pragma once

#include "common/pool.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace popsell::bench {

// Sizes of the data the canned server pretends to hold.
struct CannedData
{
    qint64 rooms = 100'000;
    qint64 bigRoom = 1;               // the room with bigRoomMessages messages
    qint64 bigRoomMessages = 100'000; // the composite's 100k loaded messages
    qint64 roomMessages = 500;        // every other room
    int listPerPage = 15;             // Laravel's default
    // Message lists default to the sandbox's cap, so that opening a room loads up to 500
    // messages in one page (the "room of <= 500 loaded messages" of the goals).
    int messagePerPage = 500;
};

// A keep-alive HTTP/1.1 server (plain and TLS) answering the API routes the benchmarks use
// with pages made from the Pool, as fast as a server can: the client's cost is what is
// measured, so nothing here waits or touches a database. It counts connections and
// requests (GET /api/v2/_stats) to tell how many requests reused a connection.
class CannedServer : public QObject
{
    Q_OBJECT

public:
    CannedServer(Pool pool, CannedData data, QObject *parent = nullptr);
    ~CannedServer() override;

    // Port 0: any free port. An empty `tls` configuration: no TLS listener.
    bool listen(quint16 plainPort, quint16 tlsPort, const QSslConfiguration &tls, QString *error);
    QString plainBaseUrl() const;
    // Every request line on stderr (debugging a harness, never while measuring).
    void setLogging(bool log) { m_log = log; }
    QString tlsBaseUrl() const; // empty without TLS

private:
    struct Response
    {
        int status = 200;
        QByteArray body;
    };
    struct Connection
    {
        QByteArray buffer;
        QString baseUrl;
    };

    void accept(QTcpServer *server, const QString &baseUrl);
    void readFrom(QTcpSocket *socket);
    Response answer(const QByteArray &method, const QByteArray &target, const QString &baseUrl);

    Pool m_pool;
    CannedData m_data;
    QTcpServer *m_plain = nullptr;
    QTcpServer *m_tls = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    qint64 m_connectionCount = 0;
    qint64 m_requestCount = 0;
    bool m_log = false;
};

} // namespace popsell::bench
