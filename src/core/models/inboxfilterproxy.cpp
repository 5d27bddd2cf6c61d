#include "core/models/inboxfilterproxy.h"

#include "core/domain/chatroom.h"
#include "core/models/chatroominboxmodel.h"

#include <algorithm>

namespace popsell::models {

InboxFilterProxy::InboxFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

InboxFilterProxy::~InboxFilterProxy() = default;

// ------------------------------------------------------------------------------ the rule

QString InboxFilterProxy::foldedTexts(int sourceRow) const
{
    const domain::Chatroom *room = m_inbox ? m_inbox->chatroomAt(sourceRow) : nullptr;
    if (!room) { // another source: its display text only
        const QModelIndex row = m_source->index(sourceRow, 0);
        return foldForMatch(row.data(Qt::DisplayRole).toString());
    }
    QString texts;
    for (const domain::ChatroomMember &member : room->ambassadors) {
        texts += foldForMatch(member.ambassador->displayName()) + u'\n' +
                 foldForMatch(member.ambassador->username) + u'\n';
    }
    return texts;
}

bool InboxFilterProxy::matches(int sourceRow, const RowState &state) const
{
    const domain::Chatroom *room = m_inbox ? m_inbox->chatroomAt(sourceRow) : nullptr;
    return matchesAllWords(m_words, textOf(state), [room](qint64 id) {
        if (!room)
            return false;
        return room->id == id || std::any_of(room->ambassadors.cbegin(), room->ambassadors.cend(),
                                             [id](const domain::ChatroomMember &m) {
                                                 return m.ambassador->id == id;
                                             });
    });
}

bool InboxFilterProxy::accepts(int sourceRow)
{
    if (!filtering())
        return true;
    RowState &state = m_rows[std::size_t(sourceRow)];
    if (state.match == Match::Unknown)
        state.match = matches(sourceRow, state) ? Match::Yes : Match::No;
    return state.match == Match::Yes;
}

void InboxFilterProxy::foldRows(int first, int last)
{
    dropTexts(std::size_t(first), std::size_t(last) + 1);
    for (int row = first; row <= last; ++row) {
        RowState &state = m_rows[std::size_t(row)];
        appendText(state, foldedTexts(row));
        state.match = Match::Unknown;
    }
    if (m_garbage > 4096 && m_garbage > m_textChars / 2) {
        // Most of it is texts no row has any more: keep the rows' texts only, in row order.
        const QList<QString> chunks = std::move(m_chunks);
        m_chunks.clear();
        m_textChars = 0;
        m_garbage = 0;
        for (RowState &state : m_rows)
            appendText(state, QStringView(chunks[state.chunk]).mid(state.offset, state.length));
    }
}

void InboxFilterProxy::appendText(RowState &state, QStringView text)
{
    if (m_chunks.isEmpty() || m_chunks.last().size() + text.size() > kChunkChars) {
        m_chunks.append(QString());
        m_chunks.last().reserve(std::max(kChunkChars, text.size()));
    }
    QString &chunk = m_chunks.last();
    state.chunk = int(m_chunks.size()) - 1;
    state.offset = int(chunk.size());
    state.length = int(text.size());
    chunk += text;
    m_textChars += text.size();
}

void InboxFilterProxy::dropTexts(std::size_t first, std::size_t last)
{
    for (std::size_t row = first; row < last && row < m_rows.size(); ++row)
        m_garbage += m_rows[row].length;
}

void InboxFilterProxy::refoldAll()
{
    m_rows.assign(std::size_t(m_source ? m_source->rowCount() : 0), RowState{});
    m_chunks.clear();
    m_textChars = 0;
    m_garbage = 0;
    foldRows(0, int(m_rows.size()) - 1);
}

void InboxFilterProxy::rebuildMapping()
{
    m_proxyToSource.clear();
    m_sourceToProxy.clear();
    if (!filtering())
        return;
    m_sourceToProxy.assign(m_rows.size(), -1);
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (accepts(row)) {
            m_sourceToProxy[std::size_t(row)] = int(m_proxyToSource.size());
            m_proxyToSource.push_back(row);
        }
    }
}

std::pair<int, int> InboxFilterProxy::proxyRange(int sourceFirst, int sourceLast) const
{
    if (!filtering())
        return {sourceFirst, sourceLast};
    const auto begin =
        std::lower_bound(m_proxyToSource.cbegin(), m_proxyToSource.cend(), sourceFirst);
    const auto end = std::upper_bound(begin, m_proxyToSource.cend(), sourceLast);
    return {int(begin - m_proxyToSource.cbegin()), int(end - m_proxyToSource.cbegin()) - 1};
}

