#include "sandbox/faults/foreignorigin.h"

#include "sandbox/faults/cannedreplies.h"
#include "sandbox/faults/httpframing.h"

#include <QTcpSocket>

namespace popsell::sandbox::faults {

ForeignOrigin::ForeignOrigin(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ForeignOrigin::accept);
}

ForeignOrigin::~ForeignOrigin()
{
    // Sockets must not call back into a half-destroyed object.
    for (QTcpSocket *socket : m_buffers.keys()) {
        socket->disconnect(this);
        delete socket;
    }
}

bool ForeignOrigin::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = QStringLiteral("cannot listen for the foreign origin: %1").arg(m_server.errorString());
    return false;
}

QByteArray ForeignOrigin::origin() const
{
    return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort());
}

void ForeignOrigin::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(nullptr);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ForeignOrigin::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const HeadParse head = parseHead(buffer);
        if (head.status == HeadParse::Status::Malformed) {
            socket->abort();
            return;
        }
        if (head.status == HeadParse::Status::Incomplete)
            return;
        const std::optional<BodyFraming> framing = requestFraming(head.head);
        QByteArray body;
        qsizetype consumed = head.size;
        if (!framing) {
            socket->abort();
            return;
        }
        if (framing->kind == BodyFraming::Kind::Length) {
            if (buffer.size() < head.size + framing->length)
                return;
            body = buffer.mid(head.size, framing->length);
            consumed += framing->length;
        } else if (framing->kind == BodyFraming::Kind::Chunked) {
            const BodyParse chunked = takeChunked(buffer.mid(head.size));
            if (chunked.status == BodyParse::Status::Incomplete)
                return;
            if (chunked.status == BodyParse::Status::Malformed) {
                socket->abort();
                return;
            }
            body = chunked.body;
            consumed += chunked.consumed;
        }
        buffer.remove(0, consumed);
        ++m_stats.requests;
        if (head.head.has("authorization"))
            ++m_stats.authorizationHeaders;
        if (!body.isEmpty())
            ++m_stats.bodies;
        // A plausible success: a client that follows the redirect and believes it has
        // lost the action, which is what the campaign must catch.
        socket->write(
            httpResponse(200, "application/json", R"({"message":"This is not the Popsell API."})"));
    }
}

} // namespace popsell::sandbox::faults
