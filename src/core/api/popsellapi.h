#pragma once

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/endpoints.h"
#include "core/api/requests.h"
#include "core/api/result.h"
#include "core/domain/ambassador.h"
#include "core/domain/brand.h"
#include "core/domain/brandtag.h"
#include "core/domain/chatroom.h"
#include "core/domain/chattopic.h"
#include "core/domain/message.h"
#include "core/domain/page.h"
#include "core/domain/product.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace popsell::api {

class ApiCall;

// The answer of the action routes (archive, block, flag, purge, logout): free text, maybe
// null, that is shown or logged but never parsed (reference section 5).
struct ActionAck
{
    QString message;
};

// A running fetch of every page of a list (PopsellApi::allPages). It is a child of the
// caller's context and deletes itself once the callback has run.
class PageWalk : public QObject
{
    Q_OBJECT

public:
    explicit PageWalk(QObject *parent);

    // Stops the walk: the page request in flight is cancelled and the callback receives
    // a Canceled error (once; nothing when it already ran).
    void cancel();
    int pagesFetched() const { return m_pagesFetched; }

    // For PopsellApi's walk: the request in flight and how to report a cancel.
    void setCurrentCall(ApiCall *call) { m_current = call; }
    void setCancelHandler(std::function<void()> handler) { m_onCancel = std::move(handler); }
    void countPage() { ++m_pagesFetched; }

private:
    QPointer<ApiCall> m_current;
    std::function<void()> m_onCancel;
    int m_pagesFetched = 0;
};

