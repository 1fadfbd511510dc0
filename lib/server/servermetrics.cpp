#include "servermetrics.h"

namespace cp::server {
namespace {

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + '\n';
    out += QByteArray("# TYPE ") + name + ' ' + type + '\n';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

} // namespace

void ServerMetrics::countRequest(const QString &method, const QString &route, int status)
{
    ++m_requests[method + u'\n' + route + u'\n' + QString::number(status)];
}

void ServerMetrics::observeStoreLatency(const QString &operation, double seconds)
{
    Histogram &histogram = m_latency[operation];
    for (size_t i = 0; i < LatencyBuckets.size(); ++i) {
        if (seconds <= LatencyBuckets[i])
            ++histogram.buckets[i];
    }
    ++histogram.count;
    histogram.sum += seconds;
}

QByteArray ServerMetrics::render(int waitingPollers, int incidents) const
{
    QByteArray out;
    header(out, "commandpost_http_requests_total", "counter",
           "HTTP requests answered, by method, route pattern and status.");
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        const QStringList parts = it.key().split(u'\n');
        out += QStringLiteral("commandpost_http_requests_total{method=\"%1\",route=\"%2\","
                              "status=\"%3\"} ")
                   .arg(parts[0], parts[1], parts[2])
                   .toUtf8() +
               QByteArray::number(it.value()) + '\n';
    }
    header(out, "commandpost_events_stored", "gauge", "Events in the server's log.");
    out += "commandpost_events_stored " +
           QByteArray::number(m_eventsStoredAtStart + m_eventsStoredNow) + '\n';
    header(out, "commandpost_events_appended_total", "counter",
           "Events stored since this process started (duplicates not counted).");
    out += "commandpost_events_appended_total " + QByteArray::number(m_eventsStoredNow) + '\n';
    header(out, "commandpost_events_duplicate_total", "counter",
           "Events sent again that were stored already (client retries), since start.");
    out += "commandpost_events_duplicate_total " + QByteArray::number(m_duplicates) + '\n';
    header(out, "commandpost_incidents", "gauge", "Incidents in the server's log.");
    out += "commandpost_incidents " + QByteArray::number(incidents) + '\n';
    header(out, "commandpost_waiting_pollers", "gauge",
           "GET /api/v1/events requests held open, waiting for events.");
    out += "commandpost_waiting_pollers " + QByteArray::number(waitingPollers) + '\n';
    header(out, "commandpost_store_latency_seconds", "histogram",
           "Time taken by database operations, by operation.");
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
        const QByteArray op = it.key().toUtf8();
        const Histogram &h = it.value();
        for (size_t i = 0; i < LatencyBuckets.size(); ++i) {
            out += "commandpost_store_latency_seconds_bucket{operation=\"" + op + "\",le=\"" +
                   number(LatencyBuckets[i]) + "\"} " + QByteArray::number(h.buckets[i]) + '\n';
        }
        out += "commandpost_store_latency_seconds_bucket{operation=\"" + op + "\",le=\"+Inf\"} " +
               QByteArray::number(h.count) + '\n';
        out += "commandpost_store_latency_seconds_sum{operation=\"" + op + "\"} " + number(h.sum) +
               '\n';
        out += "commandpost_store_latency_seconds_count{operation=\"" + op + "\"} " +
               QByteArray::number(h.count) + '\n';
    }
    return out;
}

} // namespace cp::server
