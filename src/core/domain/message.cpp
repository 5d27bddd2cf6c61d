#include "core/domain/message.h"

#include "core/domain/jsonread.h"

#include <QJsonArray>

namespace popsell::domain {

std::optional<Rating> Rating::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const std::optional<qint64> id = jsonread::id(o, u"id_rating");
    if (!id)
        return std::nullopt;
    Rating r;
    r.id = *id;
    r.dateInsert = jsonread::timestamp(o, u"date_insert");
    r.dateUpdate = jsonread::timestamp(o, u"date_update");
    r.dateDelete = jsonread::timestamp(o, u"date_delete");
    r.value = jsonread::optionalInt32(o, u"value");
    r.content = jsonread::string(o, u"content");
    r.idUserRater = jsonread::optionalInteger(o, u"id_user_rater");
    r.idUserRated = jsonread::optionalInteger(o, u"id_user_rated");
    return r;
}

QJsonObject Rating::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id_rating"), id},
        {QStringLiteral("date_insert"), jsonread::timestampValue(dateInsert)},
        {QStringLiteral("date_update"), jsonread::timestampValue(dateUpdate)},
        {QStringLiteral("date_delete"), jsonread::timestampValue(dateDelete)},
        {QStringLiteral("value"), jsonread::optionalValue(value)},
        {QStringLiteral("content"), content},
        {QStringLiteral("id_user_rater"), jsonread::optionalValue(idUserRater)},
        {QStringLiteral("id_user_rated"), jsonread::optionalValue(idUserRated)},
    };
}

MessageType Message::kind() const
{
    if (!products.isEmpty())
        return MessageType::Product;
    if (rating)
        return MessageType::Rating;
    if (typeMessage >= static_cast<int>(MessageType::Text) &&
        typeMessage <= static_cast<int>(MessageType::Missed))
        return static_cast<MessageType>(typeMessage);
    // A type this client does not know yet: its content is still worth showing.
    return MessageType::Text;
}

std::optional<Message> Message::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const std::optional<qint64> id = jsonread::id(o, u"id_message");
    if (!id)
        return std::nullopt;
    Message m;
    m.id = *id;
    m.idChatroom = jsonread::optionalInteger(o, u"id_chatroom");
    m.dateInsert = jsonread::timestamp(o, u"date_insert");
    // A message whose author is gone or unreadable still shows, authored by nobody (id 0).
    m.author = Ambassador::fromJson(o.value(u"author")).value_or(Ambassador());
    m.content = jsonread::string(o, u"content");
    m.typeMessage = jsonread::int32(o, u"type_message");
    m.statusModeration = jsonread::int32(o, u"status_moderation");
    m.active = jsonread::boolean(o, u"active", true);
    const QJsonArray products = o.value(u"products").toArray();
    for (const QJsonValue &value : products) {
        if (std::optional<Product> product = Product::fromJson(value))
            m.products.append(std::move(*product));
    }
    m.rating = Rating::fromJson(o.value(u"rating"));
    return m;
}

QJsonObject Message::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id_message"), id},
        {QStringLiteral("id_chatroom"), jsonread::optionalValue(idChatroom)},
        {QStringLiteral("date_insert"), jsonread::timestampValue(dateInsert)},
        {QStringLiteral("author"),
         author.id > 0 ? QJsonValue(author.toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("content"), content},
        {QStringLiteral("type_message"), typeMessage},
        {QStringLiteral("status_moderation"), statusModeration},
        {QStringLiteral("active"), active},
    };
    if (!products.isEmpty()) {
        QJsonArray array;
        for (const Product &product : products)
            array.append(product.toJson());
        o.insert(QStringLiteral("products"), array);
    }
    if (rating)
        o.insert(QStringLiteral("rating"), rating->toJson());
    return o;
}

} // namespace popsell::domain
