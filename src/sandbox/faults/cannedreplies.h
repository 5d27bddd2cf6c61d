#pragma once

#include "sandbox/faults/faultspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace popsell::sandbox::faults {

// What the answers the fault front makes up itself depend on.
struct CannedContext
{
    QByteArray target;        // the request's target, for the redirect's Location
    QByteArray foreignOrigin; // http://127.0.0.1:PORT of the foreign origin
    int retryAfterSeconds = 1;
    QDateTime nowUtc;
    bool closeConnection = false; // the client asked for Connection: close
};

// A complete HTTP/1.1 answer.
QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &fields = {},
                        bool closeConnection = false);

// The answer for a kind the front gives instead of the API (5xx, 429, html-200, 302, 307);
// empty for the others.
QByteArray cannedReply(FaultKind kind, const CannedContext &context);

// A JSON body made invalid in one of two ways, picked by `index`: cut in half, or followed
// by garbage. Framing stays correct: only the JSON is broken.
QByteArray brokenJson(const QByteArray &body, quint64 index);

// RFC 9110 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &utc);

} // namespace popsell::sandbox::faults
