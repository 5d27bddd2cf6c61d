#include "core/api/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace popsell::api {

namespace {

using Action = RetryDecision::Action;
using Kind = ApiError::Kind;
using std::chrono::milliseconds;

// A 500 is retried twice at most on an idempotent call: a bug on the server answers the
// same every time, and the moderator is waiting (reliability notes, 3.2).
constexpr int kMaxInternalErrorAttempts = 3;
// "409: the same Idempotency-Key is still in flight": the first request needs a moment.
constexpr milliseconds kConflictWait{1000};

// How a failure stands in the table, before attempts and delays.
enum class Verdict
{
    Final,
    Unauthorized,
    Retry,
};

Verdict verdictFor(const ApiError &error)
{
    if (error.kind() == Kind::Unauthorized)
        return Verdict::Unauthorized;
    // Tls: a certificate or a handshake the server refused says the same next time (a
    // handshake cut off by the network is a Network error, NotSent, and retried).
    // Canceled, InsecureUrl, Forbidden, NotFound, Validation, BadResponse (a 2xx that
    // cannot be read, a 3xx), 410 and other 4xx: final.
    return error.isTransient() ? Verdict::Retry : Verdict::Final;
}

} // namespace

RetryLimits RetryLimits::interactive()
{
    RetryLimits limits;
    limits.base = milliseconds(500);
    limits.cap = milliseconds(30'000);
    limits.maxAttempts = 4;
    limits.attentionWhenExhausted = false;
    return limits;
}

RetryLimits RetryLimits::outbox()
{
    RetryLimits limits;
    limits.base = milliseconds(1000);
    limits.cap = milliseconds(5 * 60'000);
    limits.maxAttempts = 6;
    limits.attentionWhenExhausted = true;
    return limits;
}

RetryPolicy::RetryPolicy(RetryLimits limits, Random random)
    : m_limits(limits)
    , m_random(std::move(random))
{}

milliseconds RetryPolicy::backoff(int attempt) const
{
    // 2^30 half-seconds is decades: far past any cap, and no overflow in the double.
    const int exponent = std::clamp(attempt, 0, 30);
    const double ceiling = std::min(double(m_limits.cap.count()),
                                    double(m_limits.base.count()) * std::ldexp(1.0, exponent));
    double random = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    if (!(random >= 0.0)) // NaN too
        random = 0.0;
    random = std::min(random, std::nextafter(1.0, 0.0));
    return milliseconds(qint64(std::floor(random * std::max(0.0, ceiling))));
}

RetryDecision RetryPolicy::decide(const EndpointSpec &spec, const ApiError &error, int attempt,
                                  bool serverHonoursIdempotencyKeys) const
{
    RetryDecision decision;
    switch (verdictFor(error)) {
    case Verdict::Final:
        decision.action = Action::Final;
        return decision;
    case Verdict::Unauthorized:
        decision.action = Action::Unauthorized;
        return decision;
    case Verdict::Retry:
        break;
    }

    // A non-idempotent POST that may have been acted on goes again only where the server
    // replays a repeated Idempotency-Key; elsewhere the caller first reads back whether it
    // took effect.
    if (!spec.idempotent && error.mayHaveBeenApplied() && !serverHonoursIdempotencyKeys) {
        decision.action = Action::Reconcile;
        return decision;
    }

    int maxAttempts = m_limits.maxAttempts;
    if (spec.idempotent && error.httpStatus() == 500) {
        maxAttempts = maxAttempts > 0 ? std::min(maxAttempts, kMaxInternalErrorAttempts)
                                      : kMaxInternalErrorAttempts;
    }
    if (maxAttempts > 0 && attempt >= maxAttempts) {
        decision.action = m_limits.attentionWhenExhausted ? Action::NeedsAttention : Action::Final;
        return decision;
    }

    decision.action = Action::Retry;
    const milliseconds computed = backoff(attempt);
    decision.delay = computed;
    std::optional<milliseconds> serverWait;
    if (const std::optional<int> seconds = error.retryAfterSeconds())
        serverWait = std::min(milliseconds(qint64(*seconds) * 1000), m_limits.maxServerWait);
    if (serverWait) {
        // Retry-After replaces our delay when it is longer, never shortens it.
        if (*serverWait >= computed && serverWait->count() > 0) {
            decision.delay = *serverWait;
            decision.serverAskedToWait = true;
        }
    } else if (error.kind() == Kind::Conflict) {
        decision.delay = std::max(computed, kConflictWait);
    }
    return decision;
}

} // namespace popsell::api
