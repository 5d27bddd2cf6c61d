#include "core/outbox/outbox.h"

#include "core/api/apicall.h"
#include "core/api/popsellapi.h"
#include "core/outbox/readback.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

namespace popsell::outbox {

namespace {

Q_LOGGING_CATEGORY(lcOutbox, "popsell.outbox")

using namespace std::chrono_literals;

constexpr auto kHousekeepingInterval = std::chrono::hours(6);

// The failure as the retry table is to judge it. A foreign answer (a redirect, a 2xx page
// that is not JSON) is not the API's verdict on the action, so it is neither final nor proof
// of success: it is judged like a connection lost after sending, and the action goes again
// with its key (or is read back) within its attempts.
api::ApiError asJudged(const api::ApiError &error)
{
    if (!error.isForeignAnswer())
        return error;
    return api::ApiError(api::ApiError::Kind::Network, error.detail())
        .withTransport(api::ApiError::Transport::Sent);
}

OutboxError unverifiedError(const QString &reason)
{
    OutboxError error;
    error.kindName = QStringLiteral("unverified");
    error.message = reason;
    return error;
}

} // namespace

Outbox::Outbox(std::unique_ptr<OutboxStore> store, api::ApiClient &client, api::PopsellApi &api,
               OutboxOptions options, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_client(client)
    , m_api(api)
    , m_options(std::move(options))
    , m_policy(m_options.retryLimits, m_options.random)
{
    Q_ASSERT(&api.client() == &client);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &Outbox::pump);
    m_housekeeping.setInterval(kHousekeepingInterval);
    connect(&m_housekeeping, &QTimer::timeout, this, [this] {
        if (m_store->isOpen())
            m_store->purgeSentBefore(now() - OutboxStore::kKeepSentMs);
    });
    m_housekeeping.start();
    // The client ends a suspension once the moderator has signed in again.
    connect(&m_client, &api::ApiClient::suspendedChanged, this, [this](bool suspended) {
        if (!suspended && m_paused)
            resume();
    });
    if (m_store->isOpen()) {
        const QList<OutboxAction> rows = m_store->pendingActions();
        for (const OutboxAction &row : rows)
            m_pending.insert(row.id, row);
        if (m_store->recoveredAtOpen() > 0) {
            qCInfo(lcOutbox) << m_store->recoveredAtOpen()
                             << "action(s) were being sent when the application stopped: their "
                                "outcome is checked before anything is sent again";
        }
    }
}

Outbox::~Outbox() = default;

void Outbox::setServerHonoursIdempotencyKeys(bool honours)
{
    m_options.serverHonoursIdempotencyKeys = honours;
}

void Outbox::setProfile(const QString &profileId)
{
    if (profileId == m_profile) {
        resume();
        return;
    }
    m_profile = profileId;
    ++m_generation;
    m_paused = false;
    m_notBefore = 0;
    Q_EMIT profileChanged(m_profile);
    updatePendingCount();
    schedulePump();
}

OutboxResult Outbox::accept(OutboxAction action)
{
    if (!m_store->isOpen()) {
        return {std::nullopt,
                QCoreApplication::translate("Outbox", "The action was not accepted: %1")
                    .arg(m_store->lastError().isEmpty()
                             ? QCoreApplication::translate("Outbox", "the outbox is not open")
                             : m_store->lastError())};
    }
    if (const std::optional<api::ApiError> invalid = validateAction(action)) {
        return {std::nullopt, invalid->serverMessage().isEmpty() ? invalid->userMessage()
                                                                 : invalid->serverMessage()};
    }
    // Only the latest read marker or dialogue state of a target matters.
    const bool supersede =
        action.kind == OutboxKind::MarkRead || action.kind == OutboxKind::SetDialogue;
    QList<qint64> superseded;
    const std::optional<OutboxAction> stored = m_store->accept(action, supersede, &superseded);
    if (!stored)
        return {std::nullopt, m_store->lastError()};
    for (qint64 id : std::as_const(superseded)) {
        m_pending.remove(id);
        Q_EMIT actionRemoved(id);
    }
    m_pending.insert(stored->id, *stored);
    Q_EMIT actionChanged(*stored);
    updatePendingCount();
    schedulePump();
    return {stored, {}};
}

OutboxResult Outbox::retry(qint64 id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return {std::nullopt, QCoreApplication::translate(
                                  "Outbox", "This action is not waiting to be sent any more.")};
    if (m_flights.contains(id))
        return {*it, QCoreApplication::translate("Outbox", "This action is being sent.")};
    OutboxAction row = *it;
    // A final answer means the server did not apply it: a new key lets a server that stores
    // answers per key (the final 4xx included) take it afresh.
    const QByteArray newKey = row.state == OutboxState::Failed ? newIdempotencyKey() : QByteArray();
    if (!m_store->requeue(id, newKey))
        return {row, m_store->lastError()};
    row.state = OutboxState::Queued;
    row.attempts = 0;
    row.nextAttemptAt = now();
    row.updatedAt = row.nextAttemptAt;
    if (!newKey.isEmpty())
        row.idempotencyKey = newKey;
    changed(row);
    schedulePump();
    return {row, {}};
}

OutboxResult Outbox::replace(qint64 id, const QJsonObject &body)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return {std::nullopt, QCoreApplication::translate(
                                  "Outbox", "This action is not waiting to be sent any more.")};
    if (it->state != OutboxState::Failed || m_flights.contains(id))
        return {*it, QCoreApplication::translate(
                         "Outbox", "Only an action the server refused can be edited.")};
    OutboxAction row = *it;
    row.body = body;
    if (const std::optional<api::ApiError> invalid = validateAction(row)) {
        return {*it, invalid->serverMessage().isEmpty() ? invalid->userMessage()
                                                        : invalid->serverMessage()};
    }
    const QByteArray key = newIdempotencyKey();
    if (!m_store->replaceBody(id, body, key))
        return {*it, m_store->lastError()};
    const qint64 t = now();
    row.idempotencyKey = key;
    row.state = OutboxState::Queued;
    row.attempts = 0;
    row.nextAttemptAt = t;
    row.ambiguous = false;
    row.lastError = {};
    row.acceptedAt = t;
    row.updatedAt = t;
    changed(row);
    schedulePump();
    return {row, {}};
}

