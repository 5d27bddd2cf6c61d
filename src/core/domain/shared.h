#pragma once

#include <QExplicitlySharedDataPointer>
#include <QSharedData>

#include <optional>
#include <utility>

namespace popsell::domain {

// Read-only handles on a value held once: a message's author, a room member, a rating, a
// room's last message. Pages repeat the same people over and over and a room keeps up to a
// hundred thousand messages; held inline, each copy costs the whole struct (an Ambassador is
// ~200 bytes before its strings), held here, a pointer. Reading goes through -> and *;
// writing through edit(), which copies the value first when another holder shares it, so a
// holder never sees another's change. Unlike QSharedDataPointer, reading a non-const holder
// never detaches.

namespace detail {

template<typename T>
struct SharedBox : QSharedData
{
    SharedBox() = default;
    explicit SharedBox(const T &v)
        : value(v)
    {}
    explicit SharedBox(T &&v)
        : value(std::move(v))
    {}
    SharedBox(const SharedBox &other)
        : QSharedData(other)
        , value(other.value)
    {}
    SharedBox &operator=(const SharedBox &) = delete;

    T value;
};

} // namespace detail

// Always a value: an empty handle reads as T{} and equals one.
template<typename T>
class Shared
{
public:
    Shared() = default;
    Shared(const T &value)
        : m_d(new Box(value))
    {}
    Shared(T &&value)
        : m_d(new Box(std::move(value)))
    {}

    const T &get() const { return m_d ? m_d->value : emptyValue(); }
    const T &operator*() const { return get(); }
    const T *operator->() const { return &get(); }

    T &edit()
    {
        if (!m_d)
            m_d.reset(new Box);
        else
            m_d.detach();
        return m_d->value;
    }

    // Whether both handles hold the very same value (not merely equal ones).
    bool sharesWith(const Shared &other) const { return m_d == other.m_d; }

    friend bool operator==(const Shared &a, const Shared &b)
    {
        return a.m_d == b.m_d || a.get() == b.get();
    }

private:
    using Box = detail::SharedBox<T>;

    // Shared by every empty handle, never written.
    static const T &emptyValue()
    {
        static const T empty;
        return empty;
    }

    QExplicitlySharedDataPointer<Box> m_d;
};

// std::optional's reading side over a shared value: empty and T{} are different things.
template<typename T>
class SharedOptional
{
public:
    SharedOptional() = default;
    SharedOptional(std::nullopt_t) {}
    SharedOptional(const T &value)
        : m_d(new Box(value))
    {}
    SharedOptional(T &&value)
        : m_d(new Box(std::move(value)))
    {}
    SharedOptional(std::optional<T> &&value)
    {
        if (value)
            m_d.reset(new Box(std::move(*value)));
    }
    SharedOptional(const std::optional<T> &value)
    {
        if (value)
            m_d.reset(new Box(*value));
    }

    bool has_value() const { return bool(m_d); }
    explicit operator bool() const { return bool(m_d); }

    // Like std::optional, only on a non-empty handle.
    const T &operator*() const
    {
        Q_ASSERT(m_d);
        return m_d->value;
    }
    const T *operator->() const
    {
        Q_ASSERT(m_d);
        return &m_d->value;
    }

    void reset() { m_d.reset(); }

    // The value to change, T{} first when empty.
    T &edit()
    {
        if (!m_d)
            m_d.reset(new Box);
        else
            m_d.detach();
        return m_d->value;
    }

    bool sharesWith(const SharedOptional &other) const { return m_d == other.m_d; }

    friend bool operator==(const SharedOptional &a, const SharedOptional &b)
    {
        if (a.m_d == b.m_d)
            return true;
        return a.m_d && b.m_d && a.m_d->value == b.m_d->value;
    }

private:
    using Box = detail::SharedBox<T>;
    QExplicitlySharedDataPointer<Box> m_d;
};

} // namespace popsell::domain
