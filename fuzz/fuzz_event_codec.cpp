// Any bytes as a stored event row, and as an event object sent to a server: nothing crashes;
// what is read and valid is written back and read again to the same event, byte for byte.
#include "eventcodec.h"
#include "fuzzcheck.h"
#include "timeformat.h"
#include "validation.h"

#include <QJsonDocument>

using namespace cp;

namespace {

void roundTrips(const Event &event)
{
    const QByteArray written = toCompactJson(event);
    const auto read = readStoredEvent(written, event.seq);
    FUZZ_CHECK(read.has_value());
    FUZZ_CHECK(read->sameContent(event));
    FUZZ_CHECK(toCompactJson(*read) == written);
    FUZZ_CHECK(!hasRawByteOrderMark(written));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Raw U+FEFF never reaches the codec: Command Post writes it escaped and the server
    // refuses it (Qt 6.4 would read it as a different string than it compares).
    if (hasRawByteOrderMark(bytes))
        return 0;
    if (const auto stored = readStoredEvent(bytes, 1); stored && validate(*stored).isEmpty())
        roundTrips(*stored);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    if (const auto decoded = decodeEvent(document.object())) {
        // What validation accepts can be stored and served: its times have a written form.
        FUZZ_CHECK(isStorableTime(decoded->occurredAt));
        FUZZ_CHECK(parseTime(formatTime(decoded->occurredAt)) == decoded->occurredAt);
        roundTrips(*decoded);
    }
    return 0;
}
