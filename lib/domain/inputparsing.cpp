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

QDateTime parseMoment(const QString &text, const QDateTime &now, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    if (const QDateTime full = parseTime(trimmed); full.isValid())
        return full;
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const auto match = clock.match(trimmed);
    if (!match.hasMatch())
        return {};
    const QTime wallClock(match.captured(1).toInt(), match.captured(2).toInt(),
                          match.captured(3).toInt());
    if (!wallClock.isValid())
        return {};
    const QDateTime localNow = now.toTimeZone(zone);
    QDateTime moment(localNow.date(), wallClock, zone);
    if (moment > now)
        moment = QDateTime(localNow.date().addDays(-1), wallClock, zone);
    return moment.toUTC();
}

QDateTime parseMomentNear(const QString &text, const QDateTime &anchor, const QTimeZone &zone)
{
    // The latest occurrence not after anchor + 12 h is the nearest one to the anchor.
    return parseMoment(text, anchor.addSecs(12 * 3600), zone);
}

} // namespace cp
