#include "sandbox/faults/faultconnection.h"

#include "sandbox/faults/cannedreplies.h"
#include "sandbox/faults/faultfront.h"

#include <QDateTime>
#include <QTcpSocket>

namespace popsell::sandbox::faults {

namespace {

constexpr qint64 kMaxRequestBody = 16LL * 1024 * 1024;
// The huge body is streamed in slices, never built in memory.
constexpr qint64 kHugeSlice = 64 * 1024;
constexpr qint64 kHugeBacklog = 1024 * 1024;

bool isCanned(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Status500:
    case FaultKind::Status502:
    case FaultKind::Status503:
    case FaultKind::Status504:
    case FaultKind::RetryAfterSeconds:
    case FaultKind::RetryAfterDate:
    case FaultKind::RetryAfterGarbage:
    case FaultKind::HtmlOk:
    case FaultKind::Redirect302:
    case FaultKind::Redirect307:
        return true;
    default:
        return false;
    }
}

bool wantsClose(const HttpHead &head)
{
    if (head.hasToken("connection", "close"))
        return true;
    return head.startLine.endsWith("HTTP/1.0") && !head.hasToken("connection", "keep-alive");
}

} // namespace

FaultConnection::FaultConnection(QTcpSocket *client, FaultFront &front)
    : QObject(&front)
    , m_front(front)
    , m_client(client)
{
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &FaultConnection::readClient);
    connect(m_client, &QTcpSocket::disconnected, this, &FaultConnection::clientGone);
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] {
        if (m_hugeLeft > 0)
            pumpHuge();
    });
    m_timer.setTimerType(Qt::PreciseTimer);
    if (m_client->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &FaultConnection::readClient, Qt::QueuedConnection);
}

FaultConnection::~FaultConnection()
{
    // Destroying a connected socket emits signals; none may reach this half-destroyed object.
    m_timer.stop();
    for (QTcpSocket *socket : {m_client, m_upstream}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

std::optional<FaultKind> FaultConnection::kind() const
{
    if (!m_exchange || !m_exchange->decision)
        return std::nullopt;
    return m_exchange->decision->kind;
}

void FaultConnection::readClient()
{
    if (m_state == State::Closed)
        return;
    m_in += m_client->readAll();
    processInput();
}

void FaultConnection::processInput()
{
    while (m_state == State::Reading) {
        if (!m_exchange && !beginExchange())
            return;
        if (m_state != State::Reading)
            return;
        QByteArray body;
        switch (m_exchange->framing.kind) {
        case BodyFraming::Kind::None:
        case BodyFraming::Kind::UntilClose:
            break;
        case BodyFraming::Kind::Length:
            if (m_in.size() < m_exchange->framing.length)
                return;
            body = m_in.left(m_exchange->framing.length);
            m_in.remove(0, m_exchange->framing.length);
            break;
        case BodyFraming::Kind::Chunked: {
            const BodyParse chunked = takeChunked(m_in);
            if (chunked.status == BodyParse::Status::Incomplete) {
                if (m_in.size() > kMaxRequestBody)
                    badRequest(413);
                return;
            }
            if (chunked.status == BodyParse::Status::Malformed) {
                badRequest(400);
                return;
            }
            body = chunked.body;
            m_in.remove(0, chunked.consumed);
            m_exchange->head.remove("transfer-encoding");
            break;
        }
        }
        dispatch(body);
    }
}

bool FaultConnection::beginExchange()
{
    const HeadParse parsed = parseHead(m_in);
    if (parsed.status == HeadParse::Status::Incomplete)
        return false;
    if (parsed.status == HeadParse::Status::Malformed) {
        badRequest(400);
        return false;
    }
    m_in.remove(0, parsed.size);
    const std::optional<BodyFraming> framing = requestFraming(parsed.head);
    if (!framing) {
        badRequest(400);
        return false;
    }
    if (framing->kind == BodyFraming::Kind::Length && framing->length > kMaxRequestBody) {
        badRequest(413);
        return false;
    }
    Exchange exchange;
    exchange.head = parsed.head;
    exchange.framing = *framing;
    exchange.closeAfter = wantsClose(parsed.head);
    exchange.decision = m_front.decide(parsed.head);
    m_exchange = exchange;

    const std::optional<FaultKind> fault = kind();
    if (fault == FaultKind::Refused) {
        m_front.refuseConnections();
        abortNow();
        return false;
    }
    if (fault == FaultKind::CloseBeforeRequest) {
        abortNow();
        return false;
    }
    // The body is read here before anything goes upstream, so a client waiting for
    // "100 Continue" must get it from the front.
    if (m_exchange->head.hasToken("expect", "100-continue")) {
        m_client->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_exchange->head.remove("expect");
    }
    return true;
}

void FaultConnection::dispatch(const QByteArray &body)
{
    const std::optional<FaultKind> fault = kind();
    if (fault == FaultKind::CloseAfterRequest) {
        hangUp();
        return;
    }
    if (fault && isCanned(*fault)) {
        CannedContext context;
        context.target = m_exchange->head.target();
        context.foreignOrigin = m_front.foreignOrigin();
        context.retryAfterSeconds = m_front.planner().spec().options.retryAfterSeconds;
        context.nowUtc = QDateTime::currentDateTimeUtc();
        context.closeConnection = m_exchange->closeAfter;
        m_client->write(cannedReply(*fault, context));
        finishExchange();
        return;
    }
    forward(body);
}

void FaultConnection::forward(const QByteArray &body)
{
    HttpHead head = m_exchange->head;
    // Only the front may tell the server which fault a request is under.
    head.remove("x-sandbox-fault");
    if (const std::optional<FaultKind> fault = kind()) {
        head.set("X-Sandbox-Fault", faultKindName(*fault).toLatin1());
        if (*fault == FaultKind::Unauthorized) {
            const QByteArray authorization = head.value("authorization");
            if (m_front.m_hooks.revokeToken && authorization.startsWith("Bearer "))
                m_front.m_hooks.revokeToken(QString::fromLatin1(authorization.mid(7).trimmed()));
        }
    }
    if (m_exchange->framing.kind != BodyFraming::Kind::None || !body.isEmpty())
        head.set("Content-Length", QByteArray::number(body.size()));

    if (!m_upstream) {
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::readyRead, this, &FaultConnection::readUpstream);
        connect(m_upstream, &QTcpSocket::disconnected, this, &FaultConnection::upstreamClosed);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_upstream->state() == QAbstractSocket::UnconnectedState)
                upstreamClosed();
        });
    }
    if (m_upstream->state() == QAbstractSocket::UnconnectedState) {
        m_up.clear();
        m_upstream->connectToHost(m_front.m_upstreamHost, m_front.m_upstreamPort);
    }
    // QTcpSocket keeps what is written while it connects.
    m_upstream->write(head.serialise() + body);
    m_state = State::Awaiting;
}

