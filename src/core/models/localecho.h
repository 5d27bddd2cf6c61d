#pragma once

#include "core/domain/message.h"

#include <QDateTime>
#include <QString>

namespace popsell::models {

// A message the moderator asked for (a pushed product, a requested rating) shown in its
// thread before the server has it: pending, then replaced by the server's message after a
// 2xx, or failed with the reason. It is the outbox's row, seen from the thread.
struct LocalEcho
{
    enum class State
    {
        Pending,        // accepted, waiting for its turn (or for a sign-in)
        Sending,        // on the wire
        Failed,         // refused for good (403, 404, 422): edit or discard
        NeedsAttention, // out of retries: retry or discard
    };

    qint64 outboxId = 0;
    qint64 chatroomId = 0;
    State state = State::Pending;
    // What the message will look like. Its id is -outboxId: negative ids never clash with the
    // server's, and size caches can key on them.
    domain::Message draft;
    QString errorText;     // why it failed, for a person
    bool editable = false; // a 422: the input can be corrected and sent again
    QDateTime nextAttempt; // when the next try is due (UTC), if one is scheduled

    static qint64 messageIdFor(qint64 outboxId) { return -outboxId; }

    friend bool operator==(const LocalEcho &, const LocalEcho &) = default;
};

} // namespace popsell::models
