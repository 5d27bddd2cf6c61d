#pragma once

#include "sandbox/sandboxconfig.h"

#include <QStringList>

#include <variant>

namespace popsell::sandbox {

struct CommandLineError
{
    QString message;
};

struct CommandLineHelp
{
    QString text;
};

// popsell-sandbox [--host ADDR] [--port N] [--data FILE] [--seed N] [--api-key KEY]
//                 [--ambassador-api-key KEY] [--domain NAME] [--rooms N] [--messages M]
//                 [--latency MS] [--faults SPEC] [--fault-seed N] [--idempotency on|off]
//                 [--quiet]
std::variant<SandboxConfig, CommandLineHelp, CommandLineError>
parseCommandLine(const QStringList &arguments);

} // namespace popsell::sandbox
