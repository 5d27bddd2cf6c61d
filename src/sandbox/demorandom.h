#pragma once

#include <QtGlobal>

#include <cstddef>
#include <initializer_list>
#include <random>
#include <span>
#include <utility>
#include <vector>

namespace popsell::sandbox::demo {

// The demo data's only source of randomness. std::mt19937_64's output is fixed by the
// standard; the std::*_distribution classes are not, so every mapping from raw numbers
// to ranges is done here: the same seed then gives the same rows with every standard
// library. Changing any mapping (or the order of the calls) changes every demo data set.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}

    // [0, n); the modulo bias is negligible for the small ranges used here.
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(m_engine() % quint64(n)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }

    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[size_t(below(qint64(items.size())))];
    }

    // Index of the chosen weight.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        qint64 roll = below(total);
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }

    template<typename T>
    void shuffle(std::vector<T> &items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[size_t(below(qint64(i)))]);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace popsell::sandbox::demo
