#include "campaignplan.h"

#include "core/api/requests.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <random>

namespace popsell::campaign {

namespace {

using outbox::OutboxAction;
using outbox::OutboxKind;

// Raw mt19937_64 output reduced by modulo: the standard fixes the engine's sequence but not
// the distributions', and the plan must be the same with every standard library.
class Draw
{
public:
    explicit Draw(quint64 seed)
        : m_engine(seed)
    {}
    qsizetype below(qsizetype n) { return n <= 0 ? 0 : qsizetype(m_engine() % quint64(n)); }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(list.size()));
    }

private:
    std::mt19937_64 m_engine;
};

// A dialogue time that is a plain function of the index: the end-state check recomputes it.
QDateTime dialogueTime(int index)
{
    return QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc())
        .addSecs(qint64(index) * 60)
        .addMSecs(index % 1000);
}

PlannedAction fromOutboxAction(const OutboxAction &action, int index)
{
    PlannedAction planned;
    planned.index = index;
    planned.kind = action.kind;
    planned.chatroom = action.chatroomId;
    planned.pathIds = action.pathIds;
    planned.body = action.body;
    return planned;
}

OutboxAction dialogueAction(const World::Room &room, int index, bool set)
{
    return OutboxAction::setDialogue(
        {}, room.id, set ? std::optional<QDateTime>(dialogueTime(index)) : std::nullopt);
}

} // namespace

bool PlannedAction::isKeyedPost() const
{
    return kind == OutboxKind::CreateChatroom || kind == OutboxKind::PushProduct ||
           kind == OutboxKind::RequestRating;
}

outbox::OutboxAction PlannedAction::toOutboxAction(const QString &profileId) const
{
    OutboxAction action;
    action.profileId = profileId;
    action.kind = kind;
    action.chatroomId = chatroom;
    action.endpoint = outbox::endpointOf(kind);
    action.pathIds = pathIds;
    action.body = body;
    action.idempotencyKey = key;
    return action;
}

Plan Plan::make(const World &world, const QString &name, quint64 seed, int count)
{
    Plan plan;
    plan.name = name;
    plan.seed = seed;
    Draw draw(seed);
    const auto add = [&plan, &name, seed](const OutboxAction &action) {
        PlannedAction planned = fromOutboxAction(action, int(plan.actions.size()));
        planned.key = QStringLiteral("%1-s%2-%3").arg(name).arg(seed).arg(planned.index).toLatin1();
        plan.actions.append(planned);
    };
    for (int i = 0; i < count; ++i) {
        const World::Room &room = draw.pick(world.rooms);
        const qsizetype roll = draw.below(100);
        if (roll < 30) {
            add(OutboxAction::pushProduct(
                {}, room.id,
                api::ProductMessageRequest{draw.pick(room.members), draw.pick(world.products)}));
        } else if (roll < 40) {
            const int source = int(draw.below(3));
            if (draw.below(10) < 3 && !world.brandTags.isEmpty()) {
                add(OutboxAction::createChatroom({}, api::CreateChatroomRequest::forBrandTag(
                                                         draw.pick(world.brandTags), source)));
            } else {
                const qint64 first = draw.pick(world.ambassadors);
                qint64 second = draw.pick(world.ambassadors);
                while (second == first)
                    second = draw.pick(world.ambassadors);
                add(OutboxAction::createChatroom(
                    {}, api::CreateChatroomRequest::betweenAmbassadors(first, second, source)));
            }
        } else if (roll < 50) {
            const qsizetype rater = draw.below(room.members.size());
            const qsizetype rated =
                (rater + 1 + draw.below(room.members.size() - 1)) % room.members.size();
            add(OutboxAction::requestRating(
                {}, room.id, api::RatingRequest{room.members.at(rater), room.members.at(rated)}));
        } else if (roll < 90) {
            add(OutboxAction::markRead({}, room.id, draw.pick(room.members)));
        } else {
            add(dialogueAction(room, i, draw.below(2) == 0));
        }
    }
    // The last word on every room's dialogue, so that its end state is known.
    for (const World::Room &room : world.rooms)
        add(dialogueAction(room, int(plan.actions.size()), draw.below(3) != 0));
    return plan;
}

QJsonObject Plan::toJson() const
{
    QJsonArray actions;
    for (const PlannedAction &action : this->actions) {
        QJsonArray ids;
        for (qint64 id : action.pathIds)
            ids.append(id);
        actions.append(QJsonObject{
            {QStringLiteral("kind"), outbox::kindName(action.kind)},
            {QStringLiteral("chatroom"), action.chatroom},
            {QStringLiteral("path_ids"), ids},
            {QStringLiteral("body"), action.body},
            {QStringLiteral("key"), QString::fromLatin1(action.key)},
        });
    }
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("actions"), actions}};
}

std::optional<Plan> Plan::fromJson(const QJsonObject &json)
{
    Plan plan;
    plan.name = json.value(u"name").toString();
    bool ok = false;
    plan.seed = json.value(u"seed").toString().toULongLong(&ok);
    if (plan.name.isEmpty() || !ok)
        return std::nullopt;
    const QJsonArray actions = json.value(u"actions").toArray();
    for (const QJsonValue &value : actions) {
        const QJsonObject object = value.toObject();
        const std::optional<OutboxKind> kind =
            outbox::kindFromName(object.value(u"kind").toString());
        if (!kind)
            return std::nullopt;
        PlannedAction action;
        action.index = int(plan.actions.size());
        action.kind = *kind;
        action.chatroom = object.value(u"chatroom").toInteger();
        for (const QJsonValue &id : object.value(u"path_ids").toArray())
            action.pathIds.append(id.toInteger());
        action.body = object.value(u"body").toObject();
        action.key = object.value(u"key").toString().toLatin1();
        plan.actions.append(action);
    }
    return plan;
}

int Plan::indexOfKey(const QByteArray &key) const
{
    const QByteArray prefix = QStringLiteral("%1-s%2-").arg(name).arg(seed).toLatin1();
    if (!key.startsWith(prefix))
        return -1;
    bool ok = false;
    const int index = key.mid(prefix.size()).toInt(&ok);
    return ok && index >= 0 && index < actions.size() ? index : -1;
}

} // namespace popsell::campaign
