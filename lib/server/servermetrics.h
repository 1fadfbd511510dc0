#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace cp::server {

// Counters for GET /metrics, rendered in the Prometheus text format (version 0.0.4).
// Observations are fed in by the server; nothing here reads a clock, so tests can feed
// exact values and compare the text.
class ServerMetrics
{
public:
    // Histogram bucket bounds for store latency, in seconds.
    static constexpr std::array<double, 11> LatencyBuckets = {
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};

    // `route` is the route's pattern (e.g. /api/v1/incidents/{id}), never the raw path, so
    // the number of series stays bounded.
    void countRequest(const QString &method, const QString &route, int status);
    void countStored(qint64 events) { m_eventsStoredNow += events; }
    // Events sent again that the server had already: retries after a lost answer.
    void countDuplicates(qint64 events) { m_duplicates += events; }
    void setStoredAtStart(qint64 events) { m_eventsStoredAtStart = events; }
    void observeStoreLatency(const QString &operation, double seconds);

    // `waitingPollers` is read at render time from the server.
    QByteArray render(int waitingPollers, int incidents) const;

private:
    struct Histogram
    {
        std::array<quint64, LatencyBuckets.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };

    QMap<QString, quint64> m_requests; // "method\nroute\nstatus" → count
    QMap<QString, Histogram> m_latency;
    qint64 m_eventsStoredAtStart = 0;
    qint64 m_eventsStoredNow = 0;
    qint64 m_duplicates = 0;
};

} // namespace cp::server
