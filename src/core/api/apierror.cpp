#include "core/api/apierror.h"

#include "core/api/apicall.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace popsell::api {

namespace {

using Kind = ApiError::Kind;
using Transport = ApiError::Transport;

// Server texts are shown to a person and written to logs: keep them to a sane size.
constexpr qsizetype kMaxServerText = 1000;
constexpr int kMaxRetryAfterSeconds = 24 * 60 * 60;

QString clipped(QString text)
{
    text = text.trimmed();
    if (text.size() > kMaxServerText)
        text = text.left(kMaxServerText) + QChar(0x2026);
    return text;
}

// The field error the server put first. JSON objects lose their order in Qt, but Laravel's
// summary message starts with that error ("The source field is required! (and 1 more
// error)"); without a match, the first field in name order.
QString firstFieldError(const QMap<QString, QStringList> &errors, const QString &summary)
{
    QString first;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        for (const QString &error : it.value()) {
            QString stem = error;
            if (stem.endsWith(u'.'))
                stem.chop(1);
            if (!stem.isEmpty() && summary.startsWith(stem))
                return error;
            if (first.isEmpty())
                first = error;
        }
    }
    return first;
}

// {"message": "...", "errors": {"field": ["...", ...] | "..."}}; anything else is ignored.
struct ErrorBody
{
    QString message;
    QMap<QString, QStringList> fieldErrors;
};

ErrorBody parseErrorBody(const QByteArray &body)
{
    ErrorBody parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return parsed;
    const QJsonObject object = document.object();
    parsed.message = clipped(object.value(u"message").toString());
    const QJsonObject errors = object.value(u"errors").toObject();
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        QStringList messages;
        if (it.value().isString()) {
            messages.append(clipped(it.value().toString()));
        } else {
            for (const QJsonValue &message : it.value().toArray()) {
                if (message.isString())
                    messages.append(clipped(message.toString()));
            }
        }
        parsed.fieldErrors.insert(clipped(it.key()), messages);
    }
    return parsed;
}

Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 422:
        return Kind::Validation;
    case 429:
        return Kind::RateLimited;
    default:
        return status >= 500 ? Kind::Server : Kind::Client;
    }
}

// The statuses the retry table waits on; Retry-After is read for these only.
bool honoursRetryAfter(int status)
{
    switch (status) {
    case 408:
    case 409:
    case 425:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

// Errors Qt reports only before a request is written: no connection, no name, no proxy, no
// TLS session. Anything else (closed, reset, timed out) may come after the write.
bool provesNothingWasSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

// How far a failure without an HTTP answer got.
Transport unansweredTransport(const HttpOutcome &outcome)
{
    // Qt sends a request again by itself once its connection broke (reliability notes 2.4):
    // a refusal of that copy does not take back the one already written.
    if (outcome.requestSent)
        return Transport::Sent;
    if (provesNothingWasSent(outcome.error))
        return Transport::NotSent;
    return outcome.requestSentReported ? Transport::NotSent : Transport::Sent;
}

Kind kindForTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Kind::Tls;
    case QNetworkReply::TimeoutError:
        return Kind::Timeout;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return Kind::BadResponse;
    default:
        // Refused, host not found, closed, reset, proxy trouble, network down.
        return Kind::Network;
    }
}

bool isJsonContentType(const QByteArray &header)
{
    const QByteArray mime = header.split(';').constFirst().trimmed().toLower();
    return mime == "application/json" ||
           (mime.startsWith("application/") && mime.endsWith("+json"));
}

