#include "core/models/messagelistmodel.h"

#include "core/api/popsellapi.h"

#include <algorithm>
#include <iterator>

// setChatroom() loads the room's newest page at once (GET .../messages?sort=-date_insert);
// fetchMore() follows that list's next_page_url, which leads to older messages. The
// server answers newest first; rows are kept oldest first, as the thread reads.

namespace popsell::models {

using domain::Message;

namespace {

// Chat order: by time, then by id for messages of the same instant.
bool olderThan(const Message &a, const Message &b)
{
    if (a.dateInsert != b.dateInsert)
        return a.dateInsert < b.dateInsert;
    return a.id < b.id;
}

} // namespace

MessageListModel::MessageListModel(api::PopsellApi &api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{}

MessageListModel::~MessageListModel()
{
    if (m_pending)
        m_pending->cancel();
}

void MessageListModel::setChatroom(qint64 idChatroom)
{
    if (idChatroom == m_chatroom && (m_newestLoaded || m_loading))
        return;
    const bool otherRoom = idChatroom != m_chatroom;
    m_chatroom = idChatroom;
    load(otherRoom);
}

void MessageListModel::reload()
{
    load(false);
}

void MessageListModel::load(bool dropEchoes)
{
    ++m_generation; // answers for the previous room (or load) are now stale
    if (m_pending)
        m_pending->cancel();
    m_pending = nullptr;
    setLoading(false);

    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_interned.clear();
    if (dropEchoes)
        m_echoes.clear(); // they belong to the room no longer shown
    m_olderPageUrl.clear();
    m_exhausted = m_chatroom == 0;
    m_newestLoaded = false;
    endResetModel();

    setErrorText({});
    if (m_chatroom != 0)
        loadPage();
}

const Message *MessageListModel::messageAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (row >= heldRows())
        return &m_echoes.at(row - heldRows()).draft;
    return &m_rows[size_t(row)];
}

int MessageListModel::rowOf(qint64 idMessage) const
{
    if (idMessage < 0) {
        const int echo = echoRow(-idMessage);
        return echo < 0 ? -1 : heldRows() + echo;
    }
    if (!m_ids.contains(idMessage))
        return -1;
    // Searched from the bottom: the messages actions touch are the recent ones.
    const auto it = std::find_if(m_rows.crbegin(), m_rows.crend(),
                                 [idMessage](const Message &m) { return m.id == idMessage; });
    return it == m_rows.crend() ? -1 : int(m_rows.crend() - it) - 1;
}

void MessageListModel::hold(Message &message)
{
    m_ids.insert(message.id);
    m_interned.intern(message.author);
    m_interned.intern(message.products);
}

int MessageListModel::echoRow(qint64 outboxId) const
{
    for (qsizetype i = 0; i < m_echoes.size(); ++i) {
        if (m_echoes.at(i).outboxId == outboxId)
            return int(i);
    }
    return -1;
}

const LocalEcho *MessageListModel::echo(qint64 outboxId) const
{
    const int i = echoRow(outboxId);
    return i < 0 ? nullptr : &m_echoes.at(i);
}

void MessageListModel::setEcho(const LocalEcho &echo)
{
    if (echo.chatroomId != m_chatroom || m_chatroom == 0)
        return;
    LocalEcho shown = echo;
    shown.draft.id = LocalEcho::messageIdFor(echo.outboxId);
    const int i = echoRow(echo.outboxId);
    if (i >= 0) {
        if (m_echoes.at(i) == shown)
            return;
        m_echoes[i] = std::move(shown);
        const QModelIndex changed = index(heldRows() + i);
        Q_EMIT dataChanged(changed, changed);
        return;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_echoes.append(std::move(shown));
    endInsertRows();
}

void MessageListModel::removeEcho(qint64 outboxId)
{
    const int i = echoRow(outboxId);
    if (i < 0)
        return;
    const int row = heldRows() + i;
    beginRemoveRows({}, row, row);
    m_echoes.removeAt(i);
    endRemoveRows();
}

void MessageListModel::settleEcho(qint64 outboxId, const Message &message)
{
    removeEcho(outboxId);
    appendMessage(message);
}

void MessageListModel::appendMessage(const Message &message)
{
    if (message.idChatroom && *message.idChatroom != m_chatroom)
        return; // an answer for a room no longer shown
    if (m_ids.contains(message.id)) {
        replaceMessage(message);
        return;
    }
    Message held = message;
    hold(held);
    // Above the local echoes: those are still to come.
    const int row = heldRows();
    beginInsertRows({}, row, row);
    m_rows.push_back(std::move(held));
    endInsertRows();
}

void MessageListModel::replaceMessage(const Message &message)
{
    const int row = message.id > 0 ? rowOf(message.id) : -1;
    if (row < 0)
        return;
    Message held = message;
    hold(held);
    m_rows[size_t(row)] = std::move(held);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

bool MessageListModel::isLoading() const
{
    return m_loading;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_echoes.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const LocalEcho *echo = row >= heldRows() ? &m_echoes.at(row - heldRows()) : nullptr;
    const Message &message = echo ? echo->draft : m_rows[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return message.content;
    case MessageRole:
        return QVariant::fromValue(message);
    case IdRole:
        return message.id;
    case AuthorNameRole:
        return message.author->displayName();
    case AuthorIdRole:
        return message.author->id;
    case DateRole:
        return message.dateInsert;
    case KindRole:
        return int(message.kind());
    case ActiveRole:
        return message.active;
    case EchoStateRole:
        return echo ? int(echo->state) : -1;
    case EchoErrorRole:
        return echo ? echo->errorText : QString();
    case OutboxIdRole:
        return echo ? echo->outboxId : qint64(0);
    case EchoEditableRole:
        return echo && echo->editable;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageRole, "message");
    names.insert(IdRole, "idMessage");
    names.insert(AuthorNameRole, "authorName");
    names.insert(AuthorIdRole, "idAuthor");
    names.insert(DateRole, "dateInsert");
    names.insert(KindRole, "kind");
    names.insert(ContentRole, "content");
    names.insert(ActiveRole, "active");
    names.insert(EchoStateRole, "echoState");
    names.insert(EchoErrorRole, "echoError");
    names.insert(OutboxIdRole, "idOutbox");
    names.insert(EchoEditableRole, "echoEditable");
    return names;
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failed page this stays true: the next fetchMore() retries it.
    return !parent.isValid() && m_chatroom != 0 && !m_exhausted && !m_loading;
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    loadPage();
}

void MessageListModel::loadPage()
{
    if (m_loading || m_exhausted || m_chatroom == 0)
        return;
    const quint64 generation = m_generation;
    const bool newestPage = !m_newestLoaded;
    auto done = [this, generation, newestPage](api::Result<domain::Page<Message>> result) {
        onPage(generation, newestPage, std::move(result));
    };
    setLoading(true);
    if (newestPage) {
        api::MessageFilters filters;
        filters.sort = QStringLiteral("-date_insert");
        m_pending = m_api.messages(m_chatroom, filters, this, std::move(done));
    } else {
        domain::Page<Message> current;
        current.nextPageUrl = m_olderPageUrl;
        m_pending =
            m_api.nextPage<Message>(api::Endpoint::ListMessages, current, this, std::move(done));
    }
}

void MessageListModel::onPage(quint64 generation, bool newestPage,
                              api::Result<domain::Page<Message>> result)
{
    if (generation != m_generation)
        return; // another room (or a reload) came after this request
    m_pending = nullptr;
    setLoading(false);
    if (!result) {
        if (result.error().kind() != api::ApiError::Kind::Canceled)
            setErrorText(result.error().userMessage());
        return;
    }
    setErrorText({});
    domain::Page<Message> &page = result.value();
    m_olderPageUrl = page.nextPageUrl;
    m_exhausted = !page.hasMore();
    m_newestLoaded = true;

    // Messages appended since the newest page shift the server's pages by as many rows:
    // those repeats are dropped. The rest are older than everything held.
    QList<Message> older;
    older.reserve(page.items.size());
    for (Message &message : page.items) {
        if (!m_ids.contains(message.id)) {
            hold(message);
            older.append(std::move(message));
        }
    }
    std::sort(older.begin(), older.end(), olderThan);
    const auto first = std::make_move_iterator(older.begin());
    const auto last = std::make_move_iterator(older.end());
    if (newestPage && !m_rows.empty()) {
        // Messages appended while the newest page was on its way: merge, keep the order.
        beginResetModel();
        m_rows.insert(m_rows.end(), first, last);
        std::sort(m_rows.begin(), m_rows.end(), olderThan);
        endResetModel();
    } else if (!older.isEmpty()) {
        beginInsertRows({}, 0, int(older.size()) - 1);
        m_rows.insert(m_rows.begin(), first, last);
        endInsertRows();
    }
    if (newestPage)
        Q_EMIT chatroomLoaded(m_chatroom);
}

void MessageListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void MessageListModel::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged(text);
}

} // namespace popsell::models
