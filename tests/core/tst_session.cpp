// The session against a real sandbox over loopback and a real keychain (ctest label
// "secrets"): signing in stores the token per profile and the next start needs no key; a
// token revoked at the server in the middle of the session holds every call, which goes out
// exactly once after the remembered key is exchanged again, or after the moderator signs in
// again to the same profile; signing in elsewhere never sends them; signing out revokes the
// token and removes every trace of the profile. The "nobus_" functions run without a
// session bus: the token then lives in memory only and the next start asks again.

#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/api/popsellapi.h"
#include "core/auth/profilestore.h"
#include "core/auth/secretstore.h"
#include "core/auth/session.h"
#include "support/sandboxfixture.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace popsell;
using api::ApiError;
using api::PopsellApi;
using api::Result;
using auth::Profile;
using auth::Session;
using testing::SandboxFixture;

namespace {

constexpr int kWaitMs = 20000;
constexpr qint64 kRoom = 1; // ambassadors 1 and 2 are its members
constexpr qint64 kProduct = 42;

// One console's worth of session objects, over a settings file that outlives it (a restart
// is a second Harness on the same file).
struct Harness
{
    explicit Harness(const QString &settingsFile)
        : settings(settingsFile, QSettings::IniFormat)
        , profiles(settings)
        , client(api::ApiConfig{})
        , api(client)
        , session(client, secrets, profiles, nullptr)
    {}

    QSettings settings;
    auth::ProfileStore profiles;
    auth::SecretStore secrets;
    api::ApiClient client;
    PopsellApi api;
    Session session;
};

Profile draftFor(SandboxFixture &sandbox, bool rememberKey)
{
    Profile draft;
    draft.domain = sandbox.config().domain;
    draft.baseUrl = QUrl(sandbox.baseUrl());
    draft.rememberApiKey = rememberKey;
    return draft;
}

// Every message of the room, as the server counts them.
qint64 messageTotal(SandboxFixture &sandbox)
{
    const testing::HttpResult r =
        sandbox.get(QStringLiteral("/chat/chatrooms/%1/messages?per_page=1").arg(kRoom));
    return r.status == 200 ? r.object().value(QStringLiteral("total")).toInteger() : -1;
}

QByteArray storedToken(auth::SecretStore &secrets, const QString &profile)
{
    std::optional<QByteArray> token;
    QObject context;
    secrets.readToken(profile, &context,
                      [&token](const auth::SecretResult &result, const QByteArray &secret) {
                          token = result.ok() ? secret : QByteArray();
                      });
    (void)QTest::qWaitFor([&] { return token.has_value(); }, kWaitMs);
    return token.value_or(QByteArray());
}

auth::SecretResult::Status apiKeyStatus(auth::SecretStore &secrets, const QString &profile)
{
    std::optional<auth::SecretResult::Status> status;
    QObject context;
    secrets.readApiKey(profile, &context,
                       [&status](const auth::SecretResult &result, const QByteArray &) {
                           status = result.status;
                       });
    (void)QTest::qWaitFor([&] { return status.has_value(); }, kWaitMs);
    return status.value_or(auth::SecretResult::Status::Unavailable);
}

// The server forgets `token`, as when an administrator revokes it.
bool revoke(SandboxFixture &sandbox, const QByteArray &token)
{
    testing::RequestOptions options;
    options.tokenOverride = QString::fromLatin1(token);
    options.domainHeader = true;
    options.brandHeader = false;
    return sandbox.post(QStringLiteral("/auth/logout"), {}, options).status == 200;
}

// Three product pushes and two rating requests, as a moderator fires them; their results.
struct Actions
{
    QList<std::optional<Result<domain::Message>>> results;
    QObject context;

    void fire(PopsellApi &api)
    {
        results.resize(5);
        for (int i = 0; i < 3; ++i) {
            api.postProductMessage(kRoom, api::ProductMessageRequest{2, kProduct}, &context,
                                   [this, i](Result<domain::Message> r) { results[i] = r; });
        }
        for (int i = 3; i < 5; ++i) {
            api.requestRating(kRoom, api::RatingRequest{1, 2}, &context,
                              [this, i](Result<domain::Message> r) { results[i] = r; });
        }
    }
    int delivered() const
    {
        return int(std::count_if(results.cbegin(), results.cend(),
                                 [](const auto &r) { return r.has_value(); }));
    }
    int succeeded() const
    {
        return int(std::count_if(results.cbegin(), results.cend(),
                                 [](const auto &r) { return r && r->ok(); }));
    }
};

} // namespace

class TstSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyring_signInStoresTokenAndNextStartNeedsNoKey();
    void keyring_wrongKeyFailsWithoutTouchingTheSession();
    void keyring_revokedTokenHoldsThenSilentReexchangeSendsOnce();
    void keyring_revokedTokenAsksThenResumesSameProfileOnce();
    void keyring_signingInElsewhereNeverSendsHeldCalls();
    void keyring_signOutRevokesAndRemovesEveryTrace();
    void nobus_sessionOnlyTokenIsNotRestored();

private:
    Profile signIn(Harness &h, const Profile &draft, const QString &key);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    QString m_settingsFile;
};

void TstSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TstSession::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    const QString error = m_sandbox->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_settingsFile =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini"));
}

void TstSession::cleanup()
{
    m_sandbox.reset();
}

Profile TstSession::signIn(Harness &h, const Profile &draft, const QString &key)
{
    QSignalSpy signedIn(&h.session, &Session::signedIn);
    QSignalSpy failed(&h.session, &Session::signInFailed);
    h.session.signIn(draft, key);
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, kWaitMs) ||
        signedIn.isEmpty()) {
        qWarning() << "sign-in failed:" << (failed.isEmpty() ? QVariantList() : failed.first());
        return {};
    }
    return signedIn.first().first().value<Profile>();
}

void TstSession::keyring_signInStoresTokenAndNextStartNeedsNoKey()
{
    QString profileId;
    QByteArray token;
    {
        Harness h(m_settingsFile);
        const Profile profile = signIn(h, draftFor(*m_sandbox, false), m_sandbox->config().apiKey);
        QVERIFY(!profile.id.isEmpty());
        QCOMPARE(profile.brandId, m_sandbox->brandId());
        QVERIFY(!profile.brandName.isEmpty()); // GET /brand said which brand was reached
        QCOMPARE(h.session.state(), Session::State::SignedIn);
        QCOMPARE(h.profiles.lastUsedId(), profile.id);
        profileId = profile.id;
        token = storedToken(h.secrets, profileId);
        QVERIFY(!token.isEmpty());
        // Not asked to remember the key: it is not in the keychain.
        QCOMPARE(apiKeyStatus(h.secrets, profileId), auth::SecretResult::Status::NotFound);
    }

    // The next start: the same profile, signed in from the keychain, no key asked for.
    Harness restarted(m_settingsFile);
    QSignalSpy signedIn(&restarted.session, &Session::signedIn);
    QSignalSpy asked(&restarted.session, &Session::signInRequired);
    restarted.session.restoreLastProfile();
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), kWaitMs);
    QVERIFY(asked.isEmpty());
    QCOMPARE(restarted.session.profile()->id, profileId);
    QCOMPARE(restarted.client.config().brandId, m_sandbox->brandId());
    std::optional<Result<domain::Chatroom>> room;
    QObject context;
    restarted.api.chatroom(kRoom, &context, [&room](Result<domain::Chatroom> r) { room = r; });
    QTRY_VERIFY_WITH_TIMEOUT(room.has_value(), kWaitMs);
    QVERIFY2(room->ok(), room->ok() ? "" : qPrintable(room->error().detail()));
    QCOMPARE(storedToken(restarted.secrets, profileId), token); // no new exchange
}

void TstSession::keyring_wrongKeyFailsWithoutTouchingTheSession()
{
    Harness h(m_settingsFile);
    const Profile profile = signIn(h, draftFor(*m_sandbox, false), m_sandbox->config().apiKey);
    QVERIFY(!profile.id.isEmpty());

    QSignalSpy failed(&h.session, &Session::signInFailed);
    QSignalSpy activated(&h.session, &Session::profileActivated);
    Profile other = draftFor(*m_sandbox, false);
    other.brandId = profile.brandId + 1000; // another brand: a new profile
    h.session.signIn(other, QStringLiteral("not-a-key"));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kWaitMs);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("api_key"));
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QVERIFY(!failed.first().at(0).toString().contains(QStringLiteral("not-a-key")));
    QVERIFY(activated.isEmpty());
    QCOMPARE(h.session.state(), Session::State::SignedIn);
    QCOMPARE(h.session.profile()->id, profile.id);
    QCOMPARE(h.profiles.profiles().size(), 1); // nothing saved for the failed attempt
}

