#pragma once

#include "core/domain/ambassador.h"
#include "core/domain/product.h"
#include "core/domain/shared.h"
#include "core/domain/sharedpeople.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace popsell::domain {

enum class MessageType
{
    Text = 0,
    Picture = 1,
    Rating = 2,
    Product = 3,
    Connection = 4,
    Request = 5,
    Unavailable = 6,
    Video = 7,
    Email = 8,
    Missed = 9,
};

struct Rating
{
    qint64 id = 0;
    QDateTime dateInsert;
    QDateTime dateUpdate;
    QDateTime dateDelete;     // invalid when null; not a deletion signal (quirk 15)
    std::optional<int> value; // 0..5, null until scored
    QString content;
    std::optional<qint64> idUserRater;
    std::optional<qint64> idUserRated;

    static std::optional<Rating> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    friend bool operator==(const Rating &, const Rating &) = default;
};

struct Message
{
    qint64 id = 0;
    std::optional<qint64> idChatroom; // an extra field of the sandbox; absent on the real API
    QDateTime dateInsert;
    Shared<Ambassador> author; // one copy per person a page repeats
    QString content;
    int typeMessage = 0; // see MessageType; unknown values are kept as sent
    int statusModeration = 0;
    bool active = true;            // false once a moderator hid it
    QList<Product> products;       // product messages
    SharedOptional<Rating> rating; // rating messages

    // What to render it as: the payload decides, not type_message (quirk 5: the seed's
    // product message says type 2).
    MessageType kind() const;

    static std::optional<Message> fromJson(const QJsonValue &json);
    // The same, the author shared with the rest of the answer's people.
    static std::optional<Message> fromJson(const QJsonValue &json, SharedPeople &people);
    QJsonObject toJson() const;

    friend bool operator==(const Message &, const Message &) = default;

private:
    static std::optional<Message> decode(const QJsonValue &json, SharedPeople *people);
};

} // namespace popsell::domain
