#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace popsell::sandbox {

class Database;

// One write that took effect: committed with a 2xx answer.
struct Effect
{
    qint64 seq = 0; // 1, 2, ... in commit order, across restarts
    qint64 timeMicros = 0;
    QString method;
    QString route; // the route's pattern, e.g. /chat/chatrooms/{chatroom}/messages-product
    QString path;  // after /api/v2
    int status = 0;
    QString idempotencyKey;               // empty: none was sent
    QString caller;                       // "brand" or "ambassador:<id>" (never the API key)
    QMap<QString, QList<qint64>> created; // "chatrooms", "messages", "ratings": new ids
    QString fault; // the fault the request went through the fault front with; empty: none

    QJsonObject toJson() const;
};

// Every applied write, kept in the data file next to the effect itself (same
// transaction), so that a fault campaign can count how many times each action took
// effect, across restarts: GET /__sandbox/effects and SandboxServer::effects().
class EffectsLedger
{
public:
    explicit EffectsLedger(Database &db);

    // Adds the table to data files made before it existed.
    void ensureSchema();

    // The highest ids before a write, to tell which rows it creates.
    struct Marks
    {
        qint64 chatroom = 0;
        qint64 message = 0;
        qint64 rating = 0;
    };
    Marks marks();
    QMap<QString, QList<qint64>> createdSince(const Marks &marks);

    // Inside the write's transaction.
    void record(const Effect &effect);

    // In commit order; `afterSeq` and `key` (when non-empty) filter.
    QList<Effect> list(qint64 afterSeq = 0, const QString &key = {});
    // Effects per idempotency key (requests without one are not counted).
    QMap<QString, int> countsByKey();

private:
    Database &m_db;
};

} // namespace popsell::sandbox
