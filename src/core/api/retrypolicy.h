#pragma once

#include "core/api/apierror.h"
#include "core/api/endpoints.h"

#include <chrono>
#include <functional>

namespace popsell::api {

// What to do after one failed attempt of a call: the retry table of the reliability notes
// (section 3.2) in one place. The API client uses it for idempotent calls (GET, PATCH, the
// read marker); the outbox uses it for every write it sends.
struct RetryDecision
{
    enum class Action
    {
        Retry,          // send again after `delay` (same Idempotency-Key for a POST)
        Final,          // a final answer (403, 404, 410, 422, TLS, ...): show it, do not retry
        Reconcile,      // the server may have applied a non-idempotent POST: read back first
        Unauthorized,   // 401: hold, sign in again, then resume (never retried blindly)
        NeedsAttention, // out of attempts: the moderator retries or discards
    };
    Action action = Action::Final;
    std::chrono::milliseconds delay{0};
    // The delay comes from the server (Retry-After), for a visible countdown.
    bool serverAskedToWait = false;
};

// Limits of one retry layer; delays use "full jitter": random(0, min(cap, base * 2^attempt)).
struct RetryLimits
{
    std::chrono::milliseconds base{500};
    std::chrono::milliseconds cap{30'000};
    int maxAttempts = 4; // attempts in all, the first included; 0: no limit
    // Retry-After values above this are clamped (a date depends on clock agreement).
    std::chrono::milliseconds maxServerWait{5 * 60'000};
    // Out of attempts: NeedsAttention (the outbox keeps the action for the moderator)
    // rather than Final (the caller shows the error).
    bool attentionWhenExhausted = false;

    static RetryLimits interactive(); // GETs and PATCHes the moderator waits for
    static RetryLimits outbox();      // the outbox: base 1 s, cap 5 min, needs attention after 6
};

class RetryPolicy
{
public:
    // A number in [0, 1) for the jitter; tests pass a fixed one.
    using Random = std::function<double()>;

    explicit RetryPolicy(RetryLimits limits, Random random = {});

    const RetryLimits &limits() const { return m_limits; }

    // The decision after `attempt` (1 for the first) of a call to `spec` failed with `error`.
    // `serverHonoursIdempotencyKeys`: false against a server that documents none (the real
    // API): an ambiguous outcome of a non-idempotent POST is then Reconcile, not Retry.
    RetryDecision decide(const EndpointSpec &spec, const ApiError &error, int attempt,
                         bool serverHonoursIdempotencyKeys) const;

    // The jittered delay before attempt `attempt + 1`.
    std::chrono::milliseconds backoff(int attempt) const;

private:
    RetryLimits m_limits;
    Random m_random;
};

} // namespace popsell::api
