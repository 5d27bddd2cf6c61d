#pragma once

#include "core/api/apierror.h"
#include "core/domain/message.h"
#include "core/outbox/outboxaction.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace popsell::outbox {
class Outbox;
}

namespace popsell::app {

// How the first try of an action the moderator just made ended, for the dialog that made it.
struct SendOutcome
{
    enum class Kind
    {
        Sent,    // the server answered 2xx: `answer` is what it returned
        Refused, // not accepted, or a final answer (403, 404, 422): `error` says why
        Queued,  // kept in the outbox and retried later (network, 5xx, 429...): nothing lost
    };
    Kind kind = Kind::Queued;
    qint64 outboxId = 0;
    QJsonValue answer;
    api::ApiError error;
};

// Every write of the console goes through the outbox: stored durably first, then sent with
// its own Idempotency-Key until the server has it. A dialog still hears about the first try,
// so a refusal (422) shows next to its fields as before; if the first try does not settle
// (the network, a 5xx, a held 401...), the dialog can close while the outbox carries on.
//
// Echo drafts (what a pushed product or a requested rating will look like in its thread)
// are remembered here for the outbox's rows of this run.
class ActionSender : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SendOutcome &outcome)>;

    explicit ActionSender(outbox::Outbox &outbox, QObject *parent = nullptr);
    ~ActionSender() override;

    outbox::Outbox &outbox() const { return m_outbox; }

    // Accepts `action` for the active profile (its profileId is filled in). `done` runs once,
    // later, unless `context` is gone: Refused at once when the outbox cannot take it.
    // `replacing`: a Failed action this one corrects (after a 422): it is replaced in place,
    // keeping its turn in its chatroom.
    // `untilFinal`: `done` waits for Sent or a final refusal, through any retries (a dialog
    // with more to send after the action, such as a rating's score).
    void send(outbox::OutboxAction action, QObject *context, Done done,
              std::optional<domain::Message> echoDraft = std::nullopt, qint64 replacing = 0,
              bool untilFinal = false);
    // Abandons waiting for a first outcome (the dialog closed); the action itself goes on.
    void forget(QObject *context);

    std::optional<domain::Message> echoDraft(qint64 outboxId) const;

    // The outbox's last error of an action as the API client's error type (dialogs show it).
    static api::ApiError errorOf(const outbox::OutboxAction &action);

Q_SIGNALS:
    // A new action was accepted (its echo can show at once).
    void accepted(const popsell::outbox::OutboxAction &action);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
        bool untilFinal = false;
    };

    void onChanged(const outbox::OutboxAction &action);
    void settle(qint64 id, const SendOutcome &outcome);

    outbox::Outbox &m_outbox;
    QHash<qint64, Waiter> m_waiters;
    QHash<qint64, domain::Message> m_drafts;
};

} // namespace popsell::app
