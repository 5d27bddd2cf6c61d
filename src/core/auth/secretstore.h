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
    };

    Status status = Status::Unavailable;
    QString detail; // for a person; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

// Per-profile secrets (the bearer token) in the OS keychain through QtKeychain.
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
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SecretResult &result)>;
    using ReadDone = std::function<void(const SecretResult &result, const QByteArray &secret)>;

    static constexpr std::chrono::milliseconds defaultWatchdog{10'000};

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // The keychain entry name of a profile's token; versioned so the layout can change.
    static QString tokenKey(const QString &profile);
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

signals:
    void sessionOnlyChanged(bool sessionOnly);

private:
    enum class Kind
    {
        Read,
        Write,
        Remove
    };
    struct Job
    {
        Kind kind;
        QString key;
        QByteArray secret;
        QPointer<QObject> context;
        ReadDone done;
    };

    void enqueue(Job job);
    void startNext();
    void startKeychainJob();
    void finishCurrent(const SecretResult &result, const QByteArray &secret);
    void answerFromMemory();
    void enterSessionOnly(const QString &reason);

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
