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
// A value without a zone is taken as UTC, never as the machine's local time.
// Fractions beyond milliseconds are truncated. Returns nullopt for anything else.
std::optional<QDateTime> parse(QStringView text);

// "2023-10-09T12:12:40.220000Z": the shape Laravel gives date_insert and friends.
QString formatMicros(qint64 microsSinceEpoch);

// "2025-05-04T09:42:00Z": the shape of last_action_date in the seeds.
QString formatSeconds(const QDateTime &utc);

// "2023-10-06 13:41:09.123": the shape of established_dialogue, in UTC.
QString formatDialogue(const QDateTime &utc);

qint64 toMicros(const QDateTime &dateTime);
QDateTime fromMicros(qint64 microsSinceEpoch);

} // namespace popsell::timestamps
