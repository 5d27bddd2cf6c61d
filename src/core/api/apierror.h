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

    // How far the failed attempt got on the wire, as far as the client can tell; set by
    // interpretOutcome(). The retry table (RetryPolicy) needs it for failures without an
    // HTTP answer: a request that never left may always go again, one that did may have
    // been acted on.
    enum class Transport
    {
        Unknown,             // not from a reply (made by the client): judged by kind alone
        NotSent,             // nothing was written: refused, DNS, proxy, TLS handshake not
                             // completed, refused before sending, canceled while waiting
        CertificateRejected, // the TLS handshake stopped at the server's certificate
        Sent,                // written, then no complete answer: closed, reset, timed out,
                             // deadline, canceled, or an answer that broke off
        Answered,            // a complete HTTP answer (its status tells the rest)
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
    Transport transport() const { return m_transport; }
    // A transient failure that is safe to retry for an idempotent call: exactly the errors
    // for which RetryPolicy::decide() says Retry on an idempotent endpoint (attempts left).
    // Refused, DNS, reset, closed, truncated, timeouts; 408, 409, 425, 429, 500, 502, 503,
    // 504.
    bool isTransient() const;
    // The request may have reached the server and been acted on, so that sending it again
    // could apply it twice. True for: any 2xx (a truncated or undecodable one included: the
    // server said it did it); 5xx other than 501, 503 and 505 (a 500 is often thrown after
    // the write was committed, by an event or a notification, and a 502 or 504 from a proxy
    // says nothing about the application behind it; a server that keeps idempotency keys
    // may still replay it safely, see RetryPolicy); a failure without an answer after the
    // request was written (closed, reset, timed out, deadline, canceled, broken off); any
    // failure of a request Qt re-sent by itself (wasResent()).
    // False for: nothing sent (refused, DNS, TLS, refused locally), and every other answer
    // (3xx, 4xx, 503: the server refused before acting). Errors not made from a reply
    // (Transport::Unknown) count as applied when they are Network, Timeout, Canceled or
    // Server: the cautious guess.
    bool mayHaveBeenApplied() const;
    // The answer cannot be the API's own verdict: a redirect (never followed) or a 2xx whose
    // body is not JSON (a captive portal's or a proxy's page). It says nothing about whether
    // the request, or the copy Qt re-sends by itself after a dropped connection (reliability
    // notes 2.4), was applied.
    bool isForeignAnswer() const { return m_foreignAnswer; }
    // Qt sent the request twice by itself (reliability notes 2.4): this error describes the
    // second copy only, and the first may have been applied (mayHaveBeenApplied() is true).
    bool wasResent() const { return m_resent; }

    ApiError &withServerMessage(const QString &message);
    ApiError &withFieldErrors(const QMap<QString, QStringList> &errors);
    ApiError &withRetryAfter(std::optional<int> seconds);
    ApiError &withTransport(Transport transport);
    ApiError &asForeignAnswer();
    ApiError &asResent();

private:
    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    QString m_detail;
    QString m_serverMessage;
    QMap<QString, QStringList> m_fieldErrors;
    std::optional<int> m_retryAfterSeconds;
    Transport m_transport = Transport::Unknown;
    bool m_foreignAnswer = false;
    bool m_resent = false;
};

} // namespace popsell::api
