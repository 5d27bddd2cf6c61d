#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace popsell::sandbox {

// The sandbox's SQLite storage. One connection, used from the server's thread only.
// SQL errors are recorded rather than thrown: the server answers 500 and rolls back
// the request's transaction when failed() is set.
class Database
{
public:
    explicit Database(const QString &file);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file (creating it and the schema if needed). Returns false with a
    // reason on failure.
    bool open(QString *error);
    // True when open() created the schema: the caller then fills in demo data.
    bool isNew() const { return m_new; }

    QSqlQuery run(const QString &sql, const QVariantList &binds = {});
    std::optional<qint64> integer(const QString &sql, const QVariantList &binds = {});
    bool exists(const QString &sql, const QVariantList &binds = {});
    qint64 lastInsertId(const QSqlQuery &query) const;

    bool begin();
    bool commit();
    void rollback();

    bool failed() const { return m_failed; }
    QString lastError() const { return m_lastError; }
    void clearFailure();

    QSqlDatabase &connection() { return m_db; }

    // "?,?,?" for an IN list of n values.
    static QString placeholders(qsizetype n);
    // The bind values for such an IN list of ids.
    static QVariantList values(const QList<qint64> &ids);

private:
    bool createSchema(QString *error);

    QString m_file;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_new = false;
    bool m_failed = false;
    QString m_lastError;
};

} // namespace popsell::sandbox
