#include "core/outbox/outboxstore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace popsell::outbox {

namespace {

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

QJsonValue parseJson(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return compactJson(array);
}

QString fieldErrorsJson(const QMap<QString, QStringList> &errors)
{
    if (errors.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return compactJson(object);
}

QMap<QString, QStringList> fieldErrorsFrom(const QString &text)
{
    QMap<QString, QStringList> errors;
    const QJsonObject object = parseJson(text).toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QStringList messages;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &message : array)
            messages.append(message.toString());
        errors.insert(it.key(), messages);
    }
    return errors;
}

std::optional<api::Endpoint> endpointFrom(const QString &method, const QString &pathTemplate)
{
    for (const api::EndpointSpec &spec : api::allEndpoints()) {
        if (method == QLatin1StringView(spec.method) &&
            pathTemplate == QLatin1StringView(spec.pathTemplate))
            return spec.endpoint;
    }
    return std::nullopt;
}

// NULL for an empty text, so that "no error" reads back as no error.
QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString nextConnectionName()
{
    // Process-wide, because QSqlDatabase's connection registry is.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("popsell.outbox.%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

OutboxStore::OutboxStore(QString path, int busyTimeoutMs)
    : m_path(std::move(path))
    , m_busyTimeoutMs(busyTimeoutMs)
    , m_connectionName(nextConnectionName())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

OutboxStore::~OutboxStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

void OutboxStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 OutboxStore::now() const
{
    return m_clock();
}

void OutboxStore::fail(const QString &what, const QString &driverText)
{
    const QString detail = driverText.trimmed();
    m_lastError = detail.isEmpty() ? what
                                   : QCoreApplication::translate("Outbox", "%1 (%2)",
                                                                 "what failed (database's reason)")
                                         .arg(what, detail);
}

bool OutboxStore::prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return true;
    fail(QCoreApplication::translate("Outbox", "The outbox database refused a statement"),
         query.lastError().text());
    return false;
}

bool OutboxStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    fail(QCoreApplication::translate("Outbox", "The outbox database could not be written"),
         query.lastError().text());
    return false;
}

bool OutboxStore::execChanging(QSqlQuery &query)
{
    if (!exec(query))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    fail(QCoreApplication::translate("Outbox", "The action is no longer in the outbox"), {});
    return false;
}

bool OutboxStore::pragma(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    fail(QCoreApplication::translate("Outbox", "The outbox database could not be set up"),
         query.lastError().text());
    return false;
}

bool OutboxStore::open()
{
    m_lastError.clear();
    if (m_open)
        return true;
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath())) {
        fail(QCoreApplication::translate("Outbox", "The outbox's folder could not be created"),
             file.absolutePath());
        return false;
    }
    // A second open() after a failed one reuses this instance's connection.
    m_db = QSqlDatabase::contains(m_connectionName)
               ? QSqlDatabase::database(m_connectionName, false)
               : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!m_db.open()) {
        fail(QCoreApplication::translate("Outbox", "The outbox database could not be opened"),
             m_db.lastError().text());
        return false;
    }
    // PRAGMAs take no bound values; these strings are constants.
    if (!pragma(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs)) ||
        !pragma(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !pragma(QStringLiteral("PRAGMA synchronous = FULL")) || !createSchema()) {
        m_db.close();
        return false;
    }
    m_open = true;

    // A row in Sending belonged to a process that died mid-send: the server may or may not
    // have applied it.
    const qint64 t = now();
    QSqlQuery recover(m_db);
    if (!prepare(recover, QStringLiteral("UPDATE outbox_actions SET state = 'queued',"
                                         " ambiguous = 1, next_attempt_at = ?, updated_at = ?"
                                         " WHERE state = 'sending'"))) {
        m_open = false;
        m_db.close();
        return false;
    }
    recover.addBindValue(t);
    recover.addBindValue(t);
    if (!exec(recover)) {
        m_open = false;
        m_db.close();
        return false;
    }
    m_recoveredAtOpen = recover.numRowsAffected();
    purgeSentBefore(t - kKeepSentMs);
    m_lastError.clear();
    return true;
}

