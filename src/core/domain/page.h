#pragma once

#include <QJsonValue>
#include <QList>
#include <QUrl>

#include <functional>
#include <optional>

namespace popsell::domain {

// One page of a Laravel length-aware paginator. Items that do not decode are skipped and
// counted, never fatal to the page.
template<typename T>
struct Page
{
    QList<T> items;
    int currentPage = 1;
    int lastPage = 1;
    int perPage = 0;
    qint64 total = 0;
    QUrl nextPageUrl; // empty on the last page (quirk 13: null though typed string)
    int skipped = 0;

    bool hasMore() const { return !nextPageUrl.isEmpty(); }
};

// Reads the envelope and each item with T::fromJson(); the page's people (authors,
// members) decoded once (SharedPeople) where T reads any. nullopt when `json` is not a
// paginator at all (no "data" array).
template<typename T>
std::optional<Page<T>> decodePage(const QJsonValue &json);

// The same with another reader of the items.
template<typename T>
std::optional<Page<T>> decodePage(const QJsonValue &json,
                                  const std::function<std::optional<T>(const QJsonValue &)> &item);

} // namespace popsell::domain

#include "core/domain/page_impl.h"
