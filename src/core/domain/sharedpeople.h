#pragma once

#include "core/domain/ambassador.h"
#include "core/domain/shared.h"

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QJsonValue>

namespace popsell::domain {

// The people of one answer, each decoded once. A page repeats the same few people: the
// author of every message, the members of every room. A repeat whose object is the very same
// as the first one's shares its decoded copy; one that differs in anything (another name, a
// newer last_action_date) is decoded on its own: what is shared is what was sent. A member's
// chatroom_pivot_data differs from room to room; it is not compared, and handed back.
class SharedPeople
{
public:
    // As Ambassador::read(): false, `into` untouched, when `json` is no ambassador.
    bool read(const QJsonValue &json, Shared<Ambassador> &into,
              QJsonValue *chatroomPivotData = nullptr);

private:
    struct Seen
    {
        QCborMap object;
        Shared<Ambassador> person;
    };
    QHash<qint64, Seen> m_seen;
    const QCborValue m_pivotKey{QLatin1StringView("chatroom_pivot_data")};
};

} // namespace popsell::domain
