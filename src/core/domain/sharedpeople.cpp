#include "core/domain/sharedpeople.h"

#include "core/domain/jsonread.h"

#include <QJsonObject>

namespace popsell::domain {

bool SharedPeople::read(const QJsonValue &json, Shared<Ambassador> &into)
{
    if (!json.isObject())
        return false;
    // The map shares the object's storage (see jsonread::readFields): comparing two of them
    // compares the bytes the parser kept, without converting a string.
    const QCborMap object = QCborMap::fromJsonObject(json.toObject());
    const std::optional<qint64> id =
        jsonread::toId(object.value(QLatin1StringView("id_ambassador")).toJsonValue());
    if (!id)
        return false;
    const auto seen = m_seen.constFind(*id);
    if (seen != m_seen.cend() && seen->object == object) {
        into = seen->person;
        return true;
    }
    Ambassador person;
    if (!Ambassador::read(json, person))
        return false;
    into = std::move(person);
    m_seen.insert(*id, Seen{object, into});
    return true;
}

} // namespace popsell::domain
