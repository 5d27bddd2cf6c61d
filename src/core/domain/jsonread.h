#pragma once

#include <QCborValue>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>

// Tolerant typed access to the JSON the Popsell API sends (reference section 7): every
// decoder reads through these, so "12" and 12 mean the same everywhere, and a value of the
// wrong shape falls back to a default instead of turning into a silent 0 (QJsonValue::toInt()
// gives 0 for "12" and for 12.5).
namespace popsell::domain::jsonread {

// A whole number from a JSON number (12, 12.0) or a numeric string ("12", " -3 ", "12.0").
// nullopt for null, absent, fractional (12.5), out of range, NaN/infinite, or anything else.
std::optional<qint64> toInteger(const QJsonValue &value);
// The same, limited to the range of int.
std::optional<int> toInt(const QJsonValue &value);
// A finite number from a JSON number or a numeric string.
std::optional<double> toDouble(const QJsonValue &value);
// true/false, 1/0, "1"/"0", "true"/"false" (any case) — what Laravel's boolean rule accepts.
std::optional<bool> toBool(const QJsonValue &value);
// A string; a number is given as its text (an id typed string may come as a number);
// null, absent, booleans, objects and arrays give an empty string.
QString toString(const QJsonValue &value);
// Any shape popsell::timestamps::parse accepts (zone-less = UTC); nullopt otherwise.
std::optional<QDateTime> toTimestamp(const QJsonValue &value);
// What toBool() and toTimestamp() make of a string value, for a decoder that has read it.
std::optional<bool> boolFromText(QStringView text);
std::optional<QDateTime> timestampFromText(QStringView text);
// The strings of an array (non-strings skipped); empty for anything but an array.
QStringList toStringList(const QJsonValue &value);

// Field accessors: `key` looked up in `object`, the fallback used when it is missing,
// null or unusable.
qint64 integer(const QJsonObject &object, QStringView key, qint64 fallback = 0);
int int32(const QJsonObject &object, QStringView key, int fallback = 0);
double number(const QJsonObject &object, QStringView key, double fallback = 0);
bool boolean(const QJsonObject &object, QStringView key, bool fallback = false);
QString string(const QJsonObject &object, QStringView key);
// Invalid QDateTime when missing or unparsable; UTC otherwise.
QDateTime timestamp(const QJsonObject &object, QStringView key);

// A member of an object, read where it lies: absent, or the value the object holds. Reading
// it through the object's iterator skips the QJsonValue that QJsonObject::value() makes of
// it (a reference to the whole document, counted atomically, for every string). The object
// must outlive it.
class Member
{
public:
    Member() = default; // absent
    explicit Member(QJsonObject::const_iterator at)
        : m_at(at)
        , m_type(at.value().type())
        , m_present(true)
    {}

    QJsonValue::Type type() const { return m_type; }
    bool isUndefined() const { return !m_present; }
    bool isNull() const { return type() == QJsonValue::Null; }
    bool isBool() const { return type() == QJsonValue::Bool; }
    bool isDouble() const { return type() == QJsonValue::Double; }
    bool isString() const { return type() == QJsonValue::String; }
    bool isArray() const { return type() == QJsonValue::Array; }
    bool isObject() const { return type() == QJsonValue::Object; }
    // As QJsonValue's: the value when of that type, else the default.
    bool toBool() const { return m_present && m_at.value().toBool(); }
    double toDouble() const { return m_present ? m_at.value().toDouble() : 0; }
    qint64 toInteger(qint64 fallback) const
    {
        return m_present ? m_at.value().toInteger(fallback) : fallback;
    }
    QString toString() const { return m_present ? m_at.value().toString() : QString(); }
    QJsonArray toArray() const;
    QJsonObject toObject() const;
    // What QJsonObject::value() gives: undefined when absent.
    QJsonValue value() const;

private:
    QJsonObject::const_iterator m_at;
    QJsonValue::Type m_type = QJsonValue::Undefined;
    bool m_present = false;
};

std::optional<qint64> toInteger(const Member &member);
std::optional<int> toInt(const Member &member);
std::optional<double> toDouble(const Member &member);
std::optional<bool> toBool(const Member &member);
QString toString(const Member &member);
std::optional<QDateTime> toTimestamp(const Member &member);

// The members of one kind of object that a decoder reads, found in one pass over the
// object's keys. QJsonObject::value() is a binary search whose every comparison decodes the
// stored key from UTF-8, and QJsonObject's iterator makes a QString of each key; either way
// the keys cost the decoders more than the values (callgrind, perf on pages of rooms).
// The keys are read through QCborMap, which shares the object's storage, and compared as
// CBOR strings: no allocation, a length check and a memcmp.
template<std::size_t N>
class Fields
{
public:
    // names[i] is read into read()[i]; the decoder names the indices with an enum.
    explicit Fields(const std::array<QLatin1StringView, N> &names);

    // Each member as QJsonObject::value() finds it. Keys are unique in a QJsonObject;
    // should one repeat, its first member is the one read, as value() finds it.
    std::array<Member, N> read(const QJsonObject &object) const;
    std::array<Member, N> read(const QJsonObject &&) const = delete; // members point into it

private:
    // The names in the order QJsonObject keeps its keys (sorted), so that the walk over an
    // object with the expected keys compares each key about once.
    std::array<QCborValue, N> m_sorted;
    std::array<std::size_t, N> m_index; // m_sorted[i] is names[m_index[i]]
};

// The non-template part of Fields::read().
void readFields(const QJsonObject &object, const QCborValue *sorted, const std::size_t *index,
                std::size_t count, Member *members);

template<std::size_t N>
Fields<N>::Fields(const std::array<QLatin1StringView, N> &names)
{
    for (std::size_t i = 0; i < N; ++i)
        m_index[i] = i;
    std::sort(m_index.begin(), m_index.end(),
              [&names](std::size_t a, std::size_t b) { return names[a].compare(names[b]) < 0; });
    for (std::size_t i = 0; i < N; ++i)
        m_sorted[i] = QCborValue(names[m_index[i]]);
}

template<std::size_t N>
std::array<Member, N> Fields<N>::read(const QJsonObject &object) const
{
    std::array<Member, N> members;
    readFields(object, m_sorted.data(), m_index.data(), N, members.data());
    return members;
}

// For nullable fields, where "not given" differs from any value.
std::optional<qint64> optionalInteger(const QJsonObject &object, QStringView key);
std::optional<int> optionalInt32(const QJsonObject &object, QStringView key);

// A positive id (id_chatroom, id_message, ...). nullopt makes the item undecodable.
std::optional<qint64> id(const QJsonObject &object, QStringView key);
std::optional<qint64> toId(const QJsonValue &value);
std::optional<qint64> toId(const Member &member);

// Writers of our normalised shape (toJson()): dates as ISO-8601 UTC with milliseconds and
// "Z" ("2023-10-09T12:12:40.220Z"), null when invalid; optionals as the value or null.
QJsonValue timestampValue(const QDateTime &dateTime);
QJsonValue optionalValue(const std::optional<qint64> &value);
QJsonValue optionalValue(const std::optional<int> &value);

} // namespace popsell::domain::jsonread
