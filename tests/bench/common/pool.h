#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace popsell::bench {

// Chatrooms and messages exactly as the sandbox renders them (its demo data, dumped once by
// `bench_api_server --make-pool`), re-encoded the way Laravel's json_encode escapes text
// (non-ASCII as \uXXXX, '/' as \/), with their ids replaced by markers. Any number of
// distinct rooms and messages is made from a few hundred real ones, so the canned server,
// the app's side and the floors all read byte-identical pages.
class Pool
{
public:
    static std::optional<Pool> load(const QString &path, QString *error);
    // Writes what load() reads; items are the sandbox's own JSON objects.
    static bool save(const QString &path, const QJsonArray &rooms, const QJsonArray &messages,
                     const QJsonObject &brand, QString *error);

    int roomTemplates() const { return int(m_rooms.size()); }
    int messageTemplates() const { return int(m_messages.size()); }

    QByteArray room(qint64 id) const;
    // GET /brand of the demo brand.
    QByteArray brand() const { return m_brand; }
    QByteArray message(qint64 id, qint64 room) const;

    // One Laravel LengthAwarePaginator page of GET /manager/chatrooms. `url` is the list's
    // absolute URL (next_page_url must stay on the API's origin); `page` is 1-based; rooms
    // are numbered 1..total.
    QByteArray roomsPage(const QString &url, int page, int perPage, qint64 total) const;
    // GET /chat/chatrooms/{room}/messages?sort=-date_insert: newest first. Message ids are
    // room * 10^7 + n, n = 1 (oldest) .. total.
    QByteArray messagesPage(const QString &url, qint64 room, int page, int perPage,
                            qint64 total) const;

    // The PHP escaping of compact JSON text.
    static QByteArray phpEscaped(const QByteArray &compactJson);

private:
    static QByteArray envelope(const QString &url, int page, int perPage, qint64 total,
                               const QByteArray &data);

    QList<QByteArray> m_rooms;    // with kRoomMarker where the id goes
    QList<QByteArray> m_messages; // with kMessageMarker and kRoomMarker
    QByteArray m_brand;
};

} // namespace popsell::bench
