#include "sandbox/effectsledger.h"

#include "core/timestamps.h"
#include "sandbox/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace popsell::sandbox {

namespace {

struct CreatedTable
{
    const char *name;
    const char *sql;
};

// The tables whose new rows an effect reports, with the query for ids above a mark.
constexpr CreatedTable kCreated[] = {
    {"chatrooms", "SELECT id_chatroom FROM chatrooms WHERE id_chatroom > ? ORDER BY 1"},
    {"messages", "SELECT id_message FROM messages WHERE id_message > ? ORDER BY 1"},
    {"ratings", "SELECT id_rating FROM ratings WHERE id_rating > ? ORDER BY 1"},
};

QString createdToJson(const QMap<QString, QList<qint64>> &created)
{
    QJsonObject object;
    for (auto it = created.cbegin(); it != created.cend(); ++it) {
        QJsonArray ids;
        for (qint64 id : it.value())
            ids.append(id);
        object.insert(it.key(), ids);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QList<qint64>> createdFromJson(const QString &text)
{
    QMap<QString, QList<qint64>> created;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QList<qint64> ids;
        for (const QJsonValue &id : it.value().toArray())
            ids.append(id.toInteger());
        created.insert(it.key(), ids);
    }
    return created;
}

} // namespace

QJsonObject Effect::toJson() const
{
    QJsonObject createdObject;
    for (auto it = created.cbegin(); it != created.cend(); ++it) {
        QJsonArray ids;
        for (qint64 id : it.value())
            ids.append(id);
        createdObject.insert(it.key(), ids);
    }
    return QJsonObject{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("time"), timestamps::formatMicros(timeMicros)},
        {QStringLiteral("method"), method},
        {QStringLiteral("route"), route},
        {QStringLiteral("path"), path},
        {QStringLiteral("status"), status},
        {QStringLiteral("idempotency_key"),
         idempotencyKey.isEmpty() ? QJsonValue() : QJsonValue(idempotencyKey)},
        {QStringLiteral("caller"), caller},
        {QStringLiteral("created"), createdObject},
        {QStringLiteral("fault"), fault.isEmpty() ? QJsonValue() : QJsonValue(fault)},
    };
}

EffectsLedger::EffectsLedger(Database &db)
    : m_db(db)
{}

void EffectsLedger::ensureSchema()
{
    m_db.run(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS effects (seq INTEGER PRIMARY KEY, time INTEGER NOT NULL,"
        " method TEXT NOT NULL, route TEXT NOT NULL, path TEXT NOT NULL, status INTEGER NOT NULL,"
        " idempotency_key TEXT, caller TEXT NOT NULL, created TEXT NOT NULL, fault TEXT)"));
    m_db.run(QStringLiteral("CREATE INDEX IF NOT EXISTS effects_key ON effects (idempotency_key)"));
}

EffectsLedger::Marks EffectsLedger::marks()
{
    Marks marks;
    marks.chatroom =
        m_db.integer(QStringLiteral("SELECT MAX(id_chatroom) FROM chatrooms")).value_or(0);
    marks.message =
        m_db.integer(QStringLiteral("SELECT MAX(id_message) FROM messages")).value_or(0);
    marks.rating = m_db.integer(QStringLiteral("SELECT MAX(id_rating) FROM ratings")).value_or(0);
    return marks;
}

QMap<QString, QList<qint64>> EffectsLedger::createdSince(const Marks &marks)
{
    QMap<QString, QList<qint64>> created;
    const qint64 above[] = {marks.chatroom, marks.message, marks.rating};
    for (qsizetype i = 0; i < qsizetype(std::size(kCreated)); ++i) {
        QSqlQuery q = m_db.run(QString::fromLatin1(kCreated[i].sql), {above[i]});
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        if (!ids.isEmpty())
            created.insert(QString::fromLatin1(kCreated[i].name), ids);
    }
    return created;
}

void EffectsLedger::record(const Effect &effect)
{
    m_db.run(QStringLiteral("INSERT INTO effects (time, method, route, path, status,"
                            " idempotency_key, caller, created, fault)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {effect.timeMicros, effect.method, effect.route, effect.path, effect.status,
              effect.idempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(effect.idempotencyKey),
              effect.caller, createdToJson(effect.created),
              effect.fault.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(effect.fault)});
}

QList<Effect> EffectsLedger::list(qint64 afterSeq, const QString &key)
{
    QString sql = QStringLiteral("SELECT seq, time, method, route, path, status, idempotency_key,"
                                 " caller, created, fault FROM effects WHERE seq > ?");
    QVariantList binds{afterSeq};
    if (!key.isEmpty()) {
        sql += QStringLiteral(" AND idempotency_key = ?");
        binds.append(key);
    }
    sql += QStringLiteral(" ORDER BY seq");
    QSqlQuery q = m_db.run(sql, binds);
    QList<Effect> effects;
    while (q.next()) {
        Effect effect;
        effect.seq = q.value(0).toLongLong();
        effect.timeMicros = q.value(1).toLongLong();
        effect.method = q.value(2).toString();
        effect.route = q.value(3).toString();
        effect.path = q.value(4).toString();
        effect.status = q.value(5).toInt();
        effect.idempotencyKey = q.value(6).toString();
        effect.caller = q.value(7).toString();
        effect.created = createdFromJson(q.value(8).toString());
        effect.fault = q.value(9).toString();
        effects.append(effect);
    }
    return effects;
}

QMap<QString, int> EffectsLedger::countsByKey()
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT idempotency_key, COUNT(*) FROM effects"
                                          " WHERE idempotency_key IS NOT NULL"
                                          " GROUP BY idempotency_key"));
    QMap<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

} // namespace popsell::sandbox
