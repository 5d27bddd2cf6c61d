#include "core/api/popsellapi.h"

#include "core/api/apicall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

#include <utility>

namespace popsell::api {

// ------------------------------------------------------------------------------- PageWalk

PageWalk::PageWalk(QObject *parent)
    : QObject(parent)
{}

void PageWalk::cancel()
{
    // Report first, then stop the request: its own Canceled answer finds the walk over.
    if (std::function<void()> report = std::exchange(m_onCancel, {}))
        report();
    if (m_current)
        m_current->cancel();
}

// ----------------------------------------------------------------------------- PopsellApi

PopsellApi::PopsellApi(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ApiError PopsellApi::undecodable(const QString &what, const JsonReply &reply)
{
    // The shape of the body, never its text: it could echo a credential.
    const QString shape = reply.json.isObject()      ? QStringLiteral("an object")
                          : reply.json.isArray()     ? QStringLiteral("an array")
                          : reply.json.isUndefined() ? QStringLiteral("no body")
                                                     : QStringLiteral("a scalar");
    return ApiError(ApiError::Kind::BadResponse,
                    QStringLiteral("HTTP %1: expected a %2, got %3 that does not decode")
                        .arg(reply.status)
                        .arg(what, shape),
                    reply.status);
}

Result<ActionAck> PopsellApi::decodeAck(const Result<JsonReply> &reply)
{
    if (!reply)
        return reply.error();
    // Free text, maybe null or absent (flag): kept for display, never interpreted.
    return ActionAck{reply.value().json.toObject().value(QStringLiteral("message")).toString()};
}

ApiCall *PopsellApi::sendAction(Endpoint endpoint, const QList<qint64> &ids,
                                const QJsonObject &body, QObject *context, Callback<ActionAck> done)
{
    return m_client.send(
        endpoint, ids, {}, body, context,
        [done = std::move(done)](Result<JsonReply> reply) { done(decodeAck(reply)); });
}

ApiCall *PopsellApi::sendUrl(Endpoint endpoint, const QUrl &url, QObject *context,
                             JsonCallback done)
{
    return m_client.sendUrl(endpoint, url, context, std::move(done));
}

void PopsellApi::later(QObject *context, std::function<void()> deliver)
{
    QObject *receiver = context ? context : this;
    QMetaObject::invokeMethod(
        receiver, [deliver = std::move(deliver)] { deliver(); }, Qt::QueuedConnection);
}

// ------------------------------------------------------------------------ auth and brand

ApiCall *PopsellApi::exchangeApiKey(const QString &apiKey, QObject *context, Callback<QString> done)
{
    if (apiKey.trimmed().isEmpty()) {
        ApiError error(ApiError::Kind::Validation, QStringLiteral("refused before sending"));
        const QString message = tr("The API key is required.");
        error.withServerMessage(message).withFieldErrors({{QStringLiteral("api_key"), {message}}});
        return refuse<QString>(error, context, std::move(done));
    }
    const QJsonObject body{{QStringLiteral("api_key"), apiKey}};
    return m_client.send(
        Endpoint::CreateToken, {}, {}, body, context,
        [client = QPointer<ApiClient>(&m_client), done = std::move(done)](Result<JsonReply> reply) {
            if (!reply) {
                done(reply.error());
                return;
            }
            const QString token =
                reply.value().json.toObject().value(QStringLiteral("token")).toString();
            if (token.isEmpty()) {
                done(undecodable(QStringLiteral("token"), reply.value()));
                return;
            }
            if (client)
                client->setToken(token);
            done(token);
        });
}

ApiCall *PopsellApi::logout(QObject *context, Callback<ActionAck> done)
{
    return m_client.send(
        Endpoint::Logout, {}, {}, QJsonObject{}, context,
        [client = QPointer<ApiClient>(&m_client), done = std::move(done)](Result<JsonReply> reply) {
            if (reply && client)
                client->clearToken();
            done(decodeAck(reply));
        });
}

ApiCall *PopsellApi::brandInfo(QObject *context, Callback<domain::BrandInfo> done)
{
    return getValue<domain::BrandInfo>(Endpoint::GetBrand, {}, context, std::move(done));
}

// ----------------------------------------------------------------------------- chatrooms

ApiCall *PopsellApi::createChatroom(const CreateChatroomRequest &request, QObject *context,
                                    Callback<domain::Chatroom> done,
                                    const QByteArray &idempotencyKey)
{
    if (std::optional<ApiError> error = request.validate())
        return refuse<domain::Chatroom>(*error, context, std::move(done));
    return sendValue<domain::Chatroom>(Endpoint::CreateChatroom, {}, request.toJson(), context,
                                       std::move(done), idempotencyKey);
}

ApiCall *PopsellApi::chatroom(qint64 chatroom, QObject *context, Callback<domain::Chatroom> done)
{
    return getValue<domain::Chatroom>(Endpoint::GetChatroom, {chatroom}, context, std::move(done));
}

ApiCall *PopsellApi::setEstablishedDialogue(qint64 chatroom, std::optional<QDateTime> at,
                                            QObject *context, Callback<domain::Chatroom> done)
{
    const EstablishedDialogueUpdate update{at};
    if (std::optional<ApiError> error = update.validate())
        return refuse<domain::Chatroom>(*error, context, std::move(done));
    return m_client.send(Endpoint::UpdateChatroom, {chatroom}, {}, update.toJson(), context,
                         [self = QPointer<PopsellApi>(this), chatroom,
                          context = QPointer<QObject>(context),
                          done = std::move(done)](Result<JsonReply> reply) mutable {
                             if (!reply) {
                                 done(reply.error());
                                 return;
                             }
                             if (std::optional<domain::Chatroom> room =
                                     domain::Chatroom::fromPatchResponse(reply.value().json)) {
                                 done(std::move(*room));
                                 return;
                             }
                             // [] (the thomsell mirror) says nothing of the new state: ask for it.
                             // An object or array that does not decode is a bad response, not a
                             // reason to GET.
                             const QJsonValue &json = reply.value().json;
                             if (!(json.isArray() && json.toArray().isEmpty())) {
                                 done(undecodable(QStringLiteral("chatroom"), reply.value()));
                                 return;
                             }
                             if (!self || !context)
                                 return;
                             self->chatroom(chatroom, context, std::move(done));
                         });
}

ApiCall *PopsellApi::ambassadorChatrooms(qint64 ambassador,
                                         const AmbassadorChatroomFilters &filters, QObject *context,
                                         Callback<ChatroomPage> done)
{
    return getPage<domain::Chatroom>(Endpoint::ListAmbassadorChatrooms, {ambassador},
                                     filters.toQuery(), context, std::move(done));
}

ApiCall *PopsellApi::markRead(qint64 chatroom, qint64 ambassador, QObject *context,
                              Callback<domain::Message> done)
{
    // No body is documented; an empty object keeps Content-Type and the body consistent.
    return sendValue<domain::Message>(Endpoint::MarkRead, {chatroom, ambassador}, QJsonObject{},
                                      context, std::move(done));
}

ApiCall *PopsellApi::setArchived(qint64 chatroom, qint64 ambassador, bool archived,
                                 QObject *context, Callback<ActionAck> done)
{
    return sendAction(Endpoint::SetArchived, {chatroom, ambassador},
                      QJsonObject{{QStringLiteral("archive"), archived}}, context, std::move(done));
}

ApiCall *PopsellApi::setBlocked(qint64 chatroom, qint64 ambassador, bool blocked, QObject *context,
                                Callback<ActionAck> done)
{
    return sendAction(Endpoint::SetBlocked, {chatroom, ambassador},
                      QJsonObject{{QStringLiteral("is_blocked"), blocked}}, context,
                      std::move(done));
}

ApiCall *PopsellApi::setFlag(qint64 chatroom, qint64 ambassador, std::optional<int> flag,
                             QObject *context, Callback<ActionAck> done)
{
    if (flag && *flag != 1 && *flag != 2) {
        ApiError error(ApiError::Kind::Validation, QStringLiteral("refused before sending"));
        const QString message = tr("The flag is 1 (to do), 2 (done) or none.");
        error.withServerMessage(message).withFieldErrors({{QStringLiteral("flag"), {message}}});
        return refuse<ActionAck>(error, context, std::move(done));
    }
    const QJsonValue value = flag ? QJsonValue(*flag) : QJsonValue(QJsonValue::Null);
    return sendAction(Endpoint::SetFlag, {chatroom, ambassador},
                      QJsonObject{{QStringLiteral("flag"), value}}, context, std::move(done));
}

ApiCall *PopsellApi::purgeChatroom(qint64 chatroom, qint64 ambassador, QObject *context,
                                   Callback<ActionAck> done)
{
    return sendAction(Endpoint::PurgeChatroom, {chatroom},
                      QJsonObject{{QStringLiteral("id_ambassador"), ambassador}}, context,
                      std::move(done));
}

// ------------------------------------------------------------------------------ messages

ApiCall *PopsellApi::messages(qint64 chatroom, const MessageFilters &filters, QObject *context,
                              Callback<MessagePage> done)
{
    return getPage<domain::Message>(Endpoint::ListMessages, {chatroom}, filters.toQuery(), context,
                                    std::move(done));
}

ApiCall *PopsellApi::postMessage(qint64 chatroom, const PostMessageRequest &request,
                                 QObject *context, Callback<domain::Message> done,
                                 const QByteArray &idempotencyKey)
{
    if (std::optional<ApiError> error = request.validate())
        return refuse<domain::Message>(*error, context, std::move(done));
    return sendValue<domain::Message>(Endpoint::PostMessage, {chatroom}, request.toJson(), context,
                                      std::move(done), idempotencyKey);
}

ApiCall *PopsellApi::postProductMessage(qint64 chatroom, const ProductMessageRequest &request,
                                        QObject *context, Callback<domain::Message> done,
                                        const QByteArray &idempotencyKey)
{
    if (std::optional<ApiError> error = request.validate())
        return refuse<domain::Message>(*error, context, std::move(done));
    return sendValue<domain::Message>(Endpoint::PostProductMessage, {chatroom}, request.toJson(),
                                      context, std::move(done), idempotencyKey);
}

ApiCall *PopsellApi::message(qint64 message, QObject *context, Callback<domain::Message> done)
{
    return getValue<domain::Message>(Endpoint::GetMessage, {message}, context, std::move(done));
}

ApiCall *PopsellApi::updateMessage(qint64 message, const MessageUpdate &update, QObject *context,
                                   Callback<domain::Message> done)
{
    if (std::optional<ApiError> error = update.validate())
        return refuse<domain::Message>(*error, context, std::move(done));
    return sendValue<domain::Message>(Endpoint::UpdateMessage, {message}, update.toJson(), context,
                                      std::move(done));
}

// ------------------------------------------------------------------------------- ratings

ApiCall *PopsellApi::requestRating(qint64 chatroom, const RatingRequest &request, QObject *context,
                                   Callback<domain::Message> done, const QByteArray &idempotencyKey)
{
    if (std::optional<ApiError> error = request.validate())
        return refuse<domain::Message>(*error, context, std::move(done));
    return sendValue<domain::Message>(Endpoint::RateChatroom, {chatroom}, request.toJson(), context,
                                      std::move(done), idempotencyKey);
}

ApiCall *PopsellApi::updateRating(qint64 rating, const RatingUpdate &update, QObject *context,
                                  Callback<domain::Rating> done)
{
    if (std::optional<ApiError> error = update.validate())
        return refuse<domain::Rating>(*error, context, std::move(done));
    return sendValue<domain::Rating>(Endpoint::UpdateRating, {rating}, update.toJson(), context,
                                     std::move(done));
}

// --------------------------------------------------------------------------- ambassadors

ApiCall *PopsellApi::chatAmbassadors(const ChatAmbassadorFilters &filters, QObject *context,
                                     Callback<AmbassadorPage> done)
{
    return getPage<domain::Ambassador>(Endpoint::ListChatAmbassadors, {}, filters.toQuery(),
                                       context, std::move(done));
}

ApiCall *PopsellApi::updateChatAmbassador(qint64 ambassador, const ChatAmbassadorUpdate &update,
                                          QObject *context, Callback<domain::Ambassador> done)
{
    return sendValue<domain::Ambassador>(Endpoint::UpdateChatAmbassador, {ambassador},
                                         update.toJson(), context, std::move(done));
}

ApiCall *PopsellApi::shopCustomer(const ShopCustomerRequest &request, QObject *context,
                                  Callback<domain::Ambassador> done,
                                  const QByteArray &idempotencyKey)
{
    if (std::optional<ApiError> error = request.validate())
        return refuse<domain::Ambassador>(*error, context, std::move(done));
    return sendValue<domain::Ambassador>(Endpoint::CreateShopCustomer, {}, request.toJson(),
                                         context, std::move(done), idempotencyKey);
}

// ------------------------------------------------------------------------- manager scope

ApiCall *PopsellApi::managerChatrooms(const ChatroomFilters &filters, QObject *context,
                                      Callback<ChatroomPage> done)
{
    return getPage<domain::Chatroom>(Endpoint::ManagerListChatrooms, {}, filters.toQuery(), context,
                                     std::move(done));
}

ApiCall *PopsellApi::managerChatroom(qint64 chatroom, QObject *context,
                                     Callback<domain::Chatroom> done)
{
    return getValue<domain::Chatroom>(Endpoint::ManagerGetChatroom, {chatroom}, context,
                                      std::move(done));
}

ApiCall *PopsellApi::managerAmbassadors(const ManagerAmbassadorFilters &filters, QObject *context,
                                        Callback<AmbassadorPage> done)
{
    return getPage<domain::Ambassador>(Endpoint::ManagerListAmbassadors, {}, filters.toQuery(),
                                       context, std::move(done));
}

ApiCall *PopsellApi::ambassadorMicroResources(const AmbassadorMicroResourceFilters &filters,
                                              QObject *context, Callback<AmbassadorPage> done)
{
    return getPage<domain::Ambassador>(Endpoint::ManagerListAmbassadorMicroResources, {},
                                       filters.toQuery(), context, std::move(done));
}

ApiCall *PopsellApi::products(const ProductFilters &filters, QObject *context,
                              Callback<ProductPage> done)
{
    return getPage<domain::Product>(Endpoint::ManagerListProducts, {}, filters.toQuery(), context,
                                    std::move(done));
}

ApiCall *PopsellApi::product(qint64 product, QObject *context, Callback<domain::Product> done)
{
    return getValue<domain::Product>(Endpoint::ManagerGetProduct, {product}, context,
                                     std::move(done));
}

ApiCall *PopsellApi::brandTags(const BrandTagFilters &filters, QObject *context,
                               Callback<BrandTagPage> done)
{
    return getPage<domain::BrandTag>(Endpoint::ManagerListBrandTags, {}, filters.toQuery(), context,
                                     std::move(done));
}

ApiCall *PopsellApi::chatTopics(const ChatTopicFilters &filters, QObject *context,
                                Callback<ChatTopicPage> done)
{
    return getPage<domain::ChatTopic>(Endpoint::ManagerListChatTopics, {}, filters.toQuery(),
                                      context, std::move(done));
}

ApiCall *PopsellApi::chatTopic(qint64 topic, QObject *context, Callback<domain::ChatTopic> done)
{
    return getValue<domain::ChatTopic>(Endpoint::ManagerGetChatTopic, {topic}, context,
                                       std::move(done));
}

// -------------------------------------------------------------------------------- paging

PageWalk *PopsellApi::allManagerChatrooms(const ChatroomFilters &filters, int maxPages,
                                          QObject *context, Callback<ChatroomPage> done)
{
    return allPages<domain::Chatroom>(
        Endpoint::ManagerListChatrooms,
        [this, filters](QObject *walk, Callback<ChatroomPage> first) {
            return managerChatrooms(filters, walk, std::move(first));
        },
        maxPages, context, std::move(done));
}

PageWalk *PopsellApi::allAmbassadorChatrooms(qint64 ambassador,
                                             const AmbassadorChatroomFilters &filters, int maxPages,
                                             QObject *context, Callback<ChatroomPage> done)
{
    return allPages<domain::Chatroom>(
        Endpoint::ListAmbassadorChatrooms,
        [this, ambassador, filters](QObject *walk, Callback<ChatroomPage> first) {
            return ambassadorChatrooms(ambassador, filters, walk, std::move(first));
        },
        maxPages, context, std::move(done));
}

PageWalk *PopsellApi::allMessages(qint64 chatroom, const MessageFilters &filters, int maxPages,
                                  QObject *context, Callback<MessagePage> done)
{
    return allPages<domain::Message>(
        Endpoint::ListMessages,
        [this, chatroom, filters](QObject *walk, Callback<MessagePage> first) {
            return messages(chatroom, filters, walk, std::move(first));
        },
        maxPages, context, std::move(done));
}

} // namespace popsell::api
