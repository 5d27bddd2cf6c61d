// SecretStore against the real QtKeychain backends. Each ctest entry selects the test
// functions that match its environment (tests/CMakeLists.txt, label "secrets"):
//  - keyring_*: an unlocked gnome-keyring on a private bus (tests/support/with-keyring.sh);
//  - noBus_*: no session bus and no DISPLAY at all;
//  - watchdog_*: a bus address that accepts connections and never answers.
#include "core/auth/secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using popsell::auth::SecretResult;
using Status = popsell::auth::SecretResult::Status;
using popsell::auth::SecretStore;
using namespace std::chrono_literals;

namespace {

struct ReadOutcome
{
    SecretResult result;
    QByteArray secret;
};

// Which of a profile's two keychain entries a helper works on.
enum class Entry
{
    Token,
    ApiKey
};

// Runs one job to completion through the event loop (as the UI would, no nested exec()).
SecretResult write(SecretStore &store, const QString &profile, const QByteArray &secret,
                   Entry entry = Entry::Token)
{
    std::optional<SecretResult> out;
    QObject context;
    const auto done = [&](const SecretResult &r) {
        out = r;
    };
    if (entry == Entry::Token)
        store.writeToken(profile, secret, &context, done);
    else
        store.writeApiKey(profile, secret, &context, done);
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20'000))
        return {SecretResult::Status::Unavailable, QStringLiteral("test: no answer")};
    return *out;
}

ReadOutcome read(SecretStore &store, const QString &profile, Entry entry = Entry::Token)
{
    std::optional<ReadOutcome> out;
    QObject context;
    const auto done = [&](const SecretResult &r, const QByteArray &secret) {
        out = ReadOutcome{r, secret};
    };
    if (entry == Entry::Token)
        store.readToken(profile, &context, done);
    else
        store.readApiKey(profile, &context, done);
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20'000))
        return {{SecretResult::Status::Unavailable, QStringLiteral("test: no answer")}, {}};
    return *out;
}

SecretResult remove(SecretStore &store, const QString &profile)
{
    std::optional<SecretResult> out;
    QObject context;
    store.removeToken(profile, &context, [&](const SecretResult &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20'000))
        return {SecretResult::Status::Unavailable, QStringLiteral("test: no answer")};
    return *out;
}

// Sign-out: both entries of a profile, one answer.
SecretResult removeAll(SecretStore &store, const QString &profile)
{
    std::optional<SecretResult> out;
    QObject context;
    store.removeProfileSecrets(profile, &context, [&](const SecretResult &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20'000))
        return {SecretResult::Status::Unavailable, QStringLiteral("test: no answer")};
    return *out;
}

// Distinct bytes, so a truncated or shifted copy would not compare equal.
QByteArray secretOfSize(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('A' + i % 26);
    return bytes;
}

// Files under `root` that contain `needle`; the encrypted keyring files are skipped.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".keyring")))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

bool hasSessionBus()
{
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void keyring_roundTrip();
    void keyring_overwrite();
    void keyring_removeThenNotFound();
    void keyring_profilesAreIsolated();
    void keyring_canaryNeverInPlainFiles();
    void keyring_apiKeyRoundTripAndIsolation();
    void keyring_removeProfileSecrets();
    void keyring_rejectsEmptyAndOversizedSecrets();
    void noBus_unavailableQuicklyAndSessionOnly();
    void noBus_rejectedNeverReachesMemory();
    void noBus_apiKeySessionOnly();
    void watchdog_stalledKeychainReportsUnavailable();
    void keyFormat();
    void wipeLeavesOtherCopiesIntact();
};

void TestSecretStore::keyFormat()
{
    QCOMPARE(SecretStore::tokenKey(QStringLiteral("demo.popsell.test#3")),
             QStringLiteral("v1/demo.popsell.test#3/token"));
    QCOMPARE(SecretStore::apiKeyKey(QStringLiteral("0f3c9a61d2b47e85")),
             QStringLiteral("v1/0f3c9a61d2b47e85/api-key"));
    QCOMPARE(SecretStore::serviceName(), QStringLiteral("Popsell Moderator"));
}

void TestSecretStore::wipeLeavesOtherCopiesIntact()
{
    // Overwriting a shared buffer would change the caller's token under its feet.
    const QByteArray callers("token-the-caller-still-uses");
    QByteArray copy = callers;
    popsell::auth::wipe(copy);
    QVERIFY(copy.isEmpty());
    QCOMPARE(callers, QByteArray("token-the-caller-still-uses"));

    // Static data is read-only: writing to it would crash.
    QByteArray literal = QByteArrayLiteral("static-secret");
    popsell::auth::wipe(literal);
    QVERIFY(literal.isEmpty());

    QByteArray owned("owned-secret");
    popsell::auth::wipe(owned);
    QVERIFY(owned.isEmpty());
    QByteArray nothing;
    popsell::auth::wipe(nothing);
    QVERIFY(nothing.isEmpty());
}

void TestSecretStore::keyring_roundTrip()
{
    if (!hasSessionBus())
        QSKIP("needs tests/support/with-keyring.sh");
    SecretStore store;
    QCOMPARE(write(store, QStringLiteral("alpha"), "token-alpha-1").status,
             SecretResult::Status::Ok);
    const ReadOutcome got = read(store, QStringLiteral("alpha"));
    QCOMPARE(got.result.status, SecretResult::Status::Ok);
    QCOMPARE(got.secret, QByteArray("token-alpha-1"));
    QVERIFY(!store.isSessionOnly());
}

void TestSecretStore::keyring_overwrite()
{
    if (!hasSessionBus())
        QSKIP("needs tests/support/with-keyring.sh");
    SecretStore store;
    QVERIFY(write(store, QStringLiteral("beta"), "first").ok());
    QVERIFY(write(store, QStringLiteral("beta"), "second").ok());
    const ReadOutcome got = read(store, QStringLiteral("beta"));
    QCOMPARE(got.result.status, SecretResult::Status::Ok);
    QCOMPARE(got.secret, QByteArray("second"));
}

void TestSecretStore::keyring_removeThenNotFound()
{
    if (!hasSessionBus())
        QSKIP("needs tests/support/with-keyring.sh");
    SecretStore store;
    QVERIFY(write(store, QStringLiteral("gamma"), "to-be-removed").ok());
    QCOMPARE(remove(store, QStringLiteral("gamma")).status, SecretResult::Status::Ok);
    const ReadOutcome got = read(store, QStringLiteral("gamma"));
    QCOMPARE(got.result.status, SecretResult::Status::NotFound);
    QVERIFY(got.secret.isEmpty());
    QVERIFY(!got.result.detail.isEmpty());
    QVERIFY(!store.isSessionOnly());
}

void TestSecretStore::keyring_profilesAreIsolated()
{
    if (!hasSessionBus())
        QSKIP("needs tests/support/with-keyring.sh");
    SecretStore store;
    // Queued back to back: jobs run in request order.
    QObject context;
    int answered = 0;
    store.writeToken(QStringLiteral("shop-a"), "secret-of-a", &context,
                     [&](const SecretResult &r) { answered += r.ok(); });
    store.writeToken(QStringLiteral("shop-b"), "secret-of-b", &context,
                     [&](const SecretResult &r) { answered += r.ok(); });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 10'000);

    QCOMPARE(read(store, QStringLiteral("shop-a")).secret, QByteArray("secret-of-a"));
    QCOMPARE(read(store, QStringLiteral("shop-b")).secret, QByteArray("secret-of-b"));
    QVERIFY(remove(store, QStringLiteral("shop-a")).ok());
    QCOMPARE(read(store, QStringLiteral("shop-a")).result.status, SecretResult::Status::NotFound);
    QCOMPARE(read(store, QStringLiteral("shop-b")).secret, QByteArray("secret-of-b"));
    // A profile never written is not found, and never sees another profile's secret.
    const ReadOutcome other = read(store, QStringLiteral("shop-c"));
    QCOMPARE(other.result.status, SecretResult::Status::NotFound);
    QVERIFY(other.secret.isEmpty());
}

void TestSecretStore::keyring_canaryNeverInPlainFiles()
{
    if (!hasSessionBus())
        QSKIP("needs tests/support/with-keyring.sh");
    const QString home = QDir::homePath();
    // The wrapper's throwaway HOME, never the developer's own.
    QVERIFY2(home.startsWith(QDir::tempPath()), qPrintable(home));
    const QByteArray canary = "CANARY-7f3a9c-popsell-token";

    SecretStore store;
    QVERIFY(write(store, QStringLiteral("canary"), canary).ok());
    const ReadOutcome got = read(store, QStringLiteral("canary"));
    QCOMPARE(got.secret, canary);
    QVERIFY(!got.result.detail.contains(QString::fromLatin1(canary)));

    QCOMPARE(filesContaining(home, canary), QStringList());

    // The scan itself finds a plaintext copy (so the zero above means something).
    QTemporaryDir control;
    QFile leaked(control.filePath(QStringLiteral("leaked.ini")));
    QVERIFY(leaked.open(QIODevice::WriteOnly));
    leaked.write("token=" + canary);
    leaked.close();
    QCOMPARE(filesContaining(control.path(), canary).size(), 1);
    QVERIFY(remove(store, QStringLiteral("canary")).ok());
}

void TestSecretStore::keyring_apiKeyRoundTripAndIsolation()
{
    if (!hasSessionBus())
        QSKIP("needs tests/support/with-keyring.sh");
    SecretStore store;
    const QByteArray keyOne("pk_live_one-3f9a");
    QCOMPARE(write(store, QStringLiteral("iso-1"), keyOne, Entry::ApiKey).status, Status::Ok);
    QCOMPARE(write(store, QStringLiteral("iso-1"), "token-of-one").status, Status::Ok);
    QCOMPARE(write(store, QStringLiteral("iso-2"), "pk_live_two-77c1", Entry::ApiKey).status,
             Status::Ok);
    // The store wipes its own copies only, never the caller's.
    QCOMPARE(keyOne, QByteArray("pk_live_one-3f9a"));

    // Token and API key are separate entries; profiles do not share them.
    QCOMPARE(read(store, QStringLiteral("iso-1"), Entry::ApiKey).secret, keyOne);
    QCOMPARE(read(store, QStringLiteral("iso-1")).secret, QByteArray("token-of-one"));
    QCOMPARE(read(store, QStringLiteral("iso-2"), Entry::ApiKey).secret,
             QByteArray("pk_live_two-77c1"));
    const ReadOutcome noToken = read(store, QStringLiteral("iso-2"));
    QCOMPARE(noToken.result.status, Status::NotFound);
    QVERIFY(noToken.secret.isEmpty());

    // Removing the API key leaves the token.
    QCOMPARE(removeAll(store, QStringLiteral("iso-2")).status, Status::Ok);
    QObject context;
    std::optional<SecretResult> removed;
    store.removeApiKey(QStringLiteral("iso-1"), &context,
                       [&](const SecretResult &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10'000);
    QCOMPARE(removed->status, Status::Ok);
    QCOMPARE(read(store, QStringLiteral("iso-1"), Entry::ApiKey).result.status, Status::NotFound);
    QCOMPARE(read(store, QStringLiteral("iso-1")).secret, QByteArray("token-of-one"));

    // Exactly the limit still fits in one entry, unchanged.
    const QByteArray longest = secretOfSize(SecretStore::maxSecretBytes);
    QCOMPARE(write(store, QStringLiteral("iso-1"), longest, Entry::ApiKey).status, Status::Ok);
    QCOMPARE(read(store, QStringLiteral("iso-1"), Entry::ApiKey).secret, longest);
    QVERIFY(removeAll(store, QStringLiteral("iso-1")).ok());
    QVERIFY(!store.isSessionOnly());
}

void TestSecretStore::keyring_removeProfileSecrets()
{
    if (!hasSessionBus())
        QSKIP("needs tests/support/with-keyring.sh");
    SecretStore store;
    for (const QString &profile : {QStringLiteral("leaving"), QStringLiteral("staying")}) {
        QVERIFY(write(store, profile, "token-" + profile.toLatin1()).ok());
        QVERIFY(write(store, profile, "key-" + profile.toLatin1(), Entry::ApiKey).ok());
    }

    const SecretResult signedOut = removeAll(store, QStringLiteral("leaving"));
    QCOMPARE(signedOut.status, Status::Ok);
    QCOMPARE(read(store, QStringLiteral("leaving")).result.status, Status::NotFound);
    QCOMPARE(read(store, QStringLiteral("leaving"), Entry::ApiKey).result.status, Status::NotFound);
    QCOMPARE(read(store, QStringLiteral("staying")).secret, QByteArray("token-staying"));
    QCOMPARE(read(store, QStringLiteral("staying"), Entry::ApiKey).secret,
             QByteArray("key-staying"));

    // Nothing left, or a token without a remembered key: still signed out cleanly.
    QCOMPARE(removeAll(store, QStringLiteral("leaving")).status, Status::Ok);
    QVERIFY(write(store, QStringLiteral("token-only"), "token-without-key").ok());
    QCOMPARE(removeAll(store, QStringLiteral("token-only")).status, Status::Ok);
    QCOMPARE(read(store, QStringLiteral("token-only")).result.status, Status::NotFound);

    // The removal runs even when the one who asked is gone by then; nobody is answered.
    bool answeredTheGone = false;
    {
        QObject context;
        store.removeProfileSecrets(QStringLiteral("staying"), &context,
                                   [&](const SecretResult &) { answeredTheGone = true; });
    }
    // Jobs run in request order: these reads see the removals done.
    QCOMPARE(read(store, QStringLiteral("staying"), Entry::ApiKey).result.status, Status::NotFound);
    QCOMPARE(read(store, QStringLiteral("staying")).result.status, Status::NotFound);
    QVERIFY(!answeredTheGone);
    QVERIFY(!store.isSessionOnly());
}

void TestSecretStore::keyring_rejectsEmptyAndOversizedSecrets()
{
    if (!hasSessionBus())
        QSKIP("needs tests/support/with-keyring.sh");
    SecretStore store;
    QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyChanged);
    QVERIFY(write(store, QStringLiteral("limits"), "previous-key", Entry::ApiKey).ok());
    QVERIFY(write(store, QStringLiteral("limits"), "previous-token").ok());

    const QByteArray tooLong = secretOfSize(SecretStore::maxSecretBytes + 1);
    const SecretResult refused = write(store, QStringLiteral("limits"), tooLong, Entry::ApiKey);
    QCOMPARE(refused.status, Status::Rejected);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.detail.isEmpty());
    QVERIFY(!refused.detail.contains(QString::fromLatin1(tooLong.left(32))));
    QCOMPARE(write(store, QStringLiteral("limits"), tooLong).status, Status::Rejected);
    QCOMPARE(write(store, QStringLiteral("limits"), QByteArray()).status, Status::Rejected);
    QCOMPARE(write(store, QStringLiteral("limits"), QByteArray(), Entry::ApiKey).status,
             Status::Rejected);

    // Nothing changed: the keychain still answers, and keeps what it had.
    QVERIFY(!store.isSessionOnly());
    QCOMPARE(sessionOnly.count(), 0);
    QCOMPARE(read(store, QStringLiteral("limits"), Entry::ApiKey).secret,
             QByteArray("previous-key"));
    QCOMPARE(read(store, QStringLiteral("limits")).secret, QByteArray("previous-token"));

    // A refusal is answered in its turn, like any job.
    QObject context;
    QList<Status> answers;
    store.writeApiKey(QStringLiteral("limits"), "next-key", &context,
                      [&](const SecretResult &r) { answers << r.status; });
    store.writeApiKey(QStringLiteral("limits"), tooLong, &context,
                      [&](const SecretResult &r) { answers << r.status; });
    store.removeApiKey(QStringLiteral("limits"), &context,
                       [&](const SecretResult &r) { answers << r.status; });
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 3, 10'000);
    QCOMPARE(answers, (QList<Status>{Status::Ok, Status::Rejected, Status::Ok}));
    QVERIFY(removeAll(store, QStringLiteral("limits")).ok());
}

void TestSecretStore::noBus_unavailableQuicklyAndSessionOnly()
{
    if (hasSessionBus() || qEnvironmentVariableIsSet("DISPLAY"))
        QSKIP("needs an environment without session bus and DISPLAY");
    SecretStore store; // default 10 s watchdog: the answer must come long before it
    QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyChanged);
    QElapsedTimer clock;
    clock.start();

    const SecretResult written = write(store, QStringLiteral("offline"), "kept-in-memory");
    QCOMPARE(written.status, SecretResult::Status::Unavailable);
    QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!written.detail.isEmpty());
    QVERIFY(!written.detail.contains(QLatin1String("kept-in-memory")));
    QVERIFY(store.isSessionOnly());
    QVERIFY(!store.unavailableReason().isEmpty());
    QCOMPARE(sessionOnly.count(), 1);
    QCOMPARE(sessionOnly.first().first().toBool(), true);

    // The session keeps working from memory...
    const ReadOutcome got = read(store, QStringLiteral("offline"));
    QCOMPARE(got.result.status, SecretResult::Status::Ok);
    QCOMPARE(got.secret, QByteArray("kept-in-memory"));
    QCOMPARE(read(store, QStringLiteral("another")).result.status,
             SecretResult::Status::Unavailable);
    // ...and forgets on removal.
    QCOMPARE(remove(store, QStringLiteral("offline")).status, SecretResult::Status::Unavailable);
    QVERIFY(read(store, QStringLiteral("offline")).secret.isEmpty());
    QVERIFY2(clock.elapsed() < 3'000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(sessionOnly.count(), 1);

    // A fresh store (next session) has nothing: nothing was persisted anywhere.
    SecretStore nextSession;
    QCOMPARE(read(nextSession, QStringLiteral("offline")).result.status,
             SecretResult::Status::Unavailable);
}

void TestSecretStore::noBus_rejectedNeverReachesMemory()
{
    if (hasSessionBus() || qEnvironmentVariableIsSet("DISPLAY"))
        QSKIP("needs an environment without session bus and DISPLAY");
    SecretStore store;
    QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyChanged);
    const QByteArray tooLong = secretOfSize(SecretStore::maxSecretBytes + 1);

    // Refused before any keychain is asked: the store has not even found out it has none.
    QCOMPARE(write(store, QStringLiteral("offline"), tooLong, Entry::ApiKey).status,
             Status::Rejected);
    QVERIFY(!store.isSessionOnly());
    QCOMPARE(sessionOnly.count(), 0);

    QCOMPARE(write(store, QStringLiteral("offline"), "kept-key", Entry::ApiKey).status,
             Status::Unavailable);
    QVERIFY(store.isSessionOnly());
    // Session-only, a refused secret does not replace the one in memory either.
    QCOMPARE(write(store, QStringLiteral("offline"), tooLong, Entry::ApiKey).status,
             Status::Rejected);
    QCOMPARE(write(store, QStringLiteral("offline"), QByteArray(), Entry::ApiKey).status,
             Status::Rejected);
    QCOMPARE(read(store, QStringLiteral("offline"), Entry::ApiKey).secret, QByteArray("kept-key"));
    QCOMPARE(write(store, QStringLiteral("never"), tooLong).status, Status::Rejected);
    QCOMPARE(read(store, QStringLiteral("never")).result.status, Status::Unavailable);
    QCOMPARE(sessionOnly.count(), 1);
}

void TestSecretStore::noBus_apiKeySessionOnly()
{
    if (hasSessionBus() || qEnvironmentVariableIsSet("DISPLAY"))
        QSKIP("needs an environment without session bus and DISPLAY");
    SecretStore store;
    const SecretResult written = write(store, QStringLiteral("mem"), "pk-in-memory", Entry::ApiKey);
    QCOMPARE(written.status, Status::Unavailable);
    QVERIFY(!written.detail.isEmpty());
    QVERIFY(store.isSessionOnly());

    const ReadOutcome key = read(store, QStringLiteral("mem"), Entry::ApiKey);
    QCOMPARE(key.result.status, Status::Ok);
    QCOMPARE(key.secret, QByteArray("pk-in-memory"));
    // The token is another entry, even in memory.
    const ReadOutcome token = read(store, QStringLiteral("mem"));
    QCOMPARE(token.result.status, Status::Unavailable);
    QVERIFY(token.secret.isEmpty());
    QCOMPARE(read(store, QStringLiteral("other"), Entry::ApiKey).result.status,
             Status::Unavailable);

    // Overwriting in memory keeps the latest, and a copy handed out earlier stays as it was.
    QCOMPARE(write(store, QStringLiteral("mem"), "pk-newer", Entry::ApiKey).status,
             Status::Unavailable);
    QCOMPARE(key.secret, QByteArray("pk-in-memory"));
    QCOMPARE(read(store, QStringLiteral("mem"), Entry::ApiKey).secret, QByteArray("pk-newer"));

    // Sign-out forgets both; the keychain could not confirm, so the answer says so.
    QVERIFY(write(store, QStringLiteral("mem"), "token-in-memory").status == Status::Unavailable);
    const SecretResult signedOut = removeAll(store, QStringLiteral("mem"));
    QCOMPARE(signedOut.status, Status::Unavailable);
    QVERIFY(!signedOut.detail.isEmpty());
    QVERIFY(read(store, QStringLiteral("mem"), Entry::ApiKey).secret.isEmpty());
    QVERIFY(read(store, QStringLiteral("mem")).secret.isEmpty());
}

void TestSecretStore::watchdog_stalledKeychainReportsUnavailable()
{
    // A "bus" that accepts the connection and then never says a word: the keychain job
    // stalls, as with a Secret Service that cannot be activated.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QLocalServer silentBus;
    QVERIFY(silentBus.listen(dir.filePath(QStringLiteral("bus"))));
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(silentBus.fullServerName()));
    qunsetenv("DISPLAY");

    SecretStore store;
    store.setWatchdogTimeout(300ms);
    QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyChanged);

    QObject context;
    std::optional<SecretResult> written;
    bool lateOrRepeated = false;
    QElapsedTimer clock;
    clock.start();
    store.writeToken(QStringLiteral("stalled"), "stalled-secret", &context,
                     [&](const SecretResult &r) {
                         lateOrRepeated = lateOrRepeated || written.has_value();
                         written = r;
                     });
    // Nothing blocks: the event loop keeps turning while the job stalls.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 5'000);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(written->status, SecretResult::Status::Unavailable);
    QVERIFY2(elapsed >= 250 && elapsed < 2'000, qPrintable(QString::number(elapsed)));
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    QVERIFY(store.isSessionOnly());
    QCOMPARE(sessionOnly.count(), 1);

    // Later jobs skip the stalled keychain and answer from the session at once.
    clock.restart();
    const ReadOutcome got = read(store, QStringLiteral("stalled"));
    QCOMPARE(got.result.status, SecretResult::Status::Ok);
    QCOMPARE(got.secret, QByteArray("stalled-secret"));
    QVERIFY(clock.elapsed() < 200);
    // A late keychain answer, if any, is ignored: the callback ran exactly once.
    QTest::qWait(200);
    QVERIFY(!lateOrRepeated);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