OutboxResult Outbox::discard(qint64 id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return {std::nullopt, QCoreApplication::translate(
                                  "Outbox", "This action is not waiting to be sent any more.")};
    if (m_flights.contains(id))
        return {*it, QCoreApplication::translate(
                         "Outbox", "This action is being sent and cannot be discarded now.")};
    if (!m_store->remove(id))
        return {*it, m_store->lastError()};
    m_pending.remove(id);
    Q_EMIT actionRemoved(id);
    updatePendingCount();
    schedulePump(); // its chatroom moves on
    return {std::nullopt, {}};
}

QList<OutboxAction> Outbox::rows(const QString &profileId) const
{
    if (!m_store->isOpen())
        return {};
    QList<OutboxAction> rows = m_store->actions(profileId);
    // The cache is the truth for rows whose last change the store could not write.
    for (OutboxAction &row : rows) {
        const auto it = m_pending.constFind(row.id);
        if (it != m_pending.cend())
            row = *it;
    }
    return rows;
}

QList<OutboxAction> Outbox::pending() const
{
    QList<OutboxAction> rows;
    for (const OutboxAction &row : m_pending) {
        if (row.profileId == m_profile)
            rows.append(row);
    }
    return rows;
}

std::optional<OutboxAction> Outbox::pendingAction(qint64 id) const
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return std::nullopt;
    return *it;
}

int Outbox::pendingCount() const
{
    if (m_profile.isEmpty())
        return 0;
    return int(std::count_if(m_pending.cbegin(), m_pending.cend(), [this](const OutboxAction &row) {
        return row.profileId == m_profile;
    }));
}

void Outbox::resume()
{
    m_paused = false;
    // Calls abandoned before this moment must not pause the outbox again.
    ++m_generation;
    schedulePump();
}

void Outbox::sendWaitingNow()
{
    m_notBefore = 0;
    const qint64 t = now();
    QList<OutboxAction> waiting;
    for (const OutboxAction &row : std::as_const(m_pending)) {
        if (row.profileId == m_profile && row.state == OutboxState::Queued &&
            row.nextAttemptAt > t && !m_flights.contains(row.id))
            waiting.append(row);
    }
    for (const OutboxAction &row : std::as_const(waiting))
        queueAgain(row, 0ms, row.ambiguous, std::nullopt);
    schedulePump();
}

