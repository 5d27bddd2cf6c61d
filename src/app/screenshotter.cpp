#include "app/screenshotter.h"

#include "app/mainwindow.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/messagelistmodel.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QPixmap>

#include <cstdio>

namespace popsell::app {

namespace {

constexpr int kSettleMs = 600;
constexpr int kTimeoutMs = 30000;

} // namespace

Screenshotter::Screenshotter(MainWindow &window, models::ChatroomInboxModel &inbox,
                             models::MessageListModel &messages, QString path, qint64 openChatroom,
                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_inbox(inbox)
    , m_messages(messages)
    , m_path(std::move(path))
    , m_openChatroom(openChatroom)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &Screenshotter::save);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [] {
        std::fprintf(stderr, "popsell-moderator: nothing settled in time for the screenshot\n");
        QCoreApplication::exit(1);
    });
    m_timeout.start();

    connect(&m_inbox, &models::ChatroomInboxModel::reloaded, this, &Screenshotter::inboxSettled);
    connect(&m_inbox, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_inbox.rowCount() > 0 && !m_window.currentChatroom())
            inboxSettled();
    });
    connect(&m_inbox, &models::ChatroomInboxModel::errorTextChanged, this,
            [this](const QString &error) {
                if (!error.isEmpty())
                    settleThenSave();
            });
    connect(&m_messages, &models::MessageListModel::chatroomLoaded, this,
            &Screenshotter::roomLoaded);
    connect(&m_messages, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_roomLoaded)
            roomLoaded();
    });
    connect(&m_messages, &models::MessageListModel::errorTextChanged, this,
            [this](const QString &error) {
                if (!error.isEmpty())
                    settleThenSave();
            });
}

void Screenshotter::signInFailed()
{
    settleThenSave();
}

void Screenshotter::inboxSettled()
{
    if (m_window.currentChatroom() || m_inbox.rowCount() == 0)
        return;
    if (m_openChatroom > 0 && m_window.selectChatroom(m_openChatroom))
        return;
    m_window.moveSelection(1);
}

void Screenshotter::roomLoaded()
{
    m_roomLoaded = true;
    if (showProductCard()) {
        settleThenSave();
        return;
    }
    constexpr int kMaxOlderPages = 5;
    if (m_olderPages < kMaxOlderPages && m_messages.canFetchMore({})) {
        ++m_olderPages;
        m_messages.fetchMore({});
        return;
    }
    settleThenSave();
}

bool Screenshotter::showProductCard()
{
    auto *view = qobject_cast<QAbstractItemView *>(m_window.messageView());
    for (int row = m_messages.rowCount() - 1; view && row >= 0; --row) {
        const domain::Message *message = m_messages.messageAt(row);
        if (message && message->kind() == domain::MessageType::Product) {
            // The view's model is a proxy with the same rows.
            view->scrollTo(view->model()->index(row, 0), QAbstractItemView::PositionAtTop);
            return true;
        }
    }
    return false;
}

void Screenshotter::settleThenSave()
{
    if (!m_saved)
        m_settle.start();
}

void Screenshotter::save()
{
    m_saved = true;
    const QPixmap picture = m_window.grab();
    if (!picture.save(m_path, "PNG")) {
        std::fprintf(stderr, "popsell-moderator: could not write %s\n", qUtf8Printable(m_path));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace popsell::app
