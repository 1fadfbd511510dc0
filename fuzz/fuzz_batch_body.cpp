// Any bytes as the body of POST /api/v1/events: a clear refusal or a batch of valid events,
// never a crash; an accepted batch sent again as the server would write it is accepted again
// with the same events (what is taken can be served and taken back).
#include "batchbody.h"
#include "eventcodec.h"
#include "fuzzcheck.h"
#include "validation.h"

#include <QJsonDocument>

using namespace cp;
using namespace cp::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Limits limits;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto batch = readBatch(body, limits);
    if (!batch) {
        FUZZ_CHECK(batch.error().status == 400 || batch.error().status == 413);
        const QJsonObject error =
            QJsonDocument::fromJson(batch.error().body).object().value(u"error").toObject();
        FUZZ_CHECK(!error.value(u"code").toString().isEmpty());
        FUZZ_CHECK(!error.value(u"message").toString().isEmpty());
        return 0;
    }
    FUZZ_CHECK(!batch->isEmpty() && batch->size() <= limits.maxBatch);
    FUZZ_CHECK(validate(*batch).isEmpty());
    const QByteArray again = toJsonBytes(QJsonObject{{QStringLiteral("events"), toJson(*batch)}});
    const auto reread = readBatch(again, limits);
    FUZZ_CHECK(reread.has_value() || again.size() > limits.maxBodyBytes);
    if (reread) {
        FUZZ_CHECK(reread->size() == batch->size());
        for (qsizetype i = 0; i < batch->size(); ++i)
            FUZZ_CHECK(reread->at(i).sameContent(batch->at(i)));
    }
    return 0;
}
