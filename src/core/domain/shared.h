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

// What both handles share: the pointer, copy on write, identity.
template<typename T>
class SharedHandle
{
public:
    // The value to change, T{} first when empty; copied first when another holder shares it.
    T &edit()
    {
        if (!m_d)
            m_d.reset(new Box);
        else
            m_d.detach();
        return m_d->value;
    }

protected:
    SharedHandle() = default;
    explicit SharedHandle(const T &value)
        : m_d(new Box(value))
    {}
    explicit SharedHandle(T &&value)
        : m_d(new Box(std::move(value)))
    {}

    const T *data() const { return m_d ? &m_d->value : nullptr; }
    bool sameBox(const SharedHandle &other) const { return m_d == other.m_d; }
    void clear() { m_d.reset(); }

private:
    using Box = SharedBox<T>;
    QExplicitlySharedDataPointer<Box> m_d;
};

} // namespace detail

// Always a value: an empty handle reads as T{} and equals one.
template<typename T>
class Shared : public detail::SharedHandle<T>
{
    using Base = detail::SharedHandle<T>;

public:
    Shared() = default;
    Shared(const T &value)
        : Base(value)
    {}
    Shared(T &&value)
        : Base(std::move(value))
    {}

    const T &get() const
    {
        const T *value = this->data();
        return value ? *value : emptyValue();
    }
    const T &operator*() const { return get(); }
    const T *operator->() const { return &get(); }

    // Whether both handles hold the very same value (not merely equal ones).
    bool sharesWith(const Shared &other) const { return this->sameBox(other); }

    friend bool operator==(const Shared &a, const Shared &b)
    {
        return a.sameBox(b) || a.get() == b.get();
    }

private:
    // Shared by every empty handle, never written.
    static const T &emptyValue()
    {
        static const T empty;
        return empty;
    }
};

// std::optional's reading side over a shared value: empty and T{} are different things.
template<typename T>
class SharedOptional : public detail::SharedHandle<T>
{
    using Base = detail::SharedHandle<T>;

public:
    SharedOptional() = default;
    SharedOptional(std::nullopt_t) {}
    SharedOptional(const T &value)
        : Base(value)
    {}
    SharedOptional(T &&value)
        : Base(std::move(value))
    {}
    SharedOptional(std::optional<T> &&value)
    {
        if (value)
            *this = SharedOptional(std::move(*value));
    }
    SharedOptional(const std::optional<T> &value)
    {
        if (value)
            *this = SharedOptional(*value);
    }

    bool has_value() const { return this->data() != nullptr; }
    explicit operator bool() const { return has_value(); }

    // Like std::optional, only on a non-empty handle.
    const T &operator*() const
    {
        Q_ASSERT(has_value());
        return *this->data();
    }
    const T *operator->() const
    {
        Q_ASSERT(has_value());
        return this->data();
    }

    void reset() { this->clear(); }

    bool sharesWith(const SharedOptional &other) const { return this->sameBox(other); }

    friend bool operator==(const SharedOptional &a, const SharedOptional &b)
    {
        if (a.sameBox(b))
            return true;
        return a.has_value() && b.has_value() && *a == *b;
    }
};

} // namespace popsell::domain
