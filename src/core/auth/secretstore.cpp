#include "core/auth/secretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <climits>
#include <memory>
#include <utility>

namespace popsell::auth {

namespace {

SecretResult::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretResult::Status::NotFound;
    default:
        // NoBackendAvailable, OtherError (no bus, activation failure), AccessDenied...:
        // nothing the caller can fix by retrying the same job now.
        return SecretResult::Status::Unavailable;
    }
}

// A copy that owns its bytes alone, so that wipe() can overwrite them later.
QByteArray ownedCopy(const QByteArray &secret)
{
    return QByteArray(secret.constData(), secret.size());
}

bool isGone(const SecretResult &result)
{
    return result.status == SecretResult::Status::Ok ||
           result.status == SecretResult::Status::NotFound;
}

} // namespace

void wipe(QByteArray &secret)
{
    if (secret.isDetached()) {
        // volatile: stores right before the buffer is freed must not be optimised away.
        volatile char *bytes = secret.data();
        for (qsizetype i = 0, size = secret.size(); i < size; ++i)
            bytes[i] = '\0';
    }
    secret.clear();
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

// A keychain job still in flight is left to finish on its own: QtKeychain cannot cancel
// it and deletes it itself (autoDelete); its answer no longer reaches this object.
SecretStore::~SecretStore()
{
    for (QByteArray &secret : m_sessionSecrets)
        wipe(secret);
    for (Job &job : m_queue)
        wipe(job.secret);
}

QString SecretStore::serviceName()
{
    return QStringLiteral("Popsell Moderator");
}

QString SecretStore::tokenKey(const QString &profile)
{
    return QStringLiteral("v1/") + profile + QStringLiteral("/token");
}

QString SecretStore::apiKeyKey(const QString &profile)
{
    return QStringLiteral("v1/") + profile + QStringLiteral("/api-key");
}

void SecretStore::setWatchdogTimeout(std::chrono::milliseconds timeout)
{
    m_watchdog = timeout;
}

void SecretStore::retryKeychain()
{
    if (!m_sessionOnly)
        return;
    m_sessionOnly = false;
    m_unavailableReason.clear();
    emit sessionOnlyChanged(false);
}

void SecretStore::writeToken(const QString &profile, const QByteArray &secret, QObject *context,
                             Done done)
{
    write(tokenKey(profile), secret, context, std::move(done));
}

void SecretStore::readToken(const QString &profile, QObject *context, ReadDone done)
{
    read(tokenKey(profile), context, std::move(done));
}

void SecretStore::removeToken(const QString &profile, QObject *context, Done done)
{
    remove(tokenKey(profile), context, std::move(done));
}

void SecretStore::writeApiKey(const QString &profile, const QByteArray &secret, QObject *context,
                              Done done)
{
    write(apiKeyKey(profile), secret, context, std::move(done));
}

void SecretStore::readApiKey(const QString &profile, QObject *context, ReadDone done)
{
    read(apiKeyKey(profile), context, std::move(done));
}

void SecretStore::removeApiKey(const QString &profile, QObject *context, Done done)
{
    remove(apiKeyKey(profile), context, std::move(done));
}

void SecretStore::removeProfileSecrets(const QString &profile, QObject *context, Done done)
{
    // The store itself is the jobs' context: once asked, both removals run and the first
    // answer waits for the second, whatever happens to the caller's context.
    auto token = std::make_shared<SecretResult>();
    remove(tokenKey(profile), this, [token](const SecretResult &result) { *token = result; });
    remove(apiKeyKey(profile), this,
           [token, context = QPointer<QObject>(context),
            done = std::move(done)](const SecretResult &apiKey) {
               if (context.isNull() || !done)
                   return;
               if (isGone(*token) && isGone(apiKey))
                   done({SecretResult::Status::Ok, {}});
               else
                   done(isGone(*token) ? apiKey : *token);
           });
}

void SecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    ReadDone answer = [done = std::move(done)](const SecretResult &result, const QByteArray &) {
        if (done)
            done(result);
    };
    if (secret.isEmpty() || secret.size() > maxSecretBytes) {
        const QString why =
            secret.isEmpty()
                ? tr("Nothing was saved: the secret is empty.")
                : tr("Not saved: the secret is %n byte(s) long, more than the %1 bytes a "
                     "keychain entry holds.",
                     nullptr, int(qMin<qsizetype>(secret.size(), INT_MAX)))
                      .arg(maxSecretBytes);
        enqueue({Kind::Reject, key, {}, context, std::move(answer), why});
        return;
    }
    enqueue({Kind::Write, key, ownedCopy(secret), context, std::move(answer), {}});
}

void SecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    enqueue({Kind::Read, key, {}, context, std::move(done), {}});
}

void SecretStore::remove(const QString &key, QObject *context, Done done)
{
    enqueue({Kind::Remove,
             key,
             {},
             context,
             [done = std::move(done)](const SecretResult &result, const QByteArray &) {
                 if (done)
                     done(result);
             },
             {}});
}

void SecretStore::enqueue(Job job)
{
    m_queue.push_back(std::move(job));
    // Deferred even when idle, so callers never see their callback run inside the call.
    if (!m_running && m_queue.size() == 1)
        QMetaObject::invokeMethod(this, &SecretStore::startNext, Qt::QueuedConnection);
}

