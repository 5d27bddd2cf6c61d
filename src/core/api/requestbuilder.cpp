#include "core/api/requestbuilder.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUuid>
#include <QVersionNumber>
#include <QtGlobal>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

namespace popsell::api {

QByteArray defaultUserAgent()
{
    return QByteArrayLiteral("PopsellModerator/" POPSELL_VERSION);
}

namespace {

QString describe(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

RequestBuilder::RequestBuilder(const ApiConfig &config)
    : m_config(config)
    , m_http2Allowed(http2Allowed())
{}

QUrl RequestBuilder::endpointUrl(const EndpointSpec &spec, const QList<qint64> &pathIds,
                                 const QUrlQuery &query) const
{
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + expandPath(spec, pathIds));
    url.setQuery(query);
    url.setFragment({});
    return url;
}

std::optional<ApiError> RequestBuilder::refusal(const QUrl &url, bool requireApiOrigin) const
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return ApiError(ApiError::Kind::InsecureUrl,
                        QStringLiteral("not an absolute URL: ") + describe(url));
    }
    // Qt would turn user:password@ into an Authorization header of its own.
    if (!url.userInfo().isEmpty()) {
        return ApiError(ApiError::Kind::InsecureUrl,
                        QStringLiteral("URL carries user info: ") + describe(url));
    }
    const QString scheme = url.scheme().toLower();
    const bool plainLoopback = scheme == u"http" && isLoopbackHost(url.host());
    if (scheme != u"https" && !plainLoopback) {
        return ApiError(ApiError::Kind::InsecureUrl,
                        QStringLiteral("only https:// is allowed off loopback: ") + describe(url));
    }
    if (requireApiOrigin && !sameOrigin(url, m_config.baseUrl)) {
        return ApiError(ApiError::Kind::InsecureUrl,
                        QStringLiteral("not on the API origin: ") + describe(url));
    }
    return std::nullopt;
}

QNetworkRequest RequestBuilder::build(const EndpointSpec &spec, const QUrl &url,
                                      const QString &token, const QByteArray &idempotencyKey,
                                      bool hasBody) const
{
    QNetworkRequest request(url);
    // An API never redirects on purpose; following one sent the token and the body to the
    // other origin on Qt 6.4 (reliability notes, section 2.2). A 3xx comes back as a result.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_http2Allowed);
    // The cache key is the URL, not the token: a cached answer would reach another user.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_config.inactivityTimeoutMs);
    if (spec.method != "GET")
        request.setPriority(QNetworkRequest::HighPriority);
#if QT_CONFIG(ssl)
    if (!m_config.trustedCaCertificates.isEmpty()) {
        // Replaces rather than adds to the system roots: the default configuration holds
        // none on Debian (Qt loads them on demand, which any explicit CA list switches off),
        // and listing all of them costs ~90 ms per request. One origin needs one anchor.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_config.trustedCaCertificates);
        request.setSslConfiguration(tls);
    }
#endif

    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", m_config.userAgent);
    if (hasBody)
        request.setRawHeader("Content-Type", "application/json");
    if (spec.bearer && !token.isEmpty() && sameOrigin(url, m_config.baseUrl))
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (spec.brandHeader && m_config.brandId > 0)
        request.setRawHeader("X-Popsell-Brand", QByteArray::number(m_config.brandId));
    if (spec.domainHeader && !m_config.domain.isEmpty())
        request.setRawHeader("X-Popsell-Domain", m_config.domain.toUtf8());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    if (needsFreshConnection(spec)) {
        // Qt 6.4 sends a request again, silently, when the kept-alive connection it used
        // closes before any answer: a POST that the server read just as its idle timeout
        // fired arrives twice. `Connection: close` does not help (the POST still rides the
        // idle connection a GET left behind). These requests get a connection pool of their
        // own instead, whose connections Qt drops as soon as they are idle, so that a
        // non-idempotent POST never goes out on a connection that sat idle. Measured on
        // Qt 6.4.2, with its cost: docs/reliability.md, "Stale connections and Qt's silent
        // resend". The verify name is the host Qt verifies anyway: only the pool changes.
        request.setPeerVerifyName(url.host());
        request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
    }
    return request;
}

bool RequestBuilder::needsFreshConnection(const EndpointSpec &spec)
{
    return needsIdempotencyKey(spec);
}

bool RequestBuilder::needsIdempotencyKey(const EndpointSpec &spec)
{
    return spec.method == "POST" && !spec.idempotent;
}

QByteArray RequestBuilder::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

bool RequestBuilder::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool RequestBuilder::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        return scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    };
    return a.isValid() && b.isValid() && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

bool RequestBuilder::http2Allowed()
{
    const QByteArray forced = qgetenv("POPSELL_HTTP2");
    if (forced == "1")
        return true;
    if (forced == "0")
        return false;
    return QVersionNumber::fromString(QString::fromLatin1(qVersion())) >= QVersionNumber(6, 5, 1);
}

} // namespace popsell::api
