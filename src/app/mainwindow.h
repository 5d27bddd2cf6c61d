#pragma once

#include "core/domain/chatroom.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>
#include <optional>

namespace popsell::models {
class ChatroomInboxModel;
class MessageListModel;
} // namespace popsell::models

namespace popsell::app {

class MessageDelegate;

// The console's one window: the inbox on the left, the open room on the right, the
// connection state in the status bar. It shows; it does not act: actions (ModeratorActions)
// add their QActions to its menus and call back into it to select or refresh rooms.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(models::ChatroomInboxModel &inbox, models::MessageListModel &messages,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // The room open on the right, if any.
    std::optional<domain::Chatroom> currentChatroom() const;
    // Selects (and opens) a room; false when it is not in the inbox's loaded rows.
    bool selectChatroom(qint64 idChatroom);
    // Moves the selection by `delta` rows in the inbox (Alt+Up/Down).
    void moveSelection(int delta);

    // A short, translated line in the status bar ("Chatroom created", an error...).
    void showStatus(const QString &text, int timeoutMs = 5000);
    // "Sandbox" marker in the title and status bar (demo mode).
    void setSandboxMode(bool sandbox);
    // Who the console works for ("Brand · domain"): in the title and the status bar.
    void setProfileName(const QString &name);
    // Another profile is active, or the moderator signed out: the open room, the filter and
    // every picture and size learned go, so nothing of one brand shows under another.
    void forgetProfileData();

    // Where the console talks to, for the status bar ("Connected to ...") and the origin
    // product pictures may come from.
    void setServerUrl(const QUrl &baseUrl);
    // Sign-in states at start-up. While signing in (or after it failed) the inbox is
    // detached from its model, so nothing is requested without a token; setSignedIn()
    // attaches it and the first page loads. A window that was never told is signed in.
    void setSigningIn();
    void setSignInFailed(const QString &message);
    void setSignedIn();
    // No profile is active: the inbox is detached and says how to sign in.
    void setSignedOut();
    // Calls the API client holds after a 401 (they go once the same profile is signed in
    // again): a count in the status bar, and what the console is waiting for.
    void setHeldActions(int count, bool waitingForSignIn);
    // The keychain does not work: said plainly, for the whole session (empty hides it).
    void setKeychainNotice(const QString &text);

    // The delegate painting the messages (tests read its size cache).
    MessageDelegate *messageDelegate() const;

    // Menus the actions add themselves to.
    QMenu *sessionMenu() const;
    QMenu *chatroomMenu() const;
    QMenu *messageMenu() const;
    QMenu *viewMenu() const;
    QMenu *helpMenu() const;

    // The widgets actions need to move focus to (Ctrl+F, Esc...).
    QWidget *inboxView() const;
    QWidget *messageView() const;
    QWidget *inboxFilterField() const;

Q_SIGNALS:
    void currentChatroomChanged(std::optional<popsell::domain::Chatroom> chatroom);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace popsell::app
