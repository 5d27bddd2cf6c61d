#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>

namespace popsell::auth {

// The outcome of one keychain job. It never carries the secret itself, so it can be
// shown, logged or compared freely.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,
        // No keychain, a job that outlived the watchdog, or access denied. A write that
        // ends Unavailable was kept in memory for this session only.
        Unavailable,
        // A write of an empty secret or of more than SecretStore::maxSecretBytes: it
        // reached neither the keychain nor memory, and whatever was stored before stays.
        Rejected,
    };

    Status status = Status::Unavailable;
    QString detail; // for a person; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

// Overwrites the bytes of `secret` with zeros, then empties it. Only a buffer `secret` owns
// alone is overwritten: a shared one (copies elsewhere, or static data) is just released, as
// writing to it would change, or crash, someone else's copy. Best effort: QByteArray copies
// made elsewhere (the caller's, QtKeychain's, the network stack's) are out of reach.
void wipe(QByteArray &secret);

// Per-profile secrets (the bearer token, and the API key when the moderator asks to
// remember it) in the OS keychain through QtKeychain.
//
// Every job is asynchronous, runs one at a time in request order and is guarded by a
// watchdog: QtKeychain 0.13.2 can stall ~25 s per job when the Secret Service cannot be
// activated and has no cancel, so a job that outlives the watchdog is reported
// Unavailable and its late answer is ignored.
//
// The first Unavailable switches the store to session-only mode (sessionOnlyChanged):
// from then on no job goes to the keychain, written secrets live in memory until the
// store is destroyed, and nothing is ever stored in plaintext (QtKeychain's insecure
// QSettings fallback stays off).
//
// Secrets the store holds itself (the session-only copies, those of queued jobs) are its own
// copies, overwritten with zeros (wipe) once a job ran, on overwrite and removal, and in the
// destructor; a secret read is handed out as a separate copy for the same reason.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SecretResult &result)>;
    using ReadDone = std::function<void(const SecretResult &result, const QByteArray &secret)>;

    static constexpr std::chrono::milliseconds defaultWatchdog{10'000};
    // One keychain entry: Windows' Credential Manager refuses blobs over 2560 bytes with an
    // opaque error, so longer secrets are Rejected everywhere, before any keychain is asked.
    static constexpr qsizetype maxSecretBytes = 2048;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // The keychain entry name of a profile's token; versioned so the layout can change.
    static QString tokenKey(const QString &profile);
    // The same for the brand API key: "v1/<profile>/api-key".
    static QString apiKeyKey(const QString &profile);
    static QString serviceName();

    void setWatchdogTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds watchdogTimeout() const { return m_watchdog; }

    // True once the keychain proved unavailable: secrets are then kept for this session only.
    bool isSessionOnly() const { return m_sessionOnly; }
    // Why the keychain is unavailable, in words for a person; empty while it works.
    QString unavailableReason() const { return m_unavailableReason; }
    // Tries the keychain again for the next jobs (e.g. after the user started a keyring).
    // Secrets kept in memory stay readable until overwritten or removed.
    void retryKeychain();

    // `done` runs later (never inside the call), on this thread, unless `context` is gone.
    void writeToken(const QString &profile, const QByteArray &secret, QObject *context, Done done);
    void readToken(const QString &profile, QObject *context, ReadDone done);
    void removeToken(const QString &profile, QObject *context, Done done);

    void writeApiKey(const QString &profile, const QByteArray &secret, QObject *context, Done done);
    void readApiKey(const QString &profile, QObject *context, ReadDone done);
    void removeApiKey(const QString &profile, QObject *context, Done done);

    // Sign-out: removes the profile's token and API key, with one answer. Ok when both are
    // gone (NotFound counts as gone); otherwise the first failure. Both removals run even
    // if `context` is destroyed in between.
    void removeProfileSecrets(const QString &profile, QObject *context, Done done);

signals:
    void sessionOnlyChanged(bool sessionOnly);

private:
    enum class Kind
    {
        Read,
        Write,
        Remove,
        Reject, // a write refused before it was queued; answered in turn, touches nothing
    };
    struct Job
    {
        Kind kind;
        QString key;
        QByteArray secret;
        QPointer<QObject> context;
        ReadDone done;
        QString rejection; // Reject: why, for a person
    };

    void write(const QString &key, const QByteArray &secret, QObject *context, Done done);
    void read(const QString &key, QObject *context, ReadDone done);
    void remove(const QString &key, QObject *context, Done done);
    void enqueue(Job job);
    void startNext();
    void startKeychainJob();
    void finishCurrent(const SecretResult &result, const QByteArray &secret);
    void answerFromMemory();
    void enterSessionOnly(const QString &reason);
    void forgetSessionSecret(const QString &key);

    std::chrono::milliseconds m_watchdog = defaultWatchdog;
    std::deque<Job> m_queue;
    bool m_running = false;
    // Identifies the job in flight; a keychain answer or watchdog with another ticket is stale.
    quint64 m_ticket = 0;
    bool m_sessionOnly = false;
    QString m_unavailableReason;
    QHash<QString, QByteArray> m_sessionSecrets;
};

} // namespace popsell::auth
