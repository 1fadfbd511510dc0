#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <expected>
#include <optional>

namespace cp {

// Reads what people type for a duration: "15", "15m", "2h", "1h30m". Returns whole minutes,
// or nothing for anything else (including zero).
std::optional<int> parseMinutes(const QString &text);

// When something happened, as a person types it (the CLI's --at, the scribe's leading time):
// an ISO 8601 time with zone, taken as it is, or "HH:MM[:SS]" read on the clock the person
// sees. That clock is this machine's; `offsetMs` takes its readings to the event clock (the
// server's, as measured by sync), and `eventNow` is the event clock's now. A wall-clock time
// is today's; one ahead of now by more than `slackSeconds` but within 6 hours is refused
// ("21:58 is in the future; give a date to mean yesterday"), as it was most likely mistyped;
// further ahead, it is yesterday's ("23:58" typed at 00:03). The one rule for typed times:
// nothing is moved to another day within reach of now without being asked. The result is on
// the event clock, in UTC; the error says what is wrong in words.
struct TypedTimeRule
{
    QDateTime eventNow;
    qint64 offsetMs = 0;
    QTimeZone zone;
    qint64 slackSeconds = 60;
};
std::expected<QDateTime, QString> resolveTypedTime(const QString &text, const TypedTimeRule &rule);

// A moment for review: ISO 8601 with zone, or a wall-clock time taken as its occurrence
// nearest to `anchor` (the day before, of, or after it), where "14:05" means 14:05 of the
// incident, not of today. Invalid for anything else.
QDateTime parseMomentNear(const QString &text, const QDateTime &anchor, const QTimeZone &zone);
// The same, a wall-clock time taken as its latest occurrence not after `limit`.
QDateTime parseMomentNotAfter(const QString &text, const QDateTime &limit, const QTimeZone &zone);

} // namespace cp