void FaultConnection::readUpstream()
{
    m_up += m_upstream->readAll();
    if (m_state == State::Awaiting)
        completeResponse(false);
}

void FaultConnection::upstreamClosed()
{
    if (m_state != State::Awaiting)
        return;
    m_up += m_upstream->readAll();
    if (!completeResponse(true))
        abortNow(); // the server hung up without a complete answer: so do we
}

bool FaultConnection::completeResponse(bool upstreamGone)
{
    for (;;) {
        const HeadParse parsed = parseHead(m_up);
        if (parsed.status != HeadParse::Status::Complete)
            return false;
        const int status = parsed.head.status();
        if (status >= 100 && status < 200) {
            m_up.remove(0, parsed.size); // interim answers are not relayed
            continue;
        }
        const std::optional<BodyFraming> framing =
            responseFraming(parsed.head, m_exchange->head.method());
        if (!framing)
            return false;
        HttpHead head = parsed.head;
        QByteArray rawHead = m_up.left(parsed.size);
        QByteArray body;
        qsizetype consumed = parsed.size;
        switch (framing->kind) {
        case BodyFraming::Kind::None:
            break;
        case BodyFraming::Kind::Length:
            if (m_up.size() < parsed.size + framing->length)
                return false;
            body = m_up.mid(parsed.size, framing->length);
            consumed += framing->length;
            break;
        case BodyFraming::Kind::Chunked: {
            const BodyParse chunked = takeChunked(m_up.mid(parsed.size));
            if (chunked.status != BodyParse::Status::Complete)
                return false;
            body = chunked.body;
            consumed += chunked.consumed;
            head.remove("transfer-encoding");
            head.set("Content-Length", QByteArray::number(body.size()));
            rawHead = head.serialise();
            break;
        }
        case BodyFraming::Kind::UntilClose:
            if (!upstreamGone)
                return false;
            body = m_up.mid(parsed.size);
            consumed = m_up.size();
            head.set("Content-Length", QByteArray::number(body.size()));
            rawHead = head.serialise();
            break;
        }
        m_up.remove(0, consumed);
        deliver(head, rawHead, body);
        return true;
    }
}

