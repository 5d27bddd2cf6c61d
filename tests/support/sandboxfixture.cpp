#include "support/sandboxfixture.h"

#include <QDeadlineTimer>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace popsell::testing {

using popsell::sandbox::SandboxConfig;
using popsell::sandbox::SandboxServer;

SandboxConfig SandboxFixture::smallConfig()
{
    SandboxConfig config;
    config.port = 0;
    config.rooms = 60;
    config.messages = 1200;
    config.logRequests = false;
    return config;
}

SandboxFixture::SandboxFixture(SandboxConfig config)
    : m_config(std::move(config))
{
    if (m_config.dataFile.isEmpty())
        m_config.dataFile = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
    m_network.setAutoDeleteReplies(false);
}

SandboxFixture::~SandboxFixture() = default;

QString SandboxFixture::start()
{
    m_server = std::make_unique<SandboxServer>(m_config);
    QString error;
    if (!m_server->start(&error))
        return error;
    // A restarted server gets a new port; keep it for the next restart's URLs.
    m_token = login(m_config.apiKey);
    if (m_token.isEmpty())
        return QStringLiteral("could not obtain a token with the demo brand key");
    return {};
}

void SandboxFixture::stop()
{
    m_server.reset();
    // Connections to the old server are dead; a new manager avoids reusing them.
    m_network.clearConnectionCache();
}

QString SandboxFixture::baseUrl() const
{
    return m_server->baseUrl();
}

qint64 SandboxFixture::brandId() const
{
    return m_server->brandId();
}

QString SandboxFixture::login(const QString &apiKey)
{
    RequestOptions options;
    options.token = false;
    options.brandHeader = false;
    options.domainHeader = true;
    const HttpResult result = post(QStringLiteral("/auth/token"),
                                   QJsonObject{{QStringLiteral("api_key"), apiKey}}, options);
    if (result.status != 200)
        return {};
    return result.object().value(QStringLiteral("token")).toString();
}

QNetworkRequest SandboxFixture::makeRequest(const QString &pathOrUrl,
                                            const RequestOptions &options) const
{
    const QString url = pathOrUrl.startsWith(u"http") ? pathOrUrl : baseUrl() + pathOrUrl;
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(15000);
    request.setRawHeader("Accept", "application/json");
    if (options.token) {
        const QString token = options.tokenOverride.isEmpty() ? m_token : options.tokenOverride;
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    if (options.brandHeader) {
        request.setRawHeader("X-Popsell-Brand", options.brandOverride.isEmpty()
                                                    ? QByteArray::number(brandId())
                                                    : options.brandOverride);
    }
    if (options.domainHeader) {
        request.setRawHeader("X-Popsell-Domain", options.domainOverride.isEmpty()
                                                     ? m_config.domain.toUtf8()
                                                     : options.domainOverride);
    }
    if (!options.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", options.idempotencyKey);
    for (const auto &[name, value] : options.extraHeaders)
        request.setRawHeader(name, value);
    return request;
}

QNetworkReply *SandboxFixture::start(const QByteArray &method, const QString &path,
                                     const QByteArray &body, const RequestOptions &options)
{
    QNetworkRequest request = makeRequest(path, options);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    return m_network.sendCustomRequest(request, method, body);
}

HttpResult SandboxFixture::wait(QNetworkReply *reply, int timeoutMs)
{
    HttpResult result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(timeoutMs)) {
            result.timedOut = true;
            reply->abort();
        }
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

HttpResult SandboxFixture::send(const QByteArray &method, const QString &pathOrUrl,
                                const QByteArray &body, const RequestOptions &options)
{
    return wait(start(method, pathOrUrl, body, options));
}

HttpResult SandboxFixture::get(const QString &path, const RequestOptions &options)
{
    return send("GET", path, {}, options);
}

HttpResult SandboxFixture::post(const QString &path, const QJsonObject &body,
                                const RequestOptions &options)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), options);
}

HttpResult SandboxFixture::patch(const QString &path, const QJsonObject &body,
                                 const RequestOptions &options)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), options);
}

QJsonObject jsonObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace popsell::testing
