#pragma once

#include "core/outbox/outboxaction.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace popsell::outbox {

// The outbox's SQLite file: one table of actions, written before anything is sent (reliability
// notes 3.4). WAL with synchronous=FULL, so an action reported accepted survives a power cut;
// every statement is prepared; the schema carries a version (PRAGMA user_version). Each
// instance has its own connection name, so several stores (profiles, tests) coexist.
//
// Every write is one statement or one transaction and reports failure (disk full, locked,
// read-only) as a sentence a person can read, through lastError(): nothing is half written.
class OutboxStore
{
public:
    using Clock = std::function<qint64()>; // UTC ms since the epoch

    static constexpr int kSchemaVersion = 1;
    // Sent rows are kept this long (a local echo can still find its server id), then deleted.
    static constexpr qint64 kKeepSentMs = 7LL * 24 * 60 * 60 * 1000;

    explicit OutboxStore(QString path, int busyTimeoutMs = 5000);
    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    // Tests move time; the default is the system clock.
    void setClock(Clock clock);
    qint64 now() const;

    // Opens (creating the file and schema when new). Rows left in Sending by a process that
    // died mid-send go back to Queued, flagged ambiguous: their outcome is unknown, and they
    // are checked (or sent again with the same key) by the outbox, not here. Sent rows older
    // than kKeepSentMs are deleted. False, with lastError(), when the file cannot be used.
    bool open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // The last failure, for a person (translated, context "Outbox"); empty after a success.
    QString lastError() const { return m_lastError; }
    // Rows that open() found in Sending.
    int recoveredAtOpen() const { return m_recoveredAtOpen; }

    // Stores a new action, in one transaction: a new Idempotency-Key when it has none, state
    // Queued, attempts 0, the times set to now. Returns it with its id; nullopt (lastError())
    // when it could not be stored: the action is then not accepted.
    // `supersede`: the Queued rows with the same profile, kind, endpoint and path ids are
    // deleted in the same transaction (the read marker and the dialogue state: only the
    // latest matters); their ids go to `superseded`.
    std::optional<OutboxAction> accept(OutboxAction action, bool supersede = false,
                                       QList<qint64> *superseded = nullptr);

    // State changes. Each is one UPDATE; false (lastError()) when it did not happen or the row
    // does not exist.
    bool markSending(qint64 id); // attempts + 1
    bool markSent(qint64 id, qint64 serverId, const QJsonValue &answer);
    bool markFailed(qint64 id, const OutboxError &error);
    bool markNeedsAttention(qint64 id, const OutboxError &error, bool ambiguous);
    // Back to Queued until `nextAttemptAt`; `countAttempt` adds one to attempts (a read-back
    // that failed); `error` empty keeps the last one.
    bool markQueued(qint64 id, qint64 nextAttemptAt, bool ambiguous,
                    const std::optional<OutboxError> &error = std::nullopt,
                    bool countAttempt = false);
    // The moderator's retry: Queued now, attempts 0, the error kept for display; a non-empty
    // `newKey` replaces the Idempotency-Key.
    bool requeue(qint64 id, const QByteArray &newKey = {});
    // Edit and send again: the new body, a new key, Queued now, attempts 0, no error, not
    // ambiguous, acceptedAt now (the new body was never sent).
    bool replaceBody(qint64 id, const QJsonObject &body, const QByteArray &newKey);
    bool remove(qint64 id);

    std::optional<OutboxAction> action(qint64 id);
    // In id order. Rows this version cannot read (a newer kind) are left out and stay stored.
    QList<OutboxAction> actions(const QString &profileId);
    QList<OutboxAction> pendingActions(); // every profile, not Sent
    // Server ids already given to rows of `profileId` and `kind`, except row `except`: a
    // read-back must not give one server effect to two actions.
    QSet<qint64> claimedServerIds(const QString &profileId, OutboxKind kind, qint64 except);

    // Deletes Sent rows last updated before `before`; returns how many (-1 on failure).
    int purgeSentBefore(qint64 before);

private:
    bool prepare(QSqlQuery &query, const QString &sql);
    bool exec(QSqlQuery &query);
    bool execChanging(QSqlQuery &query); // and at least one row changed
    bool pragma(const QString &statement);
    bool createSchema();
    void fail(const QString &what, const QString &driverText);
    std::optional<OutboxAction> readRow(const QSqlQuery &query) const;
    QList<OutboxAction> select(const QString &where, const QVariantList &binds);
    static QString selectColumns();

    QString m_path;
    int m_busyTimeoutMs;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_lastError;
    int m_recoveredAtOpen = 0;
    Clock m_clock;
};

} // namespace popsell::outbox