bool OutboxStore::createSchema()
{
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        fail(QCoreApplication::translate("Outbox", "The outbox database could not be read"),
             version.lastError().text());
        return false;
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current == kSchemaVersion)
        return true;
    if (current > kSchemaVersion) {
        fail(QCoreApplication::translate(
                 "Outbox", "The outbox was written by a newer version of this application"),
             {});
        return false;
    }
    if (!m_db.transaction()) {
        fail(QCoreApplication::translate("Outbox", "The outbox database could not be set up"),
             m_db.lastError().text());
        return false;
    }
    const QStringList statements = {
        QStringLiteral("CREATE TABLE outbox_actions ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " profile_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " chatroom_id INTEGER NOT NULL DEFAULT 0,"
                       " method TEXT NOT NULL,"
                       " path_template TEXT NOT NULL,"
                       " path_ids TEXT NOT NULL,"
                       " body_json TEXT NOT NULL,"
                       " idempotency_key TEXT NOT NULL UNIQUE,"
                       " state TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                       " ambiguous INTEGER NOT NULL DEFAULT 0,"
                       " error_kind TEXT,"
                       " error_status INTEGER,"
                       " error_message TEXT,"
                       " error_fields TEXT,"
                       " server_id INTEGER,"
                       " server_answer TEXT,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " accepted_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX outbox_actions_by_profile"
                       " ON outbox_actions (profile_id, state, id)"),
        QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
    };
    for (const QString &statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            fail(QCoreApplication::translate("Outbox", "The outbox database could not be set up"),
                 query.lastError().text());
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        fail(QCoreApplication::translate("Outbox", "The outbox database could not be set up"),
             m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

QString OutboxStore::selectColumns()
{
    return QStringLiteral(
        "SELECT id, profile_id, kind, chatroom_id, method, path_template, path_ids, body_json,"
        " idempotency_key, state, attempts, next_attempt_at, ambiguous, error_kind, error_status,"
        " error_message, error_fields, server_id, server_answer, created_at, updated_at,"
        " accepted_at FROM outbox_actions ");
}

std::optional<OutboxAction> OutboxStore::readRow(const QSqlQuery &q) const
{
    const std::optional<OutboxKind> kind = kindFromName(q.value(2).toString());
    const std::optional<api::Endpoint> endpoint =
        endpointFrom(q.value(4).toString(), q.value(5).toString());
    const std::optional<OutboxState> state = stateFromName(q.value(9).toString());
    if (!kind || !endpoint || !state)
        return std::nullopt;
    OutboxAction a;
    a.id = q.value(0).toLongLong();
    a.profileId = q.value(1).toString();
    a.kind = *kind;
    a.chatroomId = q.value(3).toLongLong();
    a.endpoint = *endpoint;
    const QJsonArray ids = parseJson(q.value(6).toString()).toArray();
    for (const QJsonValue &id : ids)
        a.pathIds.append(id.toInteger());
    a.body = parseJson(q.value(7).toString()).toObject();
    a.idempotencyKey = q.value(8).toString().toLatin1();
    a.state = *state;
    a.attempts = q.value(10).toInt();
    a.nextAttemptAt = q.value(11).toLongLong();
    a.ambiguous = q.value(12).toInt() != 0;
    a.lastError.kindName = q.value(13).toString();
    a.lastError.httpStatus = q.value(14).toInt();
    a.lastError.message = q.value(15).toString();
    a.lastError.fieldErrors = fieldErrorsFrom(q.value(16).toString());
    a.serverId = q.value(17).toLongLong();
    a.serverAnswer = parseJson(q.value(18).toString());
    a.createdAt = q.value(19).toLongLong();
    a.updatedAt = q.value(20).toLongLong();
    a.acceptedAt = q.value(21).toLongLong();
    return a;
}

QList<OutboxAction> OutboxStore::select(const QString &where, const QVariantList &binds)
{
    QList<OutboxAction> rows;
    if (!m_open) {
        fail(QCoreApplication::translate("Outbox", "The outbox is not open"), {});
        return rows;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, selectColumns() + where))
        return rows;
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec()) {
        fail(QCoreApplication::translate("Outbox", "The outbox database could not be read"),
             q.lastError().text());
        return rows;
    }
    while (q.next()) {
        if (std::optional<OutboxAction> row = readRow(q))
            rows.append(std::move(*row));
    }
    return rows;
}

