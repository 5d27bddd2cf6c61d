#include "core/api/apicall.h"

#include <QMetaObject>
#include <QNetworkRequest>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <utility>

namespace popsell::api {

namespace {

// Qt reads ahead in large chunks; a bounded buffer keeps an oversized body from landing
// in memory before the cap check sees it (reliability notes, section 5.5).
constexpr qint64 kReadBufferBytes = 256 * 1024;

QByteArray methodOf(const QNetworkReply &reply)
{
    switch (reply.operation()) {
    case QNetworkAccessManager::GetOperation:
        return QByteArrayLiteral("GET");
    case QNetworkAccessManager::PostOperation:
        return QByteArrayLiteral("POST");
    case QNetworkAccessManager::PutOperation:
        return QByteArrayLiteral("PUT");
    case QNetworkAccessManager::DeleteOperation:
        return QByteArrayLiteral("DELETE");
    case QNetworkAccessManager::HeadOperation:
        return QByteArrayLiteral("HEAD");
    default:
        return reply.request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

QString scrubbed(QString text, const QString &secret)
{
    return text.replace(secret, QStringLiteral("[redacted]"));
}

} // namespace

ApiCall::ApiCall(QNetworkReply *reply, Settings settings, QObject *context,
                 ApiClient::JsonCallback done, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
    , m_settings(std::move(settings))
{
    Q_ASSERT(reply);
    reply->setReadBufferSize(kReadBufferBytes);
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
    if (context) {
        // Nobody is left to hear the answer: stop spending a connection on it.
        connect(context, &QObject::destroyed, this, [this] { abortWith(AbortReason::Canceled); });
    }
    if (m_settings.deadlineMs > 0) {
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(m_settings.deadlineMs);
        connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(AbortReason::Deadline); });
        m_deadline.start();
    }
    if (reply->isFinished())
        QMetaObject::invokeMethod(this, &ApiCall::onFinished, Qt::QueuedConnection);
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

void ApiCall::cancel()
{
    abortWith(AbortReason::Canceled);
}

void ApiCall::abortWith(AbortReason reason)
{
    if (m_finished)
        return;
    // The reason must be known before abort(): abort() emits finished() synchronously.
    if (m_abortReason == AbortReason::None)
        m_abortReason = reason;
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();
    if (!m_finished)
        onFinished();
}

void ApiCall::onMetaDataChanged()
{
    if (!m_reply || m_finished)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_settings.maxBodyBytes)
        abortWith(AbortReason::TooLarge);
}

void ApiCall::onReadyRead()
{
    if (!m_reply || m_finished || !m_reply->isOpen())
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
    if (m_finished)
        return;
    m_deadline.stop();

    HttpOutcome outcome;
    outcome.maxBodyBytes = m_settings.maxBodyBytes;
    if (m_reply) {
        // An aborted or timed-out reply is closed: nothing left to read.
        if (m_abortReason == AbortReason::None && m_reply->isOpen() &&
            !appendBody(m_reply->readAll()))
            m_abortReason = AbortReason::TooLarge;
        outcome.method = methodOf(*m_reply);
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
        outcome.error = QNetworkReply::OperationCanceledError;
        if (m_abortReason == AbortReason::None)
            m_abortReason = AbortReason::Canceled;
    }
    outcome.abortReason = m_abortReason;
    outcome.body = std::move(m_body);
    outcome.sslErrors = m_sslErrors;

    Result<JsonReply> result = interpretOutcome(outcome);
    if (!result.ok())
        result = redacted(result.error());
    deliver(std::move(result));
}

void ApiCall::deliver(Result<JsonReply> result)
{
    m_finished = true;
    // Always on a later event loop turn: never inside send() or cancel(), and never into a
    // context that is half way through its destructor.
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)]() mutable {
            ApiClient::JsonCallback done = std::exchange(m_done, nullptr);
            if (done && (!m_hasContext || m_context))
                done(std::move(result));
            deleteLater();
        },
        Qt::QueuedConnection);
}

ApiError ApiCall::redacted(const ApiError &error) const
{
    const QString &secret = m_settings.secretToRedact;
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
        .withRetryAfter(error.retryAfterSeconds());
    return clean;
}

} // namespace popsell::api
