#include "app/room/messagesizecache.h"

#include <algorithm>

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
    std::fill(m_rowHeights.begin(), m_rowHeights.end(), 0);
}

QSize MessageSizeCache::findRow(int row, int width)
{
    if (width != m_rowWidth || row < 0 || row >= m_rowHeights.size() || m_rowHeights.at(row) <= 0)
        return {};
    ++m_hits;
    return {width, m_rowHeights.at(row)};
}

void MessageSizeCache::insertRow(int row, int width, QSize size)
{
    if (row < 0 || row >= m_rowHeights.size())
        return;
    if (width != m_rowWidth) {
        std::fill(m_rowHeights.begin(), m_rowHeights.end(), 0);
        m_rowWidth = width;
    }
    m_rowHeights[row] = size.height();
}

void MessageSizeCache::insertRows(int first, int count)
{
    if (first >= 0 && first <= m_rowHeights.size() && count > 0)
        m_rowHeights.insert(first, count, 0);
}

void MessageSizeCache::removeRows(int first, int count)
{
    if (first >= 0 && count > 0 && first + count <= m_rowHeights.size())
        m_rowHeights.remove(first, count);
}

void MessageSizeCache::forgetRows(int first, int last)
{
    for (int row = qMax(first, 0); row <= last && row < m_rowHeights.size(); ++row)
        m_rowHeights[row] = 0;
}

void MessageSizeCache::resetRows(int count)
{
    m_rowHeights.fill(0, qMax(count, 0));
}

} // namespace popsell::app
