#include "app/outbox/actionsender.h"

#include "core/outbox/outbox.h"

#include <QMetaObject>

namespace popsell::app {

using outbox::OutboxAction;
using outbox::OutboxState;

ActionSender::ActionSender(outbox::Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    connect(&m_outbox, &outbox::Outbox::actionChanged, this, &ActionSender::onChanged);
    connect(&m_outbox, &outbox::Outbox::actionRemoved, this,
            [this](qint64 id) { m_waiters.remove(id); });
}

ActionSender::~ActionSender() = default;

api::ApiError ActionSender::errorOf(const OutboxAction &action)
{
    const outbox::OutboxError &last = action.lastError;
    // The stored kind name back to its kind; Client for one this build does not know.
    api::ApiError::Kind kind = api::ApiError::Kind::Client;
    for (int k = 0; k <= int(api::ApiError::Kind::Client); ++k) {
        if (api::ApiError::kindName(api::ApiError::Kind(k)) == last.kindName)
            kind = api::ApiError::Kind(k);
    }
    api::ApiError error(kind, last.kindName, last.httpStatus);
    error.withServerMessage(last.message).withFieldErrors(last.fieldErrors);
    return error;
}

void ActionSender::send(OutboxAction action, QObject *context, Done done,
                        std::optional<domain::Message> echoDraft, qint64 replacing, bool untilFinal)
{
    action.profileId = m_outbox.profile();
    // The request rules first: their refusal names the field, as a 422 would.
    std::optional<api::ApiError> invalid = outbox::validateAction(action);
    outbox::OutboxResult result;
    if (!invalid) {
        result = replacing > 0 ? m_outbox.replace(replacing, action.body)
                               : m_outbox.accept(std::move(action));
    }
    if (invalid || !result.ok() || !result.action) {
        SendOutcome refused;
        refused.kind = SendOutcome::Kind::Refused;
        if (invalid) {
            refused.error = *invalid;
        } else {
            api::ApiError error(api::ApiError::Kind::Client, QStringLiteral("outbox refused"));
            error.withServerMessage(result.error);
            refused.error = error;
        }
        refused.outboxId = replacing; // still there, still to correct
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), refused] {
                if (guard)
                    done(refused);
            },
            Qt::QueuedConnection);
        return;
    }
    const qint64 id = result.action->id;
    if (echoDraft)
        m_drafts.insert(id, *echoDraft);
    m_waiters.insert(id, {context, std::move(done), untilFinal});
    Q_EMIT accepted(*result.action);
}

void ActionSender::forget(QObject *context)
{
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->context == context)
            it = m_waiters.erase(it);
        else
            ++it;
    }
}

std::optional<domain::Message> ActionSender::echoDraft(qint64 outboxId) const
{
    const auto it = m_drafts.constFind(outboxId);
    if (it == m_drafts.cend())
        return std::nullopt;
    return *it;
}

void ActionSender::onChanged(const OutboxAction &action)
{
    if (action.state == OutboxState::Sent)
        m_drafts.remove(action.id);
    if (!m_waiters.contains(action.id))
        return;
    SendOutcome outcome;
    outcome.outboxId = action.id;
    switch (action.state) {
    case OutboxState::Sending:
        return; // still under way (a held 401 waits here, the dialog keeps its input)
    case OutboxState::Queued:
        if ((action.attempts == 0 && !action.ambiguous) || m_waiters.value(action.id).untilFinal)
            return; // not tried yet, or the caller waits for the end
        outcome.kind = SendOutcome::Kind::Queued;
        break;
    case OutboxState::Sent:
        outcome.kind = SendOutcome::Kind::Sent;
        outcome.answer = action.serverAnswer;
        break;
    case OutboxState::Failed:
        outcome.kind = SendOutcome::Kind::Refused;
        outcome.error = errorOf(action);
        break;
    case OutboxState::NeedsAttention:
        if (m_waiters.value(action.id).untilFinal)
            return;
        outcome.kind = SendOutcome::Kind::Queued;
        break;
    }
    settle(action.id, outcome);
}

void ActionSender::settle(qint64 id, const SendOutcome &outcome)
{
    const Waiter waiter = m_waiters.take(id);
    if (waiter.context && waiter.done)
        waiter.done(outcome);
}

} // namespace popsell::app
