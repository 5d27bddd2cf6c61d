#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace popsell::sandbox {

struct ApiRequest;

struct PageRequest
{
    qint64 page = 1;
    qint64 perPage = 15;
    qint64 offset() const { return (page - 1) * perPage; }
};

// page / per_page from the query string; garbage falls back to the defaults the way
// Laravel's paginator does (page 1, 15 per page). per_page is capped.
PageRequest pageRequest(const ApiRequest &request, qint64 defaultPerPage = 15,
                        qint64 maxPerPage = 500);

// The Laravel length-aware paginator envelope. Page URLs keep the request's other query
// parameters (filters, sort, per_page), so following next_page_url verbatim is enough.
QJsonObject paginate(const ApiRequest &request, const PageRequest &page, qint64 total,
                     const QJsonArray &data);

} // namespace popsell::sandbox
