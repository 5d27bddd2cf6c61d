#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace popsell::sandbox {

// Field errors in the order they were found, rendered the Laravel way:
// {"message": "<first>! (and N more error)", "errors": {"field": ["..."]}}.
class ValidationErrors
{
public:
    void add(const QString &field, const QString &message);
    bool isEmpty() const { return m_fields.isEmpty(); }
    bool has(const QString &field) const;
    qsizetype count() const;
    QJsonObject toJson() const;

private:
    QList<QPair<QString, QStringList>> m_fields;
};

enum class Presence
{
    Optional,
    Required
};

// Reads one field of a JSON request body, adding Laravel-worded errors when the value is
// missing (and required) or of the wrong type. Laravel's rules accept numeric strings for
// "integer" and 0/1/"0"/"1"/"true"/"false" for "boolean"; so do these.
class BodyReader
{
public:
    BodyReader(const QJsonObject &body, ValidationErrors &errors);

    bool has(const QString &field) const { return m_body.contains(field); }
    bool isNull(const QString &field) const;
    std::optional<qint64> integer(const QString &field, Presence presence);
    std::optional<bool> boolean(const QString &field, Presence presence);
    std::optional<QString> string(const QString &field, Presence presence, int maxLength = 65535);
    const QJsonObject &object() const { return m_body; }
    ValidationErrors &errors() { return m_errors; }

private:
    bool checkPresence(const QString &field, Presence presence);

    QJsonObject m_body;
    ValidationErrors &m_errors;
};

// A JSON request body. An empty body reads as {} (Laravel sees no input); anything that
// is not a JSON object is an error with a 422 explaining why.
std::optional<QJsonObject> parseJsonBody(const QByteArray &raw, ValidationErrors &errors);

// Human name of a field for messages: "ids_ambassadors" -> "ids ambassadors".
QString fieldLabel(const QString &field);

} // namespace popsell::sandbox
