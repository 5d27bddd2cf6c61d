#include "core/outbox/outboxaction.h"

#include "core/api/requestbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace popsell::outbox {

namespace {

struct KindEntry
{
    OutboxKind kind;
    const char *name;
    api::Endpoint endpoint;
};

// The store keeps these names: never rename one.
constexpr KindEntry kKinds[] = {
    {OutboxKind::CreateChatroom, "create_chatroom", api::Endpoint::CreateChatroom},
    {OutboxKind::PushProduct, "push_product", api::Endpoint::PostProductMessage},
    {OutboxKind::RequestRating, "request_rating", api::Endpoint::RateChatroom},
    {OutboxKind::MarkRead, "mark_read", api::Endpoint::MarkRead},
    {OutboxKind::SetDialogue, "set_dialogue", api::Endpoint::UpdateChatroom},
};

struct StateEntry
{
    OutboxState state;
    const char *name;
};

constexpr StateEntry kStates[] = {
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Sent, "sent"},
    {OutboxState::Failed, "failed"},
    {OutboxState::NeedsAttention, "needs_attention"},
};

std::optional<qint64> optionalId(const QJsonObject &body, QStringView key)
{
    const QJsonValue value = body.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

api::ApiError invalidAction(const QString &field, const QString &message)
{
    api::ApiError error(api::ApiError::Kind::Validation,
                        QStringLiteral("refused before accepting: ") + message);
    error.withServerMessage(message).withFieldErrors({{field, {message}}});
    return error;
}

OutboxAction makeAction(const QString &profileId, OutboxKind kind, qint64 chatroom,
                        QList<qint64> pathIds, QJsonObject body)
{
    OutboxAction action;
    action.profileId = profileId;
    action.kind = kind;
    action.chatroomId = chatroom;
    action.endpoint = endpointOf(kind);
    action.pathIds = std::move(pathIds);
    action.body = std::move(body);
    return action;
}

} // namespace

OutboxError OutboxError::fromApiError(const api::ApiError &error)
{
    OutboxError e;
    e.kindName = api::ApiError::kindName(error.kind());
    e.httpStatus = error.httpStatus();
    e.message = error.userMessage();
    e.fieldErrors = error.fieldErrors();
    return e;
}

OutboxAction OutboxAction::createChatroom(const QString &profileId,
                                          const api::CreateChatroomRequest &request)
{
    return makeAction(profileId, OutboxKind::CreateChatroom, 0, {}, request.toJson());
}

OutboxAction OutboxAction::pushProduct(const QString &profileId, qint64 chatroom,
                                       const api::ProductMessageRequest &request)
{
    return makeAction(profileId, OutboxKind::PushProduct, chatroom, {chatroom}, request.toJson());
}

OutboxAction OutboxAction::requestRating(const QString &profileId, qint64 chatroom,
                                         const api::RatingRequest &request)
{
    return makeAction(profileId, OutboxKind::RequestRating, chatroom, {chatroom}, request.toJson());
}

OutboxAction OutboxAction::markRead(const QString &profileId, qint64 chatroom, qint64 ambassador)
{
    // No body is documented; PopsellApi::markRead sends an empty object too.
    return makeAction(profileId, OutboxKind::MarkRead, chatroom, {chatroom, ambassador},
                      QJsonObject{});
}

OutboxAction OutboxAction::setDialogue(const QString &profileId, qint64 chatroom,
                                       std::optional<QDateTime> at)
{
    return makeAction(profileId, OutboxKind::SetDialogue, chatroom, {chatroom},
                      api::EstablishedDialogueUpdate{std::move(at)}.toJson());
}

