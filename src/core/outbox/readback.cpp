#include "core/outbox/readback.h"

#include "core/api/popsellapi.h"
#include "core/api/requests.h"

#include <utility>

namespace popsell::outbox {

namespace {

constexpr int kRoomsPerPage = 50;

bool createdSince(const QDateTime &at, qint64 sinceMs)
{
    // No date, no proof that it is ours.
    return at.isValid() && at.toMSecsSinceEpoch() >= sinceMs;
}

bool isProductOf(const domain::Message &m, const api::ProductMessageRequest &request)
{
    if (m.kind() != domain::MessageType::Product || m.author->id != request.ambassador)
        return false;
    for (const domain::Product &product : m.products) {
        if (product.id == request.product)
            return true;
    }
    return false;
}

bool isRatingOf(const domain::Message &m, const api::RatingRequest &request)
{
    return m.kind() == domain::MessageType::Rating && m.rating &&
           m.rating->idUserRater == request.rater && m.rating->idUserRated == request.rated;
}

QSet<qint64> memberIds(const domain::Chatroom &room)
{
    QSet<qint64> ids;
    for (const domain::ChatroomMember &member : room.ambassadors)
        ids.insert(member.ambassador->id);
    return ids;
}

// Newest first, as asked: otherwise "older than since" says nothing of the next pages.
template<typename T>
bool newestFirst(const QList<T> &items)
{
    QDateTime previous;
    for (const T &item : items) {
        if (!item.dateInsert.isValid())
            continue;
        if (previous.isValid() && item.dateInsert > previous)
            return false;
        previous = item.dateInsert;
    }
    return true;
}

template<typename T>
bool reaches(const QList<T> &items, qint64 sinceMs)
{
    for (const T &item : items) {
        if (item.dateInsert.isValid() && item.dateInsert.toMSecsSinceEpoch() < sinceMs)
            return true;
    }
    return false;
}

} // namespace

std::optional<domain::Message> findMessageEffect(const OutboxAction &action,
                                                 const QList<domain::Message> &messages,
                                                 qint64 sinceMs, const QSet<qint64> &claimed)
{
    std::optional<domain::Message> best;
    for (const domain::Message &m : messages) {
        if (claimed.contains(m.id) || !createdSince(m.dateInsert, sinceMs))
            continue;
        if (m.idChatroom && *m.idChatroom != action.chatroomId)
            continue;
        bool matches = false;
        if (action.kind == OutboxKind::PushProduct)
            matches = isProductOf(m, productMessageRequestOf(action.body));
        else if (action.kind == OutboxKind::RequestRating)
            matches = isRatingOf(m, ratingRequestOf(action.body));
        if (matches && (!best || m.id < best->id))
            best = m;
    }
    return best;
}

std::optional<domain::Chatroom> findChatroomEffect(const OutboxAction &action,
                                                   const QList<domain::Chatroom> &rooms,
                                                   qint64 sinceMs, const QSet<qint64> &claimed)
{
    if (action.kind != OutboxKind::CreateChatroom)
        return std::nullopt;
    const api::CreateChatroomRequest request = createChatroomRequestOf(action.body);
    const QSet<qint64> members(request.ambassadorIds.cbegin(), request.ambassadorIds.cend());
    std::optional<domain::Chatroom> best;
    for (const domain::Chatroom &room : rooms) {
        if (claimed.contains(room.id) || !createdSince(room.dateInsert, sinceMs) ||
            room.source != request.source)
            continue;
        const bool matches = request.brandTagId ? room.idBrandTag == request.brandTagId
                                                : !room.idBrandTag && memberIds(room) == members;
        if (matches && (!best || room.id < best->id))
            best = room;
    }
    return best;
}

bool ReadBack::supports(OutboxKind kind)
{
    return kind == OutboxKind::PushProduct || kind == OutboxKind::RequestRating ||
           kind == OutboxKind::CreateChatroom;
}

ReadBack::ReadBack(api::PopsellApi &api, OutboxAction action, qint64 sinceMs, int maxPages,
                   Claimed claimed, Done done, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_action(std::move(action))
    , m_since(sinceMs)
    , m_maxPages(qMax(1, maxPages))
    , m_claimed(std::move(claimed))
    , m_done(std::move(done))
{}

void ReadBack::start()
{
    if (m_action.kind == OutboxKind::CreateChatroom) {
        api::ChatroomFilters filters;
        filters.sort = QStringLiteral("-date_insert");
        filters.perPage = kRoomsPerPage;
        filters.source = createChatroomRequestOf(m_action.body).source;
        m_api.managerChatrooms(
            filters, this,
            [this](api::Result<api::PopsellApi::ChatroomPage> page) { onRooms(std::move(page)); });
        return;
    }
    if (!supports(m_action.kind)) {
        ReadBackResult result;
        result.outcome = ReadBackResult::Outcome::Inconclusive;
        finish(result);
        return;
    }
    api::MessageFilters filters;
    filters.sort = QStringLiteral("-date_insert");
    m_api.messages(
        m_action.chatroomId, filters, this,
        [this](api::Result<api::PopsellApi::MessagePage> page) { onMessages(std::move(page)); });
}

void ReadBack::onMessages(api::Result<api::PopsellApi::MessagePage> page)
{
    if (!page) {
        fail(page.error(), api::Endpoint::ListMessages);
        return;
    }
    if (!takePage(page.value()))
        return;
    m_api.nextPage<domain::Message>(
        api::Endpoint::ListMessages, page.value(), this,
        [this](api::Result<api::PopsellApi::MessagePage> next) { onMessages(std::move(next)); });
}

void ReadBack::onRooms(api::Result<api::PopsellApi::ChatroomPage> page)
{
    if (!page) {
        fail(page.error(), api::Endpoint::ManagerListChatrooms);
        return;
    }
    if (!takePage(page.value()))
        return;
    m_api.nextPage<domain::Chatroom>(
        api::Endpoint::ManagerListChatrooms, page.value(), this,
        [this](api::Result<api::PopsellApi::ChatroomPage> next) { onRooms(std::move(next)); });
}

template<typename Page>
bool ReadBack::takePage(const Page &page)
{
    ++m_pages;
    if (!newestFirst(page.items)) {
        ReadBackResult result;
        result.outcome = ReadBackResult::Outcome::Inconclusive;
        finish(result);
        return false;
    }
    const bool reached = !page.hasMore() || reaches(page.items, m_since);
    if constexpr (std::is_same_v<Page, api::PopsellApi::ChatroomPage>)
        m_rooms.append(page.items);
    else
        m_messages.append(page.items);
    if (!reached && m_pages < m_maxPages)
        return true; // the next page
    m_reachedSince = reached;
    if (m_action.kind == OutboxKind::CreateChatroom)
        concludeChatrooms();
    else
        concludeMessages();
    return false;
}

void ReadBack::concludeMessages()
{
    // Asked now, after the last page: another row may have claimed an item meanwhile.
    const QSet<qint64> claimed = m_claimed ? m_claimed() : QSet<qint64>();
    ReadBackResult result;
    if (const std::optional<domain::Message> found =
            findMessageEffect(m_action, m_messages, m_since, claimed)) {
        result.outcome = ReadBackResult::Outcome::Found;
        result.serverId = found->id;
        result.answer = found->toJson();
    } else {
        result.outcome = m_reachedSince ? ReadBackResult::Outcome::NotFound
                                        : ReadBackResult::Outcome::Inconclusive;
    }
    finish(result);
}

void ReadBack::concludeChatrooms()
{
    const QSet<qint64> claimed = m_claimed ? m_claimed() : QSet<qint64>();
    ReadBackResult result;
    if (const std::optional<domain::Chatroom> found =
            findChatroomEffect(m_action, m_rooms, m_since, claimed)) {
        result.outcome = ReadBackResult::Outcome::Found;
        result.serverId = found->id;
        result.answer = found->toJson();
    } else {
        result.outcome = m_reachedSince ? ReadBackResult::Outcome::NotFound
                                        : ReadBackResult::Outcome::Inconclusive;
    }
    finish(result);
}

void ReadBack::fail(const api::ApiError &error, api::Endpoint endpoint)
{
    ReadBackResult result;
    result.outcome = ReadBackResult::Outcome::Failed;
    result.error = error;
    result.endpoint = endpoint;
    finish(result);
}

void ReadBack::finish(ReadBackResult result)
{
    Done done = std::exchange(m_done, nullptr);
    deleteLater();
    if (done)
        done(result);
}

} // namespace popsell::outbox
