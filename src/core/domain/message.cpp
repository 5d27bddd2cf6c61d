#include "core/domain/message.h"

#include "core/domain/jsonread.h"

#include <QJsonArray>

namespace popsell::domain {

std::optional<Rating> Rating::fromJson(const QJsonValue &json)
{
    enum Field
    {
        Id,
        DateInsert,
        DateUpdate,
        DateDelete,
        Value,
        Content,
        IdUserRater,
        IdUserRated,
        FieldCount
    };
    static const jsonread::Fields<FieldCount> fields({
        QLatin1StringView("id_rating"),
        QLatin1StringView("date_insert"),
        QLatin1StringView("date_update"),
        QLatin1StringView("date_delete"),
        QLatin1StringView("value"),
        QLatin1StringView("content"),
        QLatin1StringView("id_user_rater"),
        QLatin1StringView("id_user_rated"),
    });
    const QJsonObject object = json.toObject();
    const std::array<jsonread::Member, FieldCount> v = fields.read(object);
    const std::optional<qint64> id = jsonread::toId(v[Id]);
    if (!id)
        return std::nullopt;
    Rating r;
    r.id = *id;
    r.dateInsert = jsonread::toTimestamp(v[DateInsert]).value_or(QDateTime());
    r.dateUpdate = jsonread::toTimestamp(v[DateUpdate]).value_or(QDateTime());
    r.dateDelete = jsonread::toTimestamp(v[DateDelete]).value_or(QDateTime());
    r.value = jsonread::toInt(v[Value]);
    r.content = jsonread::toString(v[Content]);
    r.idUserRater = jsonread::toInteger(v[IdUserRater]);
    r.idUserRated = jsonread::toInteger(v[IdUserRated]);
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
    return decode(json, nullptr);
}

std::optional<Message> Message::fromJson(const QJsonValue &json, SharedPeople &people)
{
    return decode(json, &people);
}

std::optional<Message> Message::decode(const QJsonValue &json, SharedPeople *people)
{
    enum Field
    {
        Id,
        IdChatroom,
        DateInsert,
        Author,
        Content,
        TypeMessage,
        StatusModeration,
        Active,
        Products,
        RatingField,
        FieldCount
    };
    static const jsonread::Fields<FieldCount> fields({
        QLatin1StringView("id_message"),
        QLatin1StringView("id_chatroom"),
        QLatin1StringView("date_insert"),
        QLatin1StringView("author"),
        QLatin1StringView("content"),
        QLatin1StringView("type_message"),
        QLatin1StringView("status_moderation"),
        QLatin1StringView("active"),
        QLatin1StringView("products"),
        QLatin1StringView("rating"),
    });
    const QJsonObject object = json.toObject();
    const std::array<jsonread::Member, FieldCount> v = fields.read(object);
    const std::optional<qint64> id = jsonread::toId(v[Id]);
    if (!id)
        return std::nullopt;
    Message m;
    m.id = *id;
    m.idChatroom = jsonread::toInteger(v[IdChatroom]);
    m.dateInsert = jsonread::toTimestamp(v[DateInsert]).value_or(QDateTime());
    // A message whose author is gone or unreadable still shows, authored by nobody (id 0).
    if (people)
        people->read(v[Author].value(), m.author);
    else if (Ambassador author; Ambassador::read(v[Author].value(), author))
        m.author = std::move(author);
    m.content = jsonread::toString(v[Content]);
    m.typeMessage = jsonread::toInt(v[TypeMessage]).value_or(0);
    m.statusModeration = jsonread::toInt(v[StatusModeration]).value_or(0);
    m.active = jsonread::toBool(v[Active]).value_or(true);
    const QJsonArray products = v[Products].toArray();
    for (const QJsonValue &value : products) {
        if (std::optional<Product> product = Product::fromJson(value))
            m.products.append(std::move(*product));
    }
    m.rating = Rating::fromJson(v[RatingField].value());
    return m;
}

QJsonObject Message::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id_message"), id},
        {QStringLiteral("id_chatroom"), jsonread::optionalValue(idChatroom)},
        {QStringLiteral("date_insert"), jsonread::timestampValue(dateInsert)},
        {QStringLiteral("author"),
         author->id > 0 ? QJsonValue(author->toJson()) : QJsonValue(QJsonValue::Null)},
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
