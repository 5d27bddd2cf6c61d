#include "cli/exitcodes.h"

namespace popsell::cli {

using api::ApiError;

ExitCode exitCodeFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return ExitCode::Network;
    case ApiError::Kind::Unauthorized:
        return ExitCode::Unauthorized;
    case ApiError::Kind::Forbidden:
        return ExitCode::Forbidden;
    case ApiError::Kind::NotFound:
        return ExitCode::NotFound;
    case ApiError::Kind::Validation:
    case ApiError::Kind::Client:
        return ExitCode::Invalid;
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Conflict:
        return ExitCode::Busy;
    case ApiError::Kind::Server:
        return ExitCode::Server;
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::InsecureUrl:
        return ExitCode::BadResponse;
    case ApiError::Kind::Canceled:
        return ExitCode::Other;
    }
    return ExitCode::Other;
}

QString ExitCodes::helpText()
{
    const QList<std::pair<ExitCode, QString>> codes = {
        {ExitCode::Ok, tr("success")},
        {ExitCode::Other, tr("other failure (cancelled, the sandbox did not start)")},
        {ExitCode::Usage, tr("usage error: the command line is wrong, nothing was sent")},
        {ExitCode::Network, tr("network failure: unreachable, timeout, TLS")},
        {ExitCode::Unauthorized, tr("unauthorized (401): bad token or API key")},
        {ExitCode::Forbidden, tr("forbidden (403)")},
        {ExitCode::NotFound, tr("not found (404)")},
        {ExitCode::Invalid, tr("refused as invalid: validation (422) or another 4xx")},
        {ExitCode::Busy, tr("rate limited (429) or conflict (409): try again later")},
        {ExitCode::Server, tr("server error (5xx)")},
        {ExitCode::BadResponse, tr("bad response, or a URL refused as insecure")},
    };
    QString text;
    for (const auto &[code, meaning] : codes)
        text += QStringLiteral("  %1  %2\n").arg(int(code), 2).arg(meaning);
    return text;
}

} // namespace popsell::cli
