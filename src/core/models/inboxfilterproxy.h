#pragma once

#include "core/models/textmatch.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QMetaObject>
#include <QPersistentModelIndex>
#include <QString>

#include <vector>

namespace popsell::models {

class ChatroomInboxModel;

// Instant local filtering of the inbox rows already loaded, by what a moderator types: every word
// must match a member's name or username, or an id (the room's or a member's, "12" or "#12"). It
// never sorts: the inbox keeps the server's order, and a sorting proxy over a growing model would
// re-sort on every page. Paging passes through (canFetchMore/fetchMore reach the inbox), so the
// server filters stay in charge of what is loaded.
//
// Built for 100,000 rooms (docs/performance.md): each row's searched text is folded once, when the
// row arrives or changes, not per keystroke; a keystroke that narrows the previous text (one more
// letter) looks only at the rows that matched before; a new filter is one layout change, never a
// removal per hidden range; and without a filter the proxy maps rows one to one, so its index()
// costs what the inbox's does (a list view calls it for every row at every relayout, and a
// QSortFilterProxyModel doubled that cost).
class InboxFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

public:
    explicit InboxFilterProxy(QObject *parent = nullptr);
    ~InboxFilterProxy() override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    void setSourceModel(QAbstractItemModel *source) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void filterTextChanged(const QString &text);

private:
    enum class Match : quint8
    {
        Unknown, // not decided for the current words
        No,
        Yes,
    };
    // One per source row, in the source's order. The row's searched texts, folded and joined with
    // '\n', are textOf(state).
    struct RowState
    {
        int chunk = 0;
        int offset = 0;
        int length = 0;
        Match match = Match::Unknown;
    };

    bool filtering() const { return !m_words.isEmpty(); }
    QString foldedTexts(int sourceRow) const;
    QStringView textOf(const RowState &state) const
    {
        return QStringView(m_chunks[state.chunk]).mid(state.offset, state.length);
    }
    bool matches(int sourceRow, const RowState &state) const;
    void appendText(RowState &state, QStringView text);
    // Rows leaving, or their text changing: their old text becomes garbage.
    void dropTexts(std::size_t first, std::size_t last);
    bool accepts(int sourceRow);
    void foldRows(int first, int last);
    void refoldAll();
    void rebuildMapping();
    // The proxy rows [first, last] of the accepted source rows in [sourceFirst, sourceLast]
    // (contiguous, since the mapping keeps the source's order); first > last when none.
    std::pair<int, int> proxyRange(int sourceFirst, int sourceLast) const;
    // Persistent indexes across a change of the mapping, through the source rows.
    void beginLayoutChange();
    void endLayoutChange();

    void connectSource(QAbstractItemModel *source);
    void sourceRowsAboutToBeInserted(int first, int last);
    void sourceRowsInserted(int first, int last);
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceRowsAboutToBeMoved(int start, int end, int destination);
    void sourceRowsMoved(int start, int end, int destination);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    // sourceModel() goes through Qt's property bindings, several times slower than this; a list
    // view calls index() for every row at every relayout.
    QAbstractItemModel *m_source = nullptr;
    const ChatroomInboxModel *m_inbox = nullptr; // m_source when it is the inbox
    QString m_filterText;
    QList<MatchWord> m_words;
    std::vector<RowState> m_rows;
    // Every row's folded text, one after the other, in the source's order as far as rows were
    // appended, in chunks of kChunkChars. A keystroke reads them from start to end (the same texts
    // as separate strings, scattered over the heap, cost a cache miss per row); chunks, not one
    // string, so that a page arriving never copies all the texts held. Texts of removed or changed
    // rows stay until they are most of it (m_garbage), then the chunks are rebuilt.
    static constexpr qsizetype kChunkChars = 1 << 17;
    QList<QString> m_chunks;
    qsizetype m_textChars = 0;
    qsizetype m_garbage = 0;
    // While filtering: the accepted source rows in order, and each source row's proxy row (-1:
    // hidden). Empty without a filter, where proxy row == source row.
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy;
    QList<QMetaObject::Connection> m_sourceConnections;
    QModelIndexList m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;
    bool m_moveAsLayout = false;  // a source move while filtering is a layout change here
    bool m_removingRows = false;  // between beginRemoveRows and endRemoveRows
    bool m_insertingRows = false; // between beginInsertRows and endInsertRows
};

} // namespace popsell::models
