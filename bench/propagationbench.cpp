#include "benchmarks.h"

#include "eventcodec.h"
#include "httpconnection.h"
#include "serverrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace cp::bench {
namespace {

// A client that keeps one long-poll waiting on the server, asks again as soon as it is
// answered, and tells `answered` each time.
class Poller : public QObject
{
public:
    Poller(quint16 port, const QByteArray &token, qint64 after, std::function<void()> answered,
           QObject *parent = nullptr)
        : QObject(parent)
        , m_connection(port, token, this)
        , m_after(after)
        , m_answered(std::move(answered))
    {
        connect(&m_connection, &HttpConnection::answered, this, &Poller::onAnswer);
    }

    void start()
    {
        m_connection.connectToServer(); // the socket keeps the request until connected
        poll();
    }

private:
    void poll()
    {
        m_connection.send("GET",
                          "/api/v1/events?after=" + QByteArray::number(m_after) + "&wait=25");
    }

    void onAnswer(const HttpConnection::Response &response)
    {
        if (response.status != 200)
            qFatal("propagation bench: a poll answered %d: %s", response.status,
                   response.body.constData());
        m_answered(); // first: the time it arrived is what is measured
        m_after = QJsonDocument::fromJson(response.body)
                      .object()
                      .value(QStringLiteral("last_seq"))
                      .toInteger(m_after);
        poll();
    }

    HttpConnection m_connection;
    qint64 m_after;
    std::function<void()> m_answered;
};

// The other connected clients, in a thread of their own so that their answers do not queue
// in front of the measured client's.
class Crowd
{
public:
    Crowd(int size, quint16 port, const QByteArray &token, qint64 after)
    {
        m_thread.start();
        m_root.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_root,
            [&] {
                for (int i = 0; i < size; ++i)
                    (new Poller(
                         port, token, after, [this] { ++m_answers; }, &m_root))
                        ->start();
            },
            Qt::BlockingQueuedConnection);
    }
    ~Crowd()
    {
        QMetaObject::invokeMethod(
            &m_root,
            [this] {
                const QObjectList pollers = m_root.children(); // deleting changes children()
                qDeleteAll(pollers);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
    QObject m_root;
    std::atomic<qint64> m_answers = 0;
};

struct Samples
{
    QList<double> fromSend;   // A sends the POST → B receives the event, ms
    QList<double> fromReply;  // A's POST returns → B receives the event, ms (may be < 0)
    QList<double> healthzRtt; // ms
};

class Round
{
public:
    Round(const Setup &setup, int clients)
        : m_setup(setup)
        , m_clients(clients)
        , m_events(makeIncident(setup.scale.propagationRounds + 1, QStringLiteral("writer")))
    {
    }

    Samples run()
    {
        const QString database =
            QDir(m_setup.workDir).filePath(QStringLiteral("propagation-%1.sqlite").arg(m_clients));
        QFile::remove(database);
        ServerRun server(m_setup.serverBinary, database);
        server.start({QStringLiteral("--max-pollers"), QString::number(m_clients + 50)});
        HttpConnection writer(server.port(), server.token());
        HttpConnection probe(server.port(), server.token());
        const qint64 after = post(writer, m_events.first());
        Crowd crowd(m_clients - 1, server.port(), server.token(), after);
        Poller measured(server.port(), server.token(), after, [this] { onMeasuredAnswer(); });
        measured.start();
        Samples samples;
        for (int round = 1; round <= m_setup.scale.propagationRounds; ++round) {
            waitForPollers(probe);
            samples.healthzRtt.append(healthz(probe));
            measure(writer, m_events.at(round), samples);
        }
        return samples;
    }

private:
    static qint64 post(HttpConnection &writer, const Event &event)
    {
        const auto response = writer.exchange("POST", "/api/v1/events", body(event));
        if (response.status != 200)
            qFatal("propagation bench: POST answered %d", response.status);
        return QJsonDocument::fromJson(response.body)
            .object()
            .value(QStringLiteral("last_seq"))
            .toInteger();
    }

    static QByteArray body(const Event &event)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("events"), toJson(QList{event})}})
            .toJson(QJsonDocument::Compact);
    }

    // Every client has asked again and the server holds all their requests.
    void waitForPollers(HttpConnection &probe)
    {
        Stopwatch waited;
        while (waitingPollers(probe) < m_clients) {
            if (waited.seconds() > 120)
                qFatal("propagation bench: only %d of %d clients are waiting",
                       waitingPollers(probe), m_clients);
            QThread::msleep(2);
            QCoreApplication::processEvents(); // the measured client asks again here
        }
    }

    static int waitingPollers(HttpConnection &probe)
    {
        const QByteArray metrics = probe.exchange("GET", "/metrics").body;
        const QByteArray name = "\ncommandpost_waiting_pollers ";
        const qsizetype at = metrics.indexOf(name);
        return at < 0 ? -1 : metrics.mid(at + name.size()).split('\n').first().toInt();
    }

    double healthz(HttpConnection &probe)
    {
        Stopwatch watch;
        probe.exchange("GET", "/healthz");
        return watch.seconds() * 1000;
    }

    // A posts one event without blocking, so that B's answer is seen when it arrives.
    void measure(HttpConnection &writer, const Event &event, Samples &samples)
    {
        m_received = -1;
        m_replied = -1;
        QEventLoop loop;
        m_loop = &loop;
        const auto connection =
            QObject::connect(&writer, &HttpConnection::answered, &loop,
                             [this](const HttpConnection::Response &response) {
                                 if (response.status != 200)
                                     qFatal("propagation bench: POST answered %d", response.status);
                                 m_replied = m_clock.seconds();
                                 quitWhenBothArrived();
                             });
        QTimer::singleShot(60000, &loop, [] { qFatal("propagation bench: no answer in 60 s"); });
        const double sent = m_clock.seconds();
        writer.send("POST", "/api/v1/events", body(event));
        loop.exec();
        m_loop = nullptr;
        QObject::disconnect(connection);
        samples.fromSend.append((m_received - sent) * 1000);
        samples.fromReply.append((m_received - m_replied) * 1000);
    }

    void onMeasuredAnswer()
    {
        m_received = m_clock.seconds();
        quitWhenBothArrived();
    }

    void quitWhenBothArrived()
    {
        if (m_loop && m_received >= 0 && m_replied >= 0)
            m_loop->quit();
    }

    const Setup &m_setup;
    int m_clients;
    QList<Event> m_events;
    Stopwatch m_clock;
    double m_received = -1;
    double m_replied = -1;
    QEventLoop *m_loop = nullptr;
};

