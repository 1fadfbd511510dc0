#include "backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace cp::sync {

Backoff::Backoff(int baseMs, int capMs, Random random)
    : m_baseMs(std::max(1, baseMs))
    , m_capMs(std::max(m_baseMs, capMs))
    , m_random(random ? std::move(random)
                      : [] { return QRandomGenerator::global()->generateDouble(); })
{
}

int Backoff::nextDelayMs()
{
    // 2^20 · base is past any sensible cap; stop doubling there to avoid overflow.
    const int exponent = std::min(m_failures, 20);
    const qint64 ceiling = std::min<qint64>(m_capMs, qint64(m_baseMs) << exponent);
    ++m_failures;
    const double fraction = std::clamp(m_random(), 0.0, 1.0);
    return int(ceiling / 2 + qint64(fraction * double(ceiling - ceiling / 2)));
}

} // namespace cp::sync
