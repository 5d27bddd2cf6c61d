#include "support/faultserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

namespace popsell::testing {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// One accepted connection: parses requests one after the other and plays the behaviour
// the server picks for each. Lives as a child of its socket.
class FaultConnection : public QObject
{
public:
    using Picker = std::function<FaultBehaviour(const ReceivedRequest &)>;

    FaultConnection(QTcpSocket *socket, Picker picker)
        : QObject(socket)
        , m_socket(socket)
        , m_picker(std::move(picker))
    {
        connect(socket, &QTcpSocket::readyRead, this, &FaultConnection::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &FaultConnection::feedHuge);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_buffer.append(m_socket->readAll());
        serveBuffered();
    }

    void serveBuffered()
    {
        // A stalled, dripping or streaming answer owns the connection until it ends.
        while (!m_busy) {
            std::optional<ReceivedRequest> request = parseOne();
            if (!request)
                return;
            play(m_picker(*request));
        }
    }

    std::optional<ReceivedRequest> parseOne()
    {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return std::nullopt;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        ReceivedRequest request;
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        request.path = QString::fromLatin1(request.target.split('?').constFirst());
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        const qint64 length = request.header("content-length").toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length)
            return std::nullopt;
        request.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        return request;
    }

    void writeHead(const FaultBehaviour &behaviour, std::optional<qint64> contentLength,
                   bool keepAlive)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(behaviour.status) + ' ' +
                          reasonPhrase(behaviour.status) + "\r\n";
        bool hasLength = false;
        for (const auto &[name, value] : behaviour.headers) {
            head += name + ": " + value + "\r\n";
            hasLength = hasLength || name.compare("content-length", Qt::CaseInsensitive) == 0;
        }
        if (contentLength && !hasLength)
            head += "Content-Length: " + QByteArray::number(*contentLength) + "\r\n";
        head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
        head += "\r\n";
        m_socket->write(head);
    }

    void play(const FaultBehaviour &behaviour)
    {
        using Kind = FaultBehaviour::Kind;
        switch (behaviour.kind) {
        case Kind::Respond:
            writeHead(behaviour, behaviour.body.size(), true);
            m_socket->write(behaviour.body);
            return;
        case Kind::StallBeforeHeaders:
            m_busy = true;
            return;
        case Kind::StallMidBody:
            m_busy = true;
            writeHead(behaviour, behaviour.body.size(), true);
            m_socket->write(behaviour.body.left(behaviour.partialBytes));
            return;
        case Kind::Truncate:
            m_busy = true;
            writeHead(behaviour, behaviour.declaredLength, false);
            m_socket->write(behaviour.body);
            m_socket->disconnectFromHost();
            return;
        case Kind::Drip:
            m_busy = true;
            writeHead(behaviour, behaviour.body.size(), true);
            startDrip(behaviour.body, behaviour.intervalMs);
            return;
        case Kind::Huge:
            m_busy = true;
            m_hugeLeft = behaviour.hugeBytes;
            m_hugeCloses = !behaviour.hugeWithLength;
            writeHead(behaviour,
                      behaviour.hugeWithLength ? std::optional<qint64>(behaviour.hugeBytes)
                                               : std::nullopt,
                      behaviour.hugeWithLength);
            feedHuge();
            return;
        case Kind::CloseWithoutResponse:
            m_busy = true;
            m_socket->disconnectFromHost();
            return;
        }
    }

    void startDrip(const QByteArray &body, int intervalMs)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(intervalMs);
        connect(timer, &QTimer::timeout, this, [this, timer, body, sent = qsizetype(0)]() mutable {
            if (sent < body.size())
                m_socket->write(body.mid(sent++, 1));
            if (sent < body.size())
                return;
            // Free as soon as the last byte is out: the client may reuse the connection at
            // once, and a request that arrived meanwhile waits in the buffer.
            timer->stop();
            timer->deleteLater();
            m_busy = false;
            serveBuffered();
        });
        if (body.isEmpty()) {
            delete timer;
            m_busy = false;
            return;
        }
        timer->start();
    }

    // Writes the huge body in slices as the socket drains, so that memory stays flat.
    void feedHuge()
    {
        constexpr qint64 kSlice = 64 * 1024;
        if (m_hugeLeft <= 0 || m_socket->bytesToWrite() > kSlice)
            return;
        const qint64 slice = std::min(kSlice, m_hugeLeft);
        m_socket->write(QByteArray(slice, ' '));
        m_hugeLeft -= slice;
        if (m_hugeLeft == 0 && m_hugeCloses)
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    Picker m_picker;
    QByteArray m_buffer;
    bool m_busy = false;
    qint64 m_hugeLeft = 0;
    bool m_hugeCloses = false;
};

} // namespace

