#pragma once

#include <QDateTime>
#include <QString>

namespace cp {

// Every time on the wire and in the store: UTC, ISO 8601, milliseconds, "Z".
QString formatTime(const QDateTime &time);
// Accepts ISO 8601 with or without milliseconds and with "Z" or an offset; returns an
// invalid QDateTime for anything else. The result is in UTC.
QDateTime parseTime(const QString &text);

} // namespace cp
