#include "core/auth/session.h"

#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/api/popsellapi.h"
#include "core/api/retrypolicy.h"
#include "core/auth/profilestore.h"
#include "core/auth/secretstore.h"

#include <QLoggingCategory>

namespace popsell::auth {

using api::ApiClient;
using api::ApiError;
using api::PopsellApi;
using api::Result;

namespace {

Q_LOGGING_CATEGORY(lcAuth, "popsell.auth", QtInfoMsg)

bool sameEndpoint(const api::ApiConfig &a, const api::ApiConfig &b)
{
    return a.baseUrl == b.baseUrl && a.domain == b.domain && a.brandId == b.brandId;
}

// Keychain results need no answer beyond the store's own session-only notice.
void ignoreResult(const SecretResult &) {}

} // namespace

Session::Session(ApiClient &client, SecretStore &secrets, ProfileStore &profiles,
                 ConnectionResolver resolver, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_profiles(profiles)
    , m_resolver(std::move(resolver))
    , m_api(std::make_unique<PopsellApi>(client))
{
    m_client.setHoldOnUnauthorized(true);
    // The console's reads and idempotent writes retry on their own (the retry table); its
    // non-idempotent writes go through the outbox, which retries them with their keys.
    m_client.setRetryPolicy(api::RetryPolicy(api::RetryLimits::interactive()));
    connect(&m_client, &ApiClient::unauthorizedDuringSession, this, &Session::onUnauthorized);
}

Session::~Session()
{
    dropProbe();
}

ProfileConnection Session::directConnection(const Profile &profile)
{
    ProfileConnection connection;
    connection.config.baseUrl =
        profile.baseUrl.isValid() ? profile.baseUrl : defaultBaseUrl(profile.domain);
    connection.config.domain = profile.domain;
    connection.config.brandId = profile.brandId;
    return connection;
}

std::optional<ProfileConnection> Session::resolve(const Profile &profile, QString *error) const
{
    if (m_resolver)
        return m_resolver(profile, error);
    return directConnection(profile);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcAuth) << "session state" << state;
    Q_EMIT stateChanged(state);
}

void Session::restoreLastProfile()
{
    const QString id = m_profiles.lastUsedId();
    const std::optional<Profile> last = id.isEmpty() ? std::nullopt : m_profiles.profile(id);
    if (!last) {
        Q_EMIT signInRequired(std::nullopt, {});
        return;
    }
    switchTo(*last);
}

void Session::switchTo(const Profile &profile)
{
    cancelSignIn();
    QString error;
    const std::optional<ProfileConnection> connection = resolve(profile, &error);
    if (!connection) {
        Q_EMIT signInRequired(profile, error);
        return;
    }
    activate(profile, *connection);
    m_profiles.setLastUsed(profile.id);
    if (!connection->builtInApiKey.isEmpty()) {
        exchangeOnClient(connection->builtInApiKey);
        return;
    }
    const quint64 epoch = m_epoch;
    m_secrets.readToken(
        profile.id, this, [this, epoch](const SecretResult &result, const QByteArray &secret) {
            if (epoch != m_epoch)
                return;
            if (result.ok() && !secret.isEmpty()) {
                adoptToken(QString::fromUtf8(secret));
                return;
            }
            if (m_profile->rememberApiKey) {
                exchangeRememberedKey();
                return;
            }
            askForSignIn(result.status == SecretResult::Status::NotFound
                             ? tr("Sign in to %1 again.").arg(m_profile->displayName())
                             : tr("The saved sign-in could not be read: %1").arg(result.detail));
        });
}

void Session::openSandbox()
{
    signIn(sandboxProfile(), {});
}

void Session::signIn(const Profile &draft, const QString &apiKey)
{
    cancelSignIn();
    QString error;
    const std::optional<ProfileConnection> connection = resolve(draft, &error);
    if (!connection) {
        failSignIn(error, QStringLiteral("domain"));
        return;
    }
    const QString key = draft.sandbox ? connection->builtInApiKey : apiKey.trimmed();
    if (key.isEmpty()) {
        failSignIn(tr("Enter the brand's API key."), QStringLiteral("api_key"));
        return;
    }
    if (key.toUtf8().size() > SecretStore::maxSecretBytes) {
        failSignIn(tr("This is not an API key: it is longer than %1 bytes.")
                       .arg(SecretStore::maxSecretBytes),
                   QStringLiteral("api_key"));
        return;
    }

    m_probe = std::make_unique<ApiClient>(connection->config);
    auto *probeApi = new PopsellApi(*m_probe, m_probe.get());
    ApiClient *probe = m_probe.get();
    qCDebug(lcAuth) << "checking a sign-in to" << connection->config.baseUrl.host();
    probeApi->exchangeApiKey(
        key, probe,
        [this, probe, probeApi, draft, connection = *connection, key](Result<QString> token) {
            if (!token) {
                failSignIn(token.error());
                return;
            }
            probeApi->brandInfo(probe, [this, draft, connection, key,
                                        token = token.value()](Result<domain::BrandInfo> brand) {
                if (!brand) {
                    failSignIn(brand.error());
                    return;
                }
                Profile profile = draft;
                if (profile.brandId <= 0)
                    profile.brandId = brand.value().id;
                if (profile.brandId == brand.value().id)
                    profile.brandName = brand.value().label;
                finishSignIn(profile, connection, token, key);
            });
        });
}

void Session::finishSignIn(Profile profile, ProfileConnection connection, const QString &token,
                           const QString &apiKey)
{
    dropProbe();
    connection.config.brandId = profile.brandId;

    // The same domain and brand as a saved profile is that profile: its keychain entries,
    // its place in the menu, its held calls.
    if (profile.id.isEmpty()) {
        for (const Profile &saved : m_profiles.profiles()) {
            if (saved.sandbox == profile.sandbox && saved.domain == profile.domain &&
                saved.brandId == profile.brandId) {
                profile.id = saved.id;
                break;
            }
        }
    }
    if (profile.id.isEmpty())
        profile.id = profile.sandbox ? sandboxProfile().id : ProfileStore::newId();

    if (!profile.sandbox) {
        m_secrets.writeToken(profile.id, token.toUtf8(), this, ignoreResult);
        if (profile.rememberApiKey)
            m_secrets.writeApiKey(profile.id, apiKey.toUtf8(), this, ignoreResult);
        else
            m_secrets.removeApiKey(profile.id, this, ignoreResult);
    }
    m_profiles.save(profile);
    m_profiles.setLastUsed(profile.id);

    const bool resuming = m_profile && m_profile->id == profile.id && m_connection &&
                          sameEndpoint(m_connection->config, connection.config);
    if (resuming) {
        m_profile = profile;
        m_connection = connection;
    } else {
        activate(profile, connection);
    }
    adoptToken(token);
}

void Session::activate(const Profile &profile, const ProfileConnection &connection)
{
    ++m_epoch;
    // Calls held for the previous profile are cancelled here: they never reach this one.
    m_client.reset(connection.config);
    m_profile = profile;
    m_connection = connection;
    m_lastSilentExchange = {};
    setState(State::Connecting);
    Q_EMIT profileActivated(profile);
}

void Session::adoptToken(const QString &token)
{
    m_client.setToken(token);
    setState(State::SignedIn);
    if (m_client.isSuspended())
        m_client.resume();
    Q_EMIT signedIn(*m_profile);
}

void Session::exchangeOnClient(const QString &apiKey)
{
    const quint64 epoch = m_epoch;
    m_api->exchangeApiKey(apiKey, this, [this, epoch](Result<QString> token) {
        if (epoch != m_epoch)
            return;
        if (!token) {
            const ApiError &error = token.error();
            askForSignIn(error.kind() == ApiError::Kind::Unauthorized ||
                                 error.kind() == ApiError::Kind::Validation
                             ? tr("The saved API key was refused. Sign in again.")
                             : error.userMessage());
            return;
        }
        if (!m_profile->sandbox)
            m_secrets.writeToken(m_profile->id, token.value().toUtf8(), this, ignoreResult);
        adoptToken(token.value());
    });
}

void Session::exchangeRememberedKey()
{
    const quint64 epoch = m_epoch;
    m_secrets.readApiKey(m_profile->id, this,
                         [this, epoch](const SecretResult &result, const QByteArray &secret) {
                             if (epoch != m_epoch)
                                 return;
                             if (result.ok() && !secret.isEmpty()) {
                                 exchangeOnClient(QString::fromUtf8(secret));
                                 return;
                             }
                             askForSignIn(tr("Sign in to %1 again.").arg(m_profile->displayName()));
                         });
}

void Session::onUnauthorized()
{
    if (!m_profile || m_state == State::SignedOut)
        return;
    qCDebug(lcAuth) << "401 during the session: calls are held";
    // A token the server refused is of no use again (reliability notes 4.3).
    m_client.clearToken();
    if (!m_profile->sandbox)
        m_secrets.removeToken(m_profile->id, this, ignoreResult);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool mayRetry = !m_lastSilentExchange.isValid() ||
                          m_lastSilentExchange.msecsTo(now) >= kSilentRetryIntervalMs;
    const bool hasKey = !m_connection->builtInApiKey.isEmpty() || m_profile->rememberApiKey;
    if (!mayRetry || !hasKey) {
        askForSignIn(tr("Your session with %1 ended. Sign in again: held actions are sent "
                        "once you are back.")
                         .arg(m_profile->displayName()));
        return;
    }
    m_lastSilentExchange = now;
    setState(State::Suspended);
    if (!m_connection->builtInApiKey.isEmpty())
        exchangeOnClient(m_connection->builtInApiKey);
    else
        exchangeRememberedKey();
}

void Session::askForSignIn(const QString &reason)
{
    setState(State::NeedsSignIn);
    Q_EMIT signInRequired(m_profile, reason);
}

void Session::cancelSignIn()
{
    dropProbe();
}

void Session::dropProbe()
{
    // Never deleted in place: this may run inside one of the probe's own callbacks.
    if (m_probe)
        m_probe.release()->deleteLater();
}

void Session::failSignIn(const ApiError &error)
{
    QString field;
    QString message;
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
        field = QStringLiteral("api_key");
        message = tr("The API key was refused for this domain.");
        break;
    case ApiError::Kind::Validation:
        field = QStringLiteral("api_key");
        message =
            error.fieldErrors().value(QStringLiteral("api_key")).value(0, error.userMessage());
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::BadResponse:
        field = QStringLiteral("domain");
        message = error.userMessage();
        break;
    default:
        message = error.userMessage();
        break;
    }
    failSignIn(message, field);
}

