#include "core/domain/chatroom.h"

#include "core/domain/jsonread.h"

#include <QJsonArray>

namespace popsell::domain {

namespace {

ChatroomPivot pivotFromJson(const QJsonObject &o, qint64 idChatroom, qint64 idAmbassador)
{
    ChatroomPivot pivot;
    pivot.idChatroom = jsonread::id(o, u"id_chatroom").value_or(idChatroom);
    pivot.idAmbassador = idAmbassador;
    pivot.lastReadMessage = jsonread::optionalInteger(o, u"last_read_message");
    pivot.isBlocked = jsonread::boolean(o, u"is_blocked");
    pivot.archived = jsonread::boolean(o, u"archived");
    pivot.flag = jsonread::optionalInt32(o, u"flag");
    return pivot;
}

// chatroom_pivot_data is documented as an array of rows (quirk 12): the row of this
// ambassador is the one whose id_ambassador matches. A single object is accepted too, and a
// row without id_ambassador is taken as the ambassador's own (it sits under him).
std::optional<ChatroomPivot> pivotOf(const QJsonValue &json, qint64 idChatroom, qint64 idAmbassador)
{
    QJsonArray rows;
    if (json.isArray())
        rows = json.toArray();
    else if (json.isObject())
        rows.append(json);
    std::optional<ChatroomPivot> unlabelled;
    for (const QJsonValue &row : std::as_const(rows)) {
        if (!row.isObject())
            continue;
        const QJsonObject o = row.toObject();
        const QJsonValue owner = o.value(u"id_ambassador");
        if (owner.isUndefined() || owner.isNull()) {
            if (!unlabelled)
                unlabelled = pivotFromJson(o, idChatroom, idAmbassador);
            continue;
        }
        if (jsonread::toInteger(owner) == idAmbassador)
            return pivotFromJson(o, idChatroom, idAmbassador);
    }
    return unlabelled;
}

// established_dialogue (quirk 2): a timestamp in one of the documented shapes, a boolean, or
// null. A non-empty string counts as established even when its time does not parse, except
// the texts of a boolean ("false", "0"), which say what they say.
void readEstablished(const QJsonValue &value, Chatroom &room)
{
    room.established = false;
    room.establishedAt = QDateTime();
    if (const std::optional<bool> flag = jsonread::toBool(value)) {
        room.established = *flag;
        return;
    }
    if (value.isString() && !value.toString().trimmed().isEmpty()) {
        room.established = true;
        room.establishedAt = jsonread::toTimestamp(value).value_or(QDateTime());
    }
}

// source (quirk 1): an integer or a numeric string; the names the manager filter uses are
// read too, in case a response ever carries them.
int sourceFromJson(const QJsonValue &value)
{
    if (const std::optional<int> number = jsonread::toInt(value))
        return *number;
    const QString name = value.toString().trimmed();
    if (name == u"waiting_list")
        return Chatroom::WaitingList;
    if (name == u"hot_list")
        return Chatroom::HotList;
    return Chatroom::Direct;
}

std::optional<LastRating> lastRatingFromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.toObject();
    return LastRating{jsonread::optionalInt32(o, u"value"), jsonread::string(o, u"comment")};
}

std::optional<ChatroomSummary> summaryFromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.toObject();
    return ChatroomSummary{jsonread::string(o, u"date_insert"), jsonread::string(o, u"summary"),
                           jsonread::int32(o, u"anomaly"), jsonread::optionalInteger(o, u"topic")};
}

QJsonObject pivotToJson(const ChatroomPivot &pivot)
{
    return QJsonObject{
        {QStringLiteral("id_chatroom"), pivot.idChatroom},
        {QStringLiteral("id_ambassador"), pivot.idAmbassador},
        {QStringLiteral("last_read_message"), jsonread::optionalValue(pivot.lastReadMessage)},
        {QStringLiteral("is_blocked"), pivot.isBlocked},
        {QStringLiteral("archived"), pivot.archived},
        {QStringLiteral("flag"), jsonread::optionalValue(pivot.flag)},
    };
}

} // namespace

const ChatroomMember *Chatroom::member(qint64 idAmbassador) const
{
    for (const ChatroomMember &m : ambassadors) {
        if (m.ambassador.id == idAmbassador)
            return &m;
    }
    return nullptr;
}