Result<JsonReply> decodeSuccess(const HttpOutcome &outcome, const QString &where)
{
    JsonReply reply;
    reply.json = QJsonValue(QJsonValue::Undefined);
    reply.status = outcome.status;
    reply.headers = outcome.headers;
    if (outcome.body.trimmed().isEmpty())
        return reply;
    const QByteArray contentType = outcome.headers.value("content-type");
    if (!isJsonContentType(contentType)) {
        return ApiError(Kind::BadResponse,
                        where + QStringLiteral(": HTTP %1 with content type '%2' instead of JSON")
                                    .arg(outcome.status)
                                    .arg(QString::fromLatin1(contentType.left(100))),
                        outcome.status)
            .asForeignAnswer();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(outcome.body, &error);
    if (error.error != QJsonParseError::NoError || (!document.isObject() && !document.isArray())) {
        return ApiError(Kind::BadResponse,
                        where + QStringLiteral(": HTTP %1 with invalid JSON (%2 at offset %3)")
                                    .arg(outcome.status)
                                    .arg(error.errorString())
                                    .arg(error.offset),
                        outcome.status);
    }
    reply.json = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    return reply;
}

ApiError httpError(const HttpOutcome &outcome, const QString &where)
{
    const ErrorBody body = parseErrorBody(outcome.body);
    QString detail = where + QStringLiteral(": HTTP %1").arg(outcome.status);
    if (!body.message.isEmpty())
        detail += QStringLiteral(": ") + body.message;
    ApiError error(kindForStatus(outcome.status), detail, outcome.status);
    error.withServerMessage(body.message)
        .withFieldErrors(body.fieldErrors)
        .withTransport(Transport::Answered);
    if (honoursRetryAfter(outcome.status)) {
        error.withRetryAfter(
            parseRetryAfter(outcome.headers.value("retry-after"), QDateTime::currentDateTimeUtc()));
    }
    return error;
}

// An HTTP-date (RFC 9110 5.6.7): IMF-fixdate, and the obsolete RFC 850 and asctime forms
// recipients must still accept. Always GMT; read field by field so that the machine's
// zone (and its DST gaps) never takes part.
std::optional<QDateTime> parseHttpDate(const QString &text)
{
    static const QRegularExpression imfFixdate(
        QStringLiteral(R"(^[A-Za-z]{3}, (?<day>\d{2}) (?<month>[A-Za-z]{3}) (?<year>\d{4}) )"
                       R"((?<h>\d{2}):(?<m>\d{2}):(?<s>\d{2}) GMT$)"));
    static const QRegularExpression rfc850(
        QStringLiteral(R"(^[A-Za-z]+, (?<day>\d{2})-(?<month>[A-Za-z]{3})-(?<year>\d{2}) )"
                       R"((?<h>\d{2}):(?<m>\d{2}):(?<s>\d{2}) GMT$)"));
    static const QRegularExpression asctime(
        QStringLiteral(R"(^[A-Za-z]{3} (?<month>[A-Za-z]{3}) {1,2}(?<day>\d{1,2}) )"
                       R"((?<h>\d{2}):(?<m>\d{2}):(?<s>\d{2}) (?<year>\d{4})$)"));
    static const QStringList months{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};

    const QString trimmed = text.trimmed();
    for (const QRegularExpression *form : {&imfFixdate, &rfc850, &asctime}) {
        const QRegularExpressionMatch match = form->match(trimmed);
        if (!match.hasMatch())
            continue;
        const auto number = [&match](QStringView group) {
            return match.captured(group).toInt();
        };
        int year = number(u"year");
        // RFC 850's two-digit year: the nearest century, never more than 50 years ahead.
        if (match.captured(u"year").size() == 2)
            year += year < 70 ? 2000 : 1900;
        const int month = int(months.indexOf(match.captured(u"month").toLower())) + 1;
        const QDate date(year, month, number(u"day"));
        const QTime time(number(u"h"), number(u"m"), number(u"s"));
        if (month < 1 || !date.isValid() || !time.isValid())
            return std::nullopt;
        return QDateTime(date, time, QTimeZone::utc());
    }
    return std::nullopt;
}

} // namespace

