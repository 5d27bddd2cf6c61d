#pragma once

#include "sandbox/apireply.h"
#include "sandbox/apirequest.h"

#include <QString>

#include <functional>

namespace popsell::sandbox {

class EffectsLedger;
struct SandboxConfig;

namespace faults {
class FaultFront;
class FaultLog;
} // namespace faults

// What the sandbox-only control routes read and change.
struct SandboxControlContext
{
    EffectsLedger &effects;
    faults::FaultLog &faultLog;
    faults::FaultFront *front; // null without fault mode
    const SandboxConfig &config;
    // Replaces the fault plan; an error text when the spec is invalid.
    std::function<QString(const QString &spec, quint64 seed)> setFaults;
};

// /__sandbox/effects and /__sandbox/faults: not part of the Popsell API, for tests and
// fault campaigns on loopback (docs/sandbox.md, "Fault mode").
ApiReply serveSandboxControl(const ApiRequest &request, SandboxControlContext &context);

} // namespace popsell::sandbox
