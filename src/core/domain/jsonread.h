#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

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

// For nullable fields, where "not given" differs from any value.
std::optional<qint64> optionalInteger(const QJsonObject &object, QStringView key);
std::optional<int> optionalInt32(const QJsonObject &object, QStringView key);

// A positive id (id_chatroom, id_message, ...). nullopt makes the item undecodable.
std::optional<qint64> id(const QJsonObject &object, QStringView key);

// Writers of our normalised shape (toJson()): dates as ISO-8601 UTC with milliseconds and
// "Z" ("2023-10-09T12:12:40.220Z"), null when invalid; optionals as the value or null.
QJsonValue timestampValue(const QDateTime &dateTime);
QJsonValue optionalValue(const std::optional<qint64> &value);
QJsonValue optionalValue(const std::optional<int> &value);

} // namespace popsell::domain::jsonread