std::optional<OutboxAction> OutboxStore::action(qint64 id)
{
    const QList<OutboxAction> rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<OutboxAction> OutboxStore::actions(const QString &profileId)
{
    return select(QStringLiteral("WHERE profile_id = ? ORDER BY id"), {profileId});
}

QList<OutboxAction> OutboxStore::pendingActions()
{
    return select(QStringLiteral("WHERE state <> 'sent' ORDER BY id"), {});
}

std::optional<OutboxAction> OutboxStore::accept(OutboxAction action, bool supersede,
                                                QList<qint64> *superseded)
{
    m_lastError.clear();
    const QString notSaved = QCoreApplication::translate(
        "Outbox", "The action could not be saved, so it was not accepted");
    if (!m_open) {
        fail(notSaved, QCoreApplication::translate("Outbox", "the outbox is not open"));
        return std::nullopt;
    }
    const qint64 t = now();
    if (action.idempotencyKey.isEmpty())
        action.idempotencyKey = newIdempotencyKey();
    action.id = 0;
    action.state = OutboxState::Queued;
    action.attempts = 0;
    action.nextAttemptAt = t;
    action.ambiguous = false;
    action.lastError = {};
    action.serverId = 0;
    action.serverAnswer = QJsonValue(QJsonValue::Undefined);
    action.createdAt = t;
    action.updatedAt = t;
    action.acceptedAt = t;

    const api::EndpointSpec &spec = api::endpointSpec(action.endpoint);
    const QString method = QString::fromLatin1(spec.method);
    const QString pathTemplate = QString::fromLatin1(spec.pathTemplate);
    const QString pathIds = idsJson(action.pathIds);

    if (!m_db.transaction()) {
        fail(notSaved, m_db.lastError().text());
        return std::nullopt;
    }
    const auto abandon = [&](const QString &driverText) {
        m_db.rollback();
        fail(notSaved, driverText);
        return std::nullopt;
    };

    QList<qint64> replaced;
    if (supersede) {
        const QString where = QStringLiteral(
            " WHERE profile_id = ? AND kind = ? AND path_template = ? AND path_ids = ?"
            " AND state = 'queued'");
        QSqlQuery find(m_db);
        if (!find.prepare(QStringLiteral("SELECT id FROM outbox_actions") + where))
            return abandon(find.lastError().text());
        for (const QVariant &bind :
             QVariantList{action.profileId, kindName(action.kind), pathTemplate, pathIds})
            find.addBindValue(bind);
        if (!find.exec())
            return abandon(find.lastError().text());
        while (find.next())
            replaced.append(find.value(0).toLongLong());
        find.finish();
        if (!replaced.isEmpty()) {
            QSqlQuery drop(m_db);
            if (!drop.prepare(QStringLiteral("DELETE FROM outbox_actions") + where))
                return abandon(drop.lastError().text());
            for (const QVariant &bind :
                 QVariantList{action.profileId, kindName(action.kind), pathTemplate, pathIds})
                drop.addBindValue(bind);
            if (!drop.exec())
                return abandon(drop.lastError().text());
        }
    }

    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO outbox_actions (profile_id, kind, chatroom_id, method, path_template,"
            " path_ids, body_json, idempotency_key, state, attempts, next_attempt_at, ambiguous,"
            " created_at, updated_at, accepted_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, 0, ?, ?, ?)")))
        return abandon(insert.lastError().text());
    for (const QVariant &bind :
         QVariantList{action.profileId, kindName(action.kind), action.chatroomId, method,
                      pathTemplate, pathIds, compactJson(action.body),
                      QString::fromLatin1(action.idempotencyKey), t, t, t, t})
        insert.addBindValue(bind);
    if (!insert.exec())
        return abandon(insert.lastError().text());
    action.id = insert.lastInsertId().toLongLong();
    insert.finish();
    if (!m_db.commit())
        return abandon(m_db.lastError().text());
    if (superseded)
        *superseded = replaced;
    return action;
}

bool OutboxStore::markSending(qint64 id)
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("UPDATE outbox_actions SET state = 'sending',"
                                   " attempts = attempts + 1, updated_at = ? WHERE id = ?")))
        return false;
    q.addBindValue(now());
    q.addBindValue(id);
    return execChanging(q);
}

bool OutboxStore::markSent(qint64 id, qint64 serverId, const QJsonValue &answer)
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("UPDATE outbox_actions SET state = 'sent', ambiguous = 0,"
                                   " server_id = ?, server_answer = ?, error_kind = NULL,"
                                   " error_status = NULL, error_message = NULL,"
                                   " error_fields = NULL, updated_at = ? WHERE id = ?")))
        return false;
    q.addBindValue(serverId > 0 ? QVariant(serverId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(nullableText(compactJson(answer)));
    q.addBindValue(now());
    q.addBindValue(id);
    return execChanging(q);
}

bool OutboxStore::markFailed(qint64 id, const OutboxError &error)
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("UPDATE outbox_actions SET state = 'failed', error_kind = ?,"
                                   " error_status = ?, error_message = ?, error_fields = ?,"
                                   " updated_at = ? WHERE id = ?")))
        return false;
    for (const QVariant &bind :
         QVariantList{nullableText(error.kindName), error.httpStatus, nullableText(error.message),
                      nullableText(fieldErrorsJson(error.fieldErrors)), now(), id})
        q.addBindValue(bind);
    return execChanging(q);
}

