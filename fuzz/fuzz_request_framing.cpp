// Any byte stream on one connection: RequestFraming gives the same verdict however the
// stream is cut into reads (as TCP may cut it), and never crashes.
#include "fuzzcheck.h"
#include "requestframing.h"

#include <fuzzer/FuzzedDataProvider.h>

using cp::server::RequestFraming;

namespace {

struct Outcome
{
    bool refused = false;
    int status = 0;
    bool inRequest = false;
    QList<bool> closes;
};

Outcome run(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    RequestFraming framing(4096, 2048);
    Outcome outcome;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        if (const auto refusal = framing.feed(stream.mid(from, cut - from)); refusal) {
            outcome.refused = true;
            outcome.status = refusal->status;
            FUZZ_CHECK(!refusal->message.isEmpty());
            return outcome;
        }
        from = cut;
    }
    outcome.inRequest = framing.inRequest();
    for (int i = 0; i < 64; ++i) {
        outcome.closes << framing.closesAfterReply();
        framing.answered();
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const int pieces = input.ConsumeIntegralInRange(1, 8);
    std::vector<size_t> offsets;
    for (int i = 0; i < pieces; ++i)
        offsets.push_back(input.ConsumeIntegral<uint16_t>());
    const std::string rest = input.ConsumeRemainingBytesAsString();
    const QByteArray stream(rest.data(), qsizetype(rest.size()));
    QList<qsizetype> cuts;
    for (const size_t offset : offsets)
        cuts << qsizetype(offset % (stream.size() + 1));
    std::sort(cuts.begin(), cuts.end());
    cuts << stream.size();

    const Outcome whole = run(stream, {stream.size()});
    const Outcome cut = run(stream, cuts);
    FUZZ_CHECK(whole.refused == cut.refused);
    FUZZ_CHECK(whole.status == cut.status);
    if (!whole.refused) {
        FUZZ_CHECK(whole.inRequest == cut.inRequest);
        FUZZ_CHECK(whole.closes == cut.closes);
    }
    return 0;
}
