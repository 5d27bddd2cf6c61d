#pragma once

#include "cli/exitcodes.h"
#include "core/api/apierror.h"
#include "core/domain/page.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace popsell::cli {

// The --json shapes of popsellctl. Items are the domain types' toJson() (our normalised
// shape, not the raw answer).
namespace jsonformat {

template<typename T>
QJsonArray items(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(value.toJson());
    return array;
}

inline QJsonValue url(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(url.toString(QUrl::FullyEncoded));
}

// One page: {"items": [...], "current_page", "last_page", "per_page", "total",
// "next_page_url" (null on the last page), "skipped" (items that did not decode)}.
template<typename T>
QJsonObject page(const domain::Page<T> &page)
{
    return QJsonObject{
        {QStringLiteral("items"), items(page.items)},
        {QStringLiteral("current_page"), page.currentPage},
        {QStringLiteral("last_page"), page.lastPage},
        {QStringLiteral("per_page"), page.perPage},
        {QStringLiteral("total"), page.total},
        {QStringLiteral("next_page_url"), url(page.nextPageUrl)},
        {QStringLiteral("skipped"), page.skipped},
    };
}

// Every page (--all): {"items": [...], "total", "skipped", "next_page_url"}; next_page_url
// is null unless the walk stopped at its page limit, and then says where to go on.
template<typename T>
QJsonObject allPages(const domain::Page<T> &merged)
{
    return QJsonObject{
        {QStringLiteral("items"), items(merged.items)},
        {QStringLiteral("total"), merged.total},
        {QStringLiteral("skipped"), merged.skipped},
        {QStringLiteral("next_page_url"), url(merged.nextPageUrl)},
    };
}

// {"error": {"kind", "status", "message", "server_message", "fields", "retry_after",
// "exit_code", "detail" (with --verbose)}}
QJsonObject error(const api::ApiError &error, ExitCode code, bool withDetail);
// {"error": {"kind": kind, "message": message, "exit_code": code}}: failures that are not
// an API error (usage, the sandbox).
QJsonObject failure(const QString &kind, const QString &message, ExitCode code);

// One line of compact JSON, without the trailing newline.
QByteArray line(const QJsonObject &object);

} // namespace jsonformat

} // namespace popsell::cli
