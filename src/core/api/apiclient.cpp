#include "core/api/apiclient.h"

#include "core/api/apicall.h"
#include "core/api/requestbuilder.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

namespace popsell::api {

ApiClient::ApiClient(ApiConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
    // Per-request attributes say the same; these are the backstops for anything that
    // ever bypasses the builder. No cache is attached to this manager, on purpose.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setTransferTimeout(m_config.inactivityTimeoutMs);
    m_network->setAutoDeleteReplies(true);
}

ApiClient::~ApiClient() = default;

ApiCall *ApiClient::send(Endpoint endpoint, const QList<qint64> &pathIds, const QUrlQuery &query,
                         const std::optional<QJsonObject> &body, QObject *context,
                         JsonCallback done)
{
    return resend({}, endpoint, pathIds, query, body, context, std::move(done));
}

ApiCall *ApiClient::resend(const QByteArray &idempotencyKey, Endpoint endpoint,
                           const QList<qint64> &pathIds, const QUrlQuery &query,
                           const std::optional<QJsonObject> &body, QObject *context,
                           JsonCallback done)
{
    const EndpointSpec &spec = endpointSpec(endpoint);
    const QUrl url = RequestBuilder(m_config).endpointUrl(spec, pathIds, query);
    return start(spec, url, false, body, idempotencyKey, context, std::move(done));
}

ApiCall *ApiClient::sendUrl(Endpoint endpoint, const QUrl &url, QObject *context, JsonCallback done)
{
    const EndpointSpec &spec = endpointSpec(endpoint);
    Q_ASSERT_X(spec.method == "GET", "ApiClient::sendUrl", "server-given URLs are for GETs");
    return start(spec, url, true, std::nullopt, {}, context, std::move(done));
}

ApiCall *ApiClient::start(const EndpointSpec &spec, const QUrl &url, bool requireApiOrigin,
                          const std::optional<QJsonObject> &body, QByteArray idempotencyKey,
                          QObject *context, JsonCallback done)
{
    const RequestBuilder builder(m_config);
    // The base URL itself is checked on every call, not once: it can be reconfigured.
    if (std::optional<ApiError> refused = builder.refusal(url, requireApiOrigin))
        return new ApiCall(std::move(*refused), context, std::move(done), this);

    if (!RequestBuilder::needsIdempotencyKey(spec))
        idempotencyKey.clear();
    else if (idempotencyKey.isEmpty())
        idempotencyKey = RequestBuilder::newIdempotencyKey();

    const QNetworkRequest request =
        builder.build(spec, url, m_token, idempotencyKey, body.has_value());
    QNetworkReply *reply = nullptr;
    if (spec.method == "GET") {
        reply = m_network->get(request);
    } else {
        const QByteArray payload =
            body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
        reply = m_network->sendCustomRequest(request, spec.method, payload);
    }

    ApiCall::Settings settings;
    settings.deadlineMs = m_config.deadlineMs;
    settings.maxBodyBytes = m_config.maxBodyBytes;
    settings.idempotencyKey = idempotencyKey;
    settings.secretToRedact = m_token;
    return new ApiCall(reply, std::move(settings), context, std::move(done), this);
}

} // namespace popsell::api
