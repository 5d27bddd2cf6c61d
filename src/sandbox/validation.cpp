#include "sandbox/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace popsell::sandbox {

void ValidationErrors::add(const QString &field, const QString &message)
{
    for (auto &entry : m_fields) {
        if (entry.first == field) {
            entry.second.append(message);
            return;
        }
    }
    m_fields.append({field, QStringList{message}});
}

bool ValidationErrors::has(const QString &field) const
{
    for (const auto &entry : m_fields) {
        if (entry.first == field)
            return true;
    }
    return false;
}

qsizetype ValidationErrors::count() const
{
    qsizetype n = 0;
    for (const auto &entry : m_fields)
        n += entry.second.size();
    return n;
}

QJsonObject ValidationErrors::toJson() const
{
    QJsonObject errors;
    for (const auto &entry : m_fields)
        errors.insert(entry.first, QJsonArray::fromStringList(entry.second));
    QString summary;
    if (!m_fields.isEmpty()) {
        summary = m_fields.first().second.first();
        if (summary.endsWith(u'.'))
            summary.chop(1);
        summary += u'!';
        const qsizetype more = count() - 1;
        if (more > 0)
            summary += QStringLiteral(" (and %1 more error)").arg(more);
    }
    return QJsonObject{{QStringLiteral("message"), summary}, {QStringLiteral("errors"), errors}};
}

QString fieldLabel(const QString &field)
{
    QString label = field;
    label.replace(u'_', u' ');
    return label;
}

BodyReader::BodyReader(const QJsonObject &body, ValidationErrors &errors)
    : m_body(body)
    , m_errors(errors)
{}

bool BodyReader::isNull(const QString &field) const
{
    return m_body.contains(field) && m_body.value(field).isNull();
}

bool BodyReader::checkPresence(const QString &field, Presence presence)
{
    const QJsonValue value = m_body.value(field);
    const bool missing = value.isUndefined() || value.isNull() ||
                         (value.isString() && value.toString().trimmed().isEmpty());
    if (missing) {
        if (presence == Presence::Required)
            m_errors.add(field, QStringLiteral("The %1 field is required.").arg(fieldLabel(field)));
        return false;
    }
    return true;
}

std::optional<qint64> BodyReader::integer(const QString &field, Presence presence)
{
    if (!checkPresence(field, presence))
        return std::nullopt;
    const QJsonValue value = m_body.value(field);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return static_cast<qint64>(d);
    } else if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    m_errors.add(field, QStringLiteral("The %1 must be an integer.").arg(fieldLabel(field)));
    return std::nullopt;
}

std::optional<bool> BodyReader::boolean(const QString &field, Presence presence)
{
    if (!checkPresence(field, presence))
        return std::nullopt;
    const QJsonValue value = m_body.value(field);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return value.toDouble() == 1;
    if (value.isString()) {
        const QString s = value.toString();
        if (s == u"1" || s == u"true")
            return true;
        if (s == u"0" || s == u"false")
            return false;
    }
    m_errors.add(field,
                 QStringLiteral("The %1 field must be true or false.").arg(fieldLabel(field)));
    return std::nullopt;
}

std::optional<QString> BodyReader::string(const QString &field, Presence presence, int maxLength)
{
    if (!checkPresence(field, presence))
        return std::nullopt;
    const QJsonValue value = m_body.value(field);
    if (!value.isString()) {
        m_errors.add(field, QStringLiteral("The %1 must be a string.").arg(fieldLabel(field)));
        return std::nullopt;
    }
    const QString s = value.toString();
    if (s.size() > maxLength) {
        m_errors.add(field, QStringLiteral("The %1 must not be greater than %2 characters.")
                                .arg(fieldLabel(field))
                                .arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<QJsonObject> parseJsonBody(const QByteArray &raw, ValidationErrors &errors)
{
    if (raw.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.add(QStringLiteral("body"),
                   QStringLiteral("The request body is not valid JSON (%1 at offset %2).")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.add(QStringLiteral("body"),
                   QStringLiteral("The request body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

} // namespace popsell::sandbox
