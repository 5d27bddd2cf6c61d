#pragma once

#include "core/auth/profile.h"

#include <QObject>
#include <QPointer>
#include <QString>

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
class Console : public QObject
{
    Q_OBJECT

public:
    // `settings` (profiles and shortcut bindings, never a secret) must outlive the console.
    // `dataDirectory` keeps the outbox; empty: the user's application data directory.
    explicit Console(QSettings &settings, const QString &dataDirectory = {},
                     QObject *parent = nullptr);
    ~Console() override;

    // Shows the window, then restores, opens or signs in as `start` says.
    void start(const ConsoleStart &start);

    ConsoleBackend &backend() const;
    MainWindow &window() const;
    models::ChatroomInboxModel &inbox() const;
    models::MessageListModel &messages() const;
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
    // A sign-in that was asked for without a dialog (--base-url) failed.
    void directSignInFailed(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace popsell::app
