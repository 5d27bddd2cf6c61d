#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace popsell::api {
class ApiClient;
}
namespace popsell::auth {
class ProfileStore;
class Session;
struct Profile;
} // namespace popsell::auth

namespace popsell::app {

class ActionRegistry;

// The Session menu: sign in (another domain or brand), the saved profiles to switch to
// (Ctrl+Alt+1…9 in the order last used), the sandbox, and sign out. The profile entries
// are rebuilt whenever the session changes, so they always match what is saved. Leaving a
// profile whose actions are held after a 401 asks first: they would be discarded.
class SessionActions : public QObject
{
    Q_OBJECT

public:
    SessionActions(ActionRegistry &registry, QMenu &menu, auth::Session &session,
                   auth::ProfileStore &profiles, const api::ApiClient &client,
                   std::function<void()> showSignIn, QObject *parent = nullptr);
    ~SessionActions() override;

    // Entries for the saved profiles now in the menu (tests drive them).
    QList<QAction *> profileActions() const;

private:
    void rebuildProfiles();
    // Asks first when actions of the current profile are held (they would be discarded).
    void switchTo(const auth::Profile &profile);
    void updateEnabled();

    QMenu &m_menu;
    auth::Session &m_session;
    auth::ProfileStore &m_profiles;
    const api::ApiClient &m_client;
    QAction *m_signIn = nullptr;
    QAction *m_sandbox = nullptr;
    QAction *m_signOut = nullptr;
    QMenu *m_switchMenu = nullptr;
};

} // namespace popsell::app