QString milliseconds(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 2);
}

} // namespace

QList<Figure> benchPropagation(const Setup &setup)
{
    QList<Figure> figures;
    for (const int clients : setup.scale.pollerCounts) {
        progress(QStringLiteral("propagation: %1 long-poll clients, %2 events")
                     .arg(clients)
                     .arg(setup.scale.propagationRounds));
        const Samples samples = Round(setup, clients).run();
        const QString benchmark = QStringLiteral("4. Propagation latency");
        const QString healthz = QStringLiteral("/healthz round trip, same server and clients");
        Figure p50 =
            costFigure(benchmark,
                       QStringLiteral("p50, A's POST returned → B's long-poll answered, %1 clients")
                           .arg(clients),
                       QStringLiteral("p50 ") + healthz, QStringLiteral("ms"),
                       median(samples.fromReply), median(samples.healthzRtt), 3);
        p50.note = QStringLiteral("below 0: B had the event before A's reply arrived");
        Figure p99 =
            costFigure(benchmark,
                       QStringLiteral("p99, A's POST returned → B's long-poll answered, %1 clients")
                           .arg(clients),
                       QStringLiteral("p99 ") + healthz, QStringLiteral("ms"),
                       percentile(samples.fromReply, 99), percentile(samples.healthzRtt, 99));
        Figure sent = costFigure(
            benchmark,
            QStringLiteral("p50, A's POST sent → B's long-poll answered, %1 clients").arg(clients),
            QStringLiteral("p50 ") + healthz, QStringLiteral("ms"), median(samples.fromSend),
            median(samples.healthzRtt));
        sent.note = QStringLiteral("includes the durable write (fsync); p99 %1")
                        .arg(milliseconds(percentile(samples.fromSend, 99)));
        figures << p50 << p99 << sent;
    }
    return figures;
}

} // namespace cp::bench