// ------------------------------------------------------------------------------- runner

void Outbox::schedulePump()
{
    // Always from the event loop: never inside accept() or a caller's slot.
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &Outbox::pump, Qt::QueuedConnection);
}

void Outbox::pump()
{
    m_pumpQueued = false;
    // Without a token every call would be a 401: the session sets one, then setProfile().
    if (!m_store->isOpen() || m_profile.isEmpty() || m_paused || !m_client.hasToken())
        return;
    const qint64 t = now();
    if (t < m_notBefore) {
        m_wake.start(std::chrono::milliseconds(m_notBefore - t));
        return;
    }
    QSet<qint64> busy;
    for (const Flight &flight : std::as_const(m_flights))
        busy.insert(flight.domain);
    qsizetype freeSlots = qsizetype(std::max(1, m_options.maxRoomsInFlight)) - m_flights.size();
    QSet<qint64> seen;
    QList<OutboxAction> due;
    qint64 wakeAt = std::numeric_limits<qint64>::max();
    for (const OutboxAction &row : std::as_const(m_pending)) {
        if (freeSlots <= 0)
            break;
        if (row.profileId != m_profile)
            continue;
        const qint64 domain = row.domain();
        if (seen.contains(domain))
            continue; // not the head of its chatroom
        seen.insert(domain);
        if (busy.contains(domain) || row.state != OutboxState::Queued)
            continue; // under way, or blocked by a failed head
        if (row.nextAttemptAt > t) {
            wakeAt = std::min(wakeAt, row.nextAttemptAt);
            continue;
        }
        due.append(row);
        --freeSlots;
    }
    // Started after the walk: starting changes the cache.
    for (const OutboxAction &row : std::as_const(due))
        start(row);
    if (wakeAt != std::numeric_limits<qint64>::max())
        m_wake.start(std::chrono::milliseconds(std::max<qint64>(0, wakeAt - t)));
}

void Outbox::start(const OutboxAction &row)
{
    const api::EndpointSpec &spec = api::endpointSpec(row.endpoint);
    if (row.ambiguous && !spec.idempotent && !m_options.serverHonoursIdempotencyKeys)
        readBack(row);
    else
        send(row);
}

void Outbox::send(const OutboxAction &row)
{
    // Without Sending on disk a crash would leave a row that looks unsent although it may
    // have been applied: then it does not go.
    if (!m_store->markSending(row.id)) {
        reportStoreFailure();
        m_notBefore = now() + m_options.storeRetryDelay.count();
        schedulePump();
        return;
    }
    OutboxAction sending = row;
    sending.state = OutboxState::Sending;
    sending.attempts += 1;
    sending.updatedAt = now();
    changed(sending);

    const qint64 id = row.id;
    const quint64 generation = m_generation;
    Flight flight;
    flight.generation = generation;
    flight.domain = row.domain();
    flight.call = m_client.resend(row.idempotencyKey, row.endpoint, row.pathIds, {}, row.body, this,
                                  [this, id, generation](api::Result<api::JsonReply> reply) {
                                      onAnswer(id, generation, reply);
                                  });
    m_flights.insert(id, flight);
}

void Outbox::readBack(const OutboxAction &row)
{
    if (!ReadBack::supports(row.kind)) {
        needAttention(row,
                      unverifiedError(QCoreApplication::translate(
                          "Outbox", "It is not known whether this action was applied. "
                                    "Check, then send it again or discard it.")),
                      true);
        return;
    }
    const qint64 id = row.id;
    const quint64 generation = m_generation;
    const qint64 since = row.acceptedAt - m_options.clockMargin.count();
    auto *check = new ReadBack(
        m_api, row, since, m_options.readBackMaxPages,
        [this, profile = row.profileId, kind = row.kind, id] {
            return m_store->claimedServerIds(profile, kind, id);
        },
        [this, id, generation](const ReadBackResult &result) {
            onReadBack(id, generation, result);
        },
        this);
    Flight flight;
    flight.readBack = check;
    flight.generation = generation;
    flight.domain = row.domain();
    m_flights.insert(id, flight);
    check->start();
}

