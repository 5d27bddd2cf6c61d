#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace popsell::domain {

// An ambassador as the chat routes show it (the "micro resource"): a message's author, a
// chatroom member, an item of the ambassador pickers.
struct Ambassador
{
    qint64 id = 0;
    QString image;
    QString firstname;
    QString lastname;
    QString username;
    QString email;
    QString emailTmp;
    QString customerId;
    // -3 unsubscribed by brand, -2 unsubscribed, -1 blocked, 0 unactivated, 1 active
    int active = 0;
    int status = 0; // 0 ambassador ... 7 client, 8 temp
    bool online = false;
    QDateTime lastActionDate; // UTC; invalid when absent
    bool anonymized = false;

    // "Firstname Lastname", else the username, else "#id".
    QString displayName() const;

    // nullopt when the value is not an object or has no usable id_ambassador.
    static std::optional<Ambassador> fromJson(const QJsonValue &json);
    // The same into `into`, in place (false, `into` untouched, when fromJson() gives nullopt),
    // handing back the member's chatroom_pivot_data (undefined when absent) when asked: a
    // chatroom's ambassadors carry it, and their object is read once.
    static bool read(const QJsonValue &json, Ambassador &into,
                     QJsonValue *chatroomPivotData = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const Ambassador &, const Ambassador &) = default;
};

} // namespace popsell::domain
