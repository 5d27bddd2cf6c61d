#pragma once

#include "core/auth/session.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace popsell::api {
class ApiClient;
class PopsellApi;
} // namespace popsell::api
namespace popsell::auth {
class ProfileStore;
class SecretStore;
} // namespace popsell::auth
namespace popsell::sandbox {
class SandboxServer;
}
namespace popsell::outbox {
class Outbox;
}

namespace popsell::app {

// The console's connection: one API client for the whole run (reset for each profile), the
// keychain, the saved profiles, the session and the outbox of write actions (SQLite in the
// data directory; each row belongs to the profile that made it and is sent only while that
// profile is active). The outbox opens on openOutbox(), not in the constructor: SQLite is not
// needed to paint the first window. The embedded sandbox (demo data in memory, any free
// loopback port, no request log) is started the first time the sandbox profile is used and
// lives until the console exits.
class ConsoleBackend : public QObject
{
    Q_OBJECT

public:
    // `settings` keeps the saved profiles (never a secret); it must outlive the backend.
    // `dataDirectory` holds the outbox (outbox.sqlite).
    ConsoleBackend(QSettings &settings, const QString &dataDirectory, QObject *parent = nullptr);
    ~ConsoleBackend() override;

    // Opens the outbox (once; later calls do nothing). Before the session starts: the outbox
    // follows the profiles the session activates from then on.
    void openOutbox();
    bool hasOutbox() const { return m_outbox != nullptr; }

    api::ApiClient &client() const { return *m_client; }
    api::PopsellApi &api() const { return *m_api; }
    auth::SecretStore &secrets() const { return *m_secrets; }
    auth::ProfileStore &profiles() const { return *m_profiles; }
    auth::Session &session() const { return *m_session; }
    // Only after openOutbox().
    outbox::Outbox &outbox() const;
    // Null until the sandbox profile was first used.
    sandbox::SandboxServer *sandboxServer() const { return m_sandbox.get(); }

    // Where calls go now (empty before a profile is active).
    QUrl baseUrl() const;
    bool isSandbox() const;

private:
    std::optional<auth::ProfileConnection> connectionFor(const auth::Profile &profile,
                                                         QString *error);

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::PopsellApi> m_api;
    std::unique_ptr<auth::SecretStore> m_secrets;
    std::unique_ptr<auth::ProfileStore> m_profiles;
    std::unique_ptr<auth::Session> m_session;
    std::unique_ptr<outbox::Outbox> m_outbox;
    QString m_dataDirectory;
};

} // namespace popsell::app