void Outbox::onAnswer(qint64 id, quint64 generation, const api::Result<api::JsonReply> &reply)
{
    const Flight flight = m_flights.take(id);
    // Read while the call still exists: it delivers before it goes.
    const int wireAttempts = flight.call ? flight.call->attempts() : 1;
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend()) {
        schedulePump();
        return;
    }
    const OutboxAction row = *it;
    if (reply.ok()) {
        const QJsonValue answer = reply.value().json;
        finishSent(row, serverIdFromAnswer(row, answer), answer);
    } else {
        onFailure(row, generation, reply.error(), wireAttempts);
    }
    schedulePump();
}

bool Outbox::mayHaveBeenApplied(const api::EndpointSpec &spec, const api::ApiError &error,
                                int wireAttempts)
{
    // A call that never went on the wire did nothing, whatever its error says.
    return !spec.idempotent && wireAttempts > 0 && error.mayHaveBeenApplied();
}

void Outbox::onFailure(const OutboxAction &row, quint64 generation, const api::ApiError &answer,
                       int wireAttempts)
{
    const api::EndpointSpec &spec = api::endpointSpec(row.endpoint);
    // The server said 2xx and the body did not decode: applied (reliability notes 3.2).
    if (answer.httpStatus() >= 200 && answer.httpStatus() < 300 && !answer.isForeignAnswer()) {
        finishSent(row, 0, QJsonValue(QJsonValue::Undefined));
        return;
    }
    const api::ApiError error = asJudged(answer);
    const bool ambiguous = row.ambiguous || mayHaveBeenApplied(spec, error, wireAttempts);
    // Nobody but the client cancels the outbox's calls (reset() for another profile,
    // abandonHeld() at sign-out): wait for the session to say how to go on.
    if (error.kind() == api::ApiError::Kind::Canceled) {
        queueAgain(row, 0ms, ambiguous, std::nullopt);
        pause(generation);
        return;
    }
    const OutboxError failure = OutboxError::fromApiError(answer);
    const api::RetryDecision decision = m_policy.decide(spec, error, std::max(1, row.attempts),
                                                        m_options.serverHonoursIdempotencyKeys);
    switch (decision.action) {
    case api::RetryDecision::Action::Retry:
        if (error.kind() == api::ApiError::Kind::RateLimited)
            m_notBefore = now() + decision.delay.count(); // the whole server asked to wait
        queueAgain(row, decision.delay, ambiguous, failure);
        return;
    case api::RetryDecision::Action::Reconcile:
        // Backed off like a retry: a server failing after every write must not be read back
        // and written to in a tight loop.
        queueAgain(row,
                   std::max({decision.delay,
                             error.kind() == api::ApiError::Kind::Timeout
                                 ? m_options.readBackDelayAfterTimeout
                                 : m_options.readBackDelay,
                             m_policy.backoff(std::max(1, row.attempts))}),
                   true, failure);
        return;
    case api::RetryDecision::Action::Unauthorized:
        queueAgain(row, 0ms, ambiguous, failure);
        pause(generation);
        return;
    case api::RetryDecision::Action::Final:
        if (ambiguous && !row.ambiguous)
            needAttention(row, failure, true);
        else
            finishFailed(row, failure);
        return;
    case api::RetryDecision::Action::NeedsAttention:
        needAttention(row, failure, ambiguous);
        return;
    }
}

