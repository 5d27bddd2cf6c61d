#pragma once

// The template part of page.h; include page.h, not this file.

#include "core/domain/jsonread.h"
#include "core/domain/page.h"
#include "core/domain/sharedpeople.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace popsell::domain {

template<typename T>
std::optional<Page<T>> decodePage(const QJsonValue &json,
                                  const std::function<std::optional<T>(const QJsonValue &)> &item)
{
    const QJsonObject o = json.toObject();
    const QJsonValue data = o.value(u"data");
    if (!data.isArray())
        return std::nullopt;

    Page<T> page;
    const QJsonArray items = data.toArray();
    page.items.reserve(items.size());
    for (const QJsonValue &value : items) {
        if (std::optional<T> decoded = item ? item(value) : std::nullopt)
            page.items.append(std::move(*decoded));
        else
            ++page.skipped;
    }
    // The envelope is read as tolerantly as the items; what is missing is derived from
    // what the page itself shows, so that a thin envelope still reads as one full page.
    page.currentPage = std::max(1, jsonread::int32(o, u"current_page", 1));
    page.lastPage = std::max(page.currentPage, jsonread::int32(o, u"last_page", page.currentPage));
    page.perPage = std::max(0, jsonread::int32(o, u"per_page", static_cast<int>(items.size())));
    page.total = std::max<qint64>(0, jsonread::integer(o, u"total", items.size()));
    // next_page_url is null on the last page although typed string (quirk 13).
    const QString next = jsonread::string(o, u"next_page_url").trimmed();
    if (!next.isEmpty()) {
        const QUrl url(next);
        if (url.isValid())
            page.nextPageUrl = url;
    }
    return page;
}

template<typename T>
std::optional<Page<T>> decodePage(const QJsonValue &json)
{
    if constexpr (requires(const QJsonValue &value, SharedPeople &people) {
                      T::fromJson(value, people);
                  }) {
        SharedPeople people;
        return decodePage<T>(
            json, [&people](const QJsonValue &value) { return T::fromJson(value, people); });
    } else {
        return decodePage<T>(json, [](const QJsonValue &value) { return T::fromJson(value); });
    }
}

} // namespace popsell::domain
