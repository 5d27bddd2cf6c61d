#include "inproc/floormodels.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStringList>

namespace popsell::bench {

int BareRoomModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BareRoomModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || index.row() >= m_rows.size())
        return {};
    QStringList names;
    for (const domain::ChatroomMember &member : m_rows.at(index.row()).ambassadors)
        names << member.ambassador->displayName();
    return names.join(QStringLiteral(", "));
}

void BareRoomModel::append(QList<domain::Chatroom> rooms)
{
    if (rooms.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rooms.size()) - 1);
    m_rows.append(std::move(rooms));
    endInsertRows();
}

void BareRoomModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int BareMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BareMessageModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row()).content;
}

void BareMessageModel::reset(QList<domain::Message> messages)
{
    beginResetModel();
    m_rows = std::move(messages);
    endResetModel();
}

namespace {

int textWidth(const QStyleOptionViewItem &option)
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    return std::max(50, width - 16);
}

} // namespace

QSize WrapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data().toString();
    const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, textWidth(option), 100000),
                                                         Qt::TextWordWrap, text);
    return {textWidth(option) + 16, bounds.height() + 12};
}

void WrapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    painter->drawText(option.rect.adjusted(8, 6, -8, -6), Qt::TextWordWrap,
                      index.data().toString());
}

} // namespace popsell::bench
