#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace popsell::app {

// Product pictures for the message cards, in memory. It has its own
// QNetworkAccessManager, separate from the API client's, so no Authorization header can
// ever ride along, and it fetches only from the API's own origin: a message cannot make
// the console call an arbitrary host. A picture is requested once; a failure is
// remembered so the card shows its placeholder instead of asking again on every repaint.
class ProductImageCache : public QObject
{
    Q_OBJECT

public:
    explicit ProductImageCache(QObject *parent = nullptr);
    ~ProductImageCache() override;

    // Pictures are accepted from this origin only (scheme, host and port of the API).
    void setAllowedOrigin(const QUrl &apiBaseUrl);
    // Forgets every picture and stops the downloads (another profile, or signed out).
    void clear();
    // Pixel size pictures are decoded at (vector images are rendered at this size).
    void setDecodeSize(QSize size) { m_decodeSize = size; }

    // The picture, or a null image while it loads (the request starts here) or when it
    // cannot be shown.
    QImage image(const QUrl &url);

Q_SIGNALS:
    // A picture arrived; views repaint the cards that show it.
    void imageReady(const QUrl &url);

private:
    bool isAllowed(const QUrl &url) const;
    void finished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_origin;
    QSize m_decodeSize{144, 144};
    QHash<QUrl, QImage> m_images;
    QSet<QUrl> m_pending;
    QSet<QUrl> m_failed;
};

} // namespace popsell::app
