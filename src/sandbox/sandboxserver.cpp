#include "sandbox/sandboxserver.h"

#include "core/timestamps.h"
#include "sandbox/database.h"
#include "sandbox/demodata.h"
#include "sandbox/faults/faultlog.h"
#include "sandbox/idempotencyledger.h"
#include "sandbox/mediaimages.h"
#include "sandbox/resources.h"
#include "sandbox/sandboxcontrol.h"
#include "sandbox/validation.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace popsell::sandbox {

namespace {

HttpMethod toMethod(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return HttpMethod::Get;
    case QHttpServerRequest::Method::Post:
        return HttpMethod::Post;
    case QHttpServerRequest::Method::Patch:
        return HttpMethod::Patch;
    case QHttpServerRequest::Method::Put:
        return HttpMethod::Put;
    case QHttpServerRequest::Method::Delete:
        return HttpMethod::Delete;
    default:
        return HttpMethod::Other;
    }
}

const QString kApiPrefix = QStringLiteral("/api/v2");
const QString kControlPrefix = QStringLiteral("/__sandbox/");

QString callerName(const Caller &caller)
{
    return caller.isBrand() ? QStringLiteral("brand")
                            : QStringLiteral("ambassador:%1").arg(caller.idAmbassador);
}

bool isLoopbackPeer(const QString &peer)
{
    QHostAddress address(peer);
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(ipv4);
    return address.isLoopback();
}

} // namespace

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
{
    registerAuthRoutes(m_routes);
    registerChatroomRoutes(m_routes);
    registerChatroomMemberRoutes(m_routes);
    registerMessageRoutes(m_routes);
    registerRatingRoutes(m_routes);
    registerAmbassadorRoutes(m_routes);
    registerManagerRoutes(m_routes);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    std::optional<faults::FaultSpec> faultSpec;
    if (!m_config.faults.isEmpty()) {
        auto parsed = faults::FaultSpec::parse(m_config.faults);
        if (const QString *reason = std::get_if<QString>(&parsed)) {
            *error = QStringLiteral("--faults: %1").arg(*reason);
            return false;
        }
        if (!m_config.host.isLoopback()) {
            *error = QStringLiteral("--faults needs a loopback --host, not %1")
                         .arg(m_config.host.toString());
            return false;
        }
        faultSpec = std::get<faults::FaultSpec>(std::move(parsed));
    }
    m_db = std::make_unique<Database>(m_config.dataFile);
    if (!m_db->open(error))
        return false;
    if (m_db->isNew()) {
        DemoDataOptions options;
        options.seed = m_config.seed;
        options.rooms = m_config.rooms;
        options.messages = m_config.messages;
        options.domain = m_config.domain;
        options.nowMicros = nowMicros();
        if (!generateDemoData(*m_db, options, error))
            return false;
    }
    // The configured keys are (re)bound to the stored brand on every start, so that a data
    // file can be reused with other keys.
    m_brandId = m_db->integer(QStringLiteral("SELECT MIN(id_brand) FROM brands")).value_or(0);
    const qint64 keyAmbassador =
        m_db->integer(QStringLiteral("SELECT MIN(id_ambassador) FROM ambassadors WHERE id_brand = ?"
                                     " AND status = 0 AND active = 1"),
                      {m_brandId})
            .value_or(0);
    m_db->run(QStringLiteral("UPDATE brands SET domain = ?"), {m_config.domain});
    m_db->run(
        QStringLiteral("INSERT OR REPLACE INTO api_keys (api_key, kind, id_brand, id_ambassador)"
                       " VALUES (?, 'brand', ?, NULL)"),
        {m_config.apiKey, m_brandId});
    if (!m_config.ambassadorApiKey.isEmpty() && keyAmbassador != 0) {
        m_db->run(QStringLiteral(
                      "INSERT OR REPLACE INTO api_keys (api_key, kind, id_brand, id_ambassador)"
                      " VALUES (?, 'ambassador', ?, ?)"),
                  {m_config.ambassadorApiKey, m_brandId, keyAmbassador});
    }
    m_ledger = std::make_unique<IdempotencyLedger>(*m_db);
    m_ledger->purgeExpired(nowMicros());
    m_effects = std::make_unique<EffectsLedger>(*m_db);
    m_effects->ensureSchema();
    m_faultLog = std::make_unique<faults::FaultLog>(*m_db);
    m_faultLog->ensureSchema();
    if (faultSpec)
        m_faultRun = m_faultLog->startRun();
    if (m_db->failed()) {
        *error = m_db->lastError();
        return false;
    }
    if (!startListening(error))
        return false;
    if (!faultSpec)
        return true;

    faults::FaultFront::Hooks hooks;
    hooks.revokeToken = [this](const QString &token) {
        m_db->run(QStringLiteral("DELETE FROM tokens WHERE token = ?"), {token});
    };
    hooks.injected = [this](const faults::FaultEvent &event) {
        m_faultLog->record(m_faultRun, event);
    };
    if (m_config.logRequests) {
        hooks.log = [this](const QString &line) {
            Q_EMIT requestLogged(timestamps::formatSeconds(QDateTime::currentDateTimeUtc()) + u' ' +
                                 line);
        };
    }
    m_front = std::make_unique<faults::FaultFront>(
        faults::FaultPlanner(*faultSpec, m_config.faultSeed), m_listener->serverAddress(),
        m_listener->serverPort(), std::move(hooks));
    return m_front->listen(m_config.host, m_config.port, error);
}

