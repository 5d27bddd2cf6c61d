#pragma once

#include "core/api/apiconfig.h"
#include "core/api/endpoints.h"
#include "core/api/result.h"
#include "core/api/retrypolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace popsell::api {

class ApiCall;

// A decoded JSON answer with its status and headers.
struct JsonReply
{
    int status = 0;
    QJsonValue json;                       // object or array; Undefined for an empty body
    QHash<QByteArray, QByteArray> headers; // names in lower case
};

// The transport of the Popsell API client: one QNetworkAccessManager, the request
// builder (base URL, Bearer token only to the API origin, Accept, Content-Type,
// User-Agent, X-Popsell-Brand / X-Popsell-Domain per the endpoint table, Idempotency-Key
// on non-idempotent POSTs), and the Qt 6.4 safety rules: manual redirects, HTTP/2 off
// before 6.5.1, inactivity timeout plus an overall deadline, body size cap, no cache,
// http:// refused off loopback. Calls are asynchronous and cancellable; the token lives
// in memory only.
//
// It is also the gate every call passes: at most ApiConfig::maxInFlight calls are on the
// wire at once (more wait here, user actions ahead of reads, each group in order), and,
// when asked to, a 401 in the middle of a session holds calls back until the token is
// renewed instead of failing them (reliability notes, sections 2.8 and 4.3).
//
// When given a RetryPolicy, it also retries idempotent calls after a transient failure,
// inside the same ApiCall (docs/reliability.md, "The retry table").
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using JsonCallback = std::function<void(Result<JsonReply>)>;

    explicit ApiClient(ApiConfig config, QObject *parent = nullptr);
    ~ApiClient() override;

    const ApiConfig &config() const { return m_config; }
    void setBrandId(qint64 brandId) { m_config.brandId = brandId; }
    // Calls already on the wire keep the token they were sent with; waiting and parked
    // calls take the token current when they go.
    void setToken(const QString &token) { m_token = token; }
    // Overwrites the token's buffer before letting it go (best effort: copies made by
    // QString's implicit sharing elsewhere are not reached).
    void clearToken();
    bool hasToken() const { return !m_token.isEmpty(); }

    // Sends one request of `endpoint`. `pathIds` fill the path's placeholders in order.
    // `done` runs once, on this thread, unless `context` is destroyed first. Non-2xx
    // answers, transport failures and undecodable bodies arrive as ApiError. The returned
    // call deletes itself once it has delivered: keep it in a QPointer to cancel() it. The
    // call may wait in the client before it goes (the in-flight cap, a suspension).
    ApiCall *send(Endpoint endpoint, const QList<qint64> &pathIds, const QUrlQuery &query,
                  const std::optional<QJsonObject> &body, QObject *context, JsonCallback done);
    // Follows a URL the server gave (next_page_url) for a GET endpoint. Refused, with an
    // InsecureUrl error, when it is not on the API's origin.
    ApiCall *sendUrl(Endpoint endpoint, const QUrl &url, QObject *context, JsonCallback done);
    // send() again for an action whose earlier attempt failed ambiguously: the same
    // Idempotency-Key (ApiCall::idempotencyKey() of that attempt) lets the server apply
    // it once. An empty key makes a new one, as send() does.
    ApiCall *resend(const QByteArray &idempotencyKey, Endpoint endpoint,
                    const QList<qint64> &pathIds, const QUrlQuery &query,
                    const std::optional<QJsonObject> &body, QObject *context, JsonCallback done);

    // When on (the console turns it on; popsellctl leaves it off and gets 401s as errors),
    // a 401 on a bearer call does not reach the caller: the call is parked (kept with its
    // Idempotency-Key and body), the client becomes suspended, unauthorizedDuringSession()
    // is emitted once, and every call started while suspended waits. "Session" endpoints
    // (isSessionEndpoint(): CreateToken, Logout, GetBrand) are never held nor parked: they
    // go even while suspended, and their 401 is delivered as usual. A 401 answering an
    // attempt that carried an older token than the current one is not a new suspension:
    // the call simply goes again with the current token (or, with no token and no
    // suspension, e.g. after signing out, the 401 is delivered). Turning the hold off does
    // not end a suspension: resume() or abandonHeld() does.
    void setHoldOnUnauthorized(bool hold) { m_holdOnUnauthorized = hold; }
    bool holdsOnUnauthorized() const { return m_holdOnUnauthorized; }
    bool isSuspended() const { return m_suspended; }
    // The token was renewed (setToken called before): parked calls are sent again with
    // the same Idempotency-Key, then the waiting ones (user actions before reads), each in
    // their original order, within the in-flight cap; suspension ends. Another 401 with
    // the new token parks again and starts a new suspension: nothing is retried in a loop.
    void resume();
    // Delivers `error` to every parked and waiting call, and to every call waiting for an
    // automatic retry, and ends suspension (the moderator signed out or switched profile;
    // their dialogs keep the drafts). Calls on the wire, and session calls waiting for a
    // free slot or a retry, are left to finish.
    void abandonHeld(const ApiError &error);
    // A different profile. Before it returns: every call of this client that has not yet
    // delivered (on the wire, parked, waiting, waiting for a retry, or finished with its
    // result still queued for delivery, a refusal included) is ended and its result
    // replaced by a Canceled error; running requests are aborted; the token is forgotten;
    // `config` replaces the old one; idle connections to the old server are dropped;
    // suspension ends (suspendedChanged and heldCountChanged report it, and
    // waitingForServerEnded() a wait for the server; the hold setting and the retry policy
    // stay). Those callbacks still run,
    // once each, on a later event loop turn, with that Canceled error and nothing else
    // (not at all if their context is gone). So no answer of the old configuration reaches
    // a caller once reset() returns, and every call started afterwards uses only the new
    // one. A callback that is running when reset() is called from it has its result.
    void reset(ApiConfig config);
    int heldCount() const;     // parked + waiting (session calls are never counted)
    int inFlightCount() const; // on the wire

    // Automatic retries. With a policy, a call to an idempotent endpoint
    // (EndpointSpec::idempotent: GETs, PATCHes, the read marker, signing in and out) whose
    // attempt fails with a RetryDecision::Retry goes again after the decision's delay,
    // inside the same ApiCall: its caller gets one result, the last attempt's, and
    // ApiCall::attempts() counts every attempt. Calls to non-idempotent POSTs are never
    // retried here (the outbox does that, with its own RetryPolicy). A call waiting for its
    // retry is neither on the wire nor held; when its time comes it queues again in its
    // original start order (the in-flight cap and a suspension apply); cancel(), a
    // destroyed context, abandonHeld() and reset() end it as they end a waiting call. A
    // 401 is never retried: the hold above deals with it. Without a policy (the default,
    // like the hold: the console sets RetryPolicy(RetryLimits::interactive()), popsellctl
    // none), every failure is delivered at once. A new policy applies to decisions made
    // after it is set.
    void setRetryPolicy(std::optional<RetryPolicy> policy) { m_retryPolicy = std::move(policy); }
    const std::optional<RetryPolicy> &retryPolicy() const { return m_retryPolicy; }
    int retryingCount() const; // calls waiting between two attempts
    // Some call waits because the server asked for it (Retry-After), until this moment
    // (UTC); invalid when none does. See waitingForServer().
    QDateTime waitingForServerUntil() const { return m_serverWaitUntil; }
    bool isWaitingForServer() const { return m_serverWaitUntil.isValid(); }

    QNetworkAccessManager *network() const { return m_network; }