std::optional<Chatroom> Chatroom::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const std::optional<qint64> id = jsonread::id(o, u"id_chatroom");
    if (!id)
        return std::nullopt;
    Chatroom room;
    room.id = *id;
    const QJsonArray members = o.value(u"ambassadors").toArray();
    for (const QJsonValue &value : members) {
        std::optional<Ambassador> ambassador = Ambassador::fromJson(value);
        if (!ambassador)
            continue;
        const std::optional<ChatroomPivot> pivot =
            pivotOf(value.toObject().value(u"chatroom_pivot_data"), room.id, ambassador->id);
        room.ambassadors.append(ChatroomMember{std::move(*ambassador), pivot});
    }
    room.dateInsert = jsonread::timestamp(o, u"date_insert");
    room.lastMessageDate = jsonread::timestamp(o, u"last_message_date");
    room.typeChatroom = jsonread::int32(o, u"type_chatroom");
    room.typeDiscussion = jsonread::int32(o, u"type_discussion");
    room.source = sourceFromJson(o.value(u"source"));
    if (o.contains(u"established_dialogue")) {
        readEstablished(o.value(u"established_dialogue"), room);
    } else {
        // Our own normalised shape (toJson()), so that its output reads back.
        room.established = jsonread::boolean(o, u"established");
        room.establishedAt = jsonread::timestamp(o, u"established_at");
    }
    room.lastRating = lastRatingFromJson(o.value(u"last_rating"));
    room.lastSummary = summaryFromJson(o.value(u"last_summary"));
    room.idBrandTag = jsonread::optionalInteger(o, u"id_brand_tag");
    room.lastMessage = Message::fromJson(o.value(u"last_message"));
    const QJsonArray messages = o.value(u"messages").toArray();
    for (const QJsonValue &value : messages) {
        if (std::optional<Message> message = Message::fromJson(value))
            room.messages.append(std::move(*message));
    }
    return room;
}

std::optional<Chatroom> Chatroom::fromPatchResponse(const QJsonValue &json)
{
    if (json.isObject())
        return fromJson(json);
    const QJsonArray array = json.toArray();
    for (const QJsonValue &item : array) {
        if (std::optional<Chatroom> room = fromJson(item))
            return room;
    }
    return std::nullopt;
}

// Our normalised shape: the API's keys where the meaning is the same, except that
// established_dialogue (a timestamp, a boolean or null on the wire) becomes two fields,
// "established" (boolean) and "established_at" (timestamp or null). Pivot rows are written
// as the API writes them, an array under each ambassador.
QJsonObject Chatroom::toJson() const
{
    QJsonArray members;
    for (const ChatroomMember &m : ambassadors) {
        QJsonObject person = m.ambassador.toJson();
        if (m.pivot)
            person.insert(QStringLiteral("chatroom_pivot_data"), QJsonArray{pivotToJson(*m.pivot)});
        members.append(person);
    }
    QJsonArray messageArray;
    for (const Message &message : messages)
        messageArray.append(message.toJson());
    const QJsonValue rating =
        lastRating ? QJsonValue(QJsonObject{
                         {QStringLiteral("value"), jsonread::optionalValue(lastRating->value)},
                         {QStringLiteral("comment"), lastRating->comment}})
                   : QJsonValue(QJsonValue::Null);
    const QJsonValue summary =
        lastSummary ? QJsonValue(QJsonObject{
                          {QStringLiteral("date_insert"), lastSummary->dateInsert},
                          {QStringLiteral("summary"), lastSummary->summary},
                          {QStringLiteral("anomaly"), lastSummary->anomaly},
                          {QStringLiteral("topic"), jsonread::optionalValue(lastSummary->topic)}})
                    : QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("id_chatroom"), id},
        {QStringLiteral("ambassadors"), members},
        {QStringLiteral("date_insert"), jsonread::timestampValue(dateInsert)},
        {QStringLiteral("last_message_date"), jsonread::timestampValue(lastMessageDate)},
        {QStringLiteral("type_chatroom"), typeChatroom},
        {QStringLiteral("type_discussion"), typeDiscussion},
        {QStringLiteral("source"), source},
        {QStringLiteral("established"), established},
        {QStringLiteral("established_at"), jsonread::timestampValue(establishedAt)},
        {QStringLiteral("last_rating"), rating},
        {QStringLiteral("last_summary"), summary},
        {QStringLiteral("id_brand_tag"), jsonread::optionalValue(idBrandTag)},
        {QStringLiteral("last_message"),
         lastMessage ? QJsonValue(lastMessage->toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("messages"), messageArray},
    };
}

} // namespace popsell::domain
