#include "cli/session.h"

#include "cli/commandrun.h"
#include "core/api/apiclient.h"
#include "core/api/popsellapi.h"
#include "sandbox/sandboxserver.h"

namespace popsell::cli {

using api::ApiError;
using api::Result;

namespace {

// --timeout bounds a whole request; the inactivity timer is never longer than that.
constexpr int kDefaultInactivityMs = 15000;

} // namespace

Session::Session(GlobalOptions options, const CommandSpec &command, Action action, Output &output,
                 QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_command(command)
    , m_action(std::move(action))
    , m_output(output)
{
    m_output.addSecret(m_options.token);
    m_output.addSecret(m_options.apiKey);
}

Session::~Session() = default;

void Session::start()
{
    if (m_options.sandbox && !startSandbox())
        return;
    createClient();
    authenticate();
}

bool Session::startSandbox()
{
    sandbox::SandboxConfig config;
    config.port = 0;         // a free one
    config.dataFile.clear(); // in memory, gone at exit
    config.logRequests = false;
    m_sandbox = std::make_unique<sandbox::SandboxServer>(config);
    QString error;
    if (!m_sandbox->start(&error)) {
        m_output.failure(QStringLiteral("sandbox"), tr("the sandbox did not start: %1").arg(error),
                         ExitCode::Other);
        finish(ExitCode::Other);
        return false;
    }
    m_options.baseUrl = QUrl(m_sandbox->baseUrl());
    if (m_options.domain.isEmpty())
        m_options.domain = config.domain;
    if (!m_options.brand)
        m_options.brand = m_sandbox->brandId();
    if (m_options.token.isEmpty() && m_options.apiKey.isEmpty())
        m_options.apiKey = config.apiKey;
    m_output.detail(tr("sandbox on %1, brand %2").arg(m_sandbox->baseUrl()).arg(*m_options.brand));
    return true;
}

void Session::createClient()
{
    api::ApiConfig config;
    config.baseUrl = m_options.baseUrl;
    config.domain = m_options.domain;
    config.brandId = m_options.brand.value_or(0);
    if (m_options.timeoutMs) {
        config.deadlineMs = *m_options.timeoutMs;
        config.inactivityTimeoutMs = qMin(kDefaultInactivityMs, *m_options.timeoutMs);
    }
    m_client = std::make_unique<api::ApiClient>(config);
    if (!m_options.token.isEmpty())
        m_client->setToken(m_options.token);
    m_api = std::make_unique<api::PopsellApi>(*m_client);
}

void Session::authenticate()
{
    if (!m_command.needsToken() || m_client->hasToken()) {
        resolveBrand();
        return;
    }
    m_output.detail(tr("exchanging the API key for a token"));
    m_api->exchangeApiKey(m_options.apiKey, this, [this](Result<QString> token) {
        if (!token) {
            fail(token.error());
            return;
        }
        m_output.addSecret(token.value());
        resolveBrand();
    });
}

void Session::resolveBrand()
{
    if (!m_command.needsBrand() || m_client->config().brandId > 0) {
        runCommand();
        return;
    }
    m_output.detail(tr("no --brand: asking GET /brand"));
    m_api->brandInfo(this, [this](Result<domain::BrandInfo> brand) {
        if (!brand) {
            fail(brand.error());
            return;
        }
        m_output.detail(tr("brand %1").arg(brand.value().id));
        m_client->setBrandId(brand.value().id);
        runCommand();
    });
}

void Session::runCommand()
{
    m_run = std::make_unique<CommandRun>(*m_api, m_output);
    connect(m_run.get(), &CommandRun::finished, this,
            [this](int code) { finish(static_cast<ExitCode>(code)); });
    m_action(*m_run);
}

void Session::fail(const ApiError &error)
{
    const ExitCode code = exitCodeFor(error.kind());
    m_output.error(error, code);
    finish(code);
}

void Session::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(int(code));
}

} // namespace popsell::cli
