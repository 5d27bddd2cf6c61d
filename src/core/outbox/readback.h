#pragma once

#include "core/api/apierror.h"
#include "core/api/endpoints.h"
#include "core/api/result.h"
#include "core/domain/chatroom.h"
#include "core/domain/message.h"
#include "core/domain/page.h"
#include "core/outbox/outboxaction.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace popsell::api {
class ApiCall;
class PopsellApi;
} // namespace popsell::api

namespace popsell::outbox {

// The effect of `action` among `messages` (a room's, any order): a product message of the
// same author and product, or a rating message with the same rater and rated, created at or
// after `sinceMs` and not in `claimed`. Of several, the oldest (lowest id): actions of a room
// are checked in their order. nullopt when none qualifies.
std::optional<domain::Message> findMessageEffect(const OutboxAction &action,
                                                 const QList<domain::Message> &messages,
                                                 qint64 sinceMs, const QSet<qint64> &claimed);
// The chatroom `action` (CreateChatroom) created among `rooms`: same two members or same
// brand tag, same source, created at or after `sinceMs`, not in `claimed`; the oldest of
// several.
std::optional<domain::Chatroom> findChatroomEffect(const OutboxAction &action,
                                                   const QList<domain::Chatroom> &rooms,
                                                   qint64 sinceMs, const QSet<qint64> &claimed);

// What a read-back found.
struct ReadBackResult
{
    enum class Outcome
    {
        Found,        // the effect is on the server: serverId and answer are set
        NotFound,     // every item since `since` was seen, none is the action's
        Inconclusive, // the page limit was reached before `since`: nothing can be said
        Failed,       // a read failed: `error`, on `endpoint`
    };
    Outcome outcome = Outcome::NotFound;
    qint64 serverId = 0;
    QJsonValue answer;
    api::ApiError error;
    api::Endpoint endpoint = api::Endpoint::ListMessages;
};

// One read-back of a non-idempotent action whose outcome is unknown (reliability notes 3.1:
// the server documents no Idempotency-Key): the room's newest messages (push product,
// request rating) or the brand's newest chatrooms (create chatroom), newest first, page
// after page until one older than `sinceMs`. It deletes itself after `done` has run;
// deleting it earlier (or its parent) stops it silently.
class ReadBack : public QObject
{
    Q_OBJECT

public:
    using Claimed = std::function<QSet<qint64>()>; // asked when the pages are in
    using Done = std::function<void(const ReadBackResult &)>;

    // Whether a read-back exists for `kind`.
    static bool supports(OutboxKind kind);

    ReadBack(api::PopsellApi &api, OutboxAction action, qint64 sinceMs, int maxPages,
             Claimed claimed, Done done, QObject *parent);
    void start();

private:
    void onMessages(api::Result<domain::Page<domain::Message>> page);
    void onRooms(api::Result<domain::Page<domain::Chatroom>> page);
    // Keeps the page; false when the walk is over (finish() has run).
    template<typename Page>
    bool takePage(const Page &page);
    void finish(ReadBackResult result);
    void fail(const api::ApiError &error, api::Endpoint endpoint);
    void concludeMessages();
    void concludeChatrooms();

    api::PopsellApi &m_api;
    OutboxAction m_action;
    qint64 m_since;
    int m_maxPages;
    int m_pages = 0;
    Claimed m_claimed;
    Done m_done;
    QList<domain::Message> m_messages;
    QList<domain::Chatroom> m_rooms;
    bool m_reachedSince = false;
};

} // namespace popsell::outbox
