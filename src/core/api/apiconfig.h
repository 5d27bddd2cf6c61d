#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace popsell::api {

// "PopsellModerator/<version of this build>", for server-side diagnostics.
QByteArray defaultUserAgent();

// Where and how the client talks to the Popsell API. Times are in milliseconds.
struct ApiConfig
{
    QUrl baseUrl;       // https://<domain>/api/v2 (http:// only on loopback)
    QString domain;     // X-Popsell-Domain
    qint64 brandId = 0; // X-Popsell-Brand, where the reference requires it; 0: unset
    int inactivityTimeoutMs = 15000;
    int deadlineMs = 60000; // overall, per attempt: an inactivity timer misses a drip
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxInFlight = 4; // requests on the wire at once; more wait in the client, in order
    // (Qt's 6 per host would otherwise queue them inside Qt with their timers running).
    // Values below 1 count as 1.
    QByteArray userAgent = defaultUserAgent();
    // Non-empty: the only CAs trusted for the API (an internal CA, a test CA), instead of
    // the system's roots. The one way to accept a certificate the system does not trust:
    // certificate errors are never ignored.
    QList<QSslCertificate> trustedCaCertificates;
};

} // namespace popsell::api
