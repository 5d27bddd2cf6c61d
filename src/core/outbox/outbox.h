#pragma once

#include "core/api/apiclient.h"
#include "core/api/retrypolicy.h"
#include "core/outbox/outboxaction.h"
#include "core/outbox/outboxstore.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace popsell::api {
class ApiCall;
class PopsellApi;
} // namespace popsell::api

namespace popsell::outbox {

class ReadBack;
struct ReadBackResult;

struct OutboxOptions
{
    // True only for a server that applies a repeated Idempotency-Key once (the sandbox). The
    // real API documents none: an uncertain outcome is then read back before a re-send.
    bool serverHonoursIdempotencyKeys = false;
    // Chatrooms with an action on the wire at once (reliability notes 3.4).
    int maxRoomsInFlight = 2;
    api::RetryLimits retryLimits = api::RetryLimits::outbox();
    api::RetryPolicy::Random random; // the jitter; empty: a real random number
    // How far before acceptedAt a server-side creation time may lie and still be ours: the
    // server's clock is not ours.
    std::chrono::milliseconds clockMargin{std::chrono::minutes(2)};
    // A server whose connection broke may still be finishing the request: the read-back
    // waits this long at least; after a timeout (the server was still silent, perhaps still
    // working, when the client gave up) at least readBackDelayAfterTimeout.
    std::chrono::milliseconds readBackDelay{std::chrono::seconds(5)};
    std::chrono::milliseconds readBackDelayAfterTimeout{std::chrono::seconds(30)};
    // Pages of newest messages / chatrooms a read-back looks at before giving up.
    int readBackMaxPages = 10;
    // A store write that failed is tried again after this.
    std::chrono::milliseconds storeRetryDelay{std::chrono::seconds(5)};
};

// What accept(), retry(), replace() and discard() did.
struct OutboxResult
{
    std::optional<OutboxAction> action; // the row as it is now (none after discard)
    QString error;                      // for a person; empty on success

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }
};

// The outbox (reliability notes 3.4): every write action of the moderator is stored durably
// (OutboxStore) before anything is sent, with an Idempotency-Key made once, and is then sent
// by this runner until the server has answered 2xx or a final answer:
//
// - Order: actions of one chatroom go strictly one after the other, and a Failed or
//   NeedsAttention action holds back the rest of its chatroom until it is retried, replaced
//   or discarded. At most maxRoomsInFlight chatrooms have an action under way.
// - Every attempt of an action carries the action's key (ApiClient::resend).
// - Failures are classified by api::RetryPolicy: Retry waits until nextAttemptAt (stored);
//   Final makes it Failed (403, 404, 422 with its field errors); NeedsAttention stops it;
//   Unauthorized leaves it Queued and pauses the outbox until resume() (the client holds the
//   call itself when its 401 hold is on). A foreign answer (ApiError::isForeignAnswer(): a
//   redirect, a 2xx page that is not JSON) is not the API's: it counts as a connection lost
//   after sending, neither Sent nor final.
// - Reconcile (the server may have applied a non-idempotent POST and does not honour keys):
//   the room's newest messages, or the brand's newest chatrooms, are read back (ReadBack):
//   the effect found makes the action Sent with that server id; not found, it is sent again
//   with the same key. Rows a dead process left in Sending are treated the same way.
// - "Sent" only after a 2xx (or the effect found by a read-back).
// - Only actions of the active profile (setProfile) are sent; the others wait in the store.
class Outbox : public QObject
{
    Q_OBJECT

public:
    // `store` may have failed to open: accept() then refuses with its reason. `api` must be
    // built over `client`.
    Outbox(std::unique_ptr<OutboxStore> store, api::ApiClient &client, api::PopsellApi &api,
           OutboxOptions options = {}, QObject *parent = nullptr);
    ~Outbox() override;

    const OutboxOptions &options() const { return m_options; }
    void setServerHonoursIdempotencyKeys(bool honours);
    bool isStoreOpen() const { return m_store->isOpen(); }
    QString storePath() const { return m_store->path(); }

    // The profile whose actions are sent ("" for none). Actions of other profiles are kept and
    // wait. Calling it again with the same profile also ends a pause (resume()). Nothing goes
    // while the client has no token: call it (or resume()) once the session has signed in.
    void setProfile(const QString &profileId);
    QString profile() const { return m_profile; }