void TstSession::keyring_revokedTokenHoldsThenSilentReexchangeSendsOnce()
{
    Harness h(m_settingsFile);
    const Profile profile = signIn(h, draftFor(*m_sandbox, true), m_sandbox->config().apiKey);
    QVERIFY(!profile.id.isEmpty());
    QCOMPARE(apiKeyStatus(h.secrets, profile.id), auth::SecretResult::Status::Ok);
    const QByteArray token = storedToken(h.secrets, profile.id);
    const qint64 before = messageTotal(*m_sandbox);
    QVERIFY(before >= 0);

    QVERIFY(revoke(*m_sandbox, token));
    QSignalSpy asked(&h.session, &Session::signInRequired);
    QSignalSpy states(&h.session, &Session::stateChanged);
    Actions actions;
    actions.fire(h.api);
    QTRY_VERIFY_WITH_TIMEOUT(actions.delivered() == 5, kWaitMs);
    QCOMPARE(actions.succeeded(), 5);
    QVERIFY(asked.isEmpty()); // the remembered key was enough
    QVERIFY(states.contains(QVariantList{QVariant::fromValue(Session::State::Suspended)}));
    QCOMPARE(h.session.state(), Session::State::SignedIn);
    QCOMPARE(messageTotal(*m_sandbox), before + 5); // each action exactly once
    const QByteArray renewed = storedToken(h.secrets, profile.id);
    QVERIFY(!renewed.isEmpty());
    QVERIFY(renewed != token);
}

void TstSession::keyring_revokedTokenAsksThenResumesSameProfileOnce()
{
    Harness h(m_settingsFile);
    const Profile profile = signIn(h, draftFor(*m_sandbox, false), m_sandbox->config().apiKey);
    QVERIFY(!profile.id.isEmpty());
    const qint64 before = messageTotal(*m_sandbox);
    QVERIFY(revoke(*m_sandbox, storedToken(h.secrets, profile.id)));

    QSignalSpy asked(&h.session, &Session::signInRequired);
    Actions actions;
    actions.fire(h.api);
    QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), kWaitMs);
    QCOMPARE(h.session.state(), Session::State::NeedsSignIn);
    QCOMPARE(asked.first().first().value<std::optional<Profile>>()->id, profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(h.client.heldCount(), 5, kWaitMs);
    QTest::qWait(300);
    QCOMPARE(actions.delivered(), 0); // held, not failed
    QCOMPARE(messageTotal(*m_sandbox), before);
    // The dead token is gone from the keychain too.
    QVERIFY(storedToken(h.secrets, profile.id).isEmpty());

    // The moderator signs in again to the same profile (the dialog keeps its id).
    const Profile again = signIn(h, profile, m_sandbox->config().apiKey);
    QCOMPARE(again.id, profile.id);
    QTRY_VERIFY_WITH_TIMEOUT(actions.delivered() == 5, kWaitMs);
    QCOMPARE(actions.succeeded(), 5);
    QCOMPARE(messageTotal(*m_sandbox), before + 5);
    QCOMPARE(h.client.heldCount(), 0);
}

void TstSession::keyring_signingInElsewhereNeverSendsHeldCalls()
{
    sandbox::SandboxConfig otherConfig = SandboxFixture::smallConfig();
    otherConfig.domain = QStringLiteral("other.popsell.test");
    otherConfig.seed = 7;
    SandboxFixture other(otherConfig);
    QVERIFY(other.start().isEmpty());

    Harness h(m_settingsFile);
    const Profile first = signIn(h, draftFor(*m_sandbox, false), m_sandbox->config().apiKey);
    QVERIFY(!first.id.isEmpty());
    const qint64 firstBefore = messageTotal(*m_sandbox);
    const qint64 otherBefore = messageTotal(other);
    QVERIFY(revoke(*m_sandbox, storedToken(h.secrets, first.id)));
    QSignalSpy asked(&h.session, &Session::signInRequired);
    Actions actions;
    actions.fire(h.api);
    QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), kWaitMs);

    QSignalSpy activated(&h.session, &Session::profileActivated);
    const Profile second = signIn(h, draftFor(other, false), other.config().apiKey);
    QVERIFY(!second.id.isEmpty());
    QVERIFY(second.id != first.id);
    QCOMPARE(activated.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(actions.delivered() == 5, kWaitMs);
    QCOMPARE(actions.succeeded(), 0);
    for (const auto &result : std::as_const(actions.results))
        QCOMPARE(result->error().kind(), ApiError::Kind::Canceled);
    QTest::qWait(300);
    QCOMPARE(messageTotal(*m_sandbox), firstBefore);
    QCOMPARE(messageTotal(other), otherBefore);
    QCOMPARE(h.client.config().domain, other.config().domain);
    QCOMPARE(h.client.config().brandId, other.brandId());
}

