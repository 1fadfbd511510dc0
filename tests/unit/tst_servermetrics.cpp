// The Prometheus text of GET /metrics, from exact observations.
#include "servermetrics.h"

#include <QTest>

using cp::server::ServerMetrics;

class TestServerMetrics : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreCountedByMethodRouteAndStatus()
    {
        ServerMetrics metrics;
        metrics.countRequest(QStringLiteral("POST"), QStringLiteral("/api/v1/events"), 200);
        metrics.countRequest(QStringLiteral("POST"), QStringLiteral("/api/v1/events"), 200);
        metrics.countRequest(QStringLiteral("GET"), QStringLiteral("/api/v1/incidents/{id}"), 404);
        const QByteArray text = metrics.render(0, 0);
        QVERIFY(text.contains("# TYPE commandpost_http_requests_total counter\n"));
        QVERIFY(text.contains("commandpost_http_requests_total{method=\"POST\",route=\"/api/v1/"
                              "events\",status=\"200\"} 2\n"));
        QVERIFY(text.contains("commandpost_http_requests_total{method=\"GET\",route=\"/api/v1/"
                              "incidents/{id}\",status=\"404\"} 1\n"));
    }

    void gaugesShowStoredEventsIncidentsAndPollers()
    {
        ServerMetrics metrics;
        metrics.setStoredAtStart(40);
        metrics.countStored(2);
        const QByteArray text = metrics.render(7, 3);
        QVERIFY(text.contains("commandpost_events_stored 42\n"));
        QVERIFY(text.contains("commandpost_events_appended_total 2\n"));
        QVERIFY(text.contains("commandpost_incidents 3\n"));
        QVERIFY(text.contains("commandpost_waiting_pollers 7\n"));
    }

    void latencyHistogramIsCumulative()
    {
        ServerMetrics metrics;
        metrics.observeStoreLatency(QStringLiteral("append"), 0.003);
        metrics.observeStoreLatency(QStringLiteral("append"), 0.2);
        metrics.observeStoreLatency(QStringLiteral("append"), 5.0);
        const QByteArray text = metrics.render(0, 0);
        const QByteArray prefix = "commandpost_store_latency_seconds_bucket{operation=\"append\",";
        QVERIFY(text.contains(prefix + "le=\"0.0025\"} 0\n"));
        QVERIFY(text.contains(prefix + "le=\"0.005\"} 1\n"));
        QVERIFY(text.contains(prefix + "le=\"0.25\"} 2\n"));
        QVERIFY(text.contains(prefix + "le=\"1\"} 2\n"));
        QVERIFY(text.contains(prefix + "le=\"+Inf\"} 3\n"));
        QVERIFY(text.contains("commandpost_store_latency_seconds_count{operation=\"append\"} 3\n"));
        QVERIFY(
            text.contains("commandpost_store_latency_seconds_sum{operation=\"append\"} 5.203\n"));
    }

    void everyLineIsACommentOrASample()
    {
        ServerMetrics metrics;
        metrics.countRequest(QStringLiteral("GET"), QStringLiteral("/healthz"), 200);
        metrics.observeStoreLatency(QStringLiteral("read"), 0.01);
        const QByteArray text = metrics.render(1, 1);
        QVERIFY(text.endsWith('\n'));
        for (const QByteArray &line : text.trimmed().split('\n')) {
            const bool comment = line.startsWith("# HELP ") || line.startsWith("# TYPE ");
            const bool sample = line.startsWith("commandpost_") && line.count(' ') == 1;
            QVERIFY2(comment || sample, line.constData());
        }
    }
};

QTEST_APPLESS_MAIN(TestServerMetrics)
#include "tst_servermetrics.moc"
