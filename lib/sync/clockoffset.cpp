#include "clockoffset.h"

#include <algorithm>

namespace cp::sync {

void ClockOffset::addSample(const QDateTime &sent, const QDateTime &received,
                            const QDateTime &serverTime)
{
    if (!sent.isValid() || !received.isValid() || !serverTime.isValid() || received < sent)
        return;
    const qint64 roundTrip = sent.msecsTo(received);
    // The server read its clock somewhere in the round trip; assume the middle.
    const QDateTime middle = sent.addMSecs(roundTrip / 2);
    m_samples.append({middle.msecsTo(serverTime), roundTrip});
    if (m_samples.size() > Window)
        m_samples.removeFirst();
}

const ClockOffset::Sample *ClockOffset::best() const
{
    const auto found = std::min_element(
        m_samples.cbegin(), m_samples.cend(),
        [](const Sample &a, const Sample &b) { return a.roundTripMs < b.roundTripMs; });
    return found == m_samples.cend() ? nullptr : &*found;
}

std::optional<qint64> ClockOffset::offsetMs() const
{
    const Sample *sample = best();
    return sample ? std::optional(sample->offsetMs) : std::nullopt;
}

std::optional<qint64> ClockOffset::uncertaintyMs() const
{
    const Sample *sample = best();
    return sample ? std::optional(sample->roundTripMs / 2) : std::nullopt;
}

} // namespace cp::sync
