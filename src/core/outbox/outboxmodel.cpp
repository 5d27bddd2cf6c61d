#include "core/outbox/outboxmodel.h"

#include "core/outbox/outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QVariantMap>

#include <algorithm>

namespace popsell::outbox {

OutboxModel::OutboxModel(Outbox &outbox, QObject *parent)
    : QAbstractListModel(parent)
    , m_outbox(outbox)
{
    connect(&m_outbox, &Outbox::actionChanged, this, &OutboxModel::onChanged);
    connect(&m_outbox, &Outbox::actionRemoved, this, &OutboxModel::onRemoved);
    connect(&m_outbox, &Outbox::profileChanged, this, &OutboxModel::reload);
    m_rows = m_outbox.pending();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_rows = m_outbox.pending();
    endResetModel();
}

const OutboxAction *OutboxModel::actionAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int OutboxModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

void OutboxModel::onChanged(const OutboxAction &action)
{
    if (action.profileId != m_outbox.profile())
        return;
    const int row = rowOf(action.id);
    if (action.state == OutboxState::Sent) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (row >= 0) {
        m_rows[row] = action;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    const auto at =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), action.id,
                         [](const OutboxAction &existing, qint64 id) { return existing.id < id; });
    const int position = int(at - m_rows.cbegin());
    beginInsertRows({}, position, position);
    m_rows.insert(position, action);
    endInsertRows();
}

void OutboxModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    const OutboxAction *action = actionAt(index.row());
    if (!index.isValid() || !action)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString what =
            action->chatroomId > 0
                ? QCoreApplication::translate("Outbox", "%1 in chatroom %2", "action, chatroom id")
                      .arg(kindLabel(action->kind))
                      .arg(action->chatroomId)
                : kindLabel(action->kind);
        return QCoreApplication::translate("Outbox", "%1: %2", "action: state")
            .arg(what, stateLabel(action->state));
    }
    case Qt::ToolTipRole:
    case ErrorTextRole:
        return action->lastError.message;
    case ActionRole:
        return QVariant::fromValue(*action);
    case IdRole:
        return action->id;
    case StateRole:
        return int(action->state);
    case StateTextRole:
        return stateLabel(action->state);
    case KindRole:
        return int(action->kind);
    case KindTextRole:
        return kindLabel(action->kind);
    case ChatroomRole:
        return action->chatroomId;
    case FieldErrorsRole: {
        QVariantMap fields;
        for (auto it = action->lastError.fieldErrors.cbegin();
             it != action->lastError.fieldErrors.cend(); ++it)
            fields.insert(it.key(), it.value());
        return fields;
    }
    case AttemptsRole:
        return action->attempts;
    case NextAttemptRole:
        if (action->state != OutboxState::Queued || action->attempts == 0)
            return QDateTime();
        return QDateTime::fromMSecsSinceEpoch(action->nextAttemptAt, QTimeZone::utc());
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ActionRole, "action");
    names.insert(IdRole, "actionId");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(KindRole, "kind");
    names.insert(KindTextRole, "kindText");
    names.insert(ChatroomRole, "chatroom");
    names.insert(ErrorTextRole, "errorText");
    names.insert(FieldErrorsRole, "fieldErrors");
    names.insert(AttemptsRole, "attempts");
    names.insert(NextAttemptRole, "nextAttempt");
    return names;
}

} // namespace popsell::outbox
