#include "sandbox/idempotencyledger.h"

#include "sandbox/database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace popsell::sandbox {

namespace {

QString flightKey(const QString &scope, const QString &key)
{
    return scope + u'\n' + key;
}

} // namespace

IdempotencyLedger::IdempotencyLedger(Database &db)
    : m_db(db)
{}

QByteArray IdempotencyLedger::fingerprint(const QString &method, const QString &path,
                                          const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QByteArray canonical =
        error.error == QJsonParseError::NoError ? document.toJson(QJsonDocument::Compact) : body;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical);
    return hash.result().toHex();
}

std::optional<QString> IdempotencyLedger::normaliseKey(const QByteArray &header)
{
    QByteArray key = header.trimmed();
    if (key.size() >= 2 && key.startsWith('"') && key.endsWith('"'))
        key = key.mid(1, key.size() - 2);
    if (key.isEmpty() || key.size() > 255)
        return std::nullopt;
    for (char c : key) {
        if (c < 0x21 || c > 0x7e)
            return std::nullopt;
    }
    return QString::fromLatin1(key);
}

bool IdempotencyLedger::isStorable(int status)
{
    return status < 500 && status != 401 && status != 409;
}

IdempotencyLedger::Result IdempotencyLedger::find(const QString &scope, const QString &key,
                                                  const QByteArray &fingerprint)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT fingerprint, status, body FROM idempotency"
                                          " WHERE scope = ? AND key = ?"),
                           {scope, key});
    if (!q.next())
        return {};
    if (q.value(0).toByteArray() != fingerprint)
        return {Lookup::Mismatch, {}};
    ApiReply reply;
    reply.status = q.value(1).toInt();
    reply.body = q.value(2).toByteArray();
    reply.setHeader("Idempotent-Replayed", "true");
    return {Lookup::Replay, reply};
}

void IdempotencyLedger::store(const QString &scope, const QString &key, const QString &method,
                              const QString &path, const QByteArray &fingerprint,
                              const ApiReply &reply, qint64 nowMicros)
{
    m_db.run(
        QStringLiteral("INSERT OR REPLACE INTO idempotency (scope, key, method, path,"
                       " fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {scope, key, method, path, fingerprint, reply.status, reply.body, nowMicros});
}

void IdempotencyLedger::purgeExpired(qint64 nowMicros)
{
    m_db.run(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"),
             {nowMicros - kRetentionMicros});
}

bool IdempotencyLedger::isInFlight(const QString &scope, const QString &key) const
{
    return m_inFlight.contains(flightKey(scope, key));
}

void IdempotencyLedger::beginFlight(const QString &scope, const QString &key)
{
    m_inFlight.insert(flightKey(scope, key));
}

void IdempotencyLedger::endFlight(const QString &scope, const QString &key)
{
    m_inFlight.remove(flightKey(scope, key));
}

} // namespace popsell::sandbox