ApiError::ApiError(Kind kind, QString detail, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_detail(std::move(detail))
{}

ApiError &ApiError::withServerMessage(const QString &message)
{
    m_serverMessage = message;
    return *this;
}

ApiError &ApiError::withFieldErrors(const QMap<QString, QStringList> &errors)
{
    m_fieldErrors = errors;
    return *this;
}

ApiError &ApiError::withRetryAfter(std::optional<int> seconds)
{
    m_retryAfterSeconds = seconds;
    return *this;
}

ApiError &ApiError::withTransport(Transport transport)
{
    m_transport = transport;
    return *this;
}

ApiError &ApiError::asForeignAnswer()
{
    m_foreignAnswer = true;
    return *this;
}

ApiError &ApiError::asResent()
{
    m_resent = true;
    return *this;
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::Network:
        return QCoreApplication::translate(
            "ApiError", "The Popsell server could not be reached. Check the network connection.");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError",
                                           "The Popsell server did not answer in time.");
    case Kind::Tls:
        return QCoreApplication::translate(
            "ApiError", "The secure connection to the Popsell server failed: its certificate was "
                        "not accepted.");
    case Kind::Canceled:
        // Who canceled may say why ("You signed out before this was sent").
        if (!m_serverMessage.isEmpty())
            return m_serverMessage;
        return QCoreApplication::translate("ApiError", "The request was canceled.");
    case Kind::Unauthorized:
        return QCoreApplication::translate(
            "ApiError", "The Popsell server did not accept the credentials. Sign in again.");
    case Kind::Forbidden:
        return QCoreApplication::translate("ApiError", "You are not allowed to do this.");
    case Kind::NotFound:
        // The server's text names the missing thing ("The chatroom does not exist").
        if (!m_serverMessage.isEmpty())
            return m_serverMessage;
        return QCoreApplication::translate("ApiError",
                                           "The requested item does not exist (any more).");
    case Kind::Conflict:
        return QCoreApplication::translate(
            "ApiError", "The same action is still being processed. Try again in a moment.");
    case Kind::Validation: {
        // Laravel's summary ("... (and 3 more error)") reads worse than the first field error.
        QString reason = firstFieldError(m_fieldErrors, m_serverMessage);
        if (reason.isEmpty())
            reason = m_serverMessage;
        if (reason.isEmpty())
            return QCoreApplication::translate("ApiError", "The Popsell server refused the data.");
        return QCoreApplication::translate("ApiError", "The Popsell server refused the data: %1")
            .arg(reason);
    }
    case Kind::RateLimited:
        if (m_retryAfterSeconds && *m_retryAfterSeconds > 0) {
            return QCoreApplication::translate("ApiError",
                                               "Too many requests. Try again in %n second(s).",
                                               nullptr, *m_retryAfterSeconds);
        }
        return QCoreApplication::translate("ApiError", "Too many requests. Try again in a moment.");
    case Kind::Server:
        return QCoreApplication::translate(
                   "ApiError", "The Popsell server had a problem (HTTP %1). Try again later.")
            .arg(m_httpStatus);
    case Kind::BadResponse:
        return QCoreApplication::translate(
            "ApiError", "The Popsell server sent an answer that cannot be read.");
    case Kind::InsecureUrl:
        return QCoreApplication::translate(
            "ApiError", "Refused to contact an address that is not the configured Popsell "
                        "server over a secure connection.");
    case Kind::Client:
        if (!m_serverMessage.isEmpty()) {
            return QCoreApplication::translate(
                       "ApiError", "The Popsell server refused the request (HTTP %1): %2")
                .arg(m_httpStatus)
                .arg(m_serverMessage);
        }
        return QCoreApplication::translate("ApiError",
                                           "The Popsell server refused the request (HTTP %1).")
            .arg(m_httpStatus);
    }
    return QCoreApplication::translate("ApiError", "The request failed.");
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case Kind::Client:
        return QStringLiteral("client");
    }
    return QStringLiteral("unknown");
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Conflict: // the same idempotency key is still in flight on the server
        return true;
    case Kind::Server:
        // 501, 505 and the rest say the same on every attempt.
        return m_httpStatus == 500 || m_httpStatus == 502 || m_httpStatus == 503 ||
               m_httpStatus == 504;
    case Kind::Client:
        return m_httpStatus == 408 || m_httpStatus == 425; // request timeout, too early
    default:
        return false;
    }
}

bool ApiError::mayHaveBeenApplied() const
{
    if (m_resent)
        return true;
    if (m_httpStatus >= 200 && m_httpStatus < 300)
        return true;
    if (m_httpStatus >= 500)
        return m_httpStatus != 501 && m_httpStatus != 503 && m_httpStatus != 505;
    if (m_httpStatus > 0)
        return false;
    switch (m_transport) {
    case Transport::NotSent:
    case Transport::CertificateRejected:
    case Transport::Answered:
        return false;
    case Transport::Sent:
        return true;
    case Transport::Unknown:
        break;
    }
    return m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::Canceled ||
           m_kind == Kind::Server;
}

std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const bool allDigits =
        std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (allDigits) {
        // Beyond nine digits the number could overflow; it is far over the clamp anyway.
        if (text.size() > 9)
            return kMaxRetryAfterSeconds;
        return int(std::min<qlonglong>(text.toLongLong(), kMaxRetryAfterSeconds));
    }
    const std::optional<QDateTime> date = parseHttpDate(QString::fromLatin1(text));
    if (!date)
        return std::nullopt;
    const qint64 seconds = now.secsTo(*date);
    return int(std::clamp<qint64>(seconds, 0, kMaxRetryAfterSeconds));
}

