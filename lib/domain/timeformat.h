#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace cp {

// Every time on the wire and in the store: UTC, ISO 8601, milliseconds, "Z".
QString formatTime(const QDateTime &time);
// Accepts ISO 8601 with or without milliseconds and with "Z" or an offset, from 1970 to 9999
// in UTC; returns an invalid QDateTime for anything else. The result is in UTC.
QDateTime parseTime(const QString &text);
// Whether a time can be written in the canonical form and read back: 1970-01-01 to
// 9999-12-31 in UTC. ("0001-01-01T00:00:00+14:00" is the year 0 in UTC, which has no form.)
bool isStorableTime(const QDateTime &time);
// A time in JSON: the canonical form, or null when it is invalid (none).
QJsonValue timeOrNull(const QDateTime &time);

} // namespace cp
