#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace popsell::models {

// Instant local filtering of the inbox rows already loaded, by what a moderator types:
// every word must match a member's name or username, or an id (the room's or a
// member's, "12" or "#12"). It never sorts: the inbox keeps the server's order, and a
// sorting proxy over a growing model would re-sort on every page. Paging passes through
// (canFetchMore/fetchMore reach the inbox), so the server filters stay in charge of what
// is loaded.
class InboxFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

public:
    explicit InboxFilterProxy(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

Q_SIGNALS:
    void filterTextChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
};

} // namespace popsell::models
