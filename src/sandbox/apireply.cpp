#include "sandbox/apireply.h"

#include "sandbox/apirequest.h"
#include "sandbox/validation.h"

#include <QJsonDocument>

namespace popsell::sandbox {

QString methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QStringLiteral("GET");
    case HttpMethod::Post:
        return QStringLiteral("POST");
    case HttpMethod::Patch:
        return QStringLiteral("PATCH");
    case HttpMethod::Put:
        return QStringLiteral("PUT");
    case HttpMethod::Delete:
        return QStringLiteral("DELETE");
    case HttpMethod::Other:
        break;
    }
    return QStringLiteral("OTHER");
}

ApiReply ApiReply::json(int status, const QJsonObject &object)
{
    ApiReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply ApiReply::json(int status, const QJsonArray &array)
{
    ApiReply reply;
    reply.status = status;
    reply.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply ApiReply::message(int status, const QString &text)
{
    return json(status, QJsonObject{{QStringLiteral("message"), text}});
}

ApiReply ApiReply::unauthorized()
{
    return message(401, QStringLiteral("Unauthorized."));
}

ApiReply ApiReply::forbidden()
{
    return message(403,
                   QStringLiteral("Forbidden - You don't have permission to access this route"));
}

ApiReply ApiReply::notFound(const QString &text)
{
    return message(404, text);
}

ApiReply ApiReply::validation(const ValidationErrors &errors)
{
    return json(422, errors.toJson());
}

ApiReply ApiReply::serverError()
{
    return message(500, QStringLiteral("Server Error"));
}

} // namespace popsell::sandbox
