#include "cli/jsonformat.h"

#include <QJsonDocument>

namespace popsell::cli::jsonformat {

using api::ApiError;

QJsonObject error(const ApiError &error, ExitCode code, bool withDetail)
{
    QJsonObject body{
        {QStringLiteral("kind"), ApiError::kindName(error.kind())},
        {QStringLiteral("status"),
         error.httpStatus() > 0 ? QJsonValue(error.httpStatus()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message"), error.userMessage()},
        {QStringLiteral("exit_code"), int(code)},
    };
    if (!error.serverMessage().isEmpty())
        body.insert(QStringLiteral("server_message"), error.serverMessage());
    if (!error.fieldErrors().isEmpty()) {
        QJsonObject fields;
        for (auto it = error.fieldErrors().cbegin(); it != error.fieldErrors().cend(); ++it)
            fields.insert(it.key(), QJsonArray::fromStringList(it.value()));
        body.insert(QStringLiteral("fields"), fields);
    }
    if (const std::optional<int> retryAfter = error.retryAfterSeconds())
        body.insert(QStringLiteral("retry_after"), *retryAfter);
    if (withDetail && !error.detail().isEmpty())
        body.insert(QStringLiteral("detail"), error.detail());
    return QJsonObject{{QStringLiteral("error"), body}};
}

QJsonObject failure(const QString &kind, const QString &message, ExitCode code)
{
    return QJsonObject{{QStringLiteral("error"), QJsonObject{
                                                     {QStringLiteral("kind"), kind},
                                                     {QStringLiteral("message"), message},
                                                     {QStringLiteral("exit_code"), int(code)},
                                                 }}};
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace popsell::cli::jsonformat
