#include "core/models/chatroominboxmodel.h"

#include "core/api/popsellapi.h"
#include "core/models/messagepreview.h"

#include <QMetaObject>
#include <QStringList>

#include <algorithm>
#include <iterator>

// Loading policy: nothing is requested on construction (the API may not be authenticated
// yet). The first page is asked for by the first fetchMore() (a view attaching to the
// model does that) or at once by reload() / setFilters(). Later pages follow
// next_page_url, one fetchMore() at a time.

namespace popsell::models {

using domain::Chatroom;
using domain::Message;

namespace {

QString defaultSort()
{
    return QStringLiteral("-last_message_date");
}

} // namespace

ChatroomInboxModel::ChatroomInboxModel(api::PopsellApi &api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{
    m_filters.sort = defaultSort();
}

ChatroomInboxModel::~ChatroomInboxModel()
{
    if (m_pending)
        m_pending->cancel();
}

void ChatroomInboxModel::setFilters(const api::ChatroomFilters &filters)
{
    m_filters = filters;
    if (m_filters.sort.isEmpty())
        m_filters.sort = defaultSort();
    // Paging follows next_page_url; a fixed page would repeat itself.
    m_filters.page.reset();
    reload();
}

void ChatroomInboxModel::reload()
{
    clear();
    loadPage();
}

void ChatroomInboxModel::clear()
{
    ++m_generation; // answers to the previous load are now stale
    if (m_pending)
        m_pending->cancel();
    m_pending = nullptr;
    setLoading(false);

    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_interned.clear();
    m_nextPageUrl.clear();
    m_exhausted = false;
    m_started = false;
    // The cache may be stale after a reload; answers in flight still count towards the
    // limit until they arrive, then are dropped by their generation.
    ++m_previewGeneration;
    m_previews.clear();
    m_previewQueue.clear();
    m_previewAsked.clear();
    endResetModel();

    setTotal(0);
    setErrorText({});
}

const Chatroom *ChatroomInboxModel::chatroomAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[size_t(row)];
}

int ChatroomInboxModel::rowOf(qint64 idChatroom) const
{
    if (!m_ids.contains(idChatroom))
        return -1;
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [idChatroom](const Chatroom &c) { return c.id == idChatroom; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

void ChatroomInboxModel::upsert(const Chatroom &chatroom)
{
    // The room may have a new last message: let the preview be fetched again.
    m_previews.remove(chatroom.id);
    m_previewAsked.remove(chatroom.id);
    m_previewQueue.removeAll(chatroom.id);

    const int row = rowOf(chatroom.id);
    Chatroom held = chatroom;
    hold(held);
    if (row >= 0) {
        Chatroom &current = m_rows[size_t(row)];
        // GET /chat/chatrooms/{id} and the manager list differ in what they carry; keep
        // what the new state lacks rather than blanking a column.
        if (!held.lastMessage && current.lastMessage)
            held.lastMessage = current.lastMessage;
        current = std::move(held);
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed);
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.push_front(std::move(held));
    endInsertRows();
    setTotal(m_total + 1);
}

bool ChatroomInboxModel::isLoading() const
{
    return m_loading;
}

int ChatroomInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatroomInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chatroom &room = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case MembersRole: {
        QStringList names;
        names.reserve(room.ambassadors.size());
        for (const domain::ChatroomMember &member : room.ambassadors)
            names.append(member.ambassador->displayName());
        return names.join(QStringLiteral(", "));
    }
    case Qt::ToolTipRole:
    case LastMessagePreviewRole: {
        const std::optional<Preview> preview = previewOf(room);
        return preview ? preview->text : QString();
    }
    case ChatroomRole:
        return QVariant::fromValue(room);
    case IdRole:
        return room.id;
    case LastMessageDateRole:
        return room.lastMessageDate;
    case SourceRole:
        return room.source;
    case TypeChatroomRole:
        return room.typeChatroom;
    case EstablishedRole:
        return room.established;
    case LastRatingRole:
        if (room.lastRating && room.lastRating->value)
            return *room.lastRating->value;
        return QVariant();
    case FlagRole: {
        // "todo" wins over "done": a room someone still has to handle is a todo room.
        std::optional<int> flag;
        for (const domain::ChatroomMember &member : room.ambassadors) {
            if (member.pivot && member.pivot->flag && (!flag || *member.pivot->flag == 1))
                flag = member.pivot->flag;
        }
        return flag ? QVariant(*flag) : QVariant();
    }
    case UnreadRole:
        return isUnread(room);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatroomInboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ChatroomRole, "chatroom");
    names.insert(IdRole, "idChatroom");
    names.insert(MembersRole, "members");
    names.insert(LastMessageDateRole, "lastMessageDate");
    names.insert(LastMessagePreviewRole, "lastMessagePreview");
    names.insert(SourceRole, "source");
    names.insert(TypeChatroomRole, "typeChatroom");
    names.insert(EstablishedRole, "established");
    names.insert(LastRatingRole, "lastRating");
    names.insert(FlagRole, "flag");
    names.insert(UnreadRole, "unread");
    return names;
}

bool ChatroomInboxModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failed page this stays true: the next fetchMore() retries it.
    return !parent.isValid() && !m_exhausted && !m_loading;
}

void ChatroomInboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_loading)
        return;
    loadPage();
}

void ChatroomInboxModel::loadPage()
{
    if (m_loading || m_exhausted)
        return;
    const quint64 generation = m_generation;
    const bool firstPage = !m_started || m_nextPageUrl.isEmpty();
    auto done = [this, generation, firstPage](api::Result<domain::Page<Chatroom>> result) {
        onPage(generation, firstPage, std::move(result));
    };
    setLoading(true);
    m_started = true;
    if (firstPage) {
        m_pending = m_api.managerChatrooms(m_filters, this, std::move(done));
    } else {
        domain::Page<Chatroom> current;
        current.nextPageUrl = m_nextPageUrl;
        m_pending = m_api.nextPage<Chatroom>(api::Endpoint::ManagerListChatrooms, current, this,
                                             std::move(done));
    }
}

void ChatroomInboxModel::onPage(quint64 generation, bool firstPage,
                                api::Result<domain::Page<Chatroom>> result)
{
    if (generation != m_generation)
        return; // a reload or a filter change came after this request
    m_pending = nullptr;
    setLoading(false);
    if (!result) {
        if (result.error().kind() != api::ApiError::Kind::Canceled)
            setErrorText(result.error().userMessage());
        return;
    }
    setErrorText({});
    domain::Page<Chatroom> &page = result.value();
    m_nextPageUrl = page.nextPageUrl;
    m_exhausted = !page.hasMore();
    setTotal(std::max<qint64>(page.total, rowCount()));

    // A room upserted since the first page shifts the server's pages: skip the repeat.
    QList<Chatroom> fresh;
    fresh.reserve(page.items.size());
    for (Chatroom &room : page.items) {
        if (!m_ids.contains(room.id)) {
            hold(room);
            fresh.append(std::move(room));
        }
    }
    if (!fresh.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(fresh.begin()),
                      std::make_move_iterator(fresh.end()));
        endInsertRows();
    }
    if (firstPage)
        Q_EMIT reloaded();
}

void ChatroomInboxModel::hold(Chatroom &chatroom)
{
    m_ids.insert(chatroom.id);
    for (domain::ChatroomMember &member : chatroom.ambassadors)
        m_interned.intern(member.ambassador);
    const auto internMessage = [this](Message &message) {
        m_interned.intern(message.author);
        m_interned.intern(message.products);
    };
    if (chatroom.lastMessage)
        internMessage(chatroom.lastMessage.edit());
    for (Message &message : chatroom.messages)
        internMessage(message);
}

void ChatroomInboxModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ChatroomInboxModel::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged(text);
}

void ChatroomInboxModel::setTotal(qint64 total)
{
    if (m_total == total)
        return;
    m_total = total;
    Q_EMIT totalChanged(total);
}

// ------------------------------------------------------------------------------ previews
// GET /manager/chatrooms carries no last message. A row's preview is fetched the first
// time data() is asked for it (so only rows a view paints cost a request), with
// GET /chat/chatrooms/{id}/messages?sort=-date_insert&per_page=1, at most
// kMaxPreviewsInFlight at once. The most recently asked rows go first: they are the ones
// on screen now.

