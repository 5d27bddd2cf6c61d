#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace popsell::sandbox {

enum class HttpMethod
{
    Get,
    Post,
    Patch,
    Put,
    Delete,
    Other
};

QString methodName(HttpMethod method);

// A request as the route handlers see it: a plain value, detached from the socket, so
// that an answer can be produced later (see SandboxConfig::latencyMs).
struct ApiRequest
{
    HttpMethod method = HttpMethod::Other;
    QString path; // after the /api/v2 prefix, e.g. /chat/chatrooms/8
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString origin;                        // scheme://host:port the client used
    QString target;                        // path and query as received, for the log
    QString peer;                          // client address, for the log

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    // Keys are compared decoded: clients send "filter[name]" and "filter%5Bname%5D" alike,
    // and QUrlQuery's own lookup tells the two apart.
    QString queryValue(const QString &name) const { return queryItem(name).value_or(QString()); }
    bool hasQuery(const QString &name) const { return queryItem(name).has_value(); }
    std::optional<QString> queryItem(const QString &name) const
    {
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == name)
                return value;
        }
        return std::nullopt;
    }
};

} // namespace popsell::sandbox
