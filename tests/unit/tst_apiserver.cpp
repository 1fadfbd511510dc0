// ApiServer in this process, on a real SQLite store and a loopback port: what can only be
// seen from inside (the server's own state at the moment a reply leaves) and the injected clock.
#include "apiserver.h"
#include "eventcodec.h"
#include "eventfactory.h"
#include "reducer.h"
#include "serverharness.h"
#include "statejson.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cp;
using namespace cp::server;

class TestApiServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)};
    EventFactory m_events{m_clock, QStringLiteral("client")};
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<ApiServer> m_server;
    HttpClient m_http;
    QString m_token;
    quint16 m_port = 0;

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    void startServer()
    {
        m_server = std::make_unique<ApiServer>(*m_store, Limits{}, m_clock);
        QVERIFY(m_server->loadIndex());
        const auto port = m_server->listenOn({QHostAddress::LocalHost, 0});
        QVERIFY2(port, port ? "" : qPrintable(port.error()));
        m_port = *port;
    }

    HttpResult post(const QList<Event> &events)
    {
        return m_http.post(url(QStringLiteral("/api/v1/events")), m_token,
                           QJsonDocument(QJsonObject{{QStringLiteral("events"), toJson(events)}})
                               .toJson(QJsonDocument::Compact));
    }

private slots:
    void init()
    {
        m_store = std::make_unique<ServerStore>();
        DatabaseSpec spec;
        spec.path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QVERIFY(m_store->open(spec));
        const auto token =
            m_store->addUser(QStringLiteral("alice"), UserRole::Responder, m_clock.now());
        QVERIFY(token);
        m_token = *token;
        startServer();
    }

    void cleanup()
    {
        m_server.reset();
        m_store.reset();
    }

    void aWriteAnswersEveryWaiterBeforeItsOwnReply()
    {
        QList<QNetworkReply *> polls;
        for (int i = 0; i < 3; ++i)
            polls << m_http.startGet(url(QStringLiteral("/api/v1/events?after=0&wait=30")),
                                     m_token);
        QTRY_COMPARE(m_server->waitingPollers(), 3);
        int waitingWhenReplied = -1;
        QNetworkReply *write = m_http.startPost(
            url(QStringLiteral("/api/v1/events")), m_token,
            QJsonDocument(QJsonObject{{QStringLiteral("events"),
                                       toJson(QList<Event>{m_events.declare(
                                           QStringLiteral("x"), QStringLiteral("SEV2"))})}})
                .toJson());
        connect(write, &QNetworkReply::finished, this,
                [&] { waitingWhenReplied = m_server->waitingPollers(); });
        QCOMPARE(HttpClient::finish(write).status, 200);
        QCOMPARE(waitingWhenReplied, 0);
        for (QNetworkReply *poll : polls)
            QCOMPARE(HttpClient::finish(poll).json[QStringLiteral("events")].toArray().size(), 1);
    }

    void recordedAtAndServerTimeComeFromTheInjectedClock()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(10, 42, 7, 250), Qt::UTC));
        QCOMPARE(post({m_events.declare(QStringLiteral("x"), QStringLiteral("SEV2"))}).status, 200);
        const HttpResult feed = m_http.get(url(QStringLiteral("/api/v1/events?after=0")), m_token);
        QCOMPARE(feed.json[QStringLiteral("server_time")].toString(),
                 QStringLiteral("2026-11-22T10:42:07.250Z"));
        QCOMPARE(feed.json[QStringLiteral("events")][0][QStringLiteral("recorded_at")].toString(),
                 QStringLiteral("2026-11-22T10:42:07.250Z"));
    }

    void incidentStateIsTheSharedFoldOfTheLog()
    {
        const Event declared = m_events.declare(QStringLiteral("Checkout"), QStringLiteral("SEV1"));
        m_clock.advanceSeconds(60);
        QCOMPARE(post({declared,
                       m_events.assignRole(declared.incident, QStringLiteral("commander"),
                                           QStringLiteral("alice")),
                       m_events.createTask(declared.incident, QStringLiteral("Roll back"),
                                           QStringLiteral("bob"), 15)})
                     .status,
                 200);
        const QString path = QStringLiteral("/api/v1/incidents/") + declared.incident;
        const HttpResult log = m_http.get(url(path + QStringLiteral("/events")), m_token);
        QList<Event> events;
        for (const QJsonValue &value : log.json[QStringLiteral("events")].toArray())
            events << readTrustedEvent(value.toObject());
        QCOMPARE(events.size(), 3);
        const HttpResult state = m_http.get(url(path), m_token);
        QCOMPARE(state.body,
                 QJsonDocument(toJson(Reducer::fold(events))).toJson(QJsonDocument::Compact));

        // A restarted server folds the stored log into the same state.
        m_server.reset();
        startServer();
        QCOMPARE(m_http.get(url(path), m_token).body, state.body);
    }
};

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
