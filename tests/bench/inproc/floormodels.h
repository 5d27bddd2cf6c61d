#pragma once

#include "core/domain/chatroom.h"
#include "core/domain/message.h"

#include <QAbstractListModel>
#include <QList>
#include <QStyledItemDelegate>

namespace popsell::bench {

// The floors of the inbox and the thread: a QAbstractListModel over a QList of the decoded
// structs, each page inserted in one beginInsertRows, nothing else. No proxy, no previews,
// no dedup, no bookkeeping.
class BareRoomModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    void append(QList<domain::Chatroom> rooms);
    // The paginator says how many rooms there are: room for all of them at once, so that no
    // page pays for moving every room held (a QList of 100k structs that grows moves them).
    void reserve(qsizetype rooms) { m_rows.reserve(rooms); }
    void clear();
    const QList<domain::Chatroom> &rows() const { return m_rows; }

private:
    QList<domain::Chatroom> m_rows;
};

class BareMessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    void reset(QList<domain::Message> messages);

private:
    QList<domain::Message> m_rows;
};

// A message row's floor: word-wrapped text measured with QFontMetrics::boundingRect, the
// cost every variable-height thread view pays once per message.
class WrapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace popsell::bench
