#include "sandbox/faults/cannedreplies.h"

#include "sandbox/faults/httpframing.h"

#include <QLocale>

namespace popsell::sandbox::faults {

namespace {

QByteArray proxyPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
           "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

const QByteArray kCaptivePortal =
    "<!DOCTYPE html>\n<html><head><title>Wi-Fi sign-in</title></head>\n<body><h1>Welcome to "
    "Guest Wi-Fi</h1><p>Please accept the terms of use to continue.</p>\n<form method=\"post\" "
    "action=\"/login\"><button>Accept and connect</button></form></body></html>\n";

} // namespace

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &fields, bool closeConnection)
{
    HttpHead head;
    head.startLine = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status);
    head.fields.append(qMakePair(QByteArray("Content-Type"), contentType));
    head.fields.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(body.size())));
    head.fields.append(fields);
    if (closeConnection)
        head.fields.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
    return head.serialise() + body;
}

QByteArray cannedReply(FaultKind kind, const CannedContext &context)
{
    const QByteArray json = "application/json";
    const QByteArray html = "text/html; charset=utf-8";
    const QByteArray seconds = QByteArray::number(context.retryAfterSeconds);
    const QList<QPair<QByteArray, QByteArray>> rateLimit{{"X-RateLimit-Limit", "60"},
                                                         {"X-RateLimit-Remaining", "0"}};
    const QByteArray tooMany = R"({"message":"Too Many Attempts."})";
    const bool close = context.closeConnection;
    switch (kind) {
    case FaultKind::Status500:
        return httpResponse(500, json, R"({"message":"Server Error"})", {}, close);
    case FaultKind::Status502:
        return httpResponse(502, html, proxyPage(502), {}, close);
    case FaultKind::Status503:
        return httpResponse(503, json, R"({"message":"Service Unavailable"})",
                            {{"Retry-After", seconds}}, close);
    case FaultKind::Status504:
        return httpResponse(504, html, proxyPage(504), {}, close);
    case FaultKind::RetryAfterSeconds:
        return httpResponse(
            429, json, tooMany,
            rateLimit + QList<QPair<QByteArray, QByteArray>>{{"Retry-After", seconds}}, close);
    case FaultKind::RetryAfterDate: {
        // Rounded up to the next whole second, so that the date is never earlier than the
        // delay it stands for.
        const QDateTime at = context.nowUtc.addMSecs(999).addSecs(context.retryAfterSeconds);
        return httpResponse(
            429, json, tooMany,
            rateLimit + QList<QPair<QByteArray, QByteArray>>{{"Retry-After", httpDate(at)}}, close);
    }
    case FaultKind::RetryAfterGarbage:
        return httpResponse(
            429, json, tooMany,
            rateLimit + QList<QPair<QByteArray, QByteArray>>{{"Retry-After", "soon"}}, close);
    case FaultKind::HtmlOk:
        return httpResponse(200, html, kCaptivePortal, {{"Cache-Control", "no-store"}}, close);
    case FaultKind::Redirect302:
    case FaultKind::Redirect307: {
        const int status = kind == FaultKind::Redirect302 ? 302 : 307;
        const QByteArray location = context.foreignOrigin + context.target;
        const QByteArray body = "<!DOCTYPE html>\n<html><head><meta http-equiv=\"refresh\" "
                                "content=\"0;url='" +
                                location + "'\" /><title>Redirecting to " + location +
                                "</title></head><body>Redirecting to <a href=\"" + location +
                                "\">" + location + "</a>.</body></html>";
        return httpResponse(status, html, body, {{"Location", location}}, close);
    }
    default:
        return {};
    }
}

QByteArray brokenJson(const QByteArray &body, quint64 index)
{
    if (body.isEmpty())
        return "{\"message\":";
    if (index % 2 == 0)
        return body.left(qMax<qsizetype>(1, body.size() / 2));
    return body + "\n}<!-- cached -->";
}

} // namespace popsell::sandbox::faults
