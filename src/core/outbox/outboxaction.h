#pragma once

#include "core/api/apierror.h"
#include "core/api/endpoints.h"
#include "core/api/requests.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace popsell::outbox {

// What a write action does. Stored by name (kindName), so values may be added anywhere.
enum class OutboxKind
{
    CreateChatroom, // POST /chat/chatrooms (seed 001)
    PushProduct,    // POST /chat/chatrooms/{chatroom}/messages-product (seed 000)
    RequestRating,  // POST /chat/chatrooms/{chatroom}/ratings (seed 002)
    MarkRead,       // POST /chat/chatrooms/{chatroom}/ambassadors/{ambassador}/read (seed 003)
    SetDialogue,    // PATCH /chat/chatrooms/{id} established_dialogue (seed 004)
};

enum class OutboxState
{
    Queued,         // accepted, durably stored; waits for its turn (or its next attempt)
    Sending,        // an attempt is on the wire (or was, when the process died)
    Sent,           // the server answered 2xx, or a read-back found the effect
    Failed,         // a final answer (403, 404, 422, ...): not applied; blocks its chatroom
    NeedsAttention, // out of attempts, or the outcome cannot be checked: blocks its chatroom
};

// The last failure of an action, kept for the moderator.
struct OutboxError
{
    QString kindName;                       // ApiError::kindName, e.g. "validation"
    int httpStatus = 0;                     // 0: no HTTP answer
    QString message;                        // for a person, translated when it was made
    QMap<QString, QStringList> fieldErrors; // 422: field -> the server's messages

    static OutboxError fromApiError(const api::ApiError &error);
    bool isEmpty() const { return kindName.isEmpty() && message.isEmpty(); }

    friend bool operator==(const OutboxError &, const OutboxError &) = default;
};

// One write action of the outbox: the request exactly as it is (re)sent, and its progress.
// Times are UTC milliseconds since the epoch.
struct OutboxAction
{
    qint64 id = 0;     // local FIFO order; 0 until accepted
    QString profileId; // whose token may send it (auth::Profile::id)
    OutboxKind kind = OutboxKind::PushProduct;
    // The ordering domain: actions of one chatroom go strictly in order. 0 (create chatroom):
    // the action is its own domain.
    qint64 chatroomId = 0;
    api::Endpoint endpoint = api::Endpoint::PostProductMessage;
    QList<qint64> pathIds;
    QJsonObject body;
    QByteArray idempotencyKey; // made once, at accept; a new one only for a new body
    OutboxState state = OutboxState::Queued;
    int attempts = 0; // attempts since accepted or since the moderator last retried
    qint64 nextAttemptAt = 0;
    // An earlier attempt may have been applied although no 2xx arrived (connection lost
    // after sending, the process died mid-send): against a server that does not honour
    // Idempotency-Key, the effect is looked for before anything is sent again.
    bool ambiguous = false;
    OutboxError lastError;
    qint64 serverId = 0;     // the created message or chatroom; 0 until sent
    QJsonValue serverAnswer; // the answer that made it Sent (Undefined until then)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // The earliest moment the current body could have reached the server: a read-back only
    // considers what the server created after it (minus a clock margin).
    qint64 acceptedAt = 0;

    bool isPending() const { return state != OutboxState::Sent; }
    // Failed and NeedsAttention hold back the rest of their chatroom.
    bool blocksItsRoom() const
    {
        return state == OutboxState::Failed || state == OutboxState::NeedsAttention;
    }
    // The ordering domain's key: the chatroom, or (-id) for an action that has none.
    qint64 domain() const { return chatroomId > 0 ? chatroomId : -id; }

    // The five seed operations, built like PopsellApi builds them.
    static OutboxAction createChatroom(const QString &profileId,
                                       const api::CreateChatroomRequest &request);
    static OutboxAction pushProduct(const QString &profileId, qint64 chatroom,
                                    const api::ProductMessageRequest &request);
    static OutboxAction requestRating(const QString &profileId, qint64 chatroom,
                                      const api::RatingRequest &request);
    static OutboxAction markRead(const QString &profileId, qint64 chatroom, qint64 ambassador);
    // `at` nullopt clears established_dialogue.
    static OutboxAction setDialogue(const QString &profileId, qint64 chatroom,
                                    std::optional<QDateTime> at);

    friend bool operator==(const OutboxAction &, const OutboxAction &) = default;
};

// Stable names for the store ("push_product", "needs_attention", ...).
QString kindName(OutboxKind kind);
std::optional<OutboxKind> kindFromName(const QString &name);
QString stateName(OutboxState state);
std::optional<OutboxState> stateFromName(const QString &name);

// What a person calls it ("Push a product", "Failed"), translated (context "Outbox").
QString kindLabel(OutboxKind kind);
QString stateLabel(OutboxState state);

// The endpoint each kind is sent to.
api::Endpoint endpointOf(OutboxKind kind);

// The request rules (requests.h validate()) for `body` as `kind` would send it, plus the
// shape of the action itself (path ids, profile): nullopt when it may be accepted.
std::optional<api::ApiError> validateAction(const OutboxAction &action);

// The requests back from a stored body (what validateAction and the read-back compare).
api::CreateChatroomRequest createChatroomRequestOf(const QJsonObject &body);
api::ProductMessageRequest productMessageRequestOf(const QJsonObject &body);
api::RatingRequest ratingRequestOf(const QJsonObject &body);

// The id of what a 2xx answer of `action` created or touched: id_chatroom for a chatroom
// (object, or the first of an array; the action's chatroom for an empty PATCH answer),
// id_message for a message. 0 when the answer does not say.
qint64 serverIdFromAnswer(const OutboxAction &action, const QJsonValue &answer);

// A new Idempotency-Key: a UUID v4 without braces.
QByteArray newIdempotencyKey();

} // namespace popsell::outbox

Q_DECLARE_METATYPE(popsell::outbox::OutboxAction)
