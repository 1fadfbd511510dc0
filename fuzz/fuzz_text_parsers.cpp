// What people type: the scribe's lines, durations and moments. Nothing crashes, and every
// answer keeps its promise (a backdated entry or a typed moment is not after the typing).
#include "fuzzcheck.h"
#include "inputparsing.h"
#include "scribeparser.h"
#include "timeformat.h"

#include <QTimeZone>

using namespace cp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QDateTime typedAt(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc());
    static const QList<QTimeZone> zones = {QTimeZone::utc(), QTimeZone("Europe/Berlin"),
                                           QTimeZone("Pacific/Kiritimati")};
    const QTimeZone &zone = zones.at(size % zones.size());

    const ScribeEntry entry = parseScribeLine(text, typedAt, zone);
    if (entry.error.isEmpty()) {
        FUZZ_CHECK(entry.at.isValid());
        FUZZ_CHECK(entry.at <= typedAt.addSecs(15 * 60));
        FUZZ_CHECK(entry.mentions.size() ==
                   QSet<QString>(entry.mentions.begin(), entry.mentions.end()).size());
    }
    if (const auto minutes = parseMinutes(text))
        FUZZ_CHECK(*minutes > 0);
    static const QList<qint64> offsets = {0, -3600 * 1000, 90 * 60 * 1000};
    const qint64 offset = offsets.at((size / 3) % offsets.size());
    if (const auto moment = resolveTypedTime(text, {typedAt, offset, zone}); moment) {
        FUZZ_CHECK(moment->isValid());
        FUZZ_CHECK(*moment <= typedAt.addSecs(60)); // never ahead of now, past the slack
    } else {
        FUZZ_CHECK(!moment.error().isEmpty());
    }
    parseMomentNear(text, typedAt, zone);
    if (const QDateTime time = parseTime(text); time.isValid()) {
        FUZZ_CHECK(isStorableTime(time));
        FUZZ_CHECK(parseTime(formatTime(time)) == time);
    }
    return 0;
}