bool SandboxServer::startListening(QString *error)
{
    // In fault mode the real server hides on a private loopback port behind the front.
    QHostAddress host = m_config.host;
    quint16 port = m_config.port;
    if (!m_config.faults.isEmpty()) {
        host = m_config.host.protocol() == QAbstractSocket::IPv6Protocol
                   ? QHostAddress(QHostAddress::LocalHostIPv6)
                   : QHostAddress(QHostAddress::LocalHost);
        port = 0;
    }
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(host, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(host.toString())
                     .arg(port)
                     .arg(m_listener->errorString());
        return false;
    }
    bind(m_listener);
    return true;
}

QString SandboxServer::setFaults(const QString &spec, quint64 seed)
{
    if (!m_front)
        return QStringLiteral("fault mode is off");
    auto parsed = faults::FaultSpec::parse(spec);
    if (const QString *reason = std::get_if<QString>(&parsed))
        return *reason;
    m_front->setPlanner(faults::FaultPlanner(std::get<faults::FaultSpec>(std::move(parsed)), seed));
    return {};
}

QList<Effect> SandboxServer::effects(qint64 afterSeq, const QString &idempotencyKey)
{
    return m_effects ? m_effects->list(afterSeq, idempotencyKey) : QList<Effect>();
}

QMap<QString, int> SandboxServer::effectCountsByKey()
{
    return m_effects ? m_effects->countsByKey() : QMap<QString, int>();
}

QMap<QString, qint64> SandboxServer::storedFaultCounts()
{
    return m_faultLog ? m_faultLog->counts() : QMap<QString, qint64>();
}

quint16 SandboxServer::port() const
{
    if (m_front)
        return m_front->port();
    return m_listener ? m_listener->serverPort() : 0;
}

