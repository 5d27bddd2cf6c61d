#include "core/domain/sharedpeople.h"

#include "core/domain/jsonread.h"

#include <QJsonObject>

namespace popsell::domain {

namespace {

const QLatin1StringView kIdKey("id_ambassador");

// Whether `a` and `b` hold the same keys and values, in the same order, the member pivot
// aside; `object` walks beside `a` (the same storage, see jsonread::readFields) to hand that
// pivot back.
bool sameExceptPivot(const QCborMap &a, const QCborMap &b, const QJsonObject &object,
                     const QCborValue &pivotKey, QJsonValue *pivot)
{
    if (a.size() != b.size())
        return false;
    auto member = object.constBegin();
    for (auto i = a.constBegin(), j = b.constBegin(), end = a.constEnd(); i != end;
         ++i, ++j, ++member) {
        const QCborValue key = i.key();
        if (!(key == j.key()))
            return false;
        if (key == pivotKey) {
            if (pivot)
                *pivot = member.value();
            continue;
        }
        if (!(i.value() == QCborValue(j.value())))
            return false;
    }
    return true;
}

} // namespace

bool SharedPeople::read(const QJsonValue &json, Shared<Ambassador> &into,
                        QJsonValue *chatroomPivotData)
{
    if (!json.isObject())
        return false;
    const QJsonObject object = json.toObject();
    const QCborMap map = QCborMap::fromJsonObject(object);
    const std::optional<qint64> id = jsonread::toId(map.value(kIdKey).toJsonValue());
    if (!id)
        return false;
    const auto seen = m_seen.constFind(*id);
    if (seen != m_seen.cend()) {
        QJsonValue pivot(QJsonValue::Undefined); // when absent, as Ambassador::read() says
        if (sameExceptPivot(map, seen->object, object, m_pivotKey, &pivot)) {
            into = seen->person;
            if (chatroomPivotData)
                *chatroomPivotData = pivot;
            return true;
        }
    }
    Ambassador person;
    if (!Ambassador::read(json, person, chatroomPivotData))
        return false;
    into = std::move(person);
    m_seen.insert(*id, Seen{map, into});
    return true;
}

} // namespace popsell::domain
