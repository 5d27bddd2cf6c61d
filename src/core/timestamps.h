#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace popsell::timestamps {

// Parses every timestamp shape the Popsell API is documented to send:
//   2023-10-09T12:12:40.220000Z     (Laravel, 6-digit fraction)
//   2025-05-04T09:42:00Z            (no fraction)
//   2024-05-04T09:42:00+00:00       (numeric offset)
//   2023-10-06 13:41:09.123         (space separator, no zone)
//   2023-10-06                      (date only)
// A value without a zone is taken as UTC, never as the machine's local time. Offsets are
// "+HH:MM", "+HHMM" or "+HH" (or "-"), up to 18 hours. The fraction is rounded to the
// nearest millisecond, half up, as QDateTime::fromString(Qt::ISODateWithMs) does:
// ".180722" is .181 and ".9996" the next second, so both parsers give the same instant.
// Digits are ASCII. Returns nullopt for anything else (24:00 included, unlike Qt).
std::optional<QDateTime> parse(QStringView text);

// The same shapes to the microsecond (digits past the sixth dropped): for the sandbox's
// filters, which compare with the microseconds it stores.
std::optional<qint64> parseMicros(QStringView text);

// "2023-10-09T12:12:40.220000Z": the shape Laravel gives date_insert and friends.
QString formatMicros(qint64 microsSinceEpoch);

// "2025-05-04T09:42:00Z": the shape of last_action_date in the seeds.
QString formatSeconds(const QDateTime &utc);

// "2023-10-06 13:41:09.123": the shape of established_dialogue, in UTC.
QString formatDialogue(const QDateTime &utc);

qint64 toMicros(const QDateTime &dateTime);
QDateTime fromMicros(qint64 microsSinceEpoch);

} // namespace popsell::timestamps
