#include "core/models/inboxfilterproxy.h"

#include "core/domain/chatroom.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/textmatch.h"

namespace popsell::models {

InboxFilterProxy::InboxFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // No sort column: rows stay in the source's order.
    setDynamicSortFilter(true);
}

void InboxFilterProxy::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidateRowsFilter();
    Q_EMIT filterTextChanged(text);
}

bool InboxFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.trimmed().isEmpty())
        return true;
    const auto *inbox = qobject_cast<const ChatroomInboxModel *>(sourceModel());
    const domain::Chatroom *room = inbox ? inbox->chatroomAt(sourceRow) : nullptr;
    if (!room) { // another source: its display text only
        const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
        return matchesAllWords(m_filterText, {row.data(Qt::DisplayRole).toString()}, {});
    }
    QStringList texts;
    QList<qint64> ids{room->id};
    for (const domain::ChatroomMember &member : room->ambassadors) {
        texts << member.ambassador.displayName() << member.ambassador.username;
        ids << member.ambassador.id;
    }
    return matchesAllWords(m_filterText, texts, ids);
}

} // namespace popsell::models
