#pragma once

#include "core/outbox/outboxaction.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The fault campaign's workload (reliability notes 6.4): a seeded list of moderator actions
// over the five seed operations. The driver makes it from what the demo data holds and writes
// it to a file; the client accepts it into its outbox, in order, as a moderator would.
namespace popsell::campaign {

// What the plan may use: rooms every action of the plan is valid in.
struct World
{
    struct Room
    {
        qint64 id = 0;
        QList<qint64> members; // at least two; the room has messages (mark read needs one)
    };
    QList<Room> rooms;
    QList<qint64> ambassadors; // for new rooms between two of them
    QList<qint64> products;
    QList<qint64> brandTags;
};

// One action of the plan, as the outbox stores it.
struct PlannedAction
{
    int index = 0;
    outbox::OutboxKind kind = outbox::OutboxKind::PushProduct;
    qint64 chatroom = 0; // 0 for a new chatroom
    QList<qint64> pathIds;
    QJsonObject body;
    // Derived from the plan's name, seed and index, so that a restarted client recognises
    // the actions it has already accepted, and the ledger check finds each one's effects.
    QByteArray key;

    // POSTs the server must apply exactly once (create chatroom, push product, rating);
    // mark read and the dialogue PATCH are idempotent.
    bool isKeyedPost() const;
    outbox::OutboxAction toOutboxAction(const QString &profileId) const;
};

struct Plan
{
    QString name; // the leg: keys of different legs never meet
    quint64 seed = 0;
    QList<PlannedAction> actions;

    // `count` actions with the mix of the reliability notes (30 % push product, 10 % create
    // chatroom, 10 % rating, 40 % mark read, 10 % dialogue), then one dialogue change per
    // room so that each room's final dialogue state is known. Deterministic in its inputs.
    static Plan make(const World &world, const QString &name, quint64 seed, int count);

    QJsonObject toJson() const;
    static std::optional<Plan> fromJson(const QJsonObject &json);
    // The index a key of this plan stands for; -1 for a key that is not one of its own.
    int indexOfKey(const QByteArray &key) const;
};

} // namespace popsell::campaign
