#pragma once

#include "core/api/requests.h"
#include "core/api/result.h"
#include "core/domain/chatroom.h"
#include "core/domain/page.h"
#include "core/models/internedvalues.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <deque>
#include <optional>

namespace popsell::api {
class ApiCall;
class PopsellApi;
} // namespace popsell::api

namespace popsell::models {

// The brand's chatroom inbox (GET /manager/chatrooms), one row per chatroom, in the
// server's order. Pages arrive through canFetchMore/fetchMore and each is inserted in
// one batch. Never blocks: `loading` and `errorText` are part of the model, and a failed
// page can be retried with fetchMore().
class ChatroomInboxModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY totalChanged)

public:
    enum Role
    {
        ChatroomRole = Qt::UserRole + 1, // QVariant<domain::Chatroom>
        IdRole,                          // qint64
        MembersRole,                     // QString: "Camille Lacroix, Rhys O'Connor"
        LastMessageDateRole,             // QDateTime (UTC)
        LastMessagePreviewRole,          // QString, empty until known
        SourceRole,                      // int 0..2
        TypeChatroomRole,                // int 0 / 7
        EstablishedRole,                 // bool
        LastRatingRole,                  // QVariant: int 0..5 or null
        FlagRole,                        // QVariant: 1 todo, 2 done, or null (any member)
        UnreadRole,                      // bool: some member has not read the last message
    };

    explicit ChatroomInboxModel(api::PopsellApi &api, QObject *parent = nullptr);
    ~ChatroomInboxModel() override;

    // Filters and sort of the inbox; changing them reloads from the first page.
    void setFilters(const api::ChatroomFilters &filters);
    const api::ChatroomFilters &filters() const { return m_filters; }
    // Drops the rows and loads the first page again.
    void reload();
    // Drops the rows and everything learned about them (another brand signed in, or
    // signed out); the first page loads when a view asks for more.
    void clear();

    // The row's chatroom; nullptr when out of range.
    const domain::Chatroom *chatroomAt(int row) const;
    // -1 when not loaded.
    int rowOf(qint64 idChatroom) const;
    // After an action: replaces the room's row (or inserts it at the top when new) with
    // the server's latest state.
    void upsert(const domain::Chatroom &chatroom);

    bool isLoading() const;
    QString errorText() const { return m_errorText; }
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorTextChanged(const QString &errorText);
    void totalChanged(qint64 total);
    // The first page of a (re)load arrived.
    void reloaded();

public:
    // Previews fetched at most this many at a time (one request per row asked for).
    static constexpr int kMaxPreviewsInFlight = 4;
    int previewsInFlight() const { return m_previewsInFlight; }

private:
    // What the inbox knows of a room's newest message (lazily fetched, see data()).
    struct Preview
    {
        QString text;
        qint64 newestMessageId = 0;
    };

    void loadPage();
    void onPage(quint64 generation, bool firstPage,
                api::Result<domain::Page<domain::Chatroom>> result);
    void setLoading(bool loading);
    void setErrorText(const QString &text);
    void setTotal(qint64 total);
    void requestPreview(qint64 idChatroom) const;
    void startQueuedPreviews();
    void onPreview(quint64 generation, qint64 idChatroom, std::optional<domain::Message> newest);
    std::optional<Preview> previewOf(const domain::Chatroom &chatroom) const;
    bool isUnread(const domain::Chatroom &chatroom) const;
    void hold(domain::Chatroom &chatroom);

    api::PopsellApi &m_api;
    api::ChatroomFilters m_filters;
    // A deque: a page appended (or a room upserted at the top) never moves the rooms held;
    // a growing list would move all of them at each doubling, a long stall at 50k rooms.
    std::deque<domain::Chatroom> m_rows;
    InternedValues m_interned; // the people and products of m_rows, one copy each
    QUrl m_nextPageUrl;
    bool m_exhausted = false;
    qint64 m_total = 0;
    QString m_errorText;
    QPointer<api::ApiCall> m_pending;
    quint64 m_generation = 0; // answers of an older (re)load are dropped
    bool m_loading = false;
    bool m_started = false; // the first page of this generation was asked for
    QSet<qint64> m_ids;     // of m_rows: a shifted page repeats rows already held

    // data() is const but asks for previews: the queue and cache are bookkeeping, not state
    // a view can observe except through dataChanged.
    mutable QHash<qint64, Preview> m_previews;
    mutable QList<qint64> m_previewQueue; // newest request last: served first
    mutable QSet<qint64> m_previewAsked;
    mutable bool m_previewPumpScheduled = false;
    int m_previewsInFlight = 0;
    quint64 m_previewGeneration = 0;
};

} // namespace popsell::models