// The typed operations of the Popsell API v2 over one ApiClient (the transport), one
// method per operation of the endpoint table. Each method sends one request and calls
// `done` once, on this thread, with the decoded value or an ApiError — unless `context`
// is destroyed first. Requests that break a rule the reference states (requests.h
// validate()) are refused locally: nothing is sent, the method returns nullptr and `done`
// receives the Validation error from the event loop, never from inside the call.
//
// The non-idempotent POSTs (create chatroom, post message, push product, request rating,
// shop customer) carry an Idempotency-Key. To send one again after an attempt whose outcome
// is unknown (a timeout, a dropped connection), pass that attempt's
// ApiCall::idempotencyKey() as `idempotencyKey`: the server then applies it once and
// replays the first answer.
class PopsellApi : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    using ChatroomPage = domain::Page<domain::Chatroom>;
    using MessagePage = domain::Page<domain::Message>;
    using AmbassadorPage = domain::Page<domain::Ambassador>;
    using ProductPage = domain::Page<domain::Product>;
    using BrandTagPage = domain::Page<domain::BrandTag>;
    using ChatTopicPage = domain::Page<domain::ChatTopic>;

    // allPages stops there and hands back what it has, with hasMore() still true.
    static constexpr int kDefaultMaxPages = 200;

    explicit PopsellApi(ApiClient &client, QObject *parent = nullptr);

    ApiClient &client() const { return m_client; }

    // ---------------------------------------------------------------- auth and brand
    // POST /auth/token: on success the token is also set on the ApiClient.
    ApiCall *exchangeApiKey(const QString &apiKey, QObject *context, Callback<QString> done);
    // POST /auth/logout: on success the ApiClient forgets its token.
    ApiCall *logout(QObject *context, Callback<ActionAck> done);
    // GET /brand
    ApiCall *brandInfo(QObject *context, Callback<domain::BrandInfo> done);

    // ------------------------------------------------------------------- chatrooms
    // POST /chat/chatrooms (seed 001). Sent with an Idempotency-Key by the transport.
    ApiCall *createChatroom(const CreateChatroomRequest &request, QObject *context,
                            Callback<domain::Chatroom> done, const QByteArray &idempotencyKey = {});
    // GET /chat/chatrooms/{id}
    ApiCall *chatroom(qint64 chatroom, QObject *context, Callback<domain::Chatroom> done);
    // PATCH /chat/chatrooms/{id} (seed 004): sets established_dialogue to `at` (UTC,
    // "YYYY-MM-DD HH:MM:SS.mmm") or clears it (nullopt). When the answer is [] (quirk 3)
    // the chatroom is fetched again before `done` runs; the returned call is the PATCH.
    ApiCall *setEstablishedDialogue(qint64 chatroom, std::optional<QDateTime> at, QObject *context,
                                    Callback<domain::Chatroom> done);
    // GET /chat/ambassadors/{ambassador}/chatrooms
    ApiCall *ambassadorChatrooms(qint64 ambassador, const AmbassadorChatroomFilters &filters,
                                 QObject *context, Callback<ChatroomPage> done);
    // POST /chat/chatrooms/{chatroom}/ambassadors/{ambassador}/read (seed 003): the
    // message now marked as the ambassador's last read one.
    ApiCall *markRead(qint64 chatroom, qint64 ambassador, QObject *context,
                      Callback<domain::Message> done);
    // PATCH .../archive, .../block, .../flag (flag 1 todo, 2 done, nullopt clears).
    ApiCall *setArchived(qint64 chatroom, qint64 ambassador, bool archived, QObject *context,
                         Callback<ActionAck> done);
    ApiCall *setBlocked(qint64 chatroom, qint64 ambassador, bool blocked, QObject *context,
                        Callback<ActionAck> done);
    ApiCall *setFlag(qint64 chatroom, qint64 ambassador, std::optional<int> flag, QObject *context,
                     Callback<ActionAck> done);
    // PATCH /chat/chatrooms/{chatroom}/purge for one ambassador.
    ApiCall *purgeChatroom(qint64 chatroom, qint64 ambassador, QObject *context,
                           Callback<ActionAck> done);

    // -------------------------------------------------------------------- messages
    // GET /chat/chatrooms/{chatroom}/messages
    ApiCall *messages(qint64 chatroom, const MessageFilters &filters, QObject *context,
                      Callback<MessagePage> done);
    // POST /chat/chatrooms/{chatroom}/messages
    ApiCall *postMessage(qint64 chatroom, const PostMessageRequest &request, QObject *context,
                         Callback<domain::Message> done, const QByteArray &idempotencyKey = {});
    // POST /chat/chatrooms/{chatroom}/messages-product (seed 000)
    ApiCall *postProductMessage(qint64 chatroom, const ProductMessageRequest &request,
                                QObject *context, Callback<domain::Message> done,
                                const QByteArray &idempotencyKey = {});
    // GET /chat/messages/{id}
    ApiCall *message(qint64 message, QObject *context, Callback<domain::Message> done);
    // PATCH /chat/messages/{id}: MessageUpdate::hide() hides it.
    ApiCall *updateMessage(qint64 message, const MessageUpdate &update, QObject *context,
                           Callback<domain::Message> done);

    // --------------------------------------------------------------------- ratings
    // POST /chat/chatrooms/{chatroom}/ratings (seed 002): the rating message (type 2).
    ApiCall *requestRating(qint64 chatroom, const RatingRequest &request, QObject *context,
                           Callback<domain::Message> done, const QByteArray &idempotencyKey = {});
    // PATCH /chat/ratings/{rating}: score and comment.
    ApiCall *updateRating(qint64 rating, const RatingUpdate &update, QObject *context,
                          Callback<domain::Rating> done);

    // ----------------------------------------------------------------- ambassadors
    // GET /chat/ambassadors
    ApiCall *chatAmbassadors(const ChatAmbassadorFilters &filters, QObject *context,
                             Callback<AmbassadorPage> done);
    // PATCH /chat/ambassadors/{ambassador}
    ApiCall *updateChatAmbassador(qint64 ambassador, const ChatAmbassadorUpdate &update,
                                  QObject *context, Callback<domain::Ambassador> done);
    // POST /chat/ambassadors/shop-customer (200 whether found or created, quirk 18)
    ApiCall *shopCustomer(const ShopCustomerRequest &request, QObject *context,
                          Callback<domain::Ambassador> done, const QByteArray &idempotencyKey = {});

    // ---------------------------------------------------------------- manager scope
    // GET /manager/chatrooms: the brand-wide inbox.
    ApiCall *managerChatrooms(const ChatroomFilters &filters, QObject *context,
                              Callback<ChatroomPage> done);
    // GET /manager/chatrooms/{id}: with its messages embedded.
    ApiCall *managerChatroom(qint64 chatroom, QObject *context, Callback<domain::Chatroom> done);
    // GET /manager/ambassadors (the manager record, read as its Ambassador fields)
    ApiCall *managerAmbassadors(const ManagerAmbassadorFilters &filters, QObject *context,
                                Callback<AmbassadorPage> done);
    // GET /manager/ambassadors/micro-resource
    ApiCall *ambassadorMicroResources(const AmbassadorMicroResourceFilters &filters,
                                      QObject *context, Callback<AmbassadorPage> done);
    // GET /manager/products, GET /manager/products/{id}
    ApiCall *products(const ProductFilters &filters, QObject *context, Callback<ProductPage> done);
    ApiCall *product(qint64 product, QObject *context, Callback<domain::Product> done);
    // GET /manager/brand-tags
    ApiCall *brandTags(const BrandTagFilters &filters, QObject *context,
                       Callback<BrandTagPage> done);
    // GET /manager/chat-topics, GET /manager/chat-topics/{id}
    ApiCall *chatTopics(const ChatTopicFilters &filters, QObject *context,
                        Callback<ChatTopicPage> done);
    ApiCall *chatTopic(qint64 topic, QObject *context, Callback<domain::ChatTopic> done);

    // ---------------------------------------------------------------------- paging
    // The page after `page`, by its next_page_url (which the transport refuses when it
    // leaves the API's origin). `list` is the endpoint that produced `page` (it decides the
    // headers). A last page (no next_page_url) is answered with an empty page, from the
    // event loop, without a request; the method returns nullptr then.
    template<typename T>
    ApiCall *nextPage(Endpoint list, const domain::Page<T> &page, QObject *context,
                      Callback<domain::Page<T>> done);

    // Fetches a first page with `first`, then follows next_page_url until the last page or
    // `maxPages` pages, and answers one page holding every item in order: total, lastPage
    // and perPage of the last page fetched, skipped summed, nextPageUrl still set (hasMore)
    // when maxPages cut the walk short. Each page is requested from the previous answer's
    // callback, so the stack does not grow with the number of pages. A next_page_url seen
    // twice ends the walk with a BadResponse error. Any error ends it with that error.
    template<typename T>
    using FirstPage = std::function<ApiCall *(QObject *context, Callback<domain::Page<T>>)>;
    template<typename T>
    PageWalk *allPages(Endpoint list, FirstPage<T> first, int maxPages, QObject *context,
                       Callback<domain::Page<T>> done);

    // allPages for the lists popsellctl walks with --all.
    PageWalk *allManagerChatrooms(const ChatroomFilters &filters, int maxPages, QObject *context,
                                  Callback<ChatroomPage> done);
    PageWalk *allAmbassadorChatrooms(qint64 ambassador, const AmbassadorChatroomFilters &filters,
                                     int maxPages, QObject *context, Callback<ChatroomPage> done);
    PageWalk *allMessages(qint64 chatroom, const MessageFilters &filters, int maxPages,
                          QObject *context, Callback<MessagePage> done);