namespace {

Result<JsonReply> interpretLastCopy(const HttpOutcome &outcome)
{
    const QString where = QString::fromLatin1(outcome.method) + u' ' + outcome.url;
    const int status = outcome.status;
    // A status line means the server answered, even when the body then broke off.
    const Transport broken = status > 0 ? Transport::Sent : unansweredTransport(outcome);

    // Our own aborts first: Qt reports all of them as OperationCanceledError.
    switch (outcome.abortReason) {
    case AbortReason::Canceled:
        return ApiError(Kind::Canceled, where + QStringLiteral(": canceled"), status)
            .withTransport(broken);
    case AbortReason::Deadline:
        return ApiError(Kind::Timeout, where + QStringLiteral(": overall deadline passed"), status)
            .withTransport(broken);
    case AbortReason::TooLarge:
        // An error status says what happened whatever the body: a 401 with an oversized
        // page is still "sign in again", not an unreadable answer.
        if (status >= 400) {
            HttpOutcome head = outcome;
            head.body.clear();
            return httpError(head, where);
        }
        return ApiError(Kind::BadResponse,
                        where + QStringLiteral(": response body too large (cap %1 bytes)")
                                    .arg(outcome.maxBodyBytes),
                        status)
            .withTransport(broken);
    case AbortReason::None:
        break;
    }
    if (outcome.error == QNetworkReply::OperationCanceledError) {
        // Not aborted by us: Qt's transfer timeout, i.e. no byte moved for too long.
        return ApiError(Kind::Timeout, where + QStringLiteral(": inactivity timeout"), status)
            .withTransport(broken);
    }
    if (!outcome.sslErrors.isEmpty() || outcome.error == QNetworkReply::SslHandshakeFailedError) {
        QString detail = where + QStringLiteral(": TLS failure: ") + outcome.errorString;
        if (!outcome.sslErrors.isEmpty())
            detail += QStringLiteral(" (") + outcome.sslErrors.join(QStringLiteral("; ")) + u')';
        return ApiError(Kind::Tls, detail, status)
            .withTransport(outcome.sslErrors.isEmpty() ? Transport::NotSent
                                                       : Transport::CertificateRejected);
    }
    if (status >= 300 && status < 400) {
        return ApiError(Kind::BadResponse,
                        where + QStringLiteral(": unexpected redirect (HTTP %1 to %2)")
                                    .arg(status)
                                    .arg(clipped(
                                        QString::fromLatin1(outcome.headers.value("location")))),
                        status)
            .withTransport(Transport::Answered)
            .asForeignAnswer();
    }
    if (status >= 400)
        return httpError(outcome, where);
    if (status >= 200 && status < 300) {
        if (outcome.error != QNetworkReply::NoError) {
            // A 200 whose body broke off (Content-Length not reached) is no success.
            return ApiError(Kind::Network,
                            where + QStringLiteral(": HTTP %1 transfer broken off after %2 "
                                                   "bytes: %3")
                                        .arg(status)
                                        .arg(outcome.body.size())
                                        .arg(outcome.errorString),
                            status)
                .withTransport(Transport::Sent);
        }
        Result<JsonReply> decoded = decodeSuccess(outcome, where);
        if (!decoded.ok())
            return ApiError(decoded.error()).withTransport(Transport::Answered);
        return decoded;
    }
    if (outcome.error == QNetworkReply::NoError) {
        return ApiError(Kind::BadResponse,
                        where + QStringLiteral(": no usable HTTP status (%1)").arg(status), status)
            .withTransport(Transport::Answered);
    }
    return ApiError(kindForTransportError(outcome.error),
                    where + QStringLiteral(": ") + outcome.errorString +
                        QStringLiteral(" (Qt network error %1)").arg(int(outcome.error)),
                    status)
        .withTransport(broken);
}

} // namespace

Result<JsonReply> interpretOutcome(const HttpOutcome &outcome)
{
    Result<JsonReply> result = interpretLastCopy(outcome);
    if (result.ok() || !outcome.resent)
        return result;
    ApiError error = result.error();
    return error.asResent();
}

} // namespace popsell::api
