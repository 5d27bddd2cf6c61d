#pragma once

#include "core/api/apiconfig.h"
#include "core/auth/profile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace popsell::api {
class ApiClient;
class ApiError;
class PopsellApi;
} // namespace popsell::api

namespace popsell::auth {

class ProfileStore;
class SecretStore;

// Where a profile's calls go. The embedded sandbox brings its own public demo key, which is
// exchanged whenever a token is needed and never stored.
struct ProfileConnection
{
    api::ApiConfig config;
    QString builtInApiKey;
};

// Turns a profile into its connection (the app starts the embedded sandbox here). nullopt,
// with a reason for a person, when it cannot.
using ConnectionResolver =
    std::function<std::optional<ProfileConnection>(const Profile &profile, QString *error)>;

// Who the console is signed in as, and the token's whole life: sign-in with an API key,
// restoring the last profile at start, the 401 in the middle of a session, sign-out.
//
// The token lives in the ApiClient's memory and in the OS keychain (SecretStore), keyed
// per profile; the API key only when the moderator asked to remember it. A 401 suspends the
// client, which holds every call (ApiClient::setHoldOnUnauthorized): the session first
// re-exchanges a remembered key, silently and at most once a minute, and otherwise asks for
// a sign-in. Held calls go out again only when the same profile signs in; signing in to
// another profile cancels them, so nothing meant for one brand reaches another.
//
// A sign-in is checked on a separate probe client (key exchange, then GET /brand): a wrong
// key or domain never disturbs the session that is running.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        SignedOut,   // no profile active: the app asks for a sign-in
        Connecting,  // a profile is active; its token is being read or exchanged
        SignedIn,    // calls flow
        Suspended,   // a 401: calls are held while the remembered key is exchanged again
        NeedsSignIn, // calls are held until the moderator signs in again to this profile
    };
    Q_ENUM(State)

    // A silent re-exchange is not tried again within this time: a server that answers 401
    // to a fresh token must end with the moderator, not in a loop.
    static constexpr int kSilentRetryIntervalMs = 60'000;

    Session(api::ApiClient &client, SecretStore &secrets, ProfileStore &profiles,
            ConnectionResolver resolver, QObject *parent = nullptr);
    ~Session() override;

    // A profile's own domain, base URL and brand, with no built-in key.
    static ProfileConnection directConnection(const Profile &profile);

    State state() const { return m_state; }
    // The active profile (also while suspended or waiting for a sign-in).
    std::optional<Profile> profile() const { return m_profile; }
    bool isSignInBusy() const { return m_probe != nullptr; }

    // At start-up: the last used profile, without asking when its token (or a remembered
    // key, or the sandbox) allows; otherwise signInRequired().
    void restoreLastProfile();
    // Makes a saved profile the active one (the profile menu).
    void switchTo(const Profile &profile);
    // The sign-in dialog: `draft` carries the domain, base URL, brand (0: the domain's
    // brand) and whether to remember the key. Ends with signedIn() or signInFailed().
    void signIn(const Profile &draft, const QString &apiKey);
    void openSandbox();
    // Stops a sign-in in progress (the dialog was closed); the running session is untouched.
    void cancelSignIn();
    // POST /auth/logout, then the profile's keychain entries and cache are removed and held
    // calls are abandoned. The profile itself stays in the list (domain and brand only).
    void signOut();

Q_SIGNALS:
    void stateChanged(popsell::auth::Session::State state);
    // A different profile became active: everything shown belongs to the previous one and
    // must go before anything of this one arrives.
    void profileActivated(const popsell::auth::Profile &profile);
    void signedIn(const popsell::auth::Profile &profile);
    // Ask the moderator to sign in; `profile` pre-fills the dialog when known.
    void signInRequired(const std::optional<popsell::auth::Profile> &profile,
                        const QString &reason);
    // A sign-in from the dialog failed; the sentence is for the dialog.
    void signInFailed(const QString &message, const QString &field);
    void signedOut();

private:
    void setState(State state);
    void activate(const Profile &profile, const ProfileConnection &connection);
    void finishSignIn(Profile profile, ProfileConnection connection, const QString &token,
                      const QString &apiKey);
    void adoptToken(const QString &token);
    void exchangeOnClient(const QString &apiKey);
    void exchangeRememberedKey();
    void dropProbe();
    void onUnauthorized();
    void askForSignIn(const QString &reason);
    void failSignIn(const api::ApiError &error);
    void failSignIn(const QString &message, const QString &field = {});
    std::optional<ProfileConnection> resolve(const Profile &profile, QString *error) const;

    api::ApiClient &m_client;
    SecretStore &m_secrets;
    ProfileStore &m_profiles;
    ConnectionResolver m_resolver;
    std::unique_ptr<api::PopsellApi> m_api; // on m_client
    State m_state = State::SignedOut;
    std::optional<Profile> m_profile;
    std::optional<ProfileConnection> m_connection;
    // The sign-in being checked, on its own client.
    std::unique_ptr<api::ApiClient> m_probe;
    QDateTime m_lastSilentExchange;
    // Bumped whenever the active profile changes or the moderator signs out: keychain and
    // network answers of an older epoch are ignored.
    quint64 m_epoch = 0;
};

} // namespace popsell::auth