private:
    using JsonCallback = ApiClient::JsonCallback;

    // Decoding of a reply into T (T::fromJson) or a page of T; BadResponse when it does
    // not decode.
    template<typename T>
    static Result<T> decodeValue(const Result<JsonReply> &reply);
    template<typename T>
    static Result<domain::Page<T>> decodePageOf(const Result<JsonReply> &reply);
    static ApiError undecodable(const QString &what, const JsonReply &reply);
    static Result<ActionAck> decodeAck(const Result<JsonReply> &reply);

    template<typename T>
    ApiCall *getValue(Endpoint endpoint, const QList<qint64> &ids, QObject *context,
                      Callback<T> done);
    template<typename T>
    ApiCall *getPage(Endpoint endpoint, const QList<qint64> &ids, const QUrlQuery &query,
                     QObject *context, Callback<domain::Page<T>> done);
    // `idempotencyKey` empty: a new one where the endpoint takes one.
    template<typename T>
    ApiCall *sendValue(Endpoint endpoint, const QList<qint64> &ids, const QJsonObject &body,
                       QObject *context, Callback<T> done, const QByteArray &idempotencyKey = {});
    ApiCall *sendAction(Endpoint endpoint, const QList<qint64> &ids, const QJsonObject &body,
                        QObject *context, Callback<ActionAck> done);
    ApiCall *sendUrl(Endpoint endpoint, const QUrl &url, QObject *context, JsonCallback done);

    // Runs `deliver` from the event loop, unless `context` (or this) is gone by then.
    void later(QObject *context, std::function<void()> deliver);
    // The local refusal of a request that fails validate().
    template<typename T>
    ApiCall *refuse(const ApiError &error, QObject *context, Callback<T> done);

    template<typename T>
    struct Walk;
    template<typename T>
    void continueWalk(std::shared_ptr<Walk<T>> walk, Result<domain::Page<T>> result);

    ApiClient &m_client;
};

// --------------------------------------------------------------------- template bodies

template<typename T>
Result<T> PopsellApi::decodeValue(const Result<JsonReply> &reply)
{
    if (!reply)
        return reply.error();
    if (std::optional<T> value = T::fromJson(reply.value().json))
        return std::move(*value);
    return undecodable(QStringLiteral("value"), reply.value());
}

template<typename T>
Result<domain::Page<T>> PopsellApi::decodePageOf(const Result<JsonReply> &reply)
{
    if (!reply)
        return reply.error();
    if (std::optional<domain::Page<T>> page = domain::decodePage<T>(reply.value().json))
        return std::move(*page);
    return undecodable(QStringLiteral("page"), reply.value());
}

template<typename T>
ApiCall *PopsellApi::getValue(Endpoint endpoint, const QList<qint64> &ids, QObject *context,
                              Callback<T> done)
{
    return m_client.send(
        endpoint, ids, {}, std::nullopt, context,
        [done = std::move(done)](Result<JsonReply> reply) { done(decodeValue<T>(reply)); });
}

