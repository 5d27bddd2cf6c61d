#include "app/consolebackend.h"

#include "core/api/apiclient.h"
#include "core/api/popsellapi.h"
#include "sandbox/sandboxserver.h"

namespace popsell::app {

ConsoleBackend::ConsoleBackend(BackendOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

ConsoleBackend::~ConsoleBackend()
{
    // Calls in flight belong to the client: it goes before the server they talk to.
    m_api.reset();
    m_client.reset();
}

bool ConsoleBackend::start(QString *error)
{
    api::ApiConfig config;
    if (isSandbox()) {
        sandbox::SandboxConfig sandboxConfig;
        sandboxConfig.port = 0;         // any free port
        sandboxConfig.dataFile.clear(); // demo data in memory, gone at exit
        sandboxConfig.logRequests = false;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandboxConfig);
        QString reason;
        if (!m_sandbox->start(&reason)) {
            if (error)
                *error = tr("The sandbox did not start: %1").arg(reason);
            m_sandbox.reset();
            return false;
        }
        config.baseUrl = QUrl(m_sandbox->baseUrl());
        config.domain = sandboxConfig.domain;
        config.brandId = m_sandbox->brandId();
        if (m_options.apiKey.isEmpty())
            m_options.apiKey = sandboxConfig.apiKey;
    } else {
        if (!m_options.baseUrl.isValid() || m_options.baseUrl.host().isEmpty()) {
            if (error)
                *error =
                    tr("The base URL is not valid: %1").arg(m_options.baseUrl.toDisplayString());
            return false;
        }
        config.baseUrl = m_options.baseUrl;
        config.domain = m_options.domain.isEmpty() ? m_options.baseUrl.host() : m_options.domain;
        config.brandId = m_options.brandId;
    }
    m_client = std::make_unique<api::ApiClient>(config);
    m_api = std::make_unique<api::PopsellApi>(*m_client);
    return true;
}

QUrl ConsoleBackend::baseUrl() const
{
    return m_client ? m_client->config().baseUrl : m_options.baseUrl;
}

void ConsoleBackend::signIn()
{
    if (m_options.apiKey.isEmpty()) {
        Q_EMIT signInFailed(tr("No API key was given."));
        return;
    }
    m_api->exchangeApiKey(m_options.apiKey, this, [this](api::Result<QString> token) {
        if (!token) {
            Q_EMIT signInFailed(token.error().userMessage());
            return;
        }
        resolveBrand();
    });
}

void ConsoleBackend::resolveBrand()
{
    if (m_client->config().brandId > 0) {
        Q_EMIT signedIn();
        return;
    }
    m_api->brandInfo(this, [this](api::Result<domain::BrandInfo> brand) {
        if (!brand) {
            Q_EMIT signInFailed(brand.error().userMessage());
            return;
        }
        m_client->setBrandId(brand.value().id);
        Q_EMIT signedIn();
    });
}

} // namespace popsell::app
