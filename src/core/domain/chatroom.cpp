#include "core/domain/chatroom.h"

#include "core/domain/jsonread.h"

#include <QJsonArray>

namespace popsell::domain {

namespace {

enum PivotField
{
    PivotOwner,
    PivotChatroom,
    PivotLastReadMessage,
    PivotIsBlocked,
    PivotArchived,
    PivotFlag,
    PivotFieldCount
};

std::array<jsonread::Member, PivotFieldCount> pivotFields(const QJsonObject &o)
{
    static const jsonread::Fields<PivotFieldCount> fields({
        QLatin1StringView("id_ambassador"),
        QLatin1StringView("id_chatroom"),
        QLatin1StringView("last_read_message"),
        QLatin1StringView("is_blocked"),
        QLatin1StringView("archived"),
        QLatin1StringView("flag"),
    });
    return fields.read(o);
}

ChatroomPivot pivotFromJson(const std::array<jsonread::Member, PivotFieldCount> &v,
                            qint64 idChatroom, qint64 idAmbassador)
{
    ChatroomPivot pivot;
    pivot.idChatroom = jsonread::toId(v[PivotChatroom]).value_or(idChatroom);
    pivot.idAmbassador = idAmbassador;
    pivot.lastReadMessage = jsonread::toInteger(v[PivotLastReadMessage]);
    pivot.isBlocked = jsonread::toBool(v[PivotIsBlocked]).value_or(false);
    pivot.archived = jsonread::toBool(v[PivotArchived]).value_or(false);
    pivot.flag = jsonread::toInt(v[PivotFlag]);
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
        const std::array<jsonread::Member, PivotFieldCount> v = pivotFields(o);
        const jsonread::Member &owner = v[PivotOwner];
        if (owner.isUndefined() || owner.isNull()) {
            if (!unlabelled)
                unlabelled = pivotFromJson(v, idChatroom, idAmbassador);
            continue;
        }
        if (jsonread::toInteger(owner) == idAmbassador)
            return pivotFromJson(v, idChatroom, idAmbassador);
    }
    return unlabelled;
}

// established_dialogue (quirk 2): a timestamp in one of the documented shapes, a boolean, or
// null. A non-empty string counts as established even when its time does not parse, except
// the texts of a boolean ("false", "0"), which say what they say.
void readEstablished(const jsonread::Member &value, Chatroom &room)
{
    room.established = false;
    room.establishedAt = QDateTime();
    if (!value.isString()) {
        room.established = jsonread::toBool(value).value_or(false);
        return;
    }
    const QString text = value.toString();
    if (const std::optional<bool> flag = jsonread::boolFromText(text)) {
        room.established = *flag;
        return;
    }
    if (!QStringView(text).trimmed().isEmpty()) {
        room.established = true;
        room.establishedAt = jsonread::timestampFromText(text).value_or(QDateTime());
    }
}

// source (quirk 1): an integer or a numeric string; the names the manager filter uses are
// read too, in case a response ever carries them.
int sourceFromJson(const jsonread::Member &value)
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
    enum Field
    {
        Value,
        Comment,
        FieldCount
    };
    static const jsonread::Fields<FieldCount> fields({
        QLatin1StringView("value"),
        QLatin1StringView("comment"),
    });
    const QJsonObject o = json.toObject();
    const std::array<jsonread::Member, FieldCount> v = fields.read(o);
    return LastRating{jsonread::toInt(v[Value]), jsonread::toString(v[Comment])};
}

std::optional<ChatroomSummary> summaryFromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    enum Field
    {
        DateInsert,
        Summary,
        Anomaly,
        Topic,
        FieldCount
    };
    static const jsonread::Fields<FieldCount> fields({
        QLatin1StringView("date_insert"),
        QLatin1StringView("summary"),
        QLatin1StringView("anomaly"),
        QLatin1StringView("topic"),
    });
    const QJsonObject o = json.toObject();
    const std::array<jsonread::Member, FieldCount> v = fields.read(o);
    return ChatroomSummary{jsonread::toString(v[DateInsert]), jsonread::toString(v[Summary]),
                           jsonread::toInt(v[Anomaly]).value_or(0), jsonread::toInteger(v[Topic])};
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
        if (m.ambassador->id == idAmbassador)
            return &m;
    }
    return nullptr;
}