quint16 SandboxServer::directPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString SandboxServer::directBaseUrl() const
{
    if (!m_listener)
        return {};
    QString host = m_listener->serverAddress().toString();
    if (m_listener->serverAddress().protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return u"http://" + host + u':' + QString::number(directPort()) + kApiPrefix;
}

QString SandboxServer::origin() const
{
    QString host = m_config.host.toString();
    if (m_config.host.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return u"http://" + host + u':' + QString::number(port());
}

QString SandboxServer::baseUrl() const
{
    return origin() + kApiPrefix;
}

QString SandboxServer::listeningLine() const
{
    QString line = QStringLiteral("popsell-sandbox listening on %1 domain %2 api-key %3 brand %4")
                       .arg(baseUrl(), m_config.domain, m_config.apiKey)
                       .arg(m_brandId);
    if (m_front)
        line += u" faults-direct " + directBaseUrl();
    return line;
}

qint64 SandboxServer::nowMicros() const
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

ApiRequest SandboxServer::toApiRequest(const QHttpServerRequest &request) const
{
    ApiRequest result;
    result.method = toMethod(request.method());
    const QUrl url = request.url();
    result.path = url.path(QUrl::FullyDecoded);
    result.query = request.query();
    result.body = request.body();
    for (const auto &[name, value] : request.headers())
        result.headers.insert(name.toLower(), value);
    const QByteArray host = result.header("host");
    result.origin = host.isEmpty() ? origin() : u"http://" + QString::fromLatin1(host);
    result.target = url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
    result.peer = request.remoteAddress().toString();
    return result;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest apiRequest = toApiRequest(request);
    QHttpServerResponder responder = makeResponder(request, socket);

    if (m_config.latencyMs <= 0) {
        const ApiReply reply = process(apiRequest);
        respond(responder, reply);
        log(apiRequest, reply, timer.elapsed());
        return true;
    }

    // With latency, a POST's idempotency key is "in flight" from its arrival to its
    // answer: a duplicate arriving meanwhile gets the 409 of the idempotency draft.
    const std::optional<IdempotencyScope> flight =
        m_config.idempotency ? idempotencyScope(apiRequest) : std::nullopt;
    if (flight && m_ledger->isInFlight(flight->scope, flight->key)) {
        ApiReply conflict = ApiReply::message(
            409, QStringLiteral("A request with this Idempotency-Key is still being processed."));
        conflict.setHeader("Retry-After", "1");
        respond(responder, conflict);
        log(apiRequest, conflict, timer.elapsed());
        return true;
    }
    if (flight)
        m_ledger->beginFlight(flight->scope, flight->key);
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(
        m_config.latencyMs, this,
        [this, pending, apiRequest, flight, socket = QPointer<QTcpSocket>(socket), timer]() {
            const ApiReply reply = process(apiRequest);
            if (flight)
                m_ledger->endFlight(flight->scope, flight->key);
            if (socket)
                respond(*pending, reply);
            log(apiRequest, reply, timer.elapsed());
        });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    respond(responder, ApiReply::notFound(QStringLiteral("Not Found")));
}

void SandboxServer::respond(QHttpServerResponder &responder, const ApiReply &reply) const
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    bool cacheControl = false;
    for (const auto &[name, value] : reply.headers) {
        responder.writeHeader(name, value);
        cacheControl = cacheControl || name.compare("Cache-Control", Qt::CaseInsensitive) == 0;
    }
    // API answers depend on the bearer token; no cache may keep them (Laravel's default).
    if (!cacheControl)
        responder.writeHeader("Cache-Control", "no-cache, private");
    responder.writeBody(reply.body);
}

void SandboxServer::log(const ApiRequest &request, const ApiReply &reply, qint64 elapsedMs)
{
    if (!m_config.logRequests)
        return;
    Q_EMIT requestLogged(QStringLiteral("%1 %2 %3 %4 %5 %6B %7ms")
                             .arg(timestamps::formatSeconds(QDateTime::currentDateTimeUtc()),
                                  request.peer, methodName(request.method), request.target)
                             .arg(reply.status)
                             .arg(reply.body.size())
                             .arg(elapsedMs));
}

std::optional<Caller> SandboxServer::authenticate(const ApiRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer "))
        return std::nullopt;
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery q = m_db->run(QStringLiteral("SELECT k.api_key, k.kind, k.id_brand, k.id_ambassador"
                                           " FROM tokens t JOIN api_keys k ON k.api_key = t.api_key"
                                           " WHERE t.token = ?"),
                            {token});
    if (!q.next())
        return std::nullopt;
    Caller caller;
    caller.apiKey = q.value(0).toString();
    caller.kind =
        q.value(1).toString() == u"ambassador" ? Caller::Kind::Ambassador : Caller::Kind::Brand;
    caller.idBrand = q.value(2).toLongLong();
    caller.idAmbassador = q.value(3).toLongLong();
    caller.token = token;
    return caller;
}

std::optional<SandboxServer::IdempotencyScope>
SandboxServer::idempotencyScope(const ApiRequest &request)
{
    if (request.method != HttpMethod::Post || !request.headers.contains("idempotency-key"))
        return std::nullopt;
    const std::optional<QString> key =
        IdempotencyLedger::normaliseKey(request.header("idempotency-key"));
    const std::optional<Caller> caller = authenticate(request);
    if (!key || !caller)
        return std::nullopt;
    // Keys belong to one API key (not one token): an action queued before a re-login
    // is still recognised after it.
    return IdempotencyScope{caller->apiKey, *key};
}

ApiReply SandboxServer::process(const ApiRequest &request)
{
    m_db->clearFailure();
    if (request.path.startsWith(u"/media/"))
        return serveMedia(request);
    if (request.path.startsWith(kControlPrefix))
        return serveControl(request);
    if (request.path != kApiPrefix && !request.path.startsWith(kApiPrefix + u'/'))
        return ApiReply::notFound(QStringLiteral("Not Found"));
    ApiRequest routed = request;
    routed.path = request.path.mid(kApiPrefix.size());

    const RouteMatch match = m_routes.match(routed.method, routed.path);
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            ApiReply reply = ApiReply::message(
                405,
                QStringLiteral(
                    "The %1 method is not supported for route api/v2%2. Supported methods: %3.")
                    .arg(methodName(routed.method), routed.path,
                         match.allowedMethods.join(QStringLiteral(", "))));
            reply.setHeader("Allow", match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
            return reply;
        }
        return ApiReply::notFound(
            QStringLiteral("The route api/v2%1 could not be found.").arg(routed.path));
    }
    const Route &route = *match.route;

    if (route.guards.testFlag(Guard::Domain)) {
        const QString domain = QString::fromUtf8(routed.header("x-popsell-domain")).trimmed();
        if (domain.compare(m_config.domain, Qt::CaseInsensitive) != 0)
            return ApiReply::unauthorized();
    }
    Caller caller;
    if (route.guards.testFlag(Guard::Token)) {
        const std::optional<Caller> resolved = authenticate(routed);
        if (!resolved)
            return ApiReply::unauthorized();
        caller = *resolved;
    }
    if (route.guards.testFlag(Guard::BrandKey) && !caller.isBrand())
        return ApiReply::forbidden();
    if (route.guards.testFlag(Guard::BrandHeader)) {
        bool ok = false;
        const qint64 brand = routed.header("x-popsell-brand").trimmed().toLongLong(&ok);
        if (!ok || brand != caller.idBrand)
            return ApiReply::forbidden();
    }
    return runRoute(route, routed, caller, match.params);
}

