#pragma once

#include <functional>

namespace cp::sync {

// Exponential backoff with jitter: the n-th wait after a failure is a random time between
// half and all of min(cap, base · 2^n), so workstations that lost the server together do not
// come back together. `random` returns a number in [0, 1); tests pass a fixed one.
class Backoff
{
public:
    using Random = std::function<double()>;

    explicit Backoff(int baseMs = 500, int capMs = 30000, Random random = {});

    int nextDelayMs();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_baseMs;
    int m_capMs;
    Random m_random;
    int m_failures = 0;
};

} // namespace cp::sync
