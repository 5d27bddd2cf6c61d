#include "sandbox/faults/faultplanner.h"

#include <utility>

namespace popsell::sandbox::faults {

namespace {

// splitmix64: a stateless mix, so that request n's draw does not depend on how many
// numbers earlier requests consumed.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

double unitInterval(quint64 x)
{
    return double(x >> 11) * 0x1.0p-53;
}

} // namespace

FaultPlanner::FaultPlanner(FaultSpec spec, quint64 seed)
    : m_spec(std::move(spec))
    , m_seed(seed)
    , m_used(m_spec.terms.size(), 0)
{}

std::optional<FaultDecision> FaultPlanner::decide(const RequestFacts &request)
{
    bool touched = false;
    for (const FaultTerm &term : m_spec.terms)
        touched = touched || term.matchesRoute(request.method, request.path);
    if (!touched)
        return std::nullopt;

    FaultDecision decision;
    decision.index = ++m_numbered;
    const quint64 first = mix(m_seed ^ mix(decision.index));
    const double draw = unitInterval(first);
    // The terms that apply share [0, 1) in spec order: with "all:0.35" a request has a
    // 35 % chance of a fault, and an earlier term wins over a later one.
    double upper = 0.0;
    for (qsizetype i = 0; i < m_spec.terms.size(); ++i) {
        const FaultTerm &term = m_spec.terms.at(i);
        if (!term.matchesRoute(request.method, request.path))
            continue;
        if (term.limit && m_used.at(i) >= *term.limit)
            continue;
        QList<FaultKind> eligible;
        for (FaultKind kind : term.kinds) {
            if (!needsBearerToken(kind) || request.hasBearerToken)
                eligible.append(kind);
        }
        if (eligible.isEmpty())
            continue;
        upper += term.rate;
        if (draw >= upper)
            continue;
        decision.kind = eligible.at(qsizetype(mix(first) % quint64(eligible.size())));
        ++m_used[i];
        break;
    }
    return decision;
}

} // namespace popsell::sandbox::faults