ApiReply SandboxServer::runRoute(const Route &route, const ApiRequest &request,
                                 const Caller &caller, const QHash<QString, qint64> &params)
{
    const qint64 now = nowMicros();
    Resources resources(*m_db, request.origin, now);
    RouteContext context{request, caller, params, *m_db, resources, m_config, now};

    if (request.method == HttpMethod::Get)
        return m_db->failed() ? ApiReply::serverError() : route.handler(context);

    // Writes: one transaction per request, idempotency record included, so a stored
    // answer always matches a committed effect.
    std::optional<QString> key;
    QByteArray fingerprint;
    const QString method = methodName(request.method);
    if (m_config.idempotency && request.method == HttpMethod::Post &&
        request.headers.contains("idempotency-key")) {
        key = IdempotencyLedger::normaliseKey(request.header("idempotency-key"));
        if (!key) {
            ValidationErrors errors;
            errors.add(
                QStringLiteral("idempotency_key"),
                QStringLiteral(
                    "The Idempotency-Key header must hold 1 to 255 visible ASCII characters."));
            return ApiReply::validation(errors);
        }
        fingerprint = IdempotencyLedger::fingerprint(method, request.path, request.body);
        const IdempotencyLedger::Result found = m_ledger->find(caller.apiKey, *key, fingerprint);
        if (found.lookup == IdempotencyLedger::Lookup::Replay)
            return found.reply;
        if (found.lookup == IdempotencyLedger::Lookup::Mismatch) {
            ValidationErrors errors;
            errors.add(
                QStringLiteral("idempotency_key"),
                QStringLiteral("This Idempotency-Key was already used with a different request."));
            return ApiReply::validation(errors);
        }
    }

    if (!m_db->begin())
        return ApiReply::serverError();
    const EffectsLedger::Marks marks = m_effects->marks();
    ApiReply reply = route.handler(context);
    if (m_db->failed() || reply.status >= 500) {
        m_db->rollback();
        return m_db->failed() ? ApiReply::serverError() : reply;
    }
    if (key && IdempotencyLedger::isStorable(reply.status))
        m_ledger->store(caller.apiKey, *key, method, request.path, fingerprint, reply, now);
    if (reply.status >= 200 && reply.status < 300)
        recordEffect(route, request, caller, reply, marks, now);
    if (m_db->failed() || !m_db->commit()) {
        m_db->rollback();
        return ApiReply::serverError();
    }
    return reply;
}

