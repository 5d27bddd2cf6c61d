#include "core/api/apicall.h"

#include "core/logging/logcategories.h"

#include <QMetaObject>
#include <QNetworkRequest>
#include <QUrlQuery>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <utility>

namespace popsell::api {

namespace {

// Qt reads ahead in large chunks; a bounded buffer keeps an oversized body from landing
// in memory before the cap check sees it (reliability notes, section 5.5).
constexpr qint64 kReadBufferBytes = 256 * 1024;

QString scrubbed(QString text, const QString &secret)
{
    return text.replace(secret, QStringLiteral("[redacted]"));
}

// The path with the query's names but not its values: a search text or a cursor is the
// user's business, and a server-given next_page_url could carry anything.
QString loggablePath(const QUrl &url)
{
    QString path = url.path();
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems();
    QStringList names;
    for (const auto &item : items)
        names.append(item.first + QStringLiteral("=*"));
    if (!names.isEmpty())
        path += u'?' + names.join(u'&');
    return path;
}

} // namespace

ApiCall::ApiCall(Request request, Settings settings, QObject *context, ApiClient::JsonCallback done,
                 Gate gate, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
    , m_gate(std::move(gate))
    , m_settings(std::move(settings))
{
    if (context) {
        // Nobody is left to hear the answer: stop spending a connection, or a place in the
        // queue, on it.
        connect(context, &QObject::destroyed, this, [this] { abortWith(AbortReason::Canceled); });
    }
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(m_settings.deadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(AbortReason::Deadline); });
    m_retryTimer.setSingleShot(true);
    // Never early: a Retry-After of the server is a lower bound.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
}

ApiCall::ApiCall(ApiError error, QObject *context, ApiClient::JsonCallback done, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
{
    deliver(std::move(error));
}

ApiCall::~ApiCall()
{
    // Destroyed with the request still running (the client went away): end it quietly.
    if (m_reply) {
        m_reply->disconnect(this);
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::attach(QNetworkReply *reply, const QString &token)
{
    Q_ASSERT(reply && m_stage == Stage::Idle);
    m_stage = Stage::OnWire;
    ++m_attempts;
    m_attemptToken = token;
    m_body.clear();
    m_sslErrors.clear();
    m_abortReason = AbortReason::None;
    m_reply = reply;
    m_requestSent = false;
    m_copiesWritten = 0;
    // Checked on HTTP/1.1 (Qt 6.4), where the signal comes once the request is written;
    // over TLS HTTP/2 may be negotiated, where it was not checked.
    m_requestSentReported =
        reply->url().scheme() == u"http" ||
        !reply->request().attribute(QNetworkRequest::Http2AllowedAttribute).toBool();

    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_requestSent = true;
        ++m_copiesWritten;
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
#if QT_CONFIG(ssl)
    // Recorded, never ignored: a certificate problem fails the call.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
#endif
    m_attemptClock.start();
    // Per attempt: time spent waiting in the client is not the server's slowness.
    if (m_settings.deadlineMs > 0)
        m_deadline.start();
    if (reply->isFinished()) {
        QMetaObject::invokeMethod(
            this,
            [this, attempt = m_attempts] {
                if (m_stage == Stage::OnWire && m_attempts == attempt)
                    onFinished();
            },
            Qt::QueuedConnection);
    }
}

void ApiCall::cancel()
{
    abortWith(AbortReason::Canceled);
}

void ApiCall::discard(const ApiError &error)
{
    if (m_stage == Stage::Finished) {
        if (m_result)
            m_result = error;
        return;
    }
    m_discardedWith = error;
    abortWith(AbortReason::Canceled);
}

void ApiCall::abortWith(AbortReason reason)
{
    if (m_stage == Stage::Finished)
        return;
    if (m_stage == Stage::Idle) {
        // Nothing on the wire: only a cancel can end a waiting call. An earlier attempt of
        // it may still have reached the server.
        m_retryTimer.stop();
        settle(ApiError(ApiError::Kind::Canceled, where() + QStringLiteral(": canceled"))
                   .withTransport(m_anAttemptMayHaveApplied ? ApiError::Transport::Sent
                                                            : ApiError::Transport::NotSent));
        return;
    }
    // The reason must be known before abort(): abort() emits finished() synchronously.
    if (m_abortReason == AbortReason::None)
        m_abortReason = reason;
    const int attempt = m_attempts;
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();
    if (m_stage == Stage::OnWire && m_attempts == attempt)
        onFinished();
}

void ApiCall::onMetaDataChanged()
{
    if (!m_reply || m_stage != Stage::OnWire)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_settings.maxBodyBytes)
        abortWith(AbortReason::TooLarge);
}

void ApiCall::onReadyRead()
{
    if (!m_reply || m_stage != Stage::OnWire || !m_reply->isOpen())
        return;
    if (!appendBody(m_reply->readAll()))
        abortWith(AbortReason::TooLarge);
}

bool ApiCall::appendBody(const QByteArray &chunk)
{
    if (m_body.size() + chunk.size() > m_settings.maxBodyBytes)
        return false;
    m_body.append(chunk);
    return true;
}

void ApiCall::onFinished()
{
    if (m_stage != Stage::OnWire)
        return;
    m_deadline.stop();

    HttpOutcome outcome;
    outcome.method = spec().method;
    outcome.maxBodyBytes = m_settings.maxBodyBytes;
    if (m_reply) {
        // An aborted or timed-out reply is closed: nothing left to read.
        if (m_abortReason == AbortReason::None && m_reply->isOpen() &&
            !appendBody(m_reply->readAll()))
            m_abortReason = AbortReason::TooLarge;
        outcome.url = m_reply->url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        outcome.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        outcome.error = m_reply->error();
        outcome.errorString = m_reply->errorString();
        for (const auto &[name, value] : m_reply->rawHeaderPairs())
            outcome.headers.insert(name.toLower(), value);
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply.clear();
    } else {
        // The manager deleted the reply under us (it is being destroyed).
        outcome.url = m_request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        outcome.error = QNetworkReply::OperationCanceledError;
        if (m_abortReason == AbortReason::None)
            m_abortReason = AbortReason::Canceled;
    }
    outcome.abortReason = m_abortReason;
    outcome.body = std::exchange(m_body, {});
    outcome.sslErrors = std::exchange(m_sslErrors, {});
    outcome.requestSent = m_requestSent;
    outcome.requestSentReported = m_requestSentReported;
    outcome.resent = m_copiesWritten > 1;

    Result<JsonReply> result = interpretOutcome(outcome);
    if (!result.ok()) {
        result = redacted(result.error());
        m_anAttemptMayHaveApplied =
            m_anAttemptMayHaveApplied || result.error().mayHaveBeenApplied();
    }
    logAttempt(result);
    settle(std::move(result));
}

void ApiCall::settle(Result<JsonReply> result)
{
    m_stage = Stage::Idle;
    if (m_discardedWith) {
        deliver(*m_discardedWith);
        return;
    }
    if (m_gate) {
        // A copy: whatever the gate sets off (a signal, a reset()) may end this call.
        const Gate gate = m_gate;
        if (gate(*this, result))
            return;
        // Ended while the gate ran.
        if (m_stage == Stage::Finished)
            return;
    }
    Q_ASSERT(m_stage == Stage::Idle);
    deliver(std::move(result));
}

void ApiCall::deliver(Result<JsonReply> result)
{
    m_stage = Stage::Finished;
    m_retryTimer.stop();
    m_result = std::move(result);
    // Always on a later event loop turn: never inside send() or cancel(), and never into a
    // context that is half way through its destructor. The result is read only then, so
    // that discard() can still replace it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            ApiClient::JsonCallback done = std::exchange(m_done, nullptr);
            std::optional<Result<JsonReply>> result = std::exchange(m_result, std::nullopt);
            if (done && result && (!m_hasContext || m_context))
                done(std::move(*result));
            deleteLater();
        },
        Qt::QueuedConnection);
}

void ApiCall::logAttempt(const Result<JsonReply> &result) const
{
    if (!popsell::logging::lcApi().isDebugEnabled())
        return;
    QString outcome;
    if (result.ok()) {
        outcome = QStringLiteral("HTTP %1").arg(result.value().status);
    } else {
        outcome = ApiError::kindName(result.error().kind());
        if (result.error().httpStatus() > 0)
            outcome += QStringLiteral(" (HTTP %1)").arg(result.error().httpStatus());
    }
    const QByteArray &key = m_settings.idempotencyKey;
    // Method, path, outcome, time and key only: headers and bodies carry tokens and
    // people's messages (reliability notes, section 4.2).
    qCDebug(popsell::logging::lcApi).noquote()
        << QStringLiteral("%1 %2 -> %3 in %4 ms, attempt %5, key %6")
               .arg(QString::fromLatin1(spec().method), loggablePath(m_request.url), outcome)
               .arg(m_attemptClock.elapsed())
               .arg(m_attempts)
               .arg(key.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(key));
}

void ApiCall::logRetry(const ApiError &error, qint64 delayMs, bool serverAsked) const
{
    if (!popsell::logging::lcApi().isDebugEnabled())
        return;
    QString outcome = ApiError::kindName(error.kind());
    if (error.httpStatus() > 0)
        outcome += QStringLiteral(" (HTTP %1)").arg(error.httpStatus());
    qCDebug(popsell::logging::lcApi).noquote()
        << QStringLiteral("%1 %2 -> %3: attempt %4 in %5 ms%6")
               .arg(QString::fromLatin1(spec().method), loggablePath(m_request.url), outcome)
               .arg(m_attempts + 1)
               .arg(delayMs)
               .arg(serverAsked ? QStringLiteral(" (Retry-After)") : QString());
}

QString ApiCall::where() const
{
    return QString::fromLatin1(spec().method) + u' ' +
           m_request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

ApiError ApiCall::redacted(const ApiError &error) const
{
    const QString &secret = m_attemptToken;
    if (secret.isEmpty())
        return error;
    QMap<QString, QStringList> fieldErrors;
    for (auto it = error.fieldErrors().cbegin(); it != error.fieldErrors().cend(); ++it) {
        QStringList messages;
        for (const QString &message : it.value())
            messages.append(scrubbed(message, secret));
        fieldErrors.insert(scrubbed(it.key(), secret), messages);
    }
    ApiError clean(error.kind(), scrubbed(error.detail(), secret), error.httpStatus());
    clean.withServerMessage(scrubbed(error.serverMessage(), secret))
        .withFieldErrors(fieldErrors)
        .withRetryAfter(error.retryAfterSeconds())
        .withTransport(error.transport());
    if (error.isForeignAnswer())
        clean.asForeignAnswer();
    if (error.wasResent())
        clean.asResent();
    return clean;
}

} // namespace popsell::api