void SecretStore::startNext()
{
    if (m_running || m_queue.empty())
        return;
    m_running = true;
    if (m_queue.front().kind == Kind::Reject) {
        // Before the session-only check: a refused secret goes nowhere, not even to memory.
        const QString why = m_queue.front().rejection;
        finishCurrent({SecretResult::Status::Rejected, why}, {});
    } else if (m_sessionOnly)
        answerFromMemory();
    else
        startKeychainJob();
}

void SecretStore::startKeychainJob()
{
    const Job &job = m_queue.front();
    const quint64 ticket = m_ticket;

    QKeychain::Job *keychainJob = nullptr;
    switch (job.kind) {
    case Kind::Read:
        keychainJob = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        // QtKeychain gets its own copy, so the job's stays ours alone to wipe.
        write->setBinaryData(ownedCopy(job.secret));
        keychainJob = write;
        break;
    }
    case Kind::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(serviceName());
        break;
    case Kind::Reject:
        Q_UNREACHABLE();
        return;
    }
    // Unparented and self-deleting: a stalled job must outlive this store harmlessly.
    keychainJob->setAutoDelete(true);
    // Off on purpose: plaintext in a QSettings file is never an automatic fallback.
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(job.key);

    connect(keychainJob, &QKeychain::Job::finished, this, [this, ticket](QKeychain::Job *finished) {
        if (ticket != m_ticket)
            return; // the watchdog already answered this job
        const Job &current = m_queue.front();
        SecretResult result{statusOf(finished->error()), {}};
        QByteArray secret;
        switch (current.kind) {
        case Kind::Read:
            if (result.status == SecretResult::Status::Ok)
                secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            break;
        case Kind::Write:
            if (result.status == SecretResult::Status::Ok)
                forgetSessionSecret(current.key); // the keychain copy is authoritative
            break;
        case Kind::Remove:
            forgetSessionSecret(current.key);
            break;
        case Kind::Reject:
            break;
        }
        if (result.status == SecretResult::Status::Unavailable) {
            QString why = finished->errorString().trimmed();
            if (why.endsWith(u'.'))
                why.chop(1); // the sentence below ends it
            enterSessionOnly(tr("The system keychain is not available (%1).").arg(why));
            answerFromMemory();
            return;
        }
        if (current.kind == Kind::Read && result.status == SecretResult::Status::NotFound &&
            m_sessionSecrets.contains(current.key)) {
            // Written while the keychain was unavailable, before retryKeychain().
            answerFromMemory();
            return;
        }
        if (result.status == SecretResult::Status::NotFound)
            result.detail = tr("No saved sign-in for this profile.");
        finishCurrent(result, secret);
    });

    QTimer::singleShot(m_watchdog, this, [this, ticket] {
        if (ticket != m_ticket)
            return; // the keychain answered in time
        enterSessionOnly(tr("The system keychain did not answer within %n second(s).", nullptr,
                            int(std::chrono::ceil<std::chrono::seconds>(m_watchdog).count())));
        answerFromMemory();
    });

    keychainJob->start();
}

// Serves the job at the head of the queue from the session's memory; the keychain is
// unavailable, so the status says Unavailable unless a session copy answers a read.
void SecretStore::answerFromMemory()
{
    const Job &job = m_queue.front();
    SecretResult result{SecretResult::Status::Unavailable, {}};
    QByteArray secret;
    switch (job.kind) {
    case Kind::Write:
        forgetSessionSecret(job.key);
        m_sessionSecrets.insert(job.key, ownedCopy(job.secret));
        result.detail =
            tr("%1 The sign-in is kept for this session only.").arg(m_unavailableReason);
        break;
    case Kind::Read:
        if (const auto found = m_sessionSecrets.constFind(job.key);
            found != m_sessionSecrets.constEnd()) {
            result.status = SecretResult::Status::Ok;
            result.detail = tr("Kept for this session only.");
            secret = ownedCopy(*found); // the session's copy stays ours alone to wipe
        } else {
            result.detail = m_unavailableReason;
        }
        break;
    case Kind::Remove:
        forgetSessionSecret(job.key);
        result.detail =
            tr("%1 The sign-in was forgotten for this session.").arg(m_unavailableReason);
        break;
    case Kind::Reject:
        Q_UNREACHABLE();
        break;
    }
    finishCurrent(result, secret);
}

void SecretStore::finishCurrent(const SecretResult &result, const QByteArray &secret)
{
    Job job = std::move(m_queue.front());
    m_queue.pop_front();
    ++m_ticket; // late answers and watchdogs of this job are stale from now on
    m_running = false;
    if (!m_queue.empty())
        QMetaObject::invokeMethod(this, &SecretStore::startNext, Qt::QueuedConnection);
    // Guarded by the caller's context, like a queued slot would be.
    if (!job.context.isNull() && job.done)
        job.done(result, secret);
    wipe(job.secret);
}

void SecretStore::enterSessionOnly(const QString &reason)
{
    if (m_unavailableReason.isEmpty() || !m_sessionOnly)
        m_unavailableReason = reason;
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    emit sessionOnlyChanged(true);
}

void SecretStore::forgetSessionSecret(const QString &key)
{
    const auto found = m_sessionSecrets.find(key);
    if (found == m_sessionSecrets.end())
        return;
    wipe(*found);
    m_sessionSecrets.erase(found);
}

} // namespace popsell::auth