QString kindName(OutboxKind kind)
{
    for (const KindEntry &entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<OutboxKind> kindFromName(const QString &name)
{
    for (const KindEntry &entry : kKinds) {
        if (name == QLatin1StringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString stateName(OutboxState state)
{
    for (const StateEntry &entry : kStates) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<OutboxState> stateFromName(const QString &name)
{
    for (const StateEntry &entry : kStates) {
        if (name == QLatin1StringView(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

QString kindLabel(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::CreateChatroom:
        return QCoreApplication::translate("Outbox", "Create a chatroom");
    case OutboxKind::PushProduct:
        return QCoreApplication::translate("Outbox", "Push a product");
    case OutboxKind::RequestRating:
        return QCoreApplication::translate("Outbox", "Request a rating");
    case OutboxKind::MarkRead:
        return QCoreApplication::translate("Outbox", "Mark as read");
    case OutboxKind::SetDialogue:
        return QCoreApplication::translate("Outbox", "Set the dialogue state");
    }
    return {};
}

QString stateLabel(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QCoreApplication::translate("Outbox", "Waiting to be sent");
    case OutboxState::Sending:
        return QCoreApplication::translate("Outbox", "Sending", "action state");
    case OutboxState::Sent:
        return QCoreApplication::translate("Outbox", "Sent", "action state");
    case OutboxState::Failed:
        return QCoreApplication::translate("Outbox", "Failed", "action state");
    case OutboxState::NeedsAttention:
        return QCoreApplication::translate("Outbox", "Needs your attention");
    }
    return {};
}

api::Endpoint endpointOf(OutboxKind kind)
{
    for (const KindEntry &entry : kKinds) {
        if (entry.kind == kind)
            return entry.endpoint;
    }
    return api::Endpoint::PostProductMessage;
}

api::CreateChatroomRequest createChatroomRequestOf(const QJsonObject &body)
{
    api::CreateChatroomRequest request;
    const QJsonArray ids = body.value(u"ids_ambassadors").toArray();
    for (const QJsonValue &id : ids)
        request.ambassadorIds.append(id.toInteger());
    request.brandTagId = optionalId(body, u"id_brand_tag");
    request.source = int(body.value(u"source").toInteger(-1));
    return request;
}

api::ProductMessageRequest productMessageRequestOf(const QJsonObject &body)
{
    api::ProductMessageRequest request;
    request.ambassador = body.value(u"id_ambassador").toInteger();
    request.product = body.value(u"id_product").toInteger();
    return request;
}

api::RatingRequest ratingRequestOf(const QJsonObject &body)
{
    api::RatingRequest request;
    request.rater = optionalId(body, u"id_user_rater");
    request.rated = optionalId(body, u"id_user_rated");
    return request;
}

std::optional<api::ApiError> validateAction(const OutboxAction &action)
{
    if (action.profileId.isEmpty()) {
        return invalidAction(QStringLiteral("profile"),
                             QCoreApplication::translate(
                                 "Outbox", "The action belongs to no profile: sign in first."));
    }
    if (action.endpoint != endpointOf(action.kind) ||
        QString::fromLatin1(api::endpointSpec(action.endpoint).pathTemplate).count(u'{') !=
            action.pathIds.size()) {
        return invalidAction(QStringLiteral("action"),
                             QCoreApplication::translate("Outbox", "The action is malformed."));
    }
    for (qint64 id : action.pathIds) {
        if (id <= 0) {
            return invalidAction(QStringLiteral("action"),
                                 QCoreApplication::translate("Outbox", "The action is malformed."));
        }
    }
    if (action.kind != OutboxKind::CreateChatroom &&
        (action.pathIds.isEmpty() || action.chatroomId != action.pathIds.first())) {
        return invalidAction(QStringLiteral("action"),
                             QCoreApplication::translate("Outbox", "The action is malformed."));
    }
    switch (action.kind) {
    case OutboxKind::CreateChatroom:
        return createChatroomRequestOf(action.body).validate();
    case OutboxKind::PushProduct:
        return productMessageRequestOf(action.body).validate();
    case OutboxKind::RequestRating:
        return ratingRequestOf(action.body).validate();
    case OutboxKind::MarkRead:
        return std::nullopt;
    case OutboxKind::SetDialogue: {
        const QJsonValue at = action.body.value(u"established_dialogue");
        if (at.isNull() || (at.isString() && !at.toString().isEmpty()))
            return std::nullopt;
        return invalidAction(
            QStringLiteral("established_dialogue"),
            QCoreApplication::translate("Outbox", "The dialogue date is not a valid date."));
    }
    }
    return std::nullopt;
}

qint64 serverIdFromAnswer(const OutboxAction &action, const QJsonValue &answer)
{
    QJsonObject object = answer.toObject();
    if (answer.isArray()) {
        const QJsonArray array = answer.toArray();
        // PATCH /chat/chatrooms/{id} may answer [] (quirk 3): the chatroom is the action's.
        if (array.isEmpty())
            return action.kind == OutboxKind::SetDialogue ? action.chatroomId : 0;
        object = array.first().toObject();
    }
    const bool chatroom =
        action.kind == OutboxKind::CreateChatroom || action.kind == OutboxKind::SetDialogue;
    const QJsonValue id = object.value(chatroom ? u"id_chatroom" : u"id_message");
    return id.isDouble() ? id.toInteger() : 0;
}

QByteArray newIdempotencyKey()
{
    return api::RequestBuilder::newIdempotencyKey();
}

} // namespace popsell::outbox
