#include "app/outbox/outboxbridge.h"

#include "app/outbox/actionsender.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/localecho.h"
#include "core/models/messagelistmodel.h"
#include "core/outbox/outbox.h"

namespace popsell::app {

using models::LocalEcho;
using outbox::OutboxAction;
using outbox::OutboxKind;
using outbox::OutboxState;

namespace {

bool echoes(OutboxKind kind)
{
    return kind == OutboxKind::PushProduct || kind == OutboxKind::RequestRating;
}

// An echo for an action of an earlier run, whose picture of the product is not known: the
// ids the body carries.
domain::Message plainDraft(const OutboxAction &action)
{
    domain::Message draft;
    draft.idChatroom = action.chatroomId;
    draft.dateInsert = QDateTime::fromMSecsSinceEpoch(action.createdAt, Qt::UTC);
    if (action.kind == OutboxKind::PushProduct) {
        const api::ProductMessageRequest request = outbox::productMessageRequestOf(action.body);
        draft.typeMessage = int(domain::MessageType::Product);
        draft.author.edit().id = request.ambassador;
        domain::Product product;
        product.id = request.product;
        product.name = popsell::app::OutboxBridge::tr("Product #%1").arg(request.product);
        draft.products = {product};
    } else {
        const api::RatingRequest request = outbox::ratingRequestOf(action.body);
        draft.typeMessage = int(domain::MessageType::Rating);
        draft.author.edit().id = request.rater.value_or(0);
        draft.rating = domain::Rating{};
    }
    return draft;
}

} // namespace

OutboxBridge::OutboxBridge(outbox::Outbox &outbox, ActionSender &sender,
                           models::ChatroomInboxModel &inbox, models::MessageListModel &messages,
                           QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_sender(sender)
    , m_inbox(inbox)
    , m_messages(messages)
{
    connect(&m_sender, &ActionSender::accepted, this, &OutboxBridge::onChanged);
    connect(&m_outbox, &outbox::Outbox::actionChanged, this, &OutboxBridge::onChanged);
    connect(&m_outbox, &outbox::Outbox::actionRemoved, &m_messages,
            [this](qint64 id) { m_messages.removeEcho(id); });
    // Another room (or the same one again): its actions still under way show at once.
    connect(&m_messages, &QAbstractItemModel::modelReset, this,
            &OutboxBridge::showEchoesOfCurrentRoom);
    connect(&m_outbox, &outbox::Outbox::profileChanged, this,
            &OutboxBridge::showEchoesOfCurrentRoom);
}

void OutboxBridge::showEchoesOfCurrentRoom()
{
    const qint64 room = m_messages.chatroom();
    if (room == 0)
        return;
    for (const OutboxAction &action : m_outbox.pending()) {
        if (action.chatroomId == room && echoes(action.kind) && !m_messages.echo(action.id))
            onChanged(action);
    }
}

void OutboxBridge::onChanged(const OutboxAction &action)
{
    if (action.profileId != m_outbox.profile())
        return;
    if (action.state == OutboxState::Sent) {
        switch (action.kind) {
        case OutboxKind::PushProduct:
        case OutboxKind::RequestRating:
            if (const std::optional<domain::Message> message =
                    domain::Message::fromJson(action.serverAnswer))
                m_messages.settleEcho(action.id, *message);
            else
                m_messages.removeEcho(action.id);
            break;
        case OutboxKind::CreateChatroom:
            if (const std::optional<domain::Chatroom> room =
                    domain::Chatroom::fromJson(action.serverAnswer))
                m_inbox.upsert(*room);
            break;
        case OutboxKind::SetDialogue:
            if (const std::optional<domain::Chatroom> room =
                    domain::Chatroom::fromPatchResponse(action.serverAnswer)) {
                m_inbox.upsert(*room);
                break;
            }
            [[fallthrough]];
        case OutboxKind::MarkRead:
            break;
        }
        if (action.chatroomId > 0)
            Q_EMIT roomTouched(action.chatroomId);
        return;
    }
    if (!echoes(action.kind) || action.chatroomId != m_messages.chatroom())
        return;
    LocalEcho echo;
    echo.outboxId = action.id;
    echo.chatroomId = action.chatroomId;
    echo.draft = m_sender.echoDraft(action.id).value_or(plainDraft(action));
    switch (action.state) {
    case OutboxState::Queued:
        echo.state = LocalEcho::State::Pending;
        break;
    case OutboxState::Sending:
        echo.state = LocalEcho::State::Sending;
        break;
    case OutboxState::Failed:
        echo.state = LocalEcho::State::Failed;
        echo.editable = !action.lastError.fieldErrors.isEmpty();
        break;
    case OutboxState::NeedsAttention:
        echo.state = LocalEcho::State::NeedsAttention;
        break;
    case OutboxState::Sent:
        return;
    }
    echo.errorText = action.lastError.message;
    if (action.nextAttemptAt > 0)
        echo.nextAttempt = QDateTime::fromMSecsSinceEpoch(action.nextAttemptAt, Qt::UTC);
    m_messages.setEcho(echo);
}

} // namespace popsell::app
