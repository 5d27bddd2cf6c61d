#include "core/domain/jsonread.h"

#include "core/timestamps.h"

#include <QCborMap>
#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <limits>

namespace popsell::domain::jsonread {

namespace {

// 2^63 exactly: the first double past qint64's range (its maximum is not representable).
constexpr double kInt64Bound = 9223372036854775808.0;

std::optional<qint64> wholeNumber(double d)
{
    if (!std::isfinite(d) || d != std::trunc(d) || d < -kInt64Bound || d >= kInt64Bound)
        return std::nullopt;
    return static_cast<qint64>(d);
}

std::optional<double> numericText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double d = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

template<typename Value>
std::optional<qint64> integerOf(const Value &value)
{
    if (value.isDouble()) {
        // toInteger() keeps the full 64 bits of integers Qt stored as such; doubles go
        // through the whole-number check.
        const qint64 exact = value.toInteger(0);
        if (exact != 0)
            return exact;
        return wholeNumber(value.toDouble());
    }
    if (value.isString()) {
        const QString trimmed = value.toString().trimmed();
        bool ok = false;
        const qint64 exact = trimmed.toLongLong(&ok);
        if (ok)
            return exact;
        const std::optional<double> d = numericText(trimmed);
        return d ? wholeNumber(*d) : std::nullopt;
    }
    return std::nullopt;
}

template<typename Value>
std::optional<int> intOf(const Value &value)
{
    const std::optional<qint64> i = integerOf(value);
    if (!i || *i < std::numeric_limits<int>::min() || *i > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*i);
}

template<typename Value>
std::optional<double> doubleOf(const Value &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (value.isString())
        return numericText(value.toString());
    return std::nullopt;
}

template<typename Value>
std::optional<bool> boolOf(const Value &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == 1)
            return true;
        if (d == 0)
            return false;
        return std::nullopt;
    }
    if (value.isString())
        return boolFromText(value.toString());
    return std::nullopt;
}

template<typename Value>
QString stringOf(const Value &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        if (const std::optional<qint64> i = integerOf(value))
            return QString::number(*i);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    return {};
}

template<typename Value>
std::optional<QDateTime> timestampOf(const Value &value)
{
    if (!value.isString())
        return std::nullopt;
    return timestampFromText(value.toString());
}

} // namespace

std::optional<bool> boolFromText(QStringView text)
{
    // Most strings read here are dates: a text longer than "false" whose ends are not spaces
    // cannot be one of these, and is let go without trimming or comparing.
    if (text.size() > 5 && !text.front().isSpace() && !text.back().isSpace())
        return std::nullopt;
    const QStringView trimmed = text.trimmed();
    if (trimmed == u"1" || trimmed.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (trimmed == u"0" || trimmed.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

std::optional<QDateTime> timestampFromText(QStringView text)
{
    std::optional<QDateTime> parsed = popsell::timestamps::parse(text);
    // An offset can push the edge of the calendar out of the four-digit years that every
    // shape (ours included) is written in; such a date is not one the API means. Compared
    // as instants: QDateTime::date() costs as much as the parse.
    static const qint64 first = QDate(1, 1, 1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    static const qint64 last = QDate(9999, 12, 31).endOfDay(Qt::UTC).toMSecsSinceEpoch();
    if (parsed && (parsed->toMSecsSinceEpoch() < first || parsed->toMSecsSinceEpoch() > last))
        return std::nullopt;
    return parsed;
}

std::optional<qint64> toInteger(const QJsonValue &value)
{
    return integerOf(value);
}

std::optional<int> toInt(const QJsonValue &value)
{
    return intOf(value);
}

std::optional<double> toDouble(const QJsonValue &value)
{
    return doubleOf(value);
}

std::optional<bool> toBool(const QJsonValue &value)
{
    return boolOf(value);
}

QString toString(const QJsonValue &value)
{
    return stringOf(value);
}

std::optional<QDateTime> toTimestamp(const QJsonValue &value)
{
    return timestampOf(value);
}

std::optional<qint64> toInteger(const Member &member)
{
    return integerOf(member);
}

std::optional<int> toInt(const Member &member)
{
    return intOf(member);
}

std::optional<double> toDouble(const Member &member)
{
    return doubleOf(member);
}

std::optional<bool> toBool(const Member &member)
{
    return boolOf(member);
}

QString toString(const Member &member)
{
    return stringOf(member);
}

std::optional<QDateTime> toTimestamp(const Member &member)
{
    return timestampOf(member);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            result.append(item.toString());
    }
    return result;
}

qint64 integer(const QJsonObject &object, QStringView key, qint64 fallback)
{
    return toInteger(object.value(key)).value_or(fallback);
}

int int32(const QJsonObject &object, QStringView key, int fallback)
{
    return toInt(object.value(key)).value_or(fallback);
}

double number(const QJsonObject &object, QStringView key, double fallback)
{
    return toDouble(object.value(key)).value_or(fallback);
}

bool boolean(const QJsonObject &object, QStringView key, bool fallback)
{
    return toBool(object.value(key)).value_or(fallback);
}

QString string(const QJsonObject &object, QStringView key)
{
    return toString(object.value(key));
}

QDateTime timestamp(const QJsonObject &object, QStringView key)
{
    return toTimestamp(object.value(key)).value_or(QDateTime());
}

std::optional<qint64> optionalInteger(const QJsonObject &object, QStringView key)
{
    return toInteger(object.value(key));
}

std::optional<int> optionalInt32(const QJsonObject &object, QStringView key)
{
    return toInt(object.value(key));
}

std::optional<qint64> toId(const QJsonValue &json)
{
    const std::optional<qint64> value = toInteger(json);
    if (!value || *value <= 0)
        return std::nullopt;
    return value;
}

std::optional<qint64> toId(const Member &member)
{
    const std::optional<qint64> value = toInteger(member);
    if (!value || *value <= 0)
        return std::nullopt;
    return value;
}

std::optional<qint64> id(const QJsonObject &object, QStringView key)
{
    return toId(object.value(key));
}

void readFields(const QJsonObject &object, const QCborValue *sorted, const std::size_t *index,
                std::size_t count, Member *members)
{
    // Qt 6 keeps a QJsonObject as CBOR: the map shares its storage, so the two iterators
    // walk the same members in the same order.
    const QCborMap map = QCborMap::fromJsonObject(object);
    Q_ASSERT(map.size() == object.size());
    auto member = object.constBegin();
    const auto lastMember = object.constEnd();
    // A merge of two sorted lists, except that a key found nowhere (one the decoder does not
    // read) is compared with every name, and the walk resumes where it was.
    std::size_t next = 0;
    for (auto it = map.constBegin(), end = map.constEnd(); it != end && member != lastMember;
         ++it, ++member) {
        const QCborValue key = it.key();
        for (std::size_t tried = 0; tried < count; ++tried) {
            const std::size_t at = next + tried < count ? next + tried : next + tried - count;
            if (key == sorted[at]) {
                Member &found = members[index[at]];
                if (found.isUndefined())
                    found = Member(member);
                next = at + 1 < count ? at + 1 : 0;
                break;
            }
        }
    }
}

QJsonArray Member::toArray() const
{
    return m_present ? m_at.value().toArray() : QJsonArray();
}

QJsonObject Member::toObject() const
{
    return m_present ? m_at.value().toObject() : QJsonObject();
}

QJsonValue Member::value() const
{
    return m_present ? QJsonValue(m_at.value()) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue timestampValue(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue(QJsonValue::Null);
    return QString(dateTime.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz") + u'Z');
}

QJsonValue optionalValue(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace popsell::domain::jsonread