void InboxFilterProxy::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    QList<MatchWord> words = matchWords(text);
    // One more letter: the rows that did not match stay out without being looked at.
    const bool narrowing = filtering() && narrows(words, m_words);
    if (!m_source) {
        m_words = std::move(words);
        Q_EMIT filterTextChanged(text);
        return;
    }
    beginLayoutChange();
    m_words = std::move(words);
    for (int row = 0; row < int(m_rows.size()); ++row) {
        RowState &state = m_rows[std::size_t(row)];
        if (!filtering())
            state.match = Match::Unknown; // stale for whatever is typed next
        else if (!narrowing || state.match != Match::No)
            state.match = matches(row, state) ? Match::Yes : Match::No;
    }
    rebuildMapping();
    endLayoutChange();
    Q_EMIT filterTextChanged(text);
}

// ----------------------------------------------------------------------------- mapping

void InboxFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_source = source;
    m_inbox = qobject_cast<const ChatroomInboxModel *>(source);
    if (source)
        connectSource(source);
    refoldAll();
    rebuildMapping();
    endResetModel();
}

QModelIndex InboxFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source || proxyIndex.model() != this)
        return {};
    const int row =
        filtering() ? m_proxyToSource.at(std::size_t(proxyIndex.row())) : proxyIndex.row();
    return m_source->index(row, proxyIndex.column());
}

QModelIndex InboxFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source ||
        sourceIndex.parent().isValid() || sourceIndex.row() >= int(m_rows.size())) {
        return {};
    }
    const int row =
        filtering() ? m_sourceToProxy[std::size_t(sourceIndex.row())] : sourceIndex.row();
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex InboxFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex InboxFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex InboxFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int InboxFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_source)
        return 0;
    // The row states, not the source: they change between a begin and an end signal, as the rows of
    // this proxy must.
    return int(filtering() ? m_proxyToSource.size() : m_rows.size());
}

int InboxFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool InboxFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

void InboxFilterProxy::beginLayoutChange()
{
    Q_EMIT layoutAboutToBeChanged();
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutProxy.size());
    for (const QModelIndex &index : std::as_const(m_layoutProxy))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(index)));
}

void InboxFilterProxy::endLayoutChange()
{
    QModelIndexList to;
    to.reserve(m_layoutSource.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        to.append(mapFromSource(source)); // invalid when now hidden
    changePersistentIndexList(m_layoutProxy, to);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    Q_EMIT layoutChanged();
}

// ------------------------------------------------------------------- the source's changes
// The inbox is a flat list: a change under a parent, or to columns, is met with a reset.

void InboxFilterProxy::connectSource(QAbstractItemModel *source)
{
    const auto flat = [](const QModelIndex &parent) {
        return !parent.isValid();
    };
    const auto resetBegin = [this] {
        beginResetModel();
    };
    const auto resetEnd = [this] {
        refoldAll();
        rebuildMapping();
        endResetModel();
    };
    m_sourceConnections
        << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                   [=, this](const QModelIndex &parent, int first, int last) {
                       if (flat(parent))
                           sourceRowsAboutToBeInserted(first, last);
                   })
        << connect(source, &QAbstractItemModel::rowsInserted, this,
                   [=, this](const QModelIndex &parent, int first, int last) {
                       if (flat(parent))
                           sourceRowsInserted(first, last);
                   })
        << connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                   [=, this](const QModelIndex &parent, int first, int last) {
                       if (flat(parent))
                           sourceRowsAboutToBeRemoved(first, last);
                   })
        << connect(source, &QAbstractItemModel::rowsRemoved, this,
                   [=, this](const QModelIndex &parent, int first, int last) {
                       if (flat(parent))
                           sourceRowsRemoved(first, last);
                   })
        << connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
                   [=, this](const QModelIndex &from, int start, int end, const QModelIndex &to,
                             int row) {
                       if (flat(from) && flat(to))
                           sourceRowsAboutToBeMoved(start, end, row);
                   })
        << connect(source, &QAbstractItemModel::rowsMoved, this,
                   [=, this](const QModelIndex &from, int start, int end, const QModelIndex &to,
                             int row) {
                       if (flat(from) && flat(to))
                           sourceRowsMoved(start, end, row);
                   })
        << connect(
               source, &QAbstractItemModel::dataChanged, this,
               [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                      const QList<int> &roles) { sourceDataChanged(topLeft, bottomRight, roles); })
        << connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                   [this] { beginLayoutChange(); })
        << connect(source, &QAbstractItemModel::layoutChanged, this,
                   [this] {
                       refoldAll();
                       rebuildMapping();
                       endLayoutChange();
                   })
        << connect(source, &QAbstractItemModel::modelAboutToBeReset, this, resetBegin)
        << connect(source, &QAbstractItemModel::modelReset, this, resetEnd)
        << connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this, resetBegin)
        << connect(source, &QAbstractItemModel::columnsInserted, this, resetEnd)
        << connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this, resetBegin)
        << connect(source, &QAbstractItemModel::columnsRemoved, this, resetEnd)
        << connect(source, &QAbstractItemModel::columnsAboutToBeMoved, this, resetBegin)
        << connect(source, &QAbstractItemModel::columnsMoved, this, resetEnd)
        << connect(source, &QObject::destroyed, this, [this] {
               beginResetModel();
               m_source = nullptr;
               m_inbox = nullptr;
               m_rows.clear();
               m_chunks.clear();
               m_textChars = 0;
               m_garbage = 0;
               rebuildMapping();
               endResetModel();
           });
}

