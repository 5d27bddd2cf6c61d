#include "app/room/productimagecache.h"

#include <QBuffer>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace popsell::app {

namespace {

// Product pictures are thumbnails; anything bigger is not one.
constexpr qint64 kMaxImageBytes = 2 * 1024 * 1024;
constexpr int kTimeoutMs = 15000;

} // namespace

ProductImageCache::ProductImageCache(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects could leave the allowed origin: none are followed.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_network, &QNetworkAccessManager::finished, this, &ProductImageCache::finished);
}

ProductImageCache::~ProductImageCache() = default;

void ProductImageCache::setAllowedOrigin(const QUrl &apiBaseUrl)
{
    m_origin = apiBaseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                   QUrl::RemoveUserInfo);
}

void ProductImageCache::clear()
{
    // Aborting answers at once (finished() runs now), so nothing of before lands after.
    const QList<QNetworkReply *> running = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : running)
        reply->abort();
    m_images.clear();
    m_pending.clear();
    m_failed.clear();
}

bool ProductImageCache::isAllowed(const QUrl &url) const
{
    return url.isValid() && m_origin.isValid() && url.scheme() == m_origin.scheme() &&
           url.host() == m_origin.host() &&
           url.port(url.scheme() == u"https" ? 443 : 80) ==
               m_origin.port(m_origin.scheme() == u"https" ? 443 : 80);
}

QImage ProductImageCache::image(const QUrl &url)
{
    const auto it = m_images.constFind(url);
    if (it != m_images.cend())
        return *it;
    if (m_pending.contains(url) || m_failed.contains(url))
        return {};
    if (!isAllowed(url)) {
        m_failed.insert(url);
        return {};
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    // HTTP/2 stays off on Qt before 6.5.1, as in the API client.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    m_pending.insert(url);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxImageBytes)
            reply->abort();
    });
    return {};
}

void ProductImageCache::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const QUrl url = reply->request().url();
    m_pending.remove(url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        m_failed.insert(url);
        return;
    }
    QByteArray bytes = reply->readAll();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // Vector pictures (the sandbox serves SVG) are rendered at the size cards draw them.
    if (reader.format() == "svg")
        reader.setScaledSize(m_decodeSize);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_failed.insert(url);
        return;
    }
    m_images.insert(url, image);
    Q_EMIT imageReady(url);
}

} // namespace popsell::app
