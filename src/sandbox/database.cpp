#include "sandbox/database.h"

#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace popsell::sandbox {

namespace {

// Times are stored as microseconds since the epoch (UTC) so that responses can carry
// Laravel's 6-digit fractions. Booleans are 0/1 integers.
const char *const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE brands (id_brand INTEGER PRIMARY KEY, label TEXT NOT NULL, domain TEXT NOT NULL,"
    " default_language TEXT NOT NULL, timezone TEXT NOT NULL, program_label TEXT NOT NULL,"
    " url TEXT NOT NULL)",
    "CREATE TABLE api_keys (api_key TEXT PRIMARY KEY, kind TEXT NOT NULL,"
    " id_brand INTEGER NOT NULL, id_ambassador INTEGER)",
    "CREATE TABLE tokens (token TEXT PRIMARY KEY, api_key TEXT NOT NULL, created_at INTEGER NOT "
    "NULL)",
    "CREATE TABLE ambassadors (id_ambassador INTEGER PRIMARY KEY, id_brand INTEGER NOT NULL,"
    " firstname TEXT NOT NULL, lastname TEXT NOT NULL, username TEXT NOT NULL, email TEXT,"
    " email_tmp TEXT, customer_id TEXT, gender TEXT, active INTEGER NOT NULL, status INTEGER NOT "
    "NULL,"
    " last_action_date INTEGER NOT NULL, date_insert INTEGER NOT NULL, anonymized INTEGER NOT NULL "
    "DEFAULT 0,"
    " social_community_display INTEGER NOT NULL DEFAULT 1, gamification_score INTEGER NOT NULL "
    "DEFAULT 0,"
    " sell_token_amount INTEGER NOT NULL DEFAULT 0, nb_sales INTEGER NOT NULL DEFAULT 0,"
    " nb_chat_sales INTEGER NOT NULL DEFAULT 0, nb_purchases INTEGER NOT NULL DEFAULT 0,"
    " nb_diffused_publications INTEGER NOT NULL DEFAULT 0, suspicious INTEGER NOT NULL DEFAULT 0,"
    " suspicious_date INTEGER, ignore_suspicious INTEGER NOT NULL DEFAULT 0,"
    " suspicious_quarantine INTEGER NOT NULL DEFAULT 0, sponsor INTEGER, role TEXT)",
    "CREATE INDEX ambassadors_brand ON ambassadors (id_brand, status)",
    "CREATE TABLE brand_tags (id_brand_tag INTEGER PRIMARY KEY, id_brand INTEGER NOT NULL,"
    " visibility_chat INTEGER NOT NULL, name TEXT NOT NULL)",
    "CREATE TABLE brand_tag_members (id_brand_tag INTEGER NOT NULL, id_ambassador INTEGER NOT NULL,"
    " PRIMARY KEY (id_brand_tag, id_ambassador))",
    "CREATE TABLE products (id_product INTEGER PRIMARY KEY, id_brand INTEGER NOT NULL,"
    " name TEXT, type TEXT, sku TEXT, description TEXT, url TEXT, youtube_id TEXT,"
    " price REAL NOT NULL, price_catalog REAL NOT NULL, reference_unit_price REAL NOT NULL,"
    " discount_percentage REAL NOT NULL, stock REAL NOT NULL, stock_available REAL NOT NULL)",
    "CREATE TABLE chat_topics (id_chat_topic INTEGER PRIMARY KEY, id_brand INTEGER NOT NULL,"
    " color TEXT NOT NULL, position INTEGER NOT NULL, active INTEGER NOT NULL, roles TEXT NOT NULL,"
    " contents TEXT NOT NULL, date_insert INTEGER NOT NULL, date_update INTEGER NOT NULL)",
    "CREATE TABLE chatrooms (id_chatroom INTEGER PRIMARY KEY, id_brand INTEGER NOT NULL,"
    " id_brand_tag INTEGER, type_chatroom INTEGER NOT NULL, type_discussion INTEGER NOT NULL,"
    " source INTEGER NOT NULL, date_insert INTEGER NOT NULL, last_message_date INTEGER NOT NULL,"
    " last_message_id INTEGER, established_dialogue INTEGER, last_rating_value INTEGER,"
    " last_rating_comment TEXT, summary_date TEXT, summary_text TEXT, summary_anomaly INTEGER,"
    " summary_topic INTEGER)",
    "CREATE INDEX chatrooms_brand_last ON chatrooms (id_brand, last_message_date)",
    "CREATE TABLE chatroom_members (id_chatroom INTEGER NOT NULL, id_ambassador INTEGER NOT NULL,"
    " last_read_message INTEGER, is_blocked INTEGER NOT NULL DEFAULT 0,"
    " archived INTEGER NOT NULL DEFAULT 0, flag INTEGER, purged_message_id INTEGER,"
    " PRIMARY KEY (id_chatroom, id_ambassador))",
    "CREATE INDEX chatroom_members_ambassador ON chatroom_members (id_ambassador, id_chatroom)",
    "CREATE TABLE messages (id_message INTEGER PRIMARY KEY, id_chatroom INTEGER NOT NULL,"
    " id_author INTEGER NOT NULL, type_message INTEGER NOT NULL, content TEXT,"
    " date_insert INTEGER NOT NULL, status_moderation INTEGER NOT NULL DEFAULT 0,"
    " active INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX messages_chatroom ON messages (id_chatroom, date_insert)",
    "CREATE INDEX messages_author ON messages (id_author, id_chatroom)",
    "CREATE TABLE message_products (id_message INTEGER NOT NULL, id_product INTEGER NOT NULL,"
    " PRIMARY KEY (id_message, id_product))",
    "CREATE TABLE ratings (id_rating INTEGER PRIMARY KEY, id_message INTEGER NOT NULL UNIQUE,"
    " id_chatroom INTEGER NOT NULL, date_insert INTEGER NOT NULL, date_update INTEGER NOT NULL,"
    " date_delete INTEGER, value INTEGER, content TEXT, id_user_rater INTEGER, id_user_rated "
    "INTEGER)",
    "CREATE TABLE idempotency (scope TEXT NOT NULL, key TEXT NOT NULL, method TEXT NOT NULL,"
    " path TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body BLOB NOT NULL,"
    " created_at INTEGER NOT NULL, PRIMARY KEY (scope, key))",
};

} // namespace