void InboxFilterProxy::sourceRowsAboutToBeInserted(int first, int last)
{
    // Without a filter every row shows; with one, only the rows seen after the insertion tell
    // which.
    m_insertingRows = !filtering();
    if (m_insertingRows)
        beginInsertRows({}, first, last);
}

void InboxFilterProxy::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    const bool appended = first >= int(m_rows.size());
    m_rows.insert(m_rows.begin() + std::min<qsizetype>(first, m_rows.size()), std::size_t(count),
                  RowState{});
    foldRows(first,
             last); // the "pre-folded" text: folded once, as the page arrives
    if (m_insertingRows) {
        m_insertingRows = false;
        endInsertRows();
        return;
    }
    if (!filtering())
        return;
    // The new rows are hidden until announced; the old ones keep their proxy rows.
    QList<bool> accepted;
    accepted.reserve(count);
    for (int row = first; row <= last; ++row) {
        RowState &state = m_rows[std::size_t(row)];
        accepted.append(matches(row, state));
        state.match = Match::No;
    }
    if (appended) {
        m_sourceToProxy.resize(m_rows.size(), -1);
    } else {
        rebuildMapping();
    }
    const int shown = int(std::count(accepted.cbegin(), accepted.cend(), true));
    if (shown == 0)
        return;
    const int at = int(std::lower_bound(m_proxyToSource.cbegin(), m_proxyToSource.cend(), first) -
                       m_proxyToSource.cbegin());
    beginInsertRows({}, at, at + shown - 1);
    for (int i = 0; i < count; ++i)
        m_rows[std::size_t(first + i)].match = accepted[i] ? Match::Yes : Match::No;
    if (appended) {
        for (int row = first; row <= last; ++row) {
            if (m_rows[std::size_t(row)].match == Match::Yes) {
                m_sourceToProxy[std::size_t(row)] = int(m_proxyToSource.size());
                m_proxyToSource.push_back(row);
            }
        }
    } else {
        rebuildMapping();
    }
    endInsertRows();
}

void InboxFilterProxy::sourceRowsAboutToBeRemoved(int first, int last)
{
    const auto [from, to] = proxyRange(first, last);
    m_removingRows = from <= to;
    if (m_removingRows)
        beginRemoveRows({}, from, to);
}

void InboxFilterProxy::sourceRowsRemoved(int first, int last)
{
    if (last < int(m_rows.size())) {
        dropTexts(std::size_t(first), std::size_t(last) + 1);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    }
    rebuildMapping();
    if (m_removingRows) {
        m_removingRows = false;
        endRemoveRows();
    }
}

void InboxFilterProxy::sourceRowsAboutToBeMoved(int start, int end, int destination)
{
    m_moveAsLayout = filtering();
    if (m_moveAsLayout)
        beginLayoutChange();
    else
        beginMoveRows({}, start, end, {}, destination);
}

void InboxFilterProxy::sourceRowsMoved(int start, int end, int destination)
{
    const auto first = m_rows.begin() + start;
    const auto last = m_rows.begin() + end + 1;
    if (destination < start)
        std::rotate(m_rows.begin() + destination, first, last);
    else if (destination > end + 1)
        std::rotate(first, last, m_rows.begin() + destination);
    rebuildMapping();
    if (m_moveAsLayout)
        endLayoutChange();
    else
        endMoveRows();
}

void InboxFilterProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid() ||
        bottomRight.row() >= int(m_rows.size())) {
        return;
    }
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (!filtering()) {
        foldRows(first, last);
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()),
                           roles);
        return;
    }
    // Row by row: a changed row may now show, or hide, or just change.
    for (int row = first; row <= last; ++row) {
        const bool shown = m_sourceToProxy[std::size_t(row)] >= 0;
        foldRows(row, row);
        RowState &state = m_rows[std::size_t(row)];
        state.match = shown ? Match::Yes : Match::No; // as the mapping has it, for now
        const bool show = matches(row, state);
        if (shown && show) {
            const int at = m_sourceToProxy[std::size_t(row)];
            Q_EMIT dataChanged(index(at, topLeft.column()), index(at, bottomRight.column()), roles);
        } else if (shown) {
            const int at = m_sourceToProxy[std::size_t(row)];
            beginRemoveRows({}, at, at);
            state.match = Match::No;
            rebuildMapping();
            endRemoveRows();
        } else if (show) {
            const int at =
                int(std::lower_bound(m_proxyToSource.cbegin(), m_proxyToSource.cend(), row) -
                    m_proxyToSource.cbegin());
            beginInsertRows({}, at, at);
            state.match = Match::Yes;
            rebuildMapping();
            endInsertRows();
        }
    }
}

} // namespace popsell::models