void SandboxServer::recordEffect(const Route &route, const ApiRequest &request,
                                 const Caller &caller, const ApiReply &reply,
                                 const EffectsLedger::Marks &marks, qint64 now)
{
    Effect effect;
    effect.timeMicros = now;
    effect.method = methodName(request.method);
    effect.route = route.pattern;
    effect.path = request.path;
    effect.status = reply.status;
    if (request.headers.contains("idempotency-key")) {
        const QByteArray raw = request.header("idempotency-key");
        effect.idempotencyKey =
            IdempotencyLedger::normaliseKey(raw).value_or(QString::fromLatin1(raw.trimmed()));
    }
    effect.caller = caller.apiKey.isEmpty() ? QStringLiteral("anonymous") : callerName(caller);
    effect.created = m_effects->createdSince(marks);
    // Only the fault front sets this header (it strips the client's).
    if (m_front)
        effect.fault = QString::fromLatin1(request.header("x-sandbox-fault"));
    m_effects->record(effect);
}

ApiReply SandboxServer::serveControl(const ApiRequest &request)
{
    // The front listens on loopback only; without it the real server may not.
    if (!isLoopbackPeer(request.peer))
        return ApiReply::notFound(QStringLiteral("Not Found"));
    SandboxControlContext context{*m_effects, *m_faultLog, m_front.get(), m_config,
                                  [this](const QString &spec, quint64 seed) {
                                      return setFaults(spec, seed);
                                  }};
    return serveSandboxControl(request, context);
}

ApiReply SandboxServer::serveMedia(const ApiRequest &request)
{
    if (request.method != HttpMethod::Get)
        return ApiReply::notFound(QStringLiteral("Not Found"));
    const std::optional<QByteArray> svg = renderMediaImage(*m_db, request.path);
    if (!svg)
        return ApiReply::notFound(QStringLiteral("Not Found"));
    ApiReply reply;
    reply.body = *svg;
    reply.contentType = "image/svg+xml";
    reply.setHeader("Cache-Control", "public, max-age=86400");
    return reply;
}

} // namespace popsell::sandbox