void TstSession::keyring_signOutRevokesAndRemovesEveryTrace()
{
    Harness h(m_settingsFile);
    const Profile profile = signIn(h, draftFor(*m_sandbox, true), m_sandbox->config().apiKey);
    QVERIFY(!profile.id.isEmpty());
    const QByteArray token = storedToken(h.secrets, profile.id);
    const QString cache = auth::ProfileStore::cacheDirectory(profile.id);
    QVERIFY(QDir().mkpath(cache));
    QFile cached(QDir(cache).filePath(QStringLiteral("inbox.json")));
    QVERIFY(cached.open(QIODevice::WriteOnly));
    cached.write("{}");
    cached.close();

    QSignalSpy signedOut(&h.session, &Session::signedOut);
    h.session.signOut();
    QCOMPARE(h.session.state(), Session::State::SignedOut);
    QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty(), kWaitMs);

    // The server no longer knows the token.
    testing::RequestOptions options;
    options.tokenOverride = QString::fromLatin1(token);
    QCOMPARE(m_sandbox->get(QStringLiteral("/chat/chatrooms/%1").arg(kRoom), options).status, 401);
    QTRY_VERIFY_WITH_TIMEOUT(storedToken(h.secrets, profile.id).isEmpty(), kWaitMs);
    QCOMPARE(apiKeyStatus(h.secrets, profile.id), auth::SecretResult::Status::NotFound);
    QVERIFY(!QFileInfo::exists(cache));
    QVERIFY(h.profiles.lastUsedId().isEmpty());
    QVERIFY(!h.client.hasToken());
    // The profile itself (domain and brand, no secret) stays for the next sign-in.
    QVERIFY(h.profiles.profile(profile.id).has_value());

    // The next start asks.
    Harness restarted(m_settingsFile);
    QSignalSpy asked(&restarted.session, &Session::signInRequired);
    restarted.session.restoreLastProfile();
    QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), kWaitMs);
}

void TstSession::nobus_sessionOnlyTokenIsNotRestored()
{
    {
        Harness h(m_settingsFile);
        const Profile profile = signIn(h, draftFor(*m_sandbox, true), m_sandbox->config().apiKey);
        QVERIFY(!profile.id.isEmpty());
        QCOMPARE(h.session.state(), Session::State::SignedIn);
        QTRY_VERIFY_WITH_TIMEOUT(h.secrets.isSessionOnly(), kWaitMs);
        QVERIFY(!h.secrets.unavailableReason().isEmpty());
        // Signed in all the same: calls work for this session.
        std::optional<Result<domain::Chatroom>> room;
        QObject context;
        h.api.chatroom(kRoom, &context, [&room](Result<domain::Chatroom> r) { room = r; });
        QTRY_VERIFY_WITH_TIMEOUT(room.has_value(), kWaitMs);
        QVERIFY(room->ok());
    }
    // Nothing was written anywhere: the next start asks again.
    QFile settings(m_settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(m_sandbox->config().apiKey.toUtf8()));
    Harness restarted(m_settingsFile);
    QSignalSpy asked(&restarted.session, &Session::signInRequired);
    QSignalSpy signedIn(&restarted.session, &Session::signedIn);
    restarted.session.restoreLastProfile();
    QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), kWaitMs);
    QVERIFY(signedIn.isEmpty());
    QCOMPARE(asked.first().first().value<std::optional<Profile>>()->domain,
             m_sandbox->config().domain);
}

QTEST_GUILESS_MAIN(TstSession)
#include "tst_session.moc"