std::optional<Chatroom> Chatroom::fromJson(const QJsonValue &json)
{
    // A room's embedded messages repeat its members.
    SharedPeople people;
    return fromJson(json, people);
}

std::optional<Chatroom> Chatroom::fromJson(const QJsonValue &json, SharedPeople &people)
{
    enum Field
    {
        Id,
        Ambassadors,
        DateInsert,
        LastMessageDate,
        TypeChatroom,
        TypeDiscussion,
        Source,
        EstablishedDialogue,
        Established,
        EstablishedAt,
        LastRating,
        LastSummary,
        IdBrandTag,
        LastMessage,
        Messages,
        FieldCount
    };
    static const jsonread::Fields<FieldCount> fields({
        QLatin1StringView("id_chatroom"),
        QLatin1StringView("ambassadors"),
        QLatin1StringView("date_insert"),
        QLatin1StringView("last_message_date"),
        QLatin1StringView("type_chatroom"),
        QLatin1StringView("type_discussion"),
        QLatin1StringView("source"),
        QLatin1StringView("established_dialogue"),
        QLatin1StringView("established"),
        QLatin1StringView("established_at"),
        QLatin1StringView("last_rating"),
        QLatin1StringView("last_summary"),
        QLatin1StringView("id_brand_tag"),
        QLatin1StringView("last_message"),
        QLatin1StringView("messages"),
    });
    const QJsonObject object = json.toObject();
    const std::array<jsonread::Member, FieldCount> v = fields.read(object);
    const std::optional<qint64> id = jsonread::toId(v[Id]);
    if (!id)
        return std::nullopt;
    Chatroom room;
    room.id = *id;
    const QJsonArray members = v[Ambassadors].toArray();
    room.ambassadors.reserve(members.size());
    for (const QJsonValue &value : members) {
        QJsonValue pivotData;
        Ambassador person;
        if (!Ambassador::read(value, person, &pivotData))
            continue;
        ChatroomMember &member = room.ambassadors.emplaceBack();
        member.pivot = pivotOf(pivotData, room.id, person.id);
        member.ambassador = std::move(person);
    }
    room.dateInsert = jsonread::toTimestamp(v[DateInsert]).value_or(QDateTime());
    room.lastMessageDate = jsonread::toTimestamp(v[LastMessageDate]).value_or(QDateTime());
    room.typeChatroom = jsonread::toInt(v[TypeChatroom]).value_or(0);
    room.typeDiscussion = jsonread::toInt(v[TypeDiscussion]).value_or(0);
    room.source = sourceFromJson(v[Source]);
    if (!v[EstablishedDialogue].isUndefined()) {
        readEstablished(v[EstablishedDialogue], room);
    } else {
        // Our own normalised shape (toJson()), so that its output reads back.
        room.established = jsonread::toBool(v[Established]).value_or(false);
        room.establishedAt = jsonread::toTimestamp(v[EstablishedAt]).value_or(QDateTime());
    }
    room.lastRating = lastRatingFromJson(v[LastRating].value());
    room.lastSummary = summaryFromJson(v[LastSummary].value());
    room.idBrandTag = jsonread::toInteger(v[IdBrandTag]);
    // Absent in the manager inbox: not worth a call that finds no id.
    if (v[LastMessage].isObject())
        room.lastMessage = Message::fromJson(v[LastMessage].value(), people);
    const QJsonArray messages = v[Messages].toArray();
    for (const QJsonValue &value : messages) {
        if (std::optional<Message> message = Message::fromJson(value, people))
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
        QJsonObject person = m.ambassador->toJson();
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
