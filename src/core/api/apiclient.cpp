#include "core/api/apiclient.h"

#include "core/api/apicall.h"
#include "core/api/requestbuilder.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <limits>
#include <utility>

namespace popsell::api {

ApiClient::ApiClient(ApiConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
    // Per-request attributes say the same; these are the backstops for anything that
    // ever bypasses the builder. No cache is attached to this manager, on purpose.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setTransferTimeout(m_config.inactivityTimeoutMs);
    m_network->setAutoDeleteReplies(true);
}

void ApiClient::clearToken()
{
    // Only a buffer this client owns alone is overwritten: a shared one belongs to others too.
    if (m_token.isDetached())
        m_token.fill(QChar(u'\0'));
    m_token.clear();
}

ApiClient::~ApiClient()
{
    // The calls go first, quietly (no result, no gate): nothing they do while ending may
    // reach a client that is half destroyed.
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
    clearToken();
}

ApiCall *ApiClient::send(Endpoint endpoint, const QList<qint64> &pathIds, const QUrlQuery &query,
                         const std::optional<QJsonObject> &body, QObject *context,
                         JsonCallback done)
{
    return resend({}, endpoint, pathIds, query, body, context, std::move(done));
}

ApiCall *ApiClient::resend(const QByteArray &idempotencyKey, Endpoint endpoint,
                           const QList<qint64> &pathIds, const QUrlQuery &query,
                           const std::optional<QJsonObject> &body, QObject *context,
                           JsonCallback done)
{
    const EndpointSpec &spec = endpointSpec(endpoint);
    const QUrl url = RequestBuilder(m_config).endpointUrl(spec, pathIds, query);
    return start(spec, url, false, body, idempotencyKey, context, std::move(done));
}

ApiCall *ApiClient::sendUrl(Endpoint endpoint, const QUrl &url, QObject *context, JsonCallback done)
{
    const EndpointSpec &spec = endpointSpec(endpoint);
    Q_ASSERT_X(spec.method == "GET", "ApiClient::sendUrl", "server-given URLs are for GETs");
    return start(spec, url, true, std::nullopt, {}, context, std::move(done));
}

ApiCall *ApiClient::start(const EndpointSpec &spec, const QUrl &url, bool requireApiOrigin,
                          const std::optional<QJsonObject> &body, QByteArray idempotencyKey,
                          QObject *context, JsonCallback done)
{
    const RequestBuilder builder(m_config);
    // The base URL itself is checked on every call, not once: it can be reconfigured.
    if (std::optional<ApiError> refused = builder.refusal(url, requireApiOrigin))
        return new ApiCall(std::move(*refused), context, std::move(done), this);

    if (!RequestBuilder::needsIdempotencyKey(spec))
        idempotencyKey.clear();
    else if (idempotencyKey.isEmpty())
        idempotencyKey = RequestBuilder::newIdempotencyKey();

    ApiCall::Request request;
    request.endpoint = spec.endpoint;
    request.url = url;
    if (body)
        request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    request.order = m_nextOrder++;
    ApiCall::Settings settings;
    settings.deadlineMs = m_config.deadlineMs;
    settings.maxBodyBytes = m_config.maxBodyBytes;
    settings.idempotencyKey = idempotencyKey;
    auto *call = new ApiCall(
        std::move(request), std::move(settings), context, std::move(done),
        [this](ApiCall &ending, const Result<JsonReply> &result) {
            return onCallEnding(ending, result);
        },
        this);
    connect(&call->m_retryTimer, &QTimer::timeout, this, [this, call] { retryDue(call); });
    enqueue(call);
    pump();
    return call;
}

void ApiClient::enqueue(ApiCall *call)
{
    const EndpointSpec &spec = call->spec();
    if (isSessionEndpoint(spec.endpoint))
        m_sessionWaiting.append(call);
    else if (spec.method == "GET")
        m_waitingReads.append(call);
    else
        m_waitingWrites.append(call); // user actions first (reliability notes, 2.8)
}

int ApiClient::maxInFlight() const
{
    return std::max(1, m_config.maxInFlight);
}

void ApiClient::pump()
{
    // Starting a reply does not call back synchronously; the guard is for a Qt that does.
    // The outer loop checks again after every start, so a nested request is not lost.
    if (!m_pumping) {
        m_pumping = true;
        while (inFlightCount() < maxInFlight()) {
            ApiCall *next = takeNext();
            if (!next)
                break;
            sendAttempt(next);
        }
        m_pumping = false;
    }
    updateHeldCount();
}

ApiCall *ApiClient::takeNext()
{
    const auto takeFrom = [](CallList &list) -> ApiCall * {
        while (!list.isEmpty()) {
            const QPointer<ApiCall> call = list.takeFirst();
            if (call && call->m_stage == ApiCall::Stage::Idle)
                return call;
        }
        return nullptr;
    };
    // Signing in again must not wait behind the calls that wait for it.
    if (ApiCall *session = takeFrom(m_sessionWaiting))
        return session;
    if (m_suspended)
        return nullptr;
    for (CallList *list : {&m_released, &m_waitingWrites, &m_waitingReads}) {
        if (ApiCall *call = takeFrom(*list))
            return call;
    }
    return nullptr;
}

void ApiClient::sendAttempt(ApiCall *call)
{
    // Built now, not at send(): a call that waited or was parked goes with the current
    // token, and with the same Idempotency-Key and body as before.
    const RequestBuilder builder(m_config);
    const EndpointSpec &spec = call->spec();
    const ApiCall::Request &what = call->request();
    const QNetworkRequest request =
        builder.build(spec, what.url, m_token, call->idempotencyKey(), what.body.has_value());
    QNetworkReply *reply = nullptr;
    if (spec.method == "GET")
        reply = m_network->get(request);
    else
        reply =
            m_network->sendCustomRequest(request, spec.method, what.body.value_or(QByteArray()));
    m_onWire.append(call);
    call->attach(reply, m_token);
}

bool ApiClient::mayHold(const ApiCall &call, const Result<JsonReply> &result) const
{
    // A redirect to a login page is a BadResponse (apierror.cpp), not an Unauthorized: it
    // is delivered.
    return m_holdOnUnauthorized && !result.ok() &&
           result.error().kind() == ApiError::Kind::Unauthorized && call.spec().bearer &&
           !isSessionEndpoint(call.spec().endpoint);
}

bool ApiClient::onCallEnding(ApiCall &call, const Result<JsonReply> &result)
{
    forget(&call);
    bool keep = false;
    bool entersSuspension = false;
    if (const std::optional<RetryDecision> retry = retryFor(call, result)) {
        scheduleRetry(call, result.error(), *retry);
        keep = true;
    } else if (mayHold(call, result)) {
        if (m_suspended) {
            insertInOrder(m_parked, &call);
            keep = true;
        } else if (!call.carried(m_token)) {
            // The token changed while this attempt was out (renewed after another call's
            // 401): not a new suspension. Without any token the moderator signed out, and
            // the 401 is the answer.
            if (hasToken()) {
                insertInOrder(m_released, &call);
                keep = true;
            }
        } else {
            insertInOrder(m_parked, &call);
            keep = true;
            m_suspended = true;
            entersSuspension = true;
        }
    }
    // Signals after the bookkeeping: a receiver may call resume(), abandonHeld() or
    // reset() right away.
    if (entersSuspension) {
        Q_EMIT suspendedChanged(true);
        Q_EMIT unauthorizedDuringSession();
    }
    updateServerWait(); // the call may have been waiting for the server until its cancel
    pump();             // a slot is free
    return keep;
}

std::optional<RetryDecision> ApiClient::retryFor(const ApiCall &call,
                                                 const Result<JsonReply> &result) const
{
    if (!m_retryPolicy || result.ok() || !call.spec().idempotent)
        return std::nullopt;
    // Idempotent endpoints send no Idempotency-Key: the server's keys do not matter.
    const RetryDecision decision =
        m_retryPolicy->decide(call.spec(), result.error(), call.attempts(), false);
    if (decision.action != RetryDecision::Action::Retry)
        return std::nullopt;
    return decision;
}

void ApiClient::scheduleRetry(ApiCall &call, const ApiError &error, const RetryDecision &decision)
{
    const qint64 delayMs = std::max<qint64>(0, decision.delay.count());
    call.m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    call.m_retryAtServerRequest = decision.serverAskedToWait;
    call.logRetry(error, delayMs, decision.serverAskedToWait);
    m_retrying.append(&call);
    call.m_retryTimer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
    updateServerWait();
}

void ApiClient::retryDue(ApiCall *call)
{
    if (!m_retrying.removeOne(call) || call->m_stage != ApiCall::Stage::Idle)
        return;
    call->m_retryAtServerRequest = false;
    requeue(call);
    updateServerWait();
    pump();
}

void ApiClient::requeue(ApiCall *call)
{
    const EndpointSpec &spec = call->spec();
    if (isSessionEndpoint(spec.endpoint))
        insertInOrder(m_sessionWaiting, call);
    else if (spec.method == "GET")
        insertInOrder(m_waitingReads, call);
    else
        insertInOrder(m_waitingWrites, call);
}

int ApiClient::retryingCount() const
{
    return int(
        std::count_if(m_retrying.cbegin(), m_retrying.cend(), [](const QPointer<ApiCall> &call) {
            return call && call->m_stage == ApiCall::Stage::Idle;
        }));
}

void ApiClient::updateServerWait()
{
    QDateTime until;
    for (const QPointer<ApiCall> &call : std::as_const(m_retrying)) {
        if (call && call->m_stage == ApiCall::Stage::Idle && call->m_retryAtServerRequest &&
            (!until.isValid() || call->m_retryAt > until))
            until = call->m_retryAt;
    }
    if (until == m_serverWaitUntil)
        return;
    const bool wasWaiting = m_serverWaitUntil.isValid();
    m_serverWaitUntil = until;
    if (until.isValid())
        Q_EMIT waitingForServer(until);
    else if (wasWaiting)
        Q_EMIT waitingForServerEnded();
}

void ApiClient::insertInOrder(CallList &list, ApiCall *call)
{
    const quint64 order = call->request().order;
    const auto at = std::find_if(list.begin(), list.end(), [order](const QPointer<ApiCall> &other) {
        return other && other->request().order > order;
    });
    list.insert(at, call);
}

void ApiClient::forget(ApiCall *call)
{
    call->m_retryTimer.stop();
    for (CallList *list : {&m_onWire, &m_parked, &m_sessionWaiting, &m_released, &m_waitingWrites,
                           &m_waitingReads, &m_retrying}) {
        list->removeIf([call](const QPointer<ApiCall> &held) { return !held || held == call; });
    }
}

void ApiClient::setSuspended(bool suspended)
{
    if (m_suspended == suspended)
        return;
    m_suspended = suspended;
    Q_EMIT suspendedChanged(suspended);
}

void ApiClient::resume()
{
    const CallList parked = std::exchange(m_parked, {});
    for (const QPointer<ApiCall> &call : parked) {
        if (call)
            insertInOrder(m_released, call);
    }
    setSuspended(false);
    pump();
}

void ApiClient::abandonHeld(const ApiError &error)
{
    CallList held;
    for (CallList *list : {&m_parked, &m_released, &m_waitingWrites, &m_waitingReads})
        held.append(std::exchange(*list, {}));
    // Session calls waiting for a retry are left to finish, as those waiting for a slot.
    m_retrying.removeIf([&held](const QPointer<ApiCall> &call) {
        if (!call)
            return true;
        if (isSessionEndpoint(call->spec().endpoint))
            return false;
        held.append(call);
        return true;
    });
    held.removeIf([](const QPointer<ApiCall> &call) { return !call; });
    std::sort(held.begin(), held.end(), [](const QPointer<ApiCall> &a, const QPointer<ApiCall> &b) {
        return a->request().order < b->request().order;
    });
    for (const QPointer<ApiCall> &call : std::as_const(held)) {
        if (call)
            call->discard(error);
    }
    setSuspended(false);
    updateServerWait();
    pump();
}

void ApiClient::reset(ApiConfig config)
{
    // Every call not yet delivered, whatever it is doing: the lists do not know the calls
    // whose result waits for its delivery turn.
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (CallList *list : {&m_onWire, &m_parked, &m_sessionWaiting, &m_released, &m_waitingWrites,
                           &m_waitingReads, &m_retrying})
        list->clear();
    clearToken();
    const ApiError canceled(ApiError::Kind::Canceled,
                            QStringLiteral("canceled: the connection settings were replaced"));
    for (ApiCall *call : calls)
        call->discard(canceled);

    m_config = std::move(config);
    m_network->setTransferTimeout(m_config.inactivityTimeoutMs);
    // Idle keep-alive connections belong to the old server (and its TLS settings).
    m_network->clearConnectionCache();
    setSuspended(false);
    updateHeldCount();
    updateServerWait();
}

int ApiClient::heldCount() const
{
    qsizetype count = 0;
    for (const CallList *list : {&m_parked, &m_released, &m_waitingWrites, &m_waitingReads}) {
        count += std::count_if(list->cbegin(), list->cend(), [](const QPointer<ApiCall> &call) {
            return call && call->m_stage == ApiCall::Stage::Idle;
        });
    }
    return int(count);
}

int ApiClient::inFlightCount() const
{
    return int(std::count_if(m_onWire.cbegin(), m_onWire.cend(), [](const QPointer<ApiCall> &call) {
        return call && call->m_stage == ApiCall::Stage::OnWire;
    }));
}

void ApiClient::updateHeldCount()
{
    const int count = heldCount();
    if (count == m_reportedHeldCount)
        return;
    m_reportedHeldCount = count;
    Q_EMIT heldCountChanged(count);
}

} // namespace popsell::api
