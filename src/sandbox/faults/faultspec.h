#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <variant>

namespace popsell::sandbox::faults {

// What the fault front can do to one request (docs/sandbox.md, "Fault mode").
enum class FaultKind
{
    Refused,            // stop listening for refuse-ms, drop the connection unread
    CloseBeforeRequest, // close as soon as the request head is read; never forwarded
    CloseAfterRequest,  // read the whole request, close; never forwarded
    CommitThenClose,    // forward, wait for the complete answer, close without sending it
    Truncate,           // the answer's head and half its body, then close
    StallBeforeHeaders, // forward, hold the answer for stall-ms, close
    StallMidBody,       // head and half the body, silence for stall-ms, close
    Drip,               // the whole answer, one byte every drip-ms
    Status500,
    Status502,
    Status503,
    Status504,
    RetryAfterSeconds, // 429, Retry-After: <seconds>
    RetryAfterDate,    // 429, Retry-After: <IMF-fixdate>
    RetryAfterGarbage, // 429, Retry-After: soon
    HtmlOk,            // 200 text/html: a captive portal's page; never forwarded
    InvalidJson,       // forward; the answer's status and type with a broken JSON body
    HugeBody,          // forward; the answer's status with a huge-bytes body
    Redirect302,       // 302 to a foreign loopback origin; never forwarded
    Redirect307,       // 307 likewise
    Unauthorized,      // revoke the bearer token, then forward: the API answers 401
};

QList<FaultKind> allFaultKinds();
QString faultKindName(FaultKind kind);
std::optional<FaultKind> faultKindFromName(QStringView name);
// True when the request reaches the API under this fault, so that it may take effect
// (then the effects ledger is the truth); false when it never does.
bool forwardsRequest(FaultKind kind);
// True for kinds that only make sense on a request with a bearer token.
bool needsBearerToken(FaultKind kind);

// Which requests a term may touch. Paths are those after /api/v2, without the query.
struct RouteSelector
{
    QString method;       // empty: any method
    QStringList segments; // a path glob ("*" one segment, a final "**" the rest); empty: any path
    bool hasPath = false; // false: POST /auth/token and GET /brand are left alone
    bool any = false;     // every API request, sign-in included

    bool matches(QStringView method, QStringView path) const;
};

// One comma-separated term: the kinds it draws from, with what probability, how often
// at most, and on which routes.
struct FaultTerm
{
    QString text; // as written, for messages
    QList<FaultKind> kinds;
    double rate = 1.0;
    std::optional<int> limit;    // at most this many faults from this term per run
    QList<RouteSelector> routes; // empty: every API request but sign-in and GET /brand

    bool matchesRoute(QStringView method, QStringView path) const;
};

// Timings and sizes, settable in the spec as name=value terms.
struct FaultOptions
{
    int stallMs = 30000;
    int dripMs = 500;
    int refuseMs = 500;
    qint64 hugeBytes = 100LL * 1024 * 1024;
    int retryAfterSeconds = 1;
};

// A parsed --faults SPEC. "none" (or "all:0") keeps the fault front in place without
// injecting anything, so that faults can be switched on at run time.
struct FaultSpec
{
    QString text;
    QList<FaultTerm> terms;
    FaultOptions options;

    // A spec, or the reason it is not one.
    static std::variant<FaultSpec, QString> parse(const QString &text);
};

} // namespace popsell::sandbox::faults
