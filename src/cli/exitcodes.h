#pragma once

#include "core/api/apierror.h"

#include <QCoreApplication>
#include <QString>

namespace popsell::cli {

// popsellctl's exit status: one per kind of failure, so that scripts can tell "fix your
// command line" from "try again later" from "the server said no". Documented in --help
// and docs/popsellctl.md; changing a value breaks scripts.
enum class ExitCode : int
{
    Ok = 0,
    Other = 1,        // a cancelled call, a failure to start the sandbox
    Usage = 2,        // the command line is wrong; nothing was sent
    Network = 3,      // unreachable, refused, reset, timeout, TLS
    Unauthorized = 4, // 401: bad or expired token, bad API key
    Forbidden = 5,    // 403
    NotFound = 6,     // 404
    Invalid = 7,      // 422 validation, other 4xx (a bad filter or sort)
    Busy = 8,         // 429 rate limited, 409 conflict: try again later
    Server = 9,       // 5xx
    BadResponse = 10, // an answer that does not decode; a URL refused as insecure
};

ExitCode exitCodeFor(api::ApiError::Kind kind);

class ExitCodes
{
    Q_DECLARE_TR_FUNCTIONS(ExitCodes)

public:
    // The "Exit codes:" section of --help, one line per code.
    static QString helpText();
};

} // namespace popsell::cli
