#include "app/consolebackend.h"

#include "core/api/apiclient.h"
#include "core/api/popsellapi.h"
#include "core/auth/profilestore.h"
#include "core/auth/secretstore.h"
#include "core/outbox/outbox.h"
#include "core/outbox/outboxstore.h"
#include "sandbox/sandboxserver.h"

#include <QDir>

namespace popsell::app {

ConsoleBackend::ConsoleBackend(QSettings &settings, const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<api::ApiClient>(api::ApiConfig{}))
    , m_api(std::make_unique<api::PopsellApi>(*m_client))
    , m_secrets(std::make_unique<auth::SecretStore>())
    , m_profiles(std::make_unique<auth::ProfileStore>(settings))
    , m_dataDirectory(dataDirectory)
{
    m_session = std::make_unique<auth::Session>(
        *m_client, *m_secrets, *m_profiles, [this](const auth::Profile &profile, QString *error) {
            return connectionFor(profile, error);
        });
    // Actions are sent for the active profile only; the sandbox honours Idempotency-Key, the
    // real API documents none (uncertain outcomes are then read back before a re-send).
    // Connected here, before anyone else hears of the session, so the outbox learns first.
    connect(m_session.get(), &auth::Session::profileActivated, this,
            [this](const auth::Profile &profile) {
                if (!m_outbox)
                    return;
                m_outbox->setServerHonoursIdempotencyKeys(profile.sandbox);
                m_outbox->setProfile(profile.id);
            });
    connect(m_session.get(), &auth::Session::signedIn, this, [this](const auth::Profile &profile) {
        if (m_outbox)
            m_outbox->setProfile(profile.id);
    });
    connect(m_session.get(), &auth::Session::signedOut, this, [this] {
        if (m_outbox)
            m_outbox->setProfile({});
    });
}

void ConsoleBackend::openOutbox()
{
    if (m_outbox)
        return;
    QDir().mkpath(m_dataDirectory);
    auto store = std::make_unique<outbox::OutboxStore>(
        QDir(m_dataDirectory).filePath(QStringLiteral("outbox.sqlite")));
    if (!store->open())
        qWarning("popsell: the outbox cannot be used: %s", qUtf8Printable(store->lastError()));
    m_outbox = std::make_unique<outbox::Outbox>(std::move(store), *m_client, *m_api);
}

outbox::Outbox &ConsoleBackend::outbox() const
{
    Q_ASSERT_X(m_outbox, "ConsoleBackend::outbox", "openOutbox() first");
    return *m_outbox;
}

ConsoleBackend::~ConsoleBackend()
{
    // Calls in flight belong to the client: it goes before the server they talk to.
    m_outbox.reset();
    m_session.reset();
    m_api.reset();
    m_client.reset();
}

QUrl ConsoleBackend::baseUrl() const
{
    return m_client->config().baseUrl;
}

bool ConsoleBackend::isSandbox() const
{
    const std::optional<auth::Profile> profile = m_session->profile();
    return profile && profile->sandbox;
}

std::optional<auth::ProfileConnection> ConsoleBackend::connectionFor(const auth::Profile &profile,
                                                                     QString *error)
{
    if (!profile.sandbox) {
        auth::ProfileConnection connection = auth::Session::directConnection(profile);
        if (!connection.config.baseUrl.isValid() || connection.config.baseUrl.host().isEmpty()) {
            if (error)
                *error = tr("“%1” is not a Popsell domain.").arg(profile.domain);
            return std::nullopt;
        }
        return connection;
    }
    sandbox::SandboxConfig config;
    config.port = 0;         // any free port
    config.dataFile.clear(); // demo data in memory, gone at exit
    config.logRequests = false;
    if (!m_sandbox) {
        auto server = std::make_unique<sandbox::SandboxServer>(config);
        QString reason;
        if (!server->start(&reason)) {
            if (error)
                *error = tr("The sandbox did not start: %1").arg(reason);
            return std::nullopt;
        }
        m_sandbox = std::move(server);
    }
    auth::ProfileConnection connection;
    connection.config.baseUrl = QUrl(m_sandbox->baseUrl());
    connection.config.domain = config.domain;
    connection.config.brandId = m_sandbox->brandId();
    connection.builtInApiKey = config.apiKey;
    return connection;
}

} // namespace popsell::app