template<typename T>
ApiCall *PopsellApi::getPage(Endpoint endpoint, const QList<qint64> &ids, const QUrlQuery &query,
                             QObject *context, Callback<domain::Page<T>> done)
{
    return m_client.send(
        endpoint, ids, query, std::nullopt, context,
        [done = std::move(done)](Result<JsonReply> reply) { done(decodePageOf<T>(reply)); });
}

template<typename T>
ApiCall *PopsellApi::sendValue(Endpoint endpoint, const QList<qint64> &ids, const QJsonObject &body,
                               QObject *context, Callback<T> done, const QByteArray &idempotencyKey)
{
    JsonCallback decode = [done = std::move(done)](Result<JsonReply> reply) {
        done(decodeValue<T>(reply));
    };
    if (!idempotencyKey.isEmpty())
        return m_client.resend(idempotencyKey, endpoint, ids, {}, body, context, std::move(decode));
    return m_client.send(endpoint, ids, {}, body, context, std::move(decode));
}

template<typename T>
ApiCall *PopsellApi::refuse(const ApiError &error, QObject *context, Callback<T> done)
{
    later(context, [error, done = std::move(done)] { done(Result<T>(error)); });
    return nullptr;
}

template<typename T>
ApiCall *PopsellApi::nextPage(Endpoint list, const domain::Page<T> &page, QObject *context,
                              Callback<domain::Page<T>> done)
{
    if (!page.hasMore()) {
        later(context,
              [done = std::move(done)] { done(Result<domain::Page<T>>(domain::Page<T>{})); });
        return nullptr;
    }
    return sendUrl(
        list, page.nextPageUrl, context,
        [done = std::move(done)](Result<JsonReply> reply) { done(decodePageOf<T>(reply)); });
}

template<typename T>
struct PopsellApi::Walk
{
    Endpoint list;
    int maxPages = kDefaultMaxPages;
    QPointer<PageWalk> handle;
    Callback<domain::Page<T>> done;
    domain::Page<T> merged;
    QSet<QUrl> followed;
    bool finished = false;

    void finish(Result<domain::Page<T>> result)
    {
        if (finished)
            return;
        finished = true;
        Callback<domain::Page<T>> callback = std::move(done);
        if (handle)
            handle->deleteLater();
        callback(std::move(result));
    }
};

template<typename T>
PageWalk *PopsellApi::allPages(Endpoint list, FirstPage<T> first, int maxPages, QObject *context,
                               Callback<domain::Page<T>> done)
{
    auto *handle = new PageWalk(context);
    auto walk = std::make_shared<Walk<T>>();
    walk->list = list;
    walk->maxPages = qMax(1, maxPages);
    walk->handle = handle;
    walk->done = std::move(done);
    // The walk's requests use the handle as their context: deleting it (or the caller's
    // context, its parent) silences them.
    handle->setCancelHandler([weak = std::weak_ptr<Walk<T>>(walk)] {
        if (auto w = weak.lock())
            w->finish(ApiError(ApiError::Kind::Canceled, QStringLiteral("page walk cancelled")));
    });
    handle->setCurrentCall(
        first(handle, [self = QPointer<PopsellApi>(this), walk](Result<domain::Page<T>> result) {
            if (self)
                self->continueWalk<T>(walk, std::move(result));
        }));
    return handle;
}

template<typename T>
void PopsellApi::continueWalk(std::shared_ptr<Walk<T>> walk, Result<domain::Page<T>> result)
{
    if (walk->finished || !walk->handle)
        return;
    if (!result) {
        walk->finish(result.error());
        return;
    }
    domain::Page<T> &page = result.value();
    walk->handle->countPage();
    const bool firstPage = walk->handle->pagesFetched() == 1;
    domain::Page<T> &merged = walk->merged;
    if (firstPage)
        merged.currentPage = page.currentPage;
    merged.items.append(std::move(page.items));
    merged.lastPage = page.lastPage;
    merged.perPage = page.perPage;
    merged.total = page.total;
    merged.skipped += page.skipped;
    merged.nextPageUrl = page.nextPageUrl;
    if (!page.hasMore() || walk->handle->pagesFetched() >= walk->maxPages) {
        walk->finish(std::move(merged));
        return;
    }
    if (walk->followed.contains(page.nextPageUrl)) {
        walk->finish(ApiError(ApiError::Kind::BadResponse,
                              QStringLiteral("next_page_url repeats: ") +
                                  page.nextPageUrl.toString(QUrl::RemoveUserInfo)));
        return;
    }
    walk->followed.insert(page.nextPageUrl);
    walk->handle->setCurrentCall(
        nextPage<T>(walk->list, page, walk->handle,
                    [self = QPointer<PopsellApi>(this), walk](Result<domain::Page<T>> next) {
                        if (self)
                            self->continueWalk<T>(walk, std::move(next));
                    }));
}

} // namespace popsell::api
