#pragma once

#include "core/api/result.h"
#include "core/domain/message.h"
#include "core/domain/page.h"
#include "core/models/internedvalues.h"
#include "core/models/localecho.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <deque>

namespace popsell::api {
class ApiCall;
class PopsellApi;
} // namespace popsell::api

namespace popsell::models {

// The messages of one chatroom, oldest at the top and newest at the bottom, as a chat
// reads. The newest page loads first; older pages arrive through canFetchMore/fetchMore
// (scrolling up) and are inserted at the top in one batch. Hidden messages stay, marked
// inactive, so a moderator sees what was hidden. Local echoes of actions not yet confirmed
// by the server (LocalEcho) come last, below the newest message, until they settle.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role
    {
        MessageRole = Qt::UserRole + 1, // QVariant<domain::Message>
        IdRole,                         // qint64
        AuthorNameRole,                 // QString
        AuthorIdRole,                   // qint64
        DateRole,                       // QDateTime (UTC)
        KindRole,                       // int (domain::MessageType, from the payload)
        ContentRole,                    // QString
        ActiveRole,                     // bool
        EchoStateRole,                  // int: -1 for a server message, else LocalEcho::State
        EchoErrorRole,                  // QString: why a local echo failed
        OutboxIdRole,                   // qint64: the outbox row of a local echo, else 0
        EchoEditableRole,               // bool: a failed echo whose input can be corrected
    };

    explicit MessageListModel(api::PopsellApi &api, QObject *parent = nullptr);
    ~MessageListModel() override;

    // Shows another room (0: none): drops the rows and loads the newest page.
    void setChatroom(qint64 idChatroom);
    qint64 chatroom() const { return m_chatroom; }
    void reload();

    const domain::Message *messageAt(int row) const;
    int rowOf(qint64 idMessage) const;
    // A message the moderator just created (product, rating, text): appended at the bottom.
    void appendMessage(const domain::Message &message);
    // A message the server changed (hidden, edited, rated): replaced in place.
    void replaceMessage(const domain::Message &message);

    // Shows (or updates) a local echo when it belongs to the room shown; echoes of a room
    // stay across reloads of that room and go when another room is shown.
    void setEcho(const LocalEcho &echo);
    void removeEcho(qint64 outboxId);
    // The server confirmed it: the echo gives way to the server's message.
    void settleEcho(qint64 outboxId, const domain::Message &message);
    const LocalEcho *echo(qint64 outboxId) const;
    int echoCount() const { return int(m_echoes.size()); }

    bool isLoading() const;
    QString errorText() const { return m_errorText; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorTextChanged(const QString &errorText);
    // The newest page of a room arrived (views scroll to the bottom).
    void chatroomLoaded(qint64 idChatroom);

private:
    void load(bool dropEchoes);
    void loadPage();
    void onPage(quint64 generation, bool newestPage,
                api::Result<domain::Page<domain::Message>> result);
    void setLoading(bool loading);
    void setErrorText(const QString &text);

    api::PopsellApi &m_api;
    qint64 m_chatroom = 0;
    int echoRow(qint64 outboxId) const;
    int heldRows() const { return int(m_rows.size()); }
    void hold(domain::Message &message);

    // Oldest first. A deque: an older page goes in front and a new message at the back
    // without moving the (possibly 100,000) messages held, and none ever moves when it grows.
    std::deque<domain::Message> m_rows;
    QSet<qint64> m_ids;        // of m_rows: a shifted page repeats messages already held
    InternedValues m_interned; // authors and products of m_rows, one copy each
    QList<LocalEcho> m_echoes; // after m_rows, in the order they were made
    QUrl m_olderPageUrl;
    bool m_exhausted = false;
    QString m_errorText;
    QPointer<api::ApiCall> m_pending;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_newestLoaded = false; // the newest page of this room arrived
};

} // namespace popsell::models
