#pragma once

#include "core/api/apiclient.h"
#include "core/api/apiconfig.h"
#include "core/api/endpoints.h"
#include "core/api/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace popsell::api {

// Why the client itself aborted a reply. Qt reports every abort, its own inactivity
// timeout included, as OperationCanceledError; only this tells them apart. It is set
// before abort() is called.
enum class AbortReason
{
    None,     // not aborted by us (an OperationCanceledError is Qt's inactivity timeout)
    Canceled, // the caller canceled, or the call's context went away
    Deadline, // the overall deadline passed
    TooLarge, // the body exceeded the size cap
};

// Everything a finished reply told us, detached from the QNetworkReply.
struct HttpOutcome
{
    QByteArray method;
    QString url;    // for detail texts; never holds the token
    int status = 0; // 0: no HTTP status line arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    AbortReason abortReason = AbortReason::None;
    qint64 maxBodyBytes = 0; // the cap that applied, for TooLarge texts
    QStringList sslErrors;
    // Qt said the request was written (QNetworkReply::requestSent), at least once.
    bool requestSent = false;
    // Whether Qt reports requestSent on this path at all (checked on HTTP/1.1; HTTP/2 is
    // not): when not, a missing signal proves nothing.
    bool requestSentReported = true;
    // Qt wrote the request more than once (requestSent() again): its own re-send after the
    // connection broke (reliability notes 2.4). The answer then belongs to the last copy.
    bool resent = false;
};

// The one decision from a reply to a result: HTTP status and transport error together.
// Defined in apierror.cpp.
Result<JsonReply> interpretOutcome(const HttpOutcome &outcome);

// Retry-After as delta-seconds or an HTTP-date (relative to `now`); nullopt for an empty
// or unreadable value. Dates in the past give 0; values above a day are clamped to a day.
std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime &now);

// One API call from send() to its single result. It may wait in its client before it goes
// on the wire (the in-flight cap, a suspension after a 401) and may take more than one
// attempt (a call parked on a 401 goes again with the same Idempotency-Key once the token
// is renewed; an idempotent call goes again after a transient failure when the client
// retries automatically). Each attempt owns its reply, runs its own overall deadline and reads the
// body incrementally under the size cap. The call delivers exactly one result,
// asynchronously, to the callback, unless the context has been destroyed, then deletes
// itself; hold it in a QPointer to cancel it later.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int deadlineMs = 60000; // per attempt
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        QByteArray idempotencyKey;
    };

    // What every attempt sends; a call that goes again is rebuilt from it.
    struct Request
    {
        Endpoint endpoint = Endpoint::GetBrand;
        QUrl url;
        std::optional<QByteArray> body; // compact JSON
        quint64 order = 0;              // start order within the client
    };

    // A call refused before sending: delivers `error` on the next event loop turn.
    ApiCall(ApiError error, QObject *context, ApiClient::JsonCallback done, QObject *parent);
    ~ApiCall() override;

    // Ends the call, on the wire or waiting in the client: the callback gets a Canceled
    // error. No effect once finished.
    void cancel();
    // A result is known (it may not have been delivered yet).
    bool isFinished() const { return m_stage == Stage::Finished; }
    // The Idempotency-Key sent with this call, on every attempt (empty when none): reuse
    // it to send the same action again.
    QByteArray idempotencyKey() const { return m_settings.idempotencyKey; }
    // Attempts put on the wire so far (0 while it waits for the first), automatic retries
    // included.
    int attempts() const { return m_attempts; }
    // Waiting between two attempts for an automatic retry (ApiClient::setRetryPolicy).
    bool isWaitingToRetry() const { return m_retryTimer.isActive(); }

private:
    friend class ApiClient;

    enum class Stage
    {
        Idle,     // not on the wire: waiting for its first attempt, or parked after one
        OnWire,   // an attempt is running
        Finished, // the result is known
    };

    // Asked before a result is delivered, whenever the call has a client: true keeps the
    // call (parked or queued again) instead. The call is Idle during the question, so the
    // client may start the next attempt right away.
    using Gate = std::function<bool(ApiCall &call, const Result<JsonReply> &result)>;

    // A call waiting for its first attempt (client side).
    ApiCall(Request request, Settings settings, QObject *context, ApiClient::JsonCallback done,
            Gate gate, QObject *parent);

    // Puts one attempt on `reply` (which must not have finished yet). `token` is the bearer
    // token it carries (empty: none): removed from every error text.
    void attach(QNetworkReply *reply, const QString &token);
    // Whether the last attempt carried `token`.
    bool carried(const QString &token) const { return m_attemptToken == token; }
    // Ends the call with `error`, without asking the gate, whatever its stage: aborts a
    // running attempt, and replaces a result not yet delivered.
    void discard(const ApiError &error);
    const Request &request() const { return m_request; }
    const EndpointSpec &spec() const { return endpointSpec(m_request.endpoint); }

    void abortWith(AbortReason reason);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    bool appendBody(const QByteArray &chunk);
    void settle(Result<JsonReply> result);
    void deliver(Result<JsonReply> result);
    void logAttempt(const Result<JsonReply> &result) const;
    void logRetry(const ApiError &error, qint64 delayMs, bool serverAsked) const;
    QString where() const;
    ApiError redacted(const ApiError &error) const;

    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    ApiClient::JsonCallback m_done;
    Gate m_gate;
    Settings m_settings;
    Stage m_stage = Stage::Idle;
    int m_attempts = 0;
    QString m_attemptToken;
    QElapsedTimer m_attemptClock;
    QTimer m_deadline;
    QByteArray m_body;
    QStringList m_sslErrors;
    AbortReason m_abortReason = AbortReason::None;
    std::optional<ApiError> m_discardedWith;
    std::optional<Result<JsonReply>> m_result; // known, not yet delivered
    bool m_requestSent = false;                // this attempt
    int m_copiesWritten = 0;                   // this attempt: requestSent() signals
    bool m_requestSentReported = true;         // this attempt
    bool m_anAttemptMayHaveApplied = false;    // any attempt so far
    // Between attempts (ApiClient's automatic retries): when the next one is due, and
    // whether that moment is the server's (Retry-After).
    QTimer m_retryTimer;
    QDateTime m_retryAt;
    bool m_retryAtServerRequest = false;
};

} // namespace popsell::api
