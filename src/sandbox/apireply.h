#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace popsell::sandbox {

class ValidationErrors;

// A complete HTTP answer. The error factories produce the bodies the reference documents
// (section 5 of the API README).
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }

    static ApiReply json(int status, const QJsonObject &object);
    static ApiReply json(int status, const QJsonArray &array);
    static ApiReply message(int status, const QString &text);
    static ApiReply unauthorized();                             // 401 {"message":"Unauthorized."}
    static ApiReply forbidden();                                // 403
    static ApiReply notFound(const QString &text);              // 404 {"message": text}
    static ApiReply validation(const ValidationErrors &errors); // 422
    static ApiReply serverError();                              // 500
};

} // namespace popsell::sandbox
