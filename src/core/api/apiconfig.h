#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace popsell::api {

// Where and how the client talks to the Popsell API. Times are in milliseconds.
struct ApiConfig
{
    QUrl baseUrl;                   // https://<domain>/api/v2 (http:// only on loopback)
    QString domain;                 // X-Popsell-Domain
    qint64 brandId = 0;             // X-Popsell-Brand, where the reference requires it
    int inactivityTimeoutMs = 15000;
    int deadlineMs = 60000;         // overall, per attempt: an inactivity timer misses a drip
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    QByteArray userAgent = "PopsellModerator";
};

} // namespace popsell::api
