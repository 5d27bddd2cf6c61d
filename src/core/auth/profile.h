#pragma once

#include <QString>
#include <QUrl>

namespace popsell::auth {

// One place the console can sign in to: a brand on a Popsell domain, or the embedded
// sandbox. It holds no secret, so it may be saved, shown and compared freely; the token
// and the API key live in the keychain under `id` (SecretStore).
struct Profile
{
    QString id;                  // stable key for settings and keychain entries; never shown
    QString domain;              // X-Popsell-Domain, e.g. "shop.example.com"
    QUrl baseUrl;                // https://<domain>/api/v2 unless the moderator typed another
    qint64 brandId = 0;          // X-Popsell-Brand
    QString brandName;           // as GET /brand named it, for display
    bool sandbox = false;        // the embedded sandbox (demo data, no account)
    bool rememberApiKey = false; // the API key is kept in the keychain too

    // "Brand name · domain" (the domain alone while the brand is unknown), or "Sandbox".
    QString displayName() const;
    // An id, and either the sandbox or a domain with a valid base URL.
    bool isValid() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

// https://<domain>/api/v2; empty for an empty domain.
QUrl defaultBaseUrl(const QString &domain);

// What a moderator pastes, reduced to the host the API calls its domain: accepts
// "shop.example.com", "https://shop.example.com", "https://shop.example.com/api/v2/", with
// surrounding spaces. Returns the lower-case host, plus ":port" when one was typed; an
// international name in its ASCII (punycode) form, since it goes into a header. Empty when
// the text is not a host name (or carries a user name or password, which is refused rather
// than silently dropped).
QString normalizedDomain(const QString &typed);

// The embedded sandbox: id "sandbox"; where it listens is decided when it starts.
Profile sandboxProfile();

} // namespace popsell::auth
