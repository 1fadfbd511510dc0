#pragma once

#include <QDateTime>
#include <QList>
#include <optional>

namespace cp::sync {

// Estimates how far the server's clock is ahead of this workstation's, from the server_time
// of answers the server gave at once. As NTP does, it trusts the sample with the shortest
// round trip among the recent ones: its error is at most half that round trip.
class ClockOffset
{
public:
    static constexpr int Window = 8;

    void addSample(const QDateTime &sent, const QDateTime &received, const QDateTime &serverTime);
    std::optional<qint64> offsetMs() const;
    // Half the best sample's round trip: how wrong the offset can be.
    std::optional<qint64> uncertaintyMs() const;

private:
    struct Sample
    {
        qint64 offsetMs;
        qint64 roundTripMs;
    };
    const Sample *best() const;

    QList<Sample> m_samples;
};

} // namespace cp::sync
