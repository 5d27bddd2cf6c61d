#include "sandbox/faults/faultlog.h"

#include "core/timestamps.h"
#include "sandbox/database.h"

#include <QSqlQuery>

namespace popsell::sandbox::faults {

QJsonObject StoredFaultEvent::toJson() const
{
    return QJsonObject{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("run"), run},
        {QStringLiteral("request"), qint64(event.index)},
        {QStringLiteral("time"), timestamps::formatMicros(event.timeMicros)},
        {QStringLiteral("kind"), faultKindName(event.kind)},
        {QStringLiteral("forwarded"), forwardsRequest(event.kind)},
        {QStringLiteral("method"), event.method},
        {QStringLiteral("path"), event.path},
        {QStringLiteral("idempotency_key"),
         event.idempotencyKey.isEmpty() ? QJsonValue() : QJsonValue(event.idempotencyKey)},
    };
}

FaultLog::FaultLog(Database &db)
    : m_db(db)
{}

void FaultLog::ensureSchema()
{
    m_db.run(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS fault_events (seq INTEGER PRIMARY KEY, run INTEGER NOT NULL,"
        " request INTEGER NOT NULL, time INTEGER NOT NULL, kind TEXT NOT NULL,"
        " method TEXT NOT NULL, path TEXT NOT NULL, idempotency_key TEXT)"));
}

qint64 FaultLog::startRun()
{
    const qint64 run =
        m_db.integer(
                QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fault_runs'"))
            .value_or(0) +
        1;
    m_db.run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('fault_runs', ?)"),
             {QString::number(run)});
    return run;
}

void FaultLog::record(qint64 run, const FaultEvent &event)
{
    m_db.run(QStringLiteral("INSERT INTO fault_events (run, request, time, kind, method, path,"
                            " idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {run, qint64(event.index), event.timeMicros, faultKindName(event.kind), event.method,
              event.path,
              event.idempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(event.idempotencyKey)});
}

QMap<QString, qint64> FaultLog::counts()
{
    QMap<QString, qint64> counts;
    for (FaultKind kind : allFaultKinds())
        counts.insert(faultKindName(kind), 0);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT kind, COUNT(*) FROM fault_events GROUP BY kind"));
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

QList<StoredFaultEvent> FaultLog::events(qint64 afterSeq)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT seq, run, request, time, kind, method, path,"
                                          " idempotency_key FROM fault_events WHERE seq > ?"
                                          " ORDER BY seq"),
                           {afterSeq});
    QList<StoredFaultEvent> events;
    while (q.next()) {
        StoredFaultEvent stored;
        stored.seq = q.value(0).toLongLong();
        stored.run = q.value(1).toLongLong();
        stored.event.index = q.value(2).toULongLong();
        stored.event.timeMicros = q.value(3).toLongLong();
        stored.event.kind = faultKindFromName(q.value(4).toString()).value_or(FaultKind::Refused);
        stored.event.method = q.value(5).toString();
        stored.event.path = q.value(6).toString();
        stored.event.idempotencyKey = q.value(7).toString();
        events.append(stored);
    }
    return events;
}

} // namespace popsell::sandbox::faults
