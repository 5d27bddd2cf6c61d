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
using popsell::auth::SecretStore;
using namespace std::chrono_literals;

namespace {

struct ReadOutcome
{
    SecretResult result;
    QByteArray secret;
};

// Runs one job to completion through the event loop (as the UI would, no nested exec()).
SecretResult write(SecretStore &store, const QString &profile, const QByteArray &secret)
{
    std::optional<SecretResult> out;
    QObject context;
    store.writeToken(profile, secret, &context, [&](const SecretResult &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20'000))
        return {SecretResult::Status::Unavailable, QStringLiteral("test: no answer")};
    return *out;
}

ReadOutcome read(SecretStore &store, const QString &profile)
{
    std::optional<ReadOutcome> out;
    QObject context;
    store.readToken(profile, &context, [&](const SecretResult &r, const QByteArray &secret) {
        out = ReadOutcome{r, secret};
    });
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
    void noBus_unavailableQuicklyAndSessionOnly();
    void watchdog_stalledKeychainReportsUnavailable();
    void keyFormat();
};

void TestSecretStore::keyFormat()
{
    QCOMPARE(SecretStore::tokenKey(QStringLiteral("demo.popsell.test#3")),
             QStringLiteral("v1/demo.popsell.test#3/token"));
    QCOMPARE(SecretStore::serviceName(), QStringLiteral("Popsell Moderator"));
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
