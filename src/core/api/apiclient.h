#pragma once

#include "core/api/apiconfig.h"
#include "core/api/endpoints.h"
#include "core/api/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace popsell::api {

class ApiCall;

// A decoded JSON answer with its status and headers.
struct JsonReply
{
    int status = 0;
    QJsonValue json;                       // object or array; Undefined for an empty body
    QHash<QByteArray, QByteArray> headers; // names in lower case
};

// The transport of the Popsell API client: one QNetworkAccessManager, the request
// builder (base URL, Bearer token only to the API origin, Accept, Content-Type,
// User-Agent, X-Popsell-Brand / X-Popsell-Domain per the endpoint table, Idempotency-Key
// on non-idempotent POSTs), and the Qt 6.4 safety rules: manual redirects, HTTP/2 off
// before 6.5.1, inactivity timeout plus an overall deadline, body size cap, no cache,
// http:// refused off loopback. Calls are asynchronous and cancellable; the token lives
// in memory only.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using JsonCallback = std::function<void(Result<JsonReply>)>;

    explicit ApiClient(ApiConfig config, QObject *parent = nullptr);
    ~ApiClient() override;

    const ApiConfig &config() const { return m_config; }
    void setBrandId(qint64 brandId) { m_config.brandId = brandId; }
    void setToken(const QString &token) { m_token = token; }
    void clearToken() { m_token.clear(); }
    bool hasToken() const { return !m_token.isEmpty(); }

    // Sends one request of `endpoint`. `pathIds` fill the path's placeholders in order.
    // `done` runs once, on this thread, unless `context` is destroyed first. Non-2xx
    // answers, transport failures and undecodable bodies arrive as ApiError. The returned
    // call deletes itself once it has delivered: keep it in a QPointer to cancel() it.
    ApiCall *send(Endpoint endpoint, const QList<qint64> &pathIds, const QUrlQuery &query,
                  const std::optional<QJsonObject> &body, QObject *context, JsonCallback done);
    // Follows a URL the server gave (next_page_url) for a GET endpoint. Refused, with an
    // InsecureUrl error, when it is not on the API's origin.
    ApiCall *sendUrl(Endpoint endpoint, const QUrl &url, QObject *context, JsonCallback done);
    // send() again for an action whose earlier attempt failed ambiguously: the same
    // Idempotency-Key (ApiCall::idempotencyKey() of that attempt) lets the server apply
    // it once. An empty key makes a new one, as send() does.
    ApiCall *resend(const QByteArray &idempotencyKey, Endpoint endpoint,
                    const QList<qint64> &pathIds, const QUrlQuery &query,
                    const std::optional<QJsonObject> &body, QObject *context, JsonCallback done);

    QNetworkAccessManager *network() const { return m_network; }

private:
    ApiCall *start(const EndpointSpec &spec, const QUrl &url, bool requireApiOrigin,
                   const std::optional<QJsonObject> &body, QByteArray idempotencyKey,
                   QObject *context, JsonCallback done);

    ApiConfig m_config;
    QString m_token;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace popsell::api
