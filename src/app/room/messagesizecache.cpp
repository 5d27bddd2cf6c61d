#include "app/room/messagesizecache.h"

namespace popsell::app {

MessageSizeCache::MessageSizeCache(int capacity)
    : m_capacity(qMax(1, capacity))
{}

QSize MessageSizeCache::find(qint64 idMessage, int width)
{
    const auto it = m_sizes.constFind(Key{idMessage, width});
    if (it == m_sizes.cend()) {
        ++m_misses;
        return {};
    }
    ++m_hits;
    return *it;
}

void MessageSizeCache::insert(qint64 idMessage, int width, QSize size)
{
    if (m_sizes.size() >= m_capacity) {
        // Full: keep only the width being laid out now, which is what the next pass asks.
        m_sizes.removeIf([width](const auto &entry) { return entry.key().width != width; });
        if (m_sizes.size() >= m_capacity)
            m_sizes.clear();
    }
    m_sizes.insert(Key{idMessage, width}, size);
}

void MessageSizeCache::forget(qint64 idMessage)
{
    m_sizes.removeIf([idMessage](const auto &entry) { return entry.key().idMessage == idMessage; });
}

void MessageSizeCache::clear()
{
    m_sizes.clear();
}

} // namespace popsell::app
