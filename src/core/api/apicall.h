#pragma once

#include "core/api/apiclient.h"
#include "core/api/apiconfig.h"
#include "core/api/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

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
};

// The one decision from a reply to a result: HTTP status and transport error together.
// Defined in apierror.cpp.
Result<JsonReply> interpretOutcome(const HttpOutcome &outcome);

// Retry-After as delta-seconds or an HTTP-date (relative to `now`); nullopt for an empty
// or unreadable value. Dates in the past give 0; values above a day are clamped to a day.
std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime &now);

// One request in flight: owns its reply, runs the overall deadline, reads the body
// incrementally under the size cap and delivers exactly one result, asynchronously, to
// the callback, unless the context has been destroyed. Deletes itself after delivering;
// hold it in a QPointer to cancel it later.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int deadlineMs = 60000;
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        QByteArray idempotencyKey;
        // Removed from every error text: a server may echo what it was sent.
        QString secretToRedact;
    };

    // Takes over `reply` (which must not have finished yet).
    ApiCall(QNetworkReply *reply, Settings settings, QObject *context, ApiClient::JsonCallback done,
            QObject *parent);
    // A call refused before sending: delivers `error` on the next event loop turn.
    ApiCall(ApiError error, QObject *context, ApiClient::JsonCallback done, QObject *parent);
    ~ApiCall() override;

    // Aborts the request; the callback gets a Canceled error. No effect once finished.
    void cancel();
    bool isFinished() const { return m_finished; }
    // The Idempotency-Key sent with this call (empty when none): reuse it to send the
    // same action again.
    QByteArray idempotencyKey() const { return m_settings.idempotencyKey; }

private:
    void abortWith(AbortReason reason);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    bool appendBody(const QByteArray &chunk);
    void deliver(Result<JsonReply> result);
    ApiError redacted(const ApiError &error) const;

    QPointer<QNetworkReply> m_reply;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    ApiClient::JsonCallback m_done;
    Settings m_settings;
    QTimer m_deadline;
    QByteArray m_body;
    QStringList m_sslErrors;
    AbortReason m_abortReason = AbortReason::None;
    bool m_finished = false;
};

} // namespace popsell::api