Database::Database(const QString &file)
    : m_file(file)
    , m_connectionName(u"popsell-sandbox-" + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::open(QString *error)
{
    const bool inMemory = m_file.isEmpty();
    const bool existed = !inMemory && QFileInfo::exists(m_file);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(inMemory ? QStringLiteral(":memory:") : m_file);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    for (const char *pragma : {"PRAGMA foreign_keys = OFF", "PRAGMA busy_timeout = 5000",
                               "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        run(QString::fromLatin1(pragma));
    }
    if (existed) {
        if (!exists(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'meta'"))) {
            *error = QStringLiteral("%1 is not a Popsell sandbox data file").arg(m_file);
            return false;
        }
        return true;
    }
    m_new = true;
    return createSchema(error);
}

bool Database::createSchema(QString *error)
{
    begin();
    for (const char *statement : kSchema)
        run(QString::fromLatin1(statement));
    run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')"));
    if (failed() || !commit()) {
        *error = m_lastError;
        rollback();
        return false;
    }
    return true;
}

QSqlQuery Database::run(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_failed = true;
        m_lastError = query.lastError().text() + u" in: " + sql;
        qWarning().noquote() << "sandbox: SQL prepare failed:" << m_lastError;
        return query;
    }
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        m_failed = true;
        m_lastError = query.lastError().text() + u" in: " + sql;
        qWarning().noquote() << "sandbox: SQL failed:" << m_lastError;
    }
    return query;
}

std::optional<qint64> Database::integer(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query = run(sql, binds);
    if (query.next() && !query.value(0).isNull())
        return query.value(0).toLongLong();
    return std::nullopt;
}

bool Database::exists(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query = run(sql, binds);
    return query.next();
}

qint64 Database::lastInsertId(const QSqlQuery &query) const
{
    return query.lastInsertId().toLongLong();
}

bool Database::begin()
{
    return m_db.transaction();
}

bool Database::commit()
{
    if (!m_db.commit()) {
        m_failed = true;
        m_lastError = m_db.lastError().text();
        return false;
    }
    return true;
}

void Database::rollback()
{
    m_db.rollback();
}

void Database::clearFailure()
{
    m_failed = false;
    m_lastError.clear();
}

QString Database::placeholders(qsizetype n)
{
    QString result;
    result.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        result += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return result;
}

QVariantList Database::values(const QList<qint64> &ids)
{
    QVariantList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list.append(id);
    return list;
}

} // namespace popsell::sandbox
