#pragma once

#include "sandbox/faults/faultspec.h"

#include <QList>
#include <QString>

#include <optional>

namespace popsell::sandbox::faults {

// What the planner needs to know about a request: its method and API path (after
// /api/v2, no query), and whether it carries a bearer token.
struct RequestFacts
{
    QString method;
    QString path;
    bool hasBearerToken = false;
};

// The planner's answer for one request that some term could touch.
struct FaultDecision
{
    quint64 index = 0; // 1-based number among the requests some term's routes match
    std::optional<FaultKind> kind;
};

// Decides, request after request, which fault (if any) to inject. Deterministic: the n-th
// request that some term's routes match gets a fault that is a pure function of the seed,
// n, the spec, and how many faults each limited term has already used, so the same seed
// and the same request sequence give the same faults.
class FaultPlanner
{
public:
    FaultPlanner() = default;
    FaultPlanner(FaultSpec spec, quint64 seed);

    // nullopt for requests no term can touch (they are not numbered).
    std::optional<FaultDecision> decide(const RequestFacts &request);

    const FaultSpec &spec() const { return m_spec; }
    quint64 seed() const { return m_seed; }
    quint64 numbered() const { return m_numbered; }

private:
    FaultSpec m_spec;
    quint64 m_seed = 1;
    quint64 m_numbered = 0;
    QList<int> m_used; // faults injected per term
};

} // namespace popsell::sandbox::faults