FaultBehaviour FaultBehaviour::json(int status, const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return respond(status, "application/json", body, headers);
}

FaultBehaviour FaultBehaviour::respond(int status, const QByteArray &contentType,
                                       const QByteArray &body,
                                       const QList<QPair<QByteArray, QByteArray>> &headers)
{
    FaultBehaviour behaviour;
    behaviour.status = status;
    if (!contentType.isEmpty())
        behaviour.headers.append({"Content-Type", contentType});
    behaviour.headers.append(headers);
    behaviour.body = body;
    return behaviour;
}

FaultBehaviour FaultBehaviour::redirect(int status, const QUrl &location)
{
    return respond(status, {}, {}, {{"Location", location.toEncoded()}});
}

FaultBehaviour FaultBehaviour::stallBeforeHeaders()
{
    FaultBehaviour behaviour;
    behaviour.kind = Kind::StallBeforeHeaders;
    return behaviour;
}

FaultBehaviour FaultBehaviour::stallMidBody(const QByteArray &body, qint64 partialBytes)
{
    FaultBehaviour behaviour = json(200, body);
    behaviour.kind = Kind::StallMidBody;
    behaviour.partialBytes = partialBytes;
    return behaviour;
}

FaultBehaviour FaultBehaviour::truncated(const QByteArray &body, qint64 declaredLength)
{
    FaultBehaviour behaviour = json(200, body);
    behaviour.kind = Kind::Truncate;
    behaviour.declaredLength = declaredLength;
    return behaviour;
}

FaultBehaviour FaultBehaviour::drip(const QByteArray &body, int intervalMs)
{
    FaultBehaviour behaviour = json(200, body);
    behaviour.kind = Kind::Drip;
    behaviour.intervalMs = intervalMs;
    return behaviour;
}

FaultBehaviour FaultBehaviour::huge(qint64 bytes, bool withContentLength)
{
    FaultBehaviour behaviour = json(200, {});
    behaviour.kind = Kind::Huge;
    behaviour.hugeBytes = bytes;
    behaviour.hugeWithLength = withContentLength;
    return behaviour;
}

FaultBehaviour FaultBehaviour::closeWithoutResponse()
{
    FaultBehaviour behaviour;
    behaviour.kind = Kind::CloseWithoutResponse;
    return behaviour;
}

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
    , m_fallback(FaultBehaviour::json(404, R"({"message":"not scripted"})"))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::accept);
}

FaultServer::~FaultServer()
{
    close();
}

bool FaultServer::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FaultServer::close()
{
    m_server.close();
    // Sockets are children of the QTcpServer; their connections die with them.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        delete socket;
    }
}

QUrl FaultServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void FaultServer::script(const QString &path, const FaultBehaviour &behaviour)
{
    m_scripts.insert(path, {behaviour});
}

void FaultServer::scriptSequence(const QString &path, const QList<FaultBehaviour> &behaviours)
{
    m_scripts.insert(path, behaviours);
}

void FaultServer::handle(const QString &path, Handler handler)
{
    m_handlers.insert(path, std::move(handler));
}

QList<ReceivedRequest> FaultServer::requestsTo(const QString &path) const
{
    QList<ReceivedRequest> matching;
    std::copy_if(m_requests.cbegin(), m_requests.cend(), std::back_inserter(matching),
                 [&path](const ReceivedRequest &request) { return request.path == path; });
    return matching;
}

void FaultServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        new FaultConnection(socket,
                            [this](const ReceivedRequest &request) { return take(request); });
    }
}

FaultBehaviour FaultServer::take(const ReceivedRequest &request)
{
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    if (const auto handler = m_handlers.constFind(request.path); handler != m_handlers.cend())
        return (*handler)(request);
    auto script = m_scripts.find(request.path);
    if (script == m_scripts.end() || script->isEmpty())
        return m_fallback;
    return script->size() > 1 ? script->takeFirst() : script->constFirst();
}

} // namespace popsell::testing