    // Stores `action` (in one transaction) and returns it with its id and key; it is sent
    // later, from the event loop, never from inside accept(). Refused, with a sentence for
    // the moderator, when it breaks a request rule or the store cannot write it: nothing is
    // then kept, so nothing is lost silently. A mark-read or dialogue change replaces a
    // queued one of the same target that has not gone yet.
    OutboxResult accept(OutboxAction action);
    // A Failed or NeedsAttention action goes again. Failed (the server's final answer, so it
    // was not applied) takes a new Idempotency-Key; NeedsAttention keeps its key.
    OutboxResult retry(qint64 id);
    // Edit and send again (after a 422): a Failed action gets `body` and a new key.
    OutboxResult replace(qint64 id, const QJsonObject &body);
    // Removes an action that is not under way; its chatroom moves on.
    OutboxResult discard(qint64 id);

    // Every stored row of `profileId`, sent ones included (until housekeeping), in order.
    QList<OutboxAction> rows(const QString &profileId) const;
    // The active profile's actions not yet sent, in order.
    QList<OutboxAction> pending() const;
    std::optional<OutboxAction> pendingAction(qint64 id) const;
    int pendingCount() const;
    // Whether the action is on the wire or being read back.
    bool isUnderWay(qint64 id) const { return m_flights.contains(id); }

    // Paused after a 401 or after the client abandoned the outbox's calls (sign-out, another
    // profile): nothing goes until resume() or setProfile().
    bool isPaused() const { return m_paused; }
    void resume();
    // The network is back: waiting actions go now instead of at their backoff time.
    void sendWaitingNow();

Q_SIGNALS:
    // Any change of a row: accepted, sending, sent, failed, scheduled again, edited.
    void actionChanged(const popsell::outbox::OutboxAction &action);
    void actionRemoved(qint64 id); // discarded or replaced by a newer one
    void pendingCountChanged(int count);
    void profileChanged(const QString &profileId);
    // A state change could not be written (the row keeps its previous stored state and is
    // dealt with on the next start); for a log or a status line.
    void storeFailed(const QString &message);

private:
    struct Flight
    {
        QPointer<api::ApiCall> call; // sending
        QPointer<ReadBack> readBack; // or looking for its effect
        quint64 generation = 0;
        qint64 domain = 0;
    };

    void schedulePump();
    void pump();
    void start(const OutboxAction &row);
    void send(const OutboxAction &row);
    void readBack(const OutboxAction &row);
    void onAnswer(qint64 id, quint64 generation, const api::Result<api::JsonReply> &reply);
    void onFailure(const OutboxAction &row, quint64 generation, const api::ApiError &answer,
                   int wireAttempts);
    void onReadBack(qint64 id, quint64 generation, const ReadBackResult &result);
    // State changes: the cache and the row's signal follow, whether or not the store could
    // write them (storeFailed says when not).
    void finishSent(OutboxAction row, qint64 serverId, const QJsonValue &answer);
    void queueAgain(OutboxAction row, std::chrono::milliseconds delay, bool ambiguous,
                    const std::optional<OutboxError> &error, bool countAttempt = false);
    void finishFailed(OutboxAction row, const OutboxError &error);
    void needAttention(OutboxAction row, const OutboxError &error, bool ambiguous);
    void changed(const OutboxAction &row);
    void pause(quint64 generation);
    void reportStoreFailure();
    void updatePendingCount();
    qint64 now() const { return m_store->now(); }
    static bool mayHaveBeenApplied(const api::EndpointSpec &spec, const api::ApiError &error,
                                   int wireAttempts);

    std::unique_ptr<OutboxStore> m_store;
    api::ApiClient &m_client;
    api::PopsellApi &m_api;
    OutboxOptions m_options;
    api::RetryPolicy m_policy;
    QString m_profile;
    QMap<qint64, OutboxAction> m_pending; // every profile, not Sent, by id (FIFO order)
    QHash<qint64, Flight> m_flights;
    quint64 m_generation = 0; // bumped by setProfile() and resume()
    bool m_paused = false;
    qint64 m_notBefore = 0; // a 429 pauses every room until then
    int m_reportedPending = -1;
    QTimer m_wake;
    QTimer m_housekeeping;
    bool m_pumpQueued = false;
};

} // namespace popsell::outbox
