#pragma once

#include "core/api/apiconfig.h"
#include "core/api/apierror.h"
#include "core/api/endpoints.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace popsell::api {

// The one place that turns an endpoint into a QNetworkRequest: URL, headers and the
// Qt 6.4 safety attributes. It is also the one place that decides whether a URL may be
// contacted at all and whether the token goes with it.
class RequestBuilder
{
public:
    explicit RequestBuilder(const ApiConfig &config);

    // baseUrl + the expanded path template + query.
    QUrl endpointUrl(const EndpointSpec &spec, const QList<qint64> &pathIds,
                     const QUrlQuery &query = {}) const;

    // Why `url` must not be contacted (InsecureUrl), or nullopt when it may be. With
    // `requireApiOrigin`, a URL on any origin other than baseUrl's is refused too.
    std::optional<ApiError> refusal(const QUrl &url, bool requireApiOrigin) const;

    // The request for `spec` at `url`. The token goes only to the API origin; an empty
    // `idempotencyKey` means none is sent.
    QNetworkRequest build(const EndpointSpec &spec, const QUrl &url, const QString &token,
                          const QByteArray &idempotencyKey, bool hasBody) const;

    // Whether `spec` needs an Idempotency-Key: a POST that is not safe to repeat.
    static bool needsIdempotencyKey(const EndpointSpec &spec);
    // Whether requests of `spec` must never reuse a connection that sat idle (where Qt's
    // silent resend could deliver them twice): the same POSTs. build() puts them in a
    // connection pool of their own that Qt drops once idle.
    static bool needsFreshConnection(const EndpointSpec &spec);
    // A fresh random key (UUID v4, lower case, no braces).
    static QByteArray newIdempotencyKey();

    // 127.0.0.0/8, ::1 and "localhost": the only hosts http:// may talk to.
    static bool isLoopbackHost(const QString &host);
    // Scheme, host and port (with the scheme's default port) are equal.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // HTTP/2 is off on Qt < 6.5.1 (QTBUG-111417 stalls, unpatched HPACK CVEs in Debian's
    // 6.4.2). POPSELL_HTTP2=1 / =0 forces it on / off, for diagnosis.
    static bool http2Allowed();

private:
    ApiConfig m_config;
    bool m_http2Allowed = false;
};

} // namespace popsell::api
