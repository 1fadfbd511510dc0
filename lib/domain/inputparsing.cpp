#include "inputparsing.h"

#include "timeformat.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace cp {

std::optional<int> parseMinutes(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:(\\d{1,4})\\s*h)?\\s*(?:(\\d{1,5})\\s*m?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch() || text.trimmed().isEmpty())
        return std::nullopt;
    const int minutes = match.captured(1).toInt() * 60 + match.captured(2).toInt();
    if (minutes <= 0)
        return std::nullopt;
    return minutes;
}

namespace {

// How far ahead a wall-clock time is refused rather than taken as yesterday's.
constexpr qint64 RefusedAheadSeconds = 6 * 3600;

std::optional<QTime> wallClockTime(const QString &text)
{
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const auto match = clock.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    return time.isValid() ? std::optional(time) : std::nullopt;
}

// The latest occurrence of `time` in `zone` not after `limit`.
QDateTime latestNotAfter(const QTime &time, const QDateTime &limit, const QTimeZone &zone)
{
    const QDate today = limit.toTimeZone(zone).date();
    QDateTime moment(today, time, zone);
    if (moment > limit)
        moment = QDateTime(today.addDays(-1), time, zone);
    return moment.toUTC();
}

} // namespace

std::expected<QDateTime, QString> resolveTypedTime(const QString &text, const TypedTimeRule &rule)
{
    const QString trimmed = text.trimmed();
    if (const QDateTime full = parseTime(trimmed); full.isValid()) {
        if (full.secsTo(rule.eventNow) < -rule.slackSeconds)
            return std::unexpected(QStringLiteral("%1 is in the future").arg(trimmed));
        return full;
    }
    const auto time = wallClockTime(trimmed);
    if (!time)
        return std::unexpected(
            QStringLiteral(
                "'%1' is not a time; write HH:MM or an ISO 8601 time with zone, between 1970 "
                "and 9999")
                .arg(trimmed));
    const QDateTime seenNow = rule.eventNow.addMSecs(-rule.offsetMs);
    const QDate today = seenNow.toTimeZone(rule.zone).date();
    QDateTime moment = QDateTime(today, *time, rule.zone);
    if (!moment.isValid())
        return std::unexpected(
            QStringLiteral("%1 does not exist on %2: the clocks were put forward")
                .arg(trimmed, today.toString(Qt::ISODate)));
    moment = moment.toUTC();
    // Just before midnight, a time just past it (within the slack) is tomorrow's, not 24 h ago.
    if (const QDateTime tomorrow = QDateTime(today.addDays(1), *time, rule.zone);
        tomorrow.isValid() && seenNow.secsTo(tomorrow) >= 0 &&
        seenNow.secsTo(tomorrow) <= rule.slackSeconds)
        moment = tomorrow.toUTC();
    const qint64 ahead = seenNow.secsTo(moment);
    if (ahead > RefusedAheadSeconds)
        moment = QDateTime(today.addDays(-1), *time, rule.zone).toUTC();
    else if (ahead > rule.slackSeconds)
        return std::unexpected(
            QStringLiteral("%1 is in the future; give a date to mean yesterday").arg(trimmed));
    return moment.addMSecs(rule.offsetMs);
}

QDateTime parseMomentNotAfter(const QString &text, const QDateTime &limit, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    if (const QDateTime full = parseTime(trimmed); full.isValid())
        return full;
    const auto time = wallClockTime(trimmed);
    return time ? latestNotAfter(*time, limit, zone) : QDateTime();
}

QDateTime parseMomentNear(const QString &text, const QDateTime &anchor, const QTimeZone &zone)
{
    // The latest occurrence not after anchor + 12 h is the nearest one to the anchor.
    return parseMomentNotAfter(text, anchor.addSecs(12 * 3600), zone);
}

} // namespace cp
