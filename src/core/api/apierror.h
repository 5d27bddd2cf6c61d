#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace popsell::api {

// The one error type of the API client: every failure, from a dead network to a 422,
// arrives as an ApiError. Decisions use the HTTP status and the transport error together
// (Qt reports a truncated 200 as "remote host closed", a 422 as "unknown content").
class ApiError
{
public:
    enum class Kind
    {
        Network,      // unreachable, refused, reset, DNS, truncated transfer
        Timeout,      // inactivity timeout or overall deadline
        Tls,          // certificate or handshake failure
        Canceled,     // cancelled by the caller
        Unauthorized, // 401
        Forbidden,    // 403
        NotFound,     // 404
        Conflict,     // 409 (an idempotency key still in flight)
        Validation,   // 422, with fieldErrors
        RateLimited,  // 429, with retryAfterSeconds
        Server,       // 5xx
        BadResponse,  // undecodable JSON, wrong content type, over the size cap, a 3xx
        InsecureUrl,  // refused before sending: http:// off loopback, a foreign origin
        Client,       // any other 4xx
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // The server's own {"message": ...}, when it sent one.
    QString serverMessage() const { return m_serverMessage; }
    // 422: field -> messages, in the server's words.
    const QMap<QString, QStringList> &fieldErrors() const { return m_fieldErrors; }
    std::optional<int> retryAfterSeconds() const { return m_retryAfterSeconds; }
    // Technical detail for logs and --verbose output; never holds the token.
    QString detail() const { return m_detail; }

    // What to tell a person, translated (context "ApiError"). Never holds the token.
    QString userMessage() const;
    // A stable machine name ("validation", "not_found", ...), for popsellctl --json.
    static QString kindName(Kind kind);
    // A transient failure that is safe to retry for an idempotent call.
    bool isTransient() const;

    ApiError &withServerMessage(const QString &message);
    ApiError &withFieldErrors(const QMap<QString, QStringList> &errors);
    ApiError &withRetryAfter(std::optional<int> seconds);

private:
    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    QString m_detail;
    QString m_serverMessage;
    QMap<QString, QStringList> m_fieldErrors;
    std::optional<int> m_retryAfterSeconds;
};

} // namespace popsell::api
