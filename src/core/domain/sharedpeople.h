#pragma once

#include "core/domain/ambassador.h"
#include "core/domain/shared.h"

#include <QCborMap>
#include <QHash>
#include <QJsonValue>

namespace popsell::domain {

// The authors of one answer, each decoded once. A page of messages repeats the same two or
// three authors; decoding each copy was half of decoding a message. A repeat whose object is
// the very same as the first one's shares its decoded copy; one that differs in anything
// (another name, a newer last_action_date) is decoded on its own: what is shared is what was
// sent. Room members are not read through here: each carries its own chatroom_pivot_data,
// and comparing the rest cost as much as decoding it (the models keep one copy of each
// person anyway, see models::InternedValues).
class SharedPeople
{
public:
    // As Ambassador::read(): false, `into` untouched, when `json` is no ambassador.
    bool read(const QJsonValue &json, Shared<Ambassador> &into);

private:
    struct Seen
    {
        QCborMap object;
        Shared<Ambassador> person;
    };
    QHash<qint64, Seen> m_seen;
};

} // namespace popsell::domain
