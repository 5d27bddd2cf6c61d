#pragma once

#include "core/outbox/outboxaction.h"

#include <QAbstractListModel>
#include <QList>

namespace popsell::outbox {

class Outbox;

// The active profile's actions not yet sent, oldest first: the "N pending" panel, where
// nothing waiting or failed is ever hidden (reliability notes 3.5). Follows the outbox's
// signals; a sent action leaves the list.
class OutboxModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ActionRole = Qt::UserRole + 1, // QVariant<OutboxAction>
        IdRole,                        // qint64
        StateRole,                     // int (OutboxState)
        StateTextRole,                 // QString, translated
        KindRole,                      // int (OutboxKind)
        KindTextRole,                  // QString, translated
        ChatroomRole,                  // qint64 (0: a chatroom still to be created)
        ErrorTextRole,                 // QString: the last failure, for a person
        FieldErrorsRole,               // QVariantMap: field -> QStringList (422)
        AttemptsRole,                  // int
        NextAttemptRole,               // QDateTime (UTC); invalid unless waiting for a retry
    };

    explicit OutboxModel(Outbox &outbox, QObject *parent = nullptr);

    const OutboxAction *actionAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();
    void onChanged(const OutboxAction &action);
    void onRemoved(qint64 id);

    Outbox &m_outbox;
    QList<OutboxAction> m_rows; // by id
};

} // namespace popsell::outbox
