#include "core/domain/jsonread.h"

#include "core/timestamps.h"

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

} // namespace

std::optional<qint64> toInteger(const QJsonValue &value)
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

std::optional<int> toInt(const QJsonValue &value)
{
    const std::optional<qint64> i = toInteger(value);
    if (!i || *i < std::numeric_limits<int>::min() || *i > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*i);
}

std::optional<double> toDouble(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (value.isString())
        return numericText(value.toString());
    return std::nullopt;
}

std::optional<bool> toBool(const QJsonValue &value)
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
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text == u"1" || text.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (text == u"0" || text.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QString toString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        if (const std::optional<qint64> i = toInteger(value))
            return QString::number(*i);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    return {};
}

std::optional<QDateTime> toTimestamp(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    std::optional<QDateTime> parsed = popsell::timestamps::parse(value.toString());
    // An offset can push the edge of the calendar out of the four-digit years that every
    // shape (ours included) is written in; such a date is not one the API means.
    if (parsed && (parsed->date().year() < 1 || parsed->date().year() > 9999))
        return std::nullopt;
    return parsed;
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

std::optional<qint64> id(const QJsonObject &object, QStringView key)
{
    const std::optional<qint64> value = toInteger(object.value(key));
    if (!value || *value <= 0)
        return std::nullopt;
    return value;
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