std::optional<ChatroomInboxModel::Preview>
ChatroomInboxModel::previewOf(const Chatroom &chatroom) const
{
    if (chatroom.lastMessage)
        return Preview{messagePreviewText(*chatroom.lastMessage), chatroom.lastMessage->id};
    if (!chatroom.messages.isEmpty()) {
        const auto newest =
            std::max_element(chatroom.messages.cbegin(), chatroom.messages.cend(),
                             [](const Message &a, const Message &b) { return a.id < b.id; });
        return Preview{messagePreviewText(*newest), newest->id};
    }
    const auto cached = m_previews.constFind(chatroom.id);
    if (cached != m_previews.cend())
        return *cached;
    requestPreview(chatroom.id);
    return std::nullopt;
}

void ChatroomInboxModel::requestPreview(qint64 idChatroom) const
{
    if (m_previewAsked.contains(idChatroom))
        return;
    m_previewAsked.insert(idChatroom);
    m_previewQueue.append(idChatroom);
    if (m_previewPumpScheduled)
        return;
    m_previewPumpScheduled = true;
    // Not from inside data(): a view is painting. The model is the receiver, so nothing
    // runs after it is gone.
    auto *self = const_cast<ChatroomInboxModel *>(this);
    QMetaObject::invokeMethod(
        self, [self] { self->startQueuedPreviews(); }, Qt::QueuedConnection);
}

void ChatroomInboxModel::startQueuedPreviews()
{
    m_previewPumpScheduled = false;
    while (m_previewsInFlight < kMaxPreviewsInFlight && !m_previewQueue.isEmpty()) {
        const qint64 id = m_previewQueue.takeLast();
        if (rowOf(id) < 0) {
            m_previewAsked.remove(id); // scrolled out by a reload; ask again if shown
            continue;
        }
        ++m_previewsInFlight;
        const quint64 generation = m_previewGeneration;
        fetchNewestMessage(m_api, id, this,
                           [this, generation, id](api::Result<std::optional<Message>> result) {
                               --m_previewsInFlight;
                               if (result)
                                   onPreview(generation, id, std::move(result.value()));
                               else if (generation == m_previewGeneration)
                                   m_previewAsked.remove(id); // asked again when shown again
                               startQueuedPreviews();
                           });
    }
}

void ChatroomInboxModel::onPreview(quint64 generation, qint64 idChatroom,
                                   std::optional<Message> newest)
{
    if (generation != m_previewGeneration)
        return;
    Preview preview;
    if (newest) {
        preview.text = messagePreviewText(*newest);
        preview.newestMessageId = newest->id;
    }
    m_previews.insert(idChatroom, preview);
    const int row = rowOf(idChatroom);
    if (row < 0)
        return;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {LastMessagePreviewRole, Qt::ToolTipRole, UnreadRole});
}

// Unread: some member's pivot last_read_message is older than the room's newest message.
// The manager inbox carries no pivot data, so a row only shows unread once a full state
// of the room (GET /chat/chatrooms/{id}, after an action, through upsert()) gave its
// pivots, and the newest message id is known (lastMessage, embedded messages or the
// fetched preview). Unknown is shown as read rather than guessed.
bool ChatroomInboxModel::isUnread(const Chatroom &chatroom) const
{
    qint64 newest = 0;
    if (chatroom.lastMessage)
        newest = chatroom.lastMessage->id;
    for (const Message &message : chatroom.messages)
        newest = std::max(newest, message.id);
    if (newest == 0) {
        const auto cached = m_previews.constFind(chatroom.id);
        if (cached != m_previews.cend())
            newest = cached->newestMessageId;
    }
    if (newest == 0)
        return false;
    return std::any_of(chatroom.ambassadors.cbegin(), chatroom.ambassadors.cend(),
                       [newest](const domain::ChatroomMember &member) {
                           return member.pivot &&
                                  member.pivot->lastReadMessage.value_or(0) < newest;
                       });
}

} // namespace popsell::models
