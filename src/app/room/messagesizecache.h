#pragma once

#include <QHash>
#include <QSize>

namespace popsell::app {

// The heights of laid-out messages, keyed by (message id, width). Measuring a message
// (word wrap, product cards) is the costly part of showing a room; a view asks for every
// row's size on each layout, so the answer is kept until the message changes. Bounded:
// a window resize measures every row at many widths, so entries of other widths are
// dropped once the cache is full.
class MessageSizeCache
{
public:
    explicit MessageSizeCache(int capacity = 4096);

    // The size measured for `idMessage` at `width`, or an invalid QSize.
    QSize find(qint64 idMessage, int width);
    void insert(qint64 idMessage, int width, QSize size);
    // The message changed (hidden, rated, edited): its sizes are stale at every width.
    void forget(qint64 idMessage);
    // Fonts, style or the room changed.
    void clear();

    int size() const { return int(m_sizes.size()); }
    // For tests and diagnostics: how often find() answered from the cache.
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
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace popsell::app