void Session::failSignIn(const QString &message, const QString &field)
{
    dropProbe();
    Q_EMIT signInFailed(message, field);
}

void Session::signOut()
{
    cancelSignIn();
    if (!m_profile) {
        Q_EMIT signedOut();
        return;
    }
    const Profile profile = *m_profile;
    const bool hadToken = m_client.hasToken();
    ++m_epoch;
    setState(State::SignedOut);
    ApiError signedOutError(ApiError::Kind::Canceled, QStringLiteral("signed out before sending"));
    signedOutError.withServerMessage(tr("You signed out before this was sent: it was not sent."));
    m_client.abandonHeld(signedOutError);

    auto finish = [this, profile] {
        m_client.reset(api::ApiConfig{});
        ProfileStore::wipeCache(profile.id);
        m_profiles.clearLastUsed();
        m_profile.reset();
        m_connection.reset();
        if (profile.sandbox) {
            Q_EMIT signedOut();
            return;
        }
        // Signed out once the keychain has let go of the profile's secrets: a sign-in or a
        // quit that follows finds nothing left.
        m_secrets.removeProfileSecrets(profile.id, this,
                                       [this](const SecretResult &) { Q_EMIT signedOut(); });
    };
    if (!hadToken) {
        finish();
        return;
    }
    // The server forgets the token first; whatever it answers, the local copies go. Queued:
    // reset() must not run inside the logout call's own delivery.
    m_api->logout(this, [this, finish](Result<api::ActionAck>) {
        QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
    });
}

} // namespace popsell::auth
