#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace popsell::api {
class ApiClient;
class PopsellApi;
} // namespace popsell::api
namespace popsell::sandbox {
class SandboxServer;
}

namespace popsell::app {

// Where the console connects. No base URL means demo mode: the embedded sandbox.
struct BackendOptions
{
    QUrl baseUrl;       // https://<domain>/api/v2; empty: the embedded sandbox
    QString apiKey;     // the brand's API key; the sandbox's demo key in demo mode
    QString domain;     // X-Popsell-Domain; defaults to the base URL's host
    qint64 brandId = 0; // 0: asked from GET /brand after signing in
};

// The console's connection: in demo mode it starts the sandbox in this process (demo data
// in memory, any free port, no request log), then builds the API client and signs in by
// exchanging the API key for a token, asynchronously. The token stays in the client's
// memory.
class ConsoleBackend : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleBackend(BackendOptions options, QObject *parent = nullptr);
    ~ConsoleBackend() override;

    // Starts the sandbox (demo mode) and creates the API client. False with a reason.
    bool start(QString *error);

    bool isSandbox() const { return m_options.baseUrl.isEmpty(); }
    QUrl baseUrl() const;
    api::PopsellApi &api() const { return *m_api; }
    api::ApiClient &client() const { return *m_client; }
    sandbox::SandboxServer *sandboxServer() const { return m_sandbox.get(); }

    // Exchanges the API key for a token (then resolves the brand when it is not known);
    // ends with signedIn() or signInFailed().
    void signIn();

Q_SIGNALS:
    void signedIn();
    // A sentence for the moderator (ApiError::userMessage()).
    void signInFailed(const QString &message);

private:
    void resolveBrand();

    BackendOptions m_options;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::PopsellApi> m_api;
};

} // namespace popsell::app