void Outbox::onReadBack(qint64 id, quint64 generation, const ReadBackResult &result)
{
    m_flights.remove(id);
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend()) {
        schedulePump();
        return;
    }
    const OutboxAction row = *it;
    switch (result.outcome) {
    case ReadBackResult::Outcome::Found:
        qCInfo(lcOutbox) << "action" << id << "had been applied: found as" << result.serverId;
        finishSent(row, result.serverId, result.answer);
        break;
    case ReadBackResult::Outcome::NotFound: {
        // Not applied: it goes again, with its key, unless the outbox stopped meanwhile or
        // the action has used up its attempts (then the moderator decides; it is known now
        // that nothing was applied).
        const int maxAttempts = m_options.retryLimits.maxAttempts;
        if (maxAttempts > 0 && row.attempts >= maxAttempts) {
            OutboxError error = row.lastError;
            if (error.message.isEmpty())
                error.message = QCoreApplication::translate(
                    "Outbox", "It could not be sent, after several attempts.");
            needAttention(row, error, false);
        } else if (generation == m_generation && !m_paused && row.profileId == m_profile)
            send(row);
        else
            queueAgain(row, 0ms, true, std::nullopt);
        break;
    }
    case ReadBackResult::Outcome::Inconclusive:
        needAttention(row,
                      unverifiedError(QCoreApplication::translate(
                          "Outbox", "It could not be checked whether this action was "
                                    "applied: look at the chatroom, then send it "
                                    "again or discard it.")),
                      true);
        break;
    case ReadBackResult::Outcome::Failed: {
        const api::ApiError error = asJudged(result.error);
        if (error.kind() == api::ApiError::Kind::Canceled) {
            queueAgain(row, 0ms, true, std::nullopt);
            pause(generation);
            break;
        }
        const api::RetryDecision decision =
            m_policy.decide(api::endpointSpec(result.endpoint), error, std::max(1, row.attempts),
                            m_options.serverHonoursIdempotencyKeys);
        const OutboxError failure = OutboxError::fromApiError(result.error);
        switch (decision.action) {
        case api::RetryDecision::Action::Retry:
        case api::RetryDecision::Action::Reconcile:
            queueAgain(row, std::max(decision.delay, m_options.readBackDelay), true, failure, true);
            break;
        case api::RetryDecision::Action::Unauthorized:
            queueAgain(row, 0ms, true, failure);
            pause(generation);
            break;
        case api::RetryDecision::Action::Final:
        case api::RetryDecision::Action::NeedsAttention:
            needAttention(row,
                          unverifiedError(QCoreApplication::translate(
                                              "Outbox", "It could not be checked whether this "
                                                        "action was applied: %1")
                                              .arg(error.userMessage())),
                          true);
            break;
        }
        break;
    }
    }
    schedulePump();
}

// ------------------------------------------------------------------------ state changes

void Outbox::changed(const OutboxAction &row)
{
    if (row.state == OutboxState::Sent)
        m_pending.remove(row.id);
    else
        m_pending.insert(row.id, row);
    Q_EMIT actionChanged(row);
    updatePendingCount();
}

void Outbox::finishSent(OutboxAction row, qint64 serverId, const QJsonValue &answer)
{
    // Shown as Sent even if the store cannot say so: the server has it. The row then stays
    // Sending on disk and is checked again at the next start.
    if (!m_store->markSent(row.id, serverId, answer))
        reportStoreFailure();
    row.state = OutboxState::Sent;
    row.serverId = serverId;
    row.serverAnswer = answer;
    row.ambiguous = false;
    row.lastError = {};
    row.updatedAt = now();
    changed(row);
}

void Outbox::queueAgain(OutboxAction row, std::chrono::milliseconds delay, bool ambiguous,
                        const std::optional<OutboxError> &error, bool countAttempt)
{
    const qint64 next = now() + std::max<qint64>(0, delay.count());
    if (!m_store->markQueued(row.id, next, ambiguous, error, countAttempt))
        reportStoreFailure();
    row.state = OutboxState::Queued;
    row.nextAttemptAt = next;
    row.ambiguous = ambiguous;
    if (error)
        row.lastError = *error;
    if (countAttempt)
        row.attempts += 1;
    row.updatedAt = now();
    changed(row);
}

void Outbox::finishFailed(OutboxAction row, const OutboxError &error)
{
    if (!m_store->markFailed(row.id, error))
        reportStoreFailure();
    row.state = OutboxState::Failed;
    row.lastError = error;
    row.updatedAt = now();
    changed(row);
}

void Outbox::needAttention(OutboxAction row, const OutboxError &error, bool ambiguous)
{
    if (!m_store->markNeedsAttention(row.id, error, ambiguous))
        reportStoreFailure();
    row.state = OutboxState::NeedsAttention;
    row.lastError = error;
    row.ambiguous = ambiguous;
    row.updatedAt = now();
    changed(row);
}

void Outbox::pause(quint64 generation)
{
    // An answer to a call started before the last setProfile()/resume() says nothing about
    // the session now.
    if (generation == m_generation)
        m_paused = true;
}

void Outbox::reportStoreFailure()
{
    const QString message = m_store->lastError();
    qCWarning(lcOutbox) << "outbox store:" << message;
    Q_EMIT storeFailed(message);
}

void Outbox::updatePendingCount()
{
    const int count = pendingCount();
    if (count == m_reportedPending)
        return;
    m_reportedPending = count;
    Q_EMIT pendingCountChanged(count);
}

} // namespace popsell::outbox
