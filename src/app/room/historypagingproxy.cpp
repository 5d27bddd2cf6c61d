#include "app/room/historypagingproxy.h"

namespace popsell::app {

bool HistoryPagingProxy::canFetchMore(const QModelIndex &) const
{
    return false;
}

void HistoryPagingProxy::fetchMore(const QModelIndex &) {}

bool HistoryPagingProxy::canFetchOlder() const
{
    return sourceModel() && sourceModel()->canFetchMore({});
}

void HistoryPagingProxy::fetchOlder()
{
    if (canFetchOlder())
        sourceModel()->fetchMore({});
}

} // namespace popsell::app
