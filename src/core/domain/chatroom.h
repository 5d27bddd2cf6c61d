#pragma once

#include "core/domain/ambassador.h"
#include "core/domain/message.h"
#include "core/domain/shared.h"
#include "core/domain/sharedpeople.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace popsell::domain {

// Per-ambassador state of a chatroom (one row of chatroom_pivot_data).
struct ChatroomPivot
{
    qint64 idChatroom = 0;
    qint64 idAmbassador = 0;
    std::optional<qint64> lastReadMessage;
    bool isBlocked = false;
    bool archived = false;
    std::optional<int> flag; // 1 todo, 2 done

    friend bool operator==(const ChatroomPivot &, const ChatroomPivot &) = default;
};

struct ChatroomMember
{
    Shared<Ambassador> ambassador;
    // The pivot row whose id_ambassador matches (quirk 12: an array; absent in the
    // manager inbox).
    std::optional<ChatroomPivot> pivot;

    friend bool operator==(const ChatroomMember &, const ChatroomMember &) = default;
};

struct LastRating
{
    std::optional<int> value;
    QString comment;

    friend bool operator==(const LastRating &, const LastRating &) = default;
};

struct ChatroomSummary
{
    QString dateInsert; // a plain string in the docs (quirk 17)
    QString summary;
    int anomaly = 0;
    std::optional<qint64> topic;

    friend bool operator==(const ChatroomSummary &, const ChatroomSummary &) = default;
};

struct Chatroom
{
    enum Source
    {
        Direct = 0,
        WaitingList = 1,
        HotList = 2
    };

    qint64 id = 0;
    QList<ChatroomMember> ambassadors;
    QDateTime dateInsert;
    QDateTime lastMessageDate;
    int typeChatroom = 0; // 0 one to one, 7 one to many
    int typeDiscussion = 0;
    int source = 0; // int or numeric string on the wire (quirk 1)
    // established_dialogue arrives as a timestamp, "YYYY-MM-DD HH:MM:SS.mmm", a boolean or
    // null (quirk 2): established when non-empty / true; the time when one was given.
    bool established = false;
    QDateTime establishedAt;
    std::optional<LastRating> lastRating;
    std::optional<ChatroomSummary> lastSummary;
    std::optional<qint64> idBrandTag;
    SharedOptional<Message> lastMessage; // ambassador chatroom lists
    QList<Message> messages;             // GET /manager/chatrooms/{id}

    const ChatroomMember *member(qint64 idAmbassador) const;

    static std::optional<Chatroom> fromJson(const QJsonValue &json);
    // The same, the authors of its messages shared with the rest of the answer's.
    static std::optional<Chatroom> fromJson(const QJsonValue &json, SharedPeople &people);
    // PATCH /chat/chatrooms/{id} answers an object, an array of one chatroom or [] (quirk
    // 3): the chatroom, or nullopt when the caller must GET it again.
    static std::optional<Chatroom> fromPatchResponse(const QJsonValue &json);
    // Our normalised shape: the API's keys, except established_dialogue, which becomes
    // "established" (boolean) and "established_at" (date or null). fromJson() reads it back.
    QJsonObject toJson() const;

    friend bool operator==(const Chatroom &, const Chatroom &) = default;
};

} // namespace popsell::domain
