#pragma once

#include <QIdentityProxyModel>

namespace popsell::app {

// Sits between a chat's message model and its view. QAbstractItemView fetches more when
// the *bottom* of a list is visible, which in a chat (newest at the bottom) would page
// through the whole history while the moderator reads the latest messages. This proxy
// hides canFetchMore() from the view; MessageListView asks for older pages itself, through
// fetchOlder(), when the moderator scrolls to the top.
class HistoryPagingProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool canFetchOlder() const;
    void fetchOlder();
};

} // namespace popsell::app
