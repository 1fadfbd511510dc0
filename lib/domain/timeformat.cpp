#include "timeformat.h"

#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace cp {
namespace {

// The canonical form is "2026-11-22T10:00:00.000Z". Stores write and read it for every
// event they hold, so it has its own writer and reader; QDateTime's general ISO code took
// more time than the rest of decoding an event.
constexpr qsizetype CanonicalLength = 24;

void putDigits(QChar *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i, value /= 10)
        out[i] = QChar(u'0' + value % 10);
}

// The number in text[from, from + count), or -1 if those are not all digits.
int readDigits(QStringView text, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

std::optional<QDateTime> parseCanonical(QStringView text)
{
    if (text.size() != CanonicalLength || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    const int parts[] = {readDigits(text, 0, 4),  readDigits(text, 5, 2),  readDigits(text, 8, 2),
                         readDigits(text, 11, 2), readDigits(text, 14, 2), readDigits(text, 17, 2),
                         readDigits(text, 20, 3)};
    if (std::ranges::any_of(parts, [](int part) { return part < 0; }))
        return std::nullopt;
    const QDate date(parts[0], parts[1], parts[2]);
    const QTime time(parts[3], parts[4], parts[5], parts[6]);
    if (!date.isValid() || !time.isValid())
        return std::nullopt; // the general reader decides
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z';
    QString text(CanonicalLength, Qt::Uninitialized);
    QChar *out = text.data();
    putDigits(out, date.year(), 4);
    putDigits(out + 5, date.month(), 2);
    putDigits(out + 8, date.day(), 2);
    putDigits(out + 11, clock.hour(), 2);
    putDigits(out + 14, clock.minute(), 2);
    putDigits(out + 17, clock.second(), 2);
    putDigits(out + 20, clock.msec(), 3);
    out[4] = out[7] = u'-';
    out[10] = u'T';
    out[13] = out[16] = u':';
    out[19] = u'.';
    out[23] = u'Z';
    return text;
}

bool isStorableTime(const QDateTime &time)
{
    if (!time.isValid())
        return false;
    const int year = time.toUTC().date().year();
    return year >= 1970 && year <= 9999;
}

QDateTime parseTime(const QString &text)
{
    // A time without a zone would be read as local time: the protocol never sends one.
    if (const auto canonical = parseCanonical(text))
        return isStorableTime(*canonical) ? *canonical : QDateTime();
    const bool hasZone =
        text.endsWith(u'Z') || text.lastIndexOf(u'+') > 10 || text.lastIndexOf(u'-') > 10;
    if (!hasZone)
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!isStorableTime(time))
        return {};
    return time.toUTC();
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTime(time)) : QJsonValue();
}

} // namespace cp