Q_SIGNALS:
    void unauthorizedDuringSession(); // entered suspension because of a 401
    void suspendedChanged(bool suspended);
    void heldCountChanged(int count);
    // For a visible countdown ("The server asked us to wait: trying again in 12 s"): at
    // least one call waits for its automatic retry because the server said how long
    // (Retry-After on a 429 or 503, ...; RetryDecision::serverAskedToWait), and the last
    // of them goes again at `until` (UTC). Emitted when such a wait starts and whenever
    // `until` moves (another call joins with a later time, or the latest one ends early);
    // the UI counts down on its own clock. Backoff delays of our own choosing are not
    // announced: they are short and say nothing about the server.
    void waitingForServer(const QDateTime &until);
    // No call waits for the server any more: their retries went, or they were canceled,
    // abandoned or reset. Follows every waitingForServer() series exactly once.
    void waitingForServerEnded();

private:
    using CallList = QList<QPointer<ApiCall>>;

    ApiCall *start(const EndpointSpec &spec, const QUrl &url, bool requireApiOrigin,
                   const std::optional<QJsonObject> &body, QByteArray idempotencyKey,
                   QObject *context, JsonCallback done);
    // ApiCall's gate: where a call goes when an attempt ends or it is canceled.
    bool onCallEnding(ApiCall &call, const Result<JsonReply> &result);
    bool mayHold(const ApiCall &call, const Result<JsonReply> &result) const;
    void enqueue(ApiCall *call);
    void pump();
    ApiCall *takeNext();
    void sendAttempt(ApiCall *call);
    void forget(ApiCall *call);
    // Keeps `list` in start order: parked calls go again as they were started.
    static void insertInOrder(CallList &list, ApiCall *call);
    void setSuspended(bool suspended);
    void updateHeldCount();
    int maxInFlight() const;
    // The retry RetryPolicy decides on for an ended attempt, if the call is to go again.
    std::optional<RetryDecision> retryFor(const ApiCall &call,
                                          const Result<JsonReply> &result) const;
    void scheduleRetry(ApiCall &call, const ApiError &error, const RetryDecision &decision);
    void retryDue(ApiCall *call);
    // Puts a call back in its waiting list, in start order.
    void requeue(ApiCall *call);
    void updateServerWait();

    ApiConfig m_config;
    QString m_token;
    QNetworkAccessManager *m_network = nullptr;
    bool m_holdOnUnauthorized = false;
    bool m_suspended = false;
    bool m_pumping = false;
    quint64 m_nextOrder = 0;
    int m_reportedHeldCount = 0;
    CallList m_onWire;
    CallList m_parked;         // answered 401 while held; ordered by start
    CallList m_sessionWaiting; // session calls waiting for a free slot: they go first
    CallList m_released;       // parked calls that may go again; before any waiting call
    CallList m_waitingWrites;  // user actions
    CallList m_waitingReads;   // GETs
    CallList m_retrying;       // between two attempts, their retry timer running
    std::optional<RetryPolicy> m_retryPolicy;
    QDateTime m_serverWaitUntil; // reported by waitingForServer(); invalid: none
};

} // namespace popsell::api