void FaultConnection::deliver(HttpHead head, const QByteArray &rawHead, const QByteArray &body)
{
    const std::optional<FaultKind> fault = kind();
    const FaultOptions &options = m_front.planner().spec().options;
    if (!fault || *fault == FaultKind::Unauthorized) {
        m_client->write(rawHead + body);
        finishExchange();
        processInput();
        return;
    }
    switch (*fault) {
    case FaultKind::CommitThenClose:
        hangUp();
        return;
    case FaultKind::Truncate:
        if (body.isEmpty())
            m_client->write(rawHead.left(rawHead.size() / 2));
        else
            m_client->write(rawHead + body.left(body.size() / 2));
        hangUp();
        return;
    case FaultKind::StallBeforeHeaders:
    case FaultKind::StallMidBody:
        if (*fault == FaultKind::StallMidBody)
            m_client->write(rawHead + body.left(body.size() / 2));
        m_state = State::Answering;
        m_timer.setSingleShot(true);
        disconnect(&m_timer, nullptr, this, nullptr);
        connect(&m_timer, &QTimer::timeout, this, &FaultConnection::hangUp);
        m_timer.start(options.stallMs);
        return;
    case FaultKind::Drip:
        m_drip = rawHead + body;
        m_dripPos = 0;
        m_state = State::Answering;
        m_timer.setSingleShot(false);
        disconnect(&m_timer, nullptr, this, nullptr);
        connect(&m_timer, &QTimer::timeout, this, &FaultConnection::dripNext);
        m_timer.start(options.dripMs);
        dripNext();
        return;
    case FaultKind::InvalidJson: {
        const QByteArray broken = brokenJson(body, m_exchange->decision->index);
        head.set("Content-Length", QByteArray::number(broken.size()));
        m_client->write(head.serialise() + broken);
        finishExchange();
        processInput();
        return;
    }
    case FaultKind::HugeBody:
        head.set("Content-Type", "application/json");
        head.set("Content-Length", QByteArray::number(options.hugeBytes));
        m_client->write(head.serialise());
        m_hugeLeft = options.hugeBytes;
        m_hugeStarted = false;
        m_state = State::Answering;
        pumpHuge();
        return;
    default:
        // Kinds that never reach this point (they are decided before forwarding).
        m_client->write(rawHead + body);
        finishExchange();
        processInput();
        return;
    }
}

void FaultConnection::dripNext()
{
    if (m_state != State::Answering)
        return;
    if (m_dripPos < m_drip.size())
        m_client->write(m_drip.constData() + m_dripPos++, 1);
    if (m_dripPos >= m_drip.size()) {
        m_timer.stop();
        m_drip.clear();
        finishExchange();
        processInput();
    }
}

void FaultConnection::pumpHuge()
{
    static const QByteArray filler = [] {
        QByteArray bytes;
        bytes.reserve(kHugeSlice);
        while (bytes.size() < kHugeSlice)
            bytes += "0,";
        return bytes.left(kHugeSlice);
    }();
    if (m_state != State::Answering)
        return;
    while (m_hugeLeft > 0 && m_client->bytesToWrite() < kHugeBacklog) {
        QByteArray slice = filler.left(qMin(m_hugeLeft, kHugeSlice));
        if (!m_hugeStarted) {
            // Looks like the start of a JSON list page, so that a parser gets going.
            const QByteArray start = "{\"data\":[";
            slice.replace(0, qMin(start.size(), slice.size()), start.left(slice.size()));
            m_hugeStarted = true;
        }
        m_client->write(slice);
        m_hugeLeft -= slice.size();
    }
    if (m_hugeLeft == 0) {
        finishExchange();
        processInput();
    }
}

void FaultConnection::finishExchange()
{
    const bool close = m_exchange && m_exchange->closeAfter;
    m_exchange.reset();
    if (close) {
        hangUp();
        return;
    }
    m_state = State::Reading;
}

void FaultConnection::hangUp()
{
    m_state = State::Closed;
    m_timer.stop();
    m_client->disconnectFromHost();
}

void FaultConnection::abortNow()
{
    m_state = State::Closed;
    m_timer.stop();
    m_client->abort();
    clientGone();
}

void FaultConnection::clientGone()
{
    if (m_gone)
        return;
    m_gone = true;
    m_state = State::Closed;
    m_timer.stop();
    m_hugeLeft = 0;
    if (m_upstream)
        m_upstream->abort();
    m_front.forget(this);
    deleteLater();
}

void FaultConnection::badRequest(int status)
{
    m_client->write(httpResponse(status, "application/json",
                                 status == 413 ? R"({"message":"Payload Too Large"})"
                                               : R"({"message":"Bad Request"})",
                                 {}, true));
    hangUp();
}

} // namespace popsell::sandbox::faults
