#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace cp {

// Reads what people type for a duration: "15", "15m", "2h", "1h30m". Returns whole minutes,
// or nothing for anything else (including zero).
std::optional<int> parseMinutes(const QString &text);

// Reads what people type for a moment: a full ISO 8601 time with zone, or a wall-clock
// "HH:MM" / "HH:MM:SS" in `zone`, taken as the latest such moment not after `now` (so
// "23:58" typed at 00:03 means yesterday). Invalid for anything else.
QDateTime parseMoment(const QString &text, const QDateTime &now, const QTimeZone &zone);

// The same, but a wall-clock time is the occurrence nearest to `anchor` (the day before, of,
// or after it): for review, where "14:05" means 14:05 of the incident, not of today.
QDateTime parseMomentNear(const QString &text, const QDateTime &anchor, const QTimeZone &zone);

} // namespace cp
