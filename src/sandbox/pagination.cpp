#include "sandbox/pagination.h"

#include "sandbox/apirequest.h"

#include <QUrl>

#include <algorithm>

namespace popsell::sandbox {

PageRequest pageRequest(const ApiRequest &request, qint64 defaultPerPage, qint64 maxPerPage)
{
    PageRequest result;
    bool ok = false;
    const qint64 page = request.queryValue(QStringLiteral("page")).toLongLong(&ok);
    result.page = ok && page >= 1 ? page : 1;
    const qint64 perPage = request.queryValue(QStringLiteral("per_page")).toLongLong(&ok);
    result.perPage = ok && perPage >= 1 ? std::min(perPage, maxPerPage) : defaultPerPage;
    return result;
}

namespace {

QString pageUrl(const ApiRequest &request, qint64 page)
{
    QUrlQuery query = request.query;
    query.removeAllQueryItems(QStringLiteral("page"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    QUrl url(request.origin + u"/api/v2" + request.path);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QJsonValue urlOrNull(const ApiRequest &request, qint64 page, bool exists)
{
    return exists ? QJsonValue(pageUrl(request, page)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject paginate(const ApiRequest &request, const PageRequest &page, qint64 total,
                     const QJsonArray &data)
{
    const qint64 lastPage = std::max<qint64>(1, (total + page.perPage - 1) / page.perPage);
    const bool hasItems = !data.isEmpty();
    const qint64 from = page.offset() + 1;

    QJsonArray links;
    links.append(
        QJsonObject{{QStringLiteral("url"), urlOrNull(request, page.page - 1, page.page > 1)},
                    {QStringLiteral("label"), QStringLiteral("&laquo; Previous")},
                    {QStringLiteral("active"), false}});
    // Laravel shows a window of pages around the current one.
    const qint64 first = std::max<qint64>(1, page.page - 3);
    const qint64 last = std::min(lastPage, page.page + 3);
    for (qint64 p = first; p <= last; ++p) {
        links.append(QJsonObject{{QStringLiteral("url"), pageUrl(request, p)},
                                 {QStringLiteral("label"), QString::number(p)},
                                 {QStringLiteral("active"), p == page.page}});
    }
    links.append(QJsonObject{
        {QStringLiteral("url"), urlOrNull(request, page.page + 1, page.page < lastPage)},
        {QStringLiteral("label"), QStringLiteral("Next &raquo;")},
        {QStringLiteral("active"), false}});

    return QJsonObject{
        {QStringLiteral("current_page"), page.page},
        {QStringLiteral("data"), data},
        {QStringLiteral("first_page_url"), pageUrl(request, 1)},
        {QStringLiteral("from"), hasItems ? QJsonValue(from) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_page"), lastPage},
        {QStringLiteral("last_page_url"), pageUrl(request, lastPage)},
        {QStringLiteral("links"), links},
        {QStringLiteral("next_page_url"), urlOrNull(request, page.page + 1, page.page < lastPage)},
        {QStringLiteral("path"), QString(request.origin + u"/api/v2" + request.path)},
        {QStringLiteral("per_page"), page.perPage},
        {QStringLiteral("prev_page_url"), urlOrNull(request, page.page - 1, page.page > 1)},
        {QStringLiteral("to"),
         hasItems ? QJsonValue(from + data.size() - 1) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("total"), total},
    };
}

} // namespace popsell::sandbox
