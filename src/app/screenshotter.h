#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace popsell::models {
class ChatroomInboxModel;
class MessageListModel;
} // namespace popsell::models

namespace popsell::app {

class MainWindow;

// --screenshot FILE: once the first inbox page and a room's messages are on screen (or
// sign-in or loading failed, which is a state worth a picture too), renders the window to
// a PNG and quits the application (exit code 0, or 1 if it could not be saved or nothing
// settled in time). Used by scripts/screenshots.sh for the README's pictures.
class Screenshotter : public QObject
{
    Q_OBJECT

public:
    Screenshotter(MainWindow &window, models::ChatroomInboxModel &inbox,
                  models::MessageListModel &messages, QString path, qint64 openChatroom,
                  QObject *parent = nullptr);

    // Sign-in failed: nothing more will load.
    void signInFailed();

private:
    void inboxSettled();
    void roomLoaded();
    // The README's picture shows a product card: older pages load until one is there,
    // and the view scrolls so it is on screen.
    bool showProductCard();
    void settleThenSave();
    void save();

    MainWindow &m_window;
    models::ChatroomInboxModel &m_inbox;
    models::MessageListModel &m_messages;
    QString m_path;
    qint64 m_openChatroom;
    QTimer m_settle;  // lets product pictures arrive and the last paint happen
    QTimer m_timeout; // never hang a script
    bool m_saved = false;
    bool m_roomLoaded = false;
    int m_olderPages = 0;
};

} // namespace popsell::app
