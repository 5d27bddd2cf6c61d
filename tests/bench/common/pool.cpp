#include "common/pool.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace popsell::bench {

namespace {

// Numbers no demo id reaches; replaced textually when an item is made.
constexpr qint64 kRoomMarker = 7770000001;
constexpr qint64 kMessageMarker = 7770000002;
const QByteArray kRoomText = QByteArray::number(kRoomMarker);
const QByteArray kMessageText = QByteArray::number(kMessageMarker);

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray withMarkers(QJsonObject object, bool message)
{
    if (message) {
        object.insert(QStringLiteral("id_message"), kMessageMarker);
        if (object.contains(QStringLiteral("id_chatroom")))
            object.insert(QStringLiteral("id_chatroom"), kRoomMarker);
    } else {
        object.insert(QStringLiteral("id_chatroom"), kRoomMarker);
    }
    return Pool::phpEscaped(compact(object));
}

QByteArray pageUrl(const QString &url, int page, int perPage)
{
    const QString full =
        url + u"?page=" + QString::number(page) + u"&per_page=" + QString::number(perPage);
    return QByteArray(Pool::phpEscaped(compact({{QStringLiteral("u"), full}})))
        .mid(5)
        .chopped(1); // the quoted string alone
}

} // namespace

QByteArray Pool::phpEscaped(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 8);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto c = static_cast<unsigned char>(json[i]);
        if (!inString) {
            out.append(char(c));
            inString = c == '"';
            continue;
        }
        if (c == '\\') { // an escape Qt already wrote: keep both bytes
            out.append(json.mid(i, 2));
            ++i;
        } else if (c == '"') {
            out.append('"');
            inString = false;
        } else if (c == '/') {
            out.append("\\/");
        } else if (c < 0x80) {
            out.append(char(c));
        } else {
            // One UTF-8 sequence to one or two \uXXXX (UTF-16, as PHP writes emoji).
            qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            const QString decoded = QString::fromUtf8(json.mid(i, length));
            for (const QChar unit : decoded)
                out.append("\\u" + QByteArray::number(unit.unicode(), 16).rightJustified(4, '0'));
            i += length - 1;
        }
    }
    return out;
}

std::optional<Pool> Pool::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    Pool pool;
    for (const QJsonValue &room : root.value(QStringLiteral("rooms")).toArray())
        pool.m_rooms.append(withMarkers(room.toObject(), false));
    for (const QJsonValue &message : root.value(QStringLiteral("messages")).toArray())
        pool.m_messages.append(withMarkers(message.toObject(), true));
    pool.m_brand = phpEscaped(compact(root.value(QStringLiteral("brand")).toObject()));
    if (pool.m_rooms.isEmpty() || pool.m_messages.isEmpty()) {
        *error = path + QStringLiteral(": no rooms or no messages");
        return std::nullopt;
    }
    return pool;
}

bool Pool::save(const QString &path, const QJsonArray &rooms, const QJsonArray &messages,
                const QJsonObject &brand, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("rooms"), rooms},
                                         {QStringLiteral("messages"), messages},
                                         {QStringLiteral("brand"), brand}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QByteArray Pool::room(qint64 id) const
{
    QByteArray item = m_rooms.at(int((id - 1) % m_rooms.size()));
    return item.replace(kRoomText, QByteArray::number(id));
}

QByteArray Pool::message(qint64 id, qint64 room) const
{
    QByteArray item = m_messages.at(int(id % m_messages.size()));
    return item.replace(kMessageText, QByteArray::number(id))
        .replace(kRoomText, QByteArray::number(room));
}

QByteArray Pool::envelope(const QString &url, int page, int perPage, qint64 total,
                          const QByteArray &data)
{
    const int lastPage = int(std::max<qint64>(1, (total + perPage - 1) / perPage));
    const qint64 from = qint64(page - 1) * perPage + 1;
    const qint64 to = std::min<qint64>(total, qint64(page) * perPage);
    const bool empty = from > total;
    const QByteArray none = QByteArrayLiteral("null");
    const QByteArray prev = page > 1 ? pageUrl(url, page - 1, perPage) : none;
    const QByteArray next = page < lastPage ? pageUrl(url, page + 1, perPage) : none;
    // Laravel's window of links: previous, the pages around this one, next.
    QByteArray links = "[{\"url\":" + prev + ",\"label\":\"&laquo; Previous\",\"active\":false}";
    for (int p = std::max(1, page - 2); p <= std::min(lastPage, page + 2); ++p) {
        links += ",{\"url\":" + pageUrl(url, p, perPage) + ",\"label\":\"" + QByteArray::number(p) +
                 "\",\"active\":" + (p == page ? "true" : "false") + '}';
    }
    links += ",{\"url\":" + next + ",\"label\":\"Next &raquo;\",\"active\":false}]";
    const QByteArray path = pageUrl(url, 1, perPage);
    return "{\"current_page\":" + QByteArray::number(page) + ",\"data\":[" + data +
           "],\"first_page_url\":" + pageUrl(url, 1, perPage) +
           ",\"from\":" + (empty ? none : QByteArray::number(from)) +
           ",\"last_page\":" + QByteArray::number(lastPage) +
           ",\"last_page_url\":" + pageUrl(url, lastPage, perPage) + ",\"links\":" + links +
           ",\"next_page_url\":" + next +
           ",\"path\":" + QByteArray(path.left(path.indexOf('?')) + '"') +
           ",\"per_page\":" + QByteArray::number(perPage) + ",\"prev_page_url\":" + prev +
           ",\"to\":" + (empty ? none : QByteArray::number(to)) +
           ",\"total\":" + QByteArray::number(total) + '}';
}

QByteArray Pool::roomsPage(const QString &url, int page, int perPage, qint64 total) const
{
    QByteArray data;
    const qint64 first = qint64(page - 1) * perPage + 1;
    const qint64 last = std::min<qint64>(total, first + perPage - 1);
    for (qint64 id = first; id <= last; ++id) {
        if (id != first)
            data += ',';
        data += room(id);
    }
    return envelope(url, page, perPage, total, data);
}

QByteArray Pool::messagesPage(const QString &url, qint64 room, int page, int perPage,
                              qint64 total) const
{
    QByteArray data;
    // Newest first: page 1 holds n = total .. total - perPage + 1.
    const qint64 newest = total - qint64(page - 1) * perPage;
    const qint64 oldest = std::max<qint64>(1, newest - perPage + 1);
    for (qint64 n = newest; n >= oldest; --n) {
        if (n != newest)
            data += ',';
        data += message(room * 10'000'000 + n, room);
    }
    return envelope(url, page, perPage, total, data);
}

} // namespace popsell::bench
