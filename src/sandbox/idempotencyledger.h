#pragma once

#include "sandbox/apireply.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

namespace popsell::sandbox {

class Database;

// Idempotency-Key support for POSTs, after draft-ietf-httpapi-idempotency-key-header:
// the first completed answer (2xx and final 4xx; never 5xx) is stored with a fingerprint
// of the request and replayed for the same key and body; the same key with another body
// is a 422; a key whose first request is still running is a 409. Stored answers live in
// the database, so they survive restarts; they expire after 72 hours.
class IdempotencyLedger
{
public:
    explicit IdempotencyLedger(Database &db);

    static constexpr qint64 kRetentionMicros = 72LL * 3600 * 1'000'000;

    // A canonical fingerprint: the JSON body re-serialised (key order and spacing do not
    // matter), or the raw bytes when the body is not JSON.
    static QByteArray fingerprint(const QString &method, const QString &path,
                                  const QByteArray &body);
    // Keys are 1..255 visible ASCII characters; a Structured-Field string is unquoted.
    static std::optional<QString> normaliseKey(const QByteArray &header);

    enum class Lookup
    {
        Absent,
        Replay,
        Mismatch,
        InFlight
    };
    struct Result
    {
        Lookup lookup = Lookup::Absent;
        ApiReply reply; // for Replay
    };

    // Stored answers only; whether a first request is still running is isInFlight().
    Result find(const QString &scope, const QString &key, const QByteArray &fingerprint);
    void store(const QString &scope, const QString &key, const QString &method, const QString &path,
               const QByteArray &fingerprint, const ApiReply &reply, qint64 nowMicros);
    void purgeExpired(qint64 nowMicros);

    bool isInFlight(const QString &scope, const QString &key) const;
    void beginFlight(const QString &scope, const QString &key);
    void endFlight(const QString &scope, const QString &key);

    static bool isStorable(int status);

private:
    Database &m_db;
    QSet<QString> m_inFlight;
};

} // namespace popsell::sandbox
