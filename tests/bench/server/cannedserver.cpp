#include "server/cannedserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

namespace popsell::bench {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 404:
        return "Not Found";
    default:
        return "Error";
    }
}

int queryInt(const QUrlQuery &query, const QString &key, int fallback, int max)
{
    bool ok = false;
    const int value = query.queryItemValue(key).toInt(&ok);
    return ok && value >= 1 ? std::min(value, max) : fallback;
}

} // namespace

CannedServer::CannedServer(Pool pool, CannedData data, QObject *parent)
    : QObject(parent)
    , m_pool(std::move(pool))
    , m_data(data)
{}

CannedServer::~CannedServer() = default;

bool CannedServer::listen(quint16 plainPort, quint16 tlsPort, const QSslConfiguration &tls,
                          QString *error)
{
    m_plain = new QTcpServer(this);
    if (!m_plain->listen(QHostAddress::LocalHost, plainPort)) {
        *error = m_plain->errorString();
        return false;
    }
    connect(m_plain, &QTcpServer::pendingConnectionAvailable, this,
            [this] { accept(m_plain, plainBaseUrl()); });
    if (tls.isNull() || tls.localCertificate().isNull())
        return true;
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    m_tls = server;
    if (!m_tls->listen(QHostAddress::LocalHost, tlsPort)) {
        *error = m_tls->errorString();
        return false;
    }
    connect(m_tls, &QTcpServer::pendingConnectionAvailable, this,
            [this] { accept(m_tls, tlsBaseUrl()); });
    return true;
}

QString CannedServer::plainBaseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/api/v2").arg(m_plain->serverPort());
}

QString CannedServer::tlsBaseUrl() const
{
    return m_tls ? QStringLiteral("https://127.0.0.1:%1/api/v2").arg(m_tls->serverPort())
                 : QString();
}

void CannedServer::accept(QTcpServer *server, const QString &baseUrl)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        ++m_connectionCount;
        // Like a production server: answers are not held back by Nagle.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(socket, Connection{{}, baseUrl});
        connect(socket, &QIODevice::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void CannedServer::readFrom(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    while (true) {
        const qsizetype headEnd = it->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = it->buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qint64 contentLength = 0;
        bool close = false;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                contentLength = value.toLongLong();
            else if (name == "connection" && value.toLower() == "close")
                close = true;
        }
        const qint64 total = headEnd + 4 + contentLength;
        if (it->buffer.size() < total)
            return;
        it->buffer.remove(0, total);
        ++m_requestCount;
        if (m_log)
            std::fprintf(stderr, "%s %s\n", requestLine.value(0).constData(),
                         requestLine.value(1).constData());
        const Response response = answer(requestLine.value(0), requestLine.value(1), it->baseUrl);
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) +
            "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(response.body.size()) +
            (close ? "\r\nConnection: close" : "\r\nConnection: keep-alive") + "\r\n\r\n";
        socket->write(head + response.body);
        if (close) {
            socket->disconnectFromHost();
            return;
        }
    }
}

CannedServer::Response CannedServer::answer(const QByteArray &method, const QByteArray &target,
                                            const QString &baseUrl)
{
    const QUrl url(QStringLiteral("http://canned") + QString::fromLatin1(target));
    const QUrlQuery query(url);
    QString path = url.path();
    if (path.startsWith(u"/api/v2"))
        path = path.mid(7);
    static const QRegularExpression roomPath(
        QStringLiteral("^/(?:chat|manager)/chatrooms/(\\d+)$"));
    static const QRegularExpression messagesPath(
        QStringLiteral("^/chat/chatrooms/(\\d+)/messages$"));

    if (method == "POST" && path == u"/auth/token")
        return {200, QByteArrayLiteral(R"({"token":"bench-token"})")};
    if (method == "POST" && path == u"/auth/logout")
        return {200, QByteArrayLiteral(R"({"message":null})")};
    if (path == u"/_stats") { // this request itself is not counted
        return {200, QJsonDocument(QJsonObject{{QStringLiteral("connections"), m_connectionCount},
                                               {QStringLiteral("requests"), m_requestCount - 1}})
                         .toJson(QJsonDocument::Compact)};
    }
    if (method == "POST") {
        // A posted message (the writes' connection-reuse check): the room's next message.
        if (const QRegularExpressionMatch m = messagesPath.match(path); m.hasMatch()) {
            const qint64 room = m.captured(1).toLongLong();
            return {201, m_pool.message(room * 10'000'000 + 9'000'000 + m_requestCount, room)};
        }
        return {404, QByteArrayLiteral(R"({"message":"Not found"})")};
    }
    if (method != "GET")
        return {404, QByteArrayLiteral(R"({"message":"Not found"})")};
    if (path == u"/brand")
        return {200, m_pool.brand()};
    if (path == u"/manager/chatrooms") {
        const int perPage = queryInt(query, QStringLiteral("per_page"), m_data.listPerPage, 500);
        const int page = queryInt(query, QStringLiteral("page"), 1, 1'000'000);
        return {200, m_pool.roomsPage(baseUrl + path, page, perPage, m_data.rooms)};
    }
    if (const QRegularExpressionMatch m = roomPath.match(path); m.hasMatch())
        return {200, m_pool.room(m.captured(1).toLongLong())};
    if (const QRegularExpressionMatch m = messagesPath.match(path); m.hasMatch()) {
        const qint64 room = m.captured(1).toLongLong();
        const int perPage = queryInt(query, QStringLiteral("per_page"), m_data.messagePerPage, 500);
        const int page = queryInt(query, QStringLiteral("page"), 1, 1'000'000);
        const qint64 total = room == m_data.bigRoom ? m_data.bigRoomMessages : m_data.roomMessages;
        return {200, m_pool.messagesPage(baseUrl + path, room, page, perPage, total)};
    }
    return {404, QByteArrayLiteral(R"({"message":"Not found"})")};
}

} // namespace popsell::bench