bool OutboxStore::markNeedsAttention(qint64 id, const OutboxError &error, bool ambiguous)
{
    QSqlQuery q(m_db);
    if (!prepare(q,
                 QStringLiteral("UPDATE outbox_actions SET state = 'needs_attention',"
                                " error_kind = ?, error_status = ?, error_message = ?,"
                                " error_fields = ?, ambiguous = ?, updated_at = ? WHERE id = ?")))
        return false;
    for (const QVariant &bind : QVariantList{
             nullableText(error.kindName), error.httpStatus, nullableText(error.message),
             nullableText(fieldErrorsJson(error.fieldErrors)), ambiguous ? 1 : 0, now(), id})
        q.addBindValue(bind);
    return execChanging(q);
}

bool OutboxStore::markQueued(qint64 id, qint64 nextAttemptAt, bool ambiguous,
                             const std::optional<OutboxError> &error, bool countAttempt)
{
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("UPDATE outbox_actions SET state = 'queued', next_attempt_at = ?,"
                                 " ambiguous = ?, attempts = attempts + ?, updated_at = ?");
    if (error)
        sql += QStringLiteral(
            ", error_kind = ?, error_status = ?, error_message = ?, error_fields = ?");
    if (!prepare(q, sql + QStringLiteral(" WHERE id = ?")))
        return false;
    q.addBindValue(nextAttemptAt);
    q.addBindValue(ambiguous ? 1 : 0);
    q.addBindValue(countAttempt ? 1 : 0);
    q.addBindValue(now());
    if (error) {
        q.addBindValue(nullableText(error->kindName));
        q.addBindValue(error->httpStatus);
        q.addBindValue(nullableText(error->message));
        q.addBindValue(nullableText(fieldErrorsJson(error->fieldErrors)));
    }
    q.addBindValue(id);
    return execChanging(q);
}

bool OutboxStore::requeue(qint64 id, const QByteArray &newKey)
{
    QSqlQuery q(m_db);
    const qint64 t = now();
    if (newKey.isEmpty()) {
        if (!prepare(q, QStringLiteral("UPDATE outbox_actions SET state = 'queued', attempts = 0,"
                                       " next_attempt_at = ?, updated_at = ? WHERE id = ?")))
            return false;
        q.addBindValue(t);
        q.addBindValue(t);
    } else {
        if (!prepare(q, QStringLiteral("UPDATE outbox_actions SET state = 'queued', attempts = 0,"
                                       " next_attempt_at = ?, updated_at = ?,"
                                       " idempotency_key = ? WHERE id = ?")))
            return false;
        q.addBindValue(t);
        q.addBindValue(t);
        q.addBindValue(QString::fromLatin1(newKey));
    }
    q.addBindValue(id);
    return execChanging(q);
}

bool OutboxStore::replaceBody(qint64 id, const QJsonObject &body, const QByteArray &newKey)
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral(
                        "UPDATE outbox_actions SET state = 'queued', body_json = ?,"
                        " idempotency_key = ?, attempts = 0, next_attempt_at = ?, ambiguous = 0,"
                        " error_kind = NULL, error_status = NULL, error_message = NULL,"
                        " error_fields = NULL, accepted_at = ?, updated_at = ? WHERE id = ?")))
        return false;
    const qint64 t = now();
    for (const QVariant &bind :
         QVariantList{compactJson(body), QString::fromLatin1(newKey), t, t, t, id})
        q.addBindValue(bind);
    return execChanging(q);
}

bool OutboxStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("DELETE FROM outbox_actions WHERE id = ?")))
        return false;
    q.addBindValue(id);
    return execChanging(q);
}

QSet<qint64> OutboxStore::claimedServerIds(const QString &profileId, OutboxKind kind, qint64 except)
{
    QSet<qint64> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT server_id FROM outbox_actions WHERE profile_id = ?"
                                   " AND kind = ? AND id <> ? AND server_id > 0")))
        return ids;
    q.addBindValue(profileId);
    q.addBindValue(kindName(kind));
    q.addBindValue(except);
    if (!q.exec()) {
        fail(QCoreApplication::translate("Outbox", "The outbox database could not be read"),
             q.lastError().text());
        return ids;
    }
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

int OutboxStore::purgeSentBefore(qint64 before)
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral(
                        "DELETE FROM outbox_actions WHERE state = 'sent' AND updated_at < ?")))
        return -1;
    q.addBindValue(before);
    if (!exec(q))
        return -1;
    return q.numRowsAffected();
}

} // namespace popsell::outbox
