#pragma once

#include "core/auth/profile.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QSettings;

namespace popsell::models {
class ChatroomInboxModel;
class MessageListModel;
} // namespace popsell::models

namespace popsell::app {

class ConsoleBackend;
class MainWindow;
class ActionSender;
class ModeratorActions;
class OutboxStatus;
class SessionActions;
class SignInDialog;

// How the console starts.
struct ConsoleStart
{
    enum class Mode
    {
        LastProfile, // the last used profile, or the sign-in dialog when there is none
        Sandbox,     // straight to the embedded sandbox
        Direct,      // --base-url: sign in to `profile` with `apiKey`, no dialog
    };
    Mode mode = Mode::LastProfile;
    auth::Profile profile;
    QString apiKey;
};

// The whole console, as main() runs it and the GUI suites drive it: backend (client,
// keychain, profiles, session), models, the window, the actions and the sign-in dialog,
// wired to the session: a profile becoming active clears everything shown before its data
// loads; a 401 shows the held actions and asks for a sign-in; signing out detaches the
// inbox and asks again.
//
// Starting takes two steps, so that what the first frame does not need (the TLS backend,
// SQLite, the keychain, the sandbox) does not delay it: start() shows the window; once it has
// painted (or after a second without a paint), the check runs, the outbox opens, the actions
// (menu entries, shortcuts, the pending actions in the status bar) are made and the session
// starts (started()). No request leaves before the check, and no action can be asked for
// before the outbox is open: until then no action exists.
class Console : public QObject
{
    Q_OBJECT

public:
    // `settings` (profiles and shortcut bindings, never a secret) must outlive the console.
    // `dataDirectory` keeps the outbox; empty: the user's application data directory.
    explicit Console(QSettings &settings, const QString &dataDirectory = {},
                     QObject *parent = nullptr);
    ~Console() override;

    // Shows the window, then, after its first paint: runs `check` (false: nothing more
    // starts, the caller ends the run), opens the outbox, makes the actions, and restores,
    // opens or signs in as `start` says.
    void start(const ConsoleStart &start, std::function<bool()> check = {});
    // The second step ran: the outbox is open and actions() and the rest exist.
    bool isStarted() const;

    ConsoleBackend &backend() const;
    MainWindow &window() const;
    models::ChatroomInboxModel &inbox() const;
    models::MessageListModel &messages() const;
    // These four once started.
    ModeratorActions &actions() const;
    SessionActions &sessionActions() const;
    ActionSender &sender() const;
    OutboxStatus &outboxStatus() const;
    // Null until a sign-in was first asked for.
    SignInDialog *signInDialog() const;

    // Opens the sign-in dialog (kept between uses), pre-filled for `profile`.
    void showSignIn(const std::optional<auth::Profile> &profile = std::nullopt,
                    const QString &reason = {});

Q_SIGNALS:
    // The check passed, the outbox is open, the actions exist, the session is starting.
    void started();
    // A sign-in that was asked for without a dialog (--base-url) failed.
    void directSignInFailed(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace popsell::app
