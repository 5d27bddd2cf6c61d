#pragma once

#include <QHash>
#include <QList>
#include <QSize>

namespace popsell::app {

// The heights of laid-out messages. Measuring a message (word wrap, product cards) is the
// costly part of showing a room; a view asks for every row's size on each layout (each page
// that arrives), so the answer is kept until the message changes.
//
// Two stores. By (message id, width), bounded: a window resize measures every row at many
// widths, so entries of other widths are dropped once it is full. And by row, at the width
// of the last layout, for the thread shown: a layout pass reads it in row order, where a
// lookup by id (a hash probe, then the message itself for its id) costs two cache misses per
// row and was most of a relayout at 100,000 messages. The rows are kept aligned with the
// model by whoever follows it (MessageDelegate::followRows), before any view reacts.
class MessageSizeCache
{
public:
    explicit MessageSizeCache(int capacity = 4096);

    // The size measured for `idMessage` at `width`, or an invalid QSize.
    QSize find(qint64 idMessage, int width);
    void insert(qint64 idMessage, int width, QSize size);
    // The message changed (hidden, rated, edited): its sizes are stale at every width.
    void forget(qint64 idMessage);
    // Fonts, style or the room changed: every size is stale (the rows stay aligned).
    void clear();

    // The size of the thread's row `row` at `width`, or an invalid QSize.
    QSize findRow(int row, int width);
    // Another width forgets the sizes of the previous one.
    void insertRow(int row, int width, QSize size);
    // The model changed: rows come, go, or all of them are new.
    void insertRows(int first, int count);
    void removeRows(int first, int count);
    void forgetRows(int first, int last);
    void resetRows(int count);
    int rowCount() const { return int(m_rowHeights.size()); }

    int size() const { return int(m_sizes.size()); }
    // For tests and diagnostics: how often find() and findRow() answered from the cache.
    int hits() const { return m_hits; }
    int misses() const { return m_misses; }

private:
    struct Key
    {
        qint64 idMessage;
        int width;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.idMessage, key.width);
        }
    };

    QHash<Key, QSize> m_sizes;
    int m_capacity;
    QList<int> m_rowHeights; // 0: not measured at m_rowWidth
    int m_rowWidth = -1;
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace popsell::app
