// The real commandpost-server binary on a loopback port, against SQLite or a real
// PostgreSQL (CP_TEST_DATABASE). Every test starts from an empty database of its own.
#include "clock.h"
#include "eventcodec.h"
#include "eventfactory.h"
#include "processsignal.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>

#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>

using namespace cp;

namespace {

const QString Binary = QStringLiteral(SERVER_BINARY);

QByteArray batch(const QList<Event> &events)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), toJson(events)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray batchOfJson(const QJsonArray &events)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), events}})
        .toJson(QJsonDocument::Compact);
}

QList<qint64> seqsOf(const HttpResult &result)
{
    QList<qint64> seqs;
    for (const QJsonValue &value : result.json.value(QStringLiteral("results")).toArray())
        seqs << qint64(value[QStringLiteral("seq")].toDouble());
    return seqs;
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)};
    EventFactory m_events{m_clock, QStringLiteral("client")};
    QString m_admin, m_alice, m_bob, m_viewer;

    // Starts a server on a fresh database with four users.
    void startServer(const QStringList &arguments = {})
    {
        m_server = std::make_unique<ServerProcess>(
            Binary, createTestDatabase(m_dir, QString::fromLatin1(QTest::currentTestFunction())));
        m_admin = m_server->addUser(QStringLiteral("root"), QStringLiteral("admin"));
        m_alice = m_server->addUser(QStringLiteral("alice"), QStringLiteral("responder"));
        m_bob = m_server->addUser(QStringLiteral("bob"), QStringLiteral("responder"));
        m_viewer = m_server->addUser(QStringLiteral("val"), QStringLiteral("viewer"));
        QVERIFY2(m_server->start(arguments), qPrintable(m_server->output()));
    }

    HttpResult postEvents(const QString &token, const QList<Event> &events)
    {
        return m_http.post(m_server->url(QStringLiteral("/api/v1/events")), token, batch(events));
    }

    // Every event the admin can see, oldest first.
    QJsonArray allEvents()
    {
        const HttpResult result =
            m_http.get(m_server->url(QStringLiteral("/api/v1/events?after=0&limit=1000")), m_admin);
        return result.json.value(QStringLiteral("events")).toArray();
    }

    int waitingPollers()
    {
        const HttpResult metrics = m_http.get(m_server->url(QStringLiteral("/metrics")), m_admin);
        for (const QByteArray &line : metrics.body.split('\n')) {
            if (line.startsWith("commandpost_waiting_pollers "))
                return line.mid(28).toInt();
        }
        return -1;
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        if (m_server && m_server->isRunning())
            QCOMPARE(m_server->terminate(), 0);
        m_server.reset();
    }

    void healthzNeedsNoToken()
    {
        startServer();
        const HttpResult result = m_http.get(m_server->url(QStringLiteral("/healthz")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void everyRouteRefusesMissingOrUnknownTokens()
    {
        startServer();
        const QStringList paths = {QStringLiteral("/api/v1/events?after=0"),
                                   QStringLiteral("/api/v1/incidents"),
                                   QStringLiteral("/api/v1/incidents/abc"),
                                   QStringLiteral("/api/v1/incidents/abc/events"),
                                   QStringLiteral("/api/v1/me"),
                                   QStringLiteral("/metrics")};
        for (const QString &token : {QString(), QStringLiteral("cpt_not-a-real-token")}) {
            for (const QString &path : paths) {
                const HttpResult result = m_http.get(m_server->url(path), token);
                QVERIFY2(result.status == 401, qPrintable(path));
                QCOMPARE(result.errorCode(), QStringLiteral("unauthorized"));
                QVERIFY(result.errorMessage().startsWith(u"Authorization:"));
            }
            const HttpResult post =
                postEvents(token, {m_events.declare(QStringLiteral("x"), QStringLiteral("SEV3"))});
            QCOMPARE(post.status, 401);
        }
        QCOMPARE(allEvents().size(), 0);
    }

    void viewerCanReadButNotWrite()
    {
        startServer();
        const HttpResult me = m_http.get(m_server->url(QStringLiteral("/api/v1/me")), m_viewer);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        const HttpResult post =
            postEvents(m_viewer, {m_events.declare(QStringLiteral("x"), QStringLiteral("SEV3"))});
        QCOMPARE(post.status, 403);
        QCOMPARE(post.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(post.errorMessage().contains(u"val"));
        QCOMPARE(allEvents().size(), 0);
    }

    void unknownRoutesAndMethodsAreRefused()
    {
        startServer();
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/api/v2/nothing")), m_admin).status, 404);
        const HttpResult post =
            m_http.post(m_server->url(QStringLiteral("/api/v1/incidents")), m_admin, "{}");
        QCOMPARE(post.status, 405);
        QCOMPARE(post.errorCode(), QStringLiteral("method_not_allowed"));
    }

    void serverStampsActorSeqAndRecordedAt()
    {
        startServer();
        QJsonObject forged = toJson(m_events.declare(QStringLiteral("x"), QStringLiteral("SEV2")));
        forged.insert(QStringLiteral("seq"), 999999);
        forged.insert(QStringLiteral("actor"), QStringLiteral("mallory"));
        forged.insert(QStringLiteral("recorded_at"), QStringLiteral("2001-01-01T00:00:00.000Z"));
        const HttpResult result = m_http.post(m_server->url(QStringLiteral("/api/v1/events")),
                                              m_alice, batchOfJson({forged}));
        QCOMPARE(result.status, 200);
        const QJsonObject stored = allEvents().at(0).toObject();
        QCOMPARE(stored.value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
        QVERIFY(stored.value(QStringLiteral("seq")).toDouble() < 999999);
        QVERIFY(stored.value(QStringLiteral("recorded_at")).toString().startsWith(u"20"));
        QVERIFY(!stored.value(QStringLiteral("recorded_at")).toString().startsWith(u"2001"));
    }

    void retryIsIdempotent()
    {
        startServer();
        const Event declared = m_events.declare(QStringLiteral("DB down"), QStringLiteral("SEV1"));
        const QList<Event> events{
            declared,
            m_events.note(declared.incident, QStringLiteral("paged db"), QStringLiteral("action"))};
        const HttpResult first = postEvents(m_alice, events);
        QCOMPARE(first.status, 200);
        const HttpResult retry = postEvents(m_alice, events);
        QCOMPARE(retry.status, 200);
        QCOMPARE(seqsOf(retry), seqsOf(first));
        for (const QJsonValue &result : retry.json.value(QStringLiteral("results")).toArray())
            QVERIFY(result[QStringLiteral("duplicate")].toBool());
        QVERIFY(!first.json[QStringLiteral("results")][0][QStringLiteral("duplicate")].toBool());
        QCOMPARE(allEvents().size(), 2);
    }

    void sameIdTwiceInOneBatch()
    {
        startServer();
        const Event declared = m_events.declare(QStringLiteral("twice"), QStringLiteral("SEV3"));
        const HttpResult same = postEvents(m_alice, {declared, declared});
        QCOMPARE(same.status, 200);
        QCOMPARE(seqsOf(same)[0], seqsOf(same)[1]);
        QVERIFY(same.json[QStringLiteral("results")][1][QStringLiteral("duplicate")].toBool());
        Event other = m_events.declare(QStringLiteral("other"), QStringLiteral("SEV3"));
        Event clash = other;
        clash.data.insert(QStringLiteral("title"), QStringLiteral("clash"));
        const HttpResult conflict = postEvents(m_alice, {other, clash});
        QCOMPARE(conflict.status, 409);
        QVERIFY(conflict.errorMessage().startsWith(u"events[1].id"));
        QCOMPARE(allEvents().size(), 1);
    }

    void largeBatchMixingRepeatsAndNewEventsKeepsItsOrder()
    {
        // Repeats spread over a batch of 250, half of them of events stored just before.
        startServer();
        const Event declared = m_events.declare(QStringLiteral("big"), QStringLiteral("SEV2"));
        QList<Event> earlier{declared};
        for (int i = 0; i < 119; ++i)
            earlier << m_events.note(declared.incident, QString::number(i),
                                     QStringLiteral("observation"));
        const HttpResult first = postEvents(m_alice, earlier);
        QCOMPARE(first.status, 200);
        QList<Event> mixed;
        QList<bool> repeated;
        for (int i = 0; i < 250; ++i) {
            const bool repeat = i % 2 == 0 && i / 2 < earlier.size();
            mixed << (repeat ? earlier.at(i / 2)
                             : m_events.note(declared.incident, QStringLiteral("new %1").arg(i),
                                             QStringLiteral("observation")));
            repeated << repeat;
        }
        const HttpResult second = postEvents(m_alice, mixed);
        QCOMPARE(second.status, 200);
        const QList<qint64> firstSeqs = seqsOf(first);
        const QList<qint64> seqs = seqsOf(second);
        QCOMPARE(seqs.size(), mixed.size());
        qint64 lastNew = firstSeqs.last();
        for (qsizetype i = 0; i < mixed.size(); ++i) {
            const QJsonValue result = second.json[QStringLiteral("results")][i];
            QCOMPARE(result[QStringLiteral("duplicate")].toBool(), repeated.at(i));
            if (repeated.at(i)) {
                QCOMPARE(seqs.at(i), firstSeqs.at(i / 2));
            } else {
                QVERIFY2(seqs.at(i) > lastNew, qPrintable(QString::number(i)));
                lastNew = seqs.at(i);
            }
        }
        QCOMPARE(allEvents().size(), 120 + 130);
    }

    void reusedIdWithOtherContentIsAConflictAndStoresNothing()
    {
        startServer();
        const Event declared = m_events.declare(QStringLiteral("DB down"), QStringLiteral("SEV1"));
        QCOMPARE(postEvents(m_alice, {declared}).status, 200);
        Event changed = declared;
        changed.data.insert(QStringLiteral("title"), QStringLiteral("Something else"));
        const Event fresh =
            m_events.note(declared.incident, QStringLiteral("new"), QStringLiteral("observation"));
        const HttpResult result = postEvents(m_alice, {fresh, changed});
        QCOMPARE(result.status, 409);
        QCOMPARE(result.errorCode(), QStringLiteral("conflict"));
        QVERIFY(result.errorMessage().startsWith(u"events[1].id"));
        QCOMPARE(allEvents().size(), 1); // the fresh event of the refused batch is not there
    }

    void badInputIsRefusedAndStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QByteArray valid =
            batch({m_events.declare(QStringLiteral("ok"), QStringLiteral("SEV3"))});
        QJsonObject wrongType =
            toJson(m_events.declare(QStringLiteral("x"), QStringLiteral("SEV2")));
        wrongType.insert(QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("title"), 42},
                                     {QStringLiteral("severity"), QStringLiteral("SEV2")}});
        QJsonObject unknownType =
            toJson(m_events.declare(QStringLiteral("x"), QStringLiteral("SEV2")));
        unknownType.insert(QStringLiteral("type"), QStringLiteral("incident.exploded"));
        QJsonObject badSeverity =
            toJson(m_events.declare(QStringLiteral("x"), QStringLiteral("SEV2")));
        badSeverity.insert(QStringLiteral("data"),
                           QJsonObject{{QStringLiteral("title"), QStringLiteral("x")},
                                       {QStringLiteral("severity"), QStringLiteral("SEV9")}});
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i)
            tooMany.append(toJson(m_events.declare(QStringLiteral("x"), QStringLiteral("SEV3"))));
        // The first event of each batch is valid: a bad one later must take it down too.
        const QJsonObject good =
            toJson(m_events.declare(QStringLiteral("ok"), QStringLiteral("SEV3")));

        QTest::newRow("malformed JSON") << QByteArray("{\"events\": [") << 400 << "malformed_json"
                                        << "body";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << 400 << "invalid"
                                       << "events";
        QTest::newRow("events not a list") << QByteArray("{\"events\": 3}") << 400 << "invalid"
                                           << "events";
        QTest::newRow("empty batch") << QByteArray("{\"events\": []}") << 400 << "invalid"
                                     << "empty";
        QTest::newRow("wrong type") << batchOfJson({good, wrongType}) << 400 << "invalid"
                                    << "events[1].data.title";
        QTest::newRow("unknown event type") << batchOfJson({good, unknownType}) << 400 << "invalid"
                                            << "events[1].type";
        QTest::newRow("unknown severity") << batchOfJson({good, badSeverity}) << 400 << "invalid"
                                          << "events[1].data.severity";
        // UTC year 0 and 10000: stored once, they could not be served (every client's sync
        // stopped on the empty time they came back with).
        QJsonObject yearZero =
            toJson(m_events.declare(QStringLiteral("x"), QStringLiteral("SEV2")));
        yearZero.insert(QStringLiteral("occurred_at"), QStringLiteral("0001-01-01T00:00:00+14:00"));
        QJsonObject yearTenThousand =
            toJson(m_events.declare(QStringLiteral("x"), QStringLiteral("SEV2")));
        yearTenThousand.insert(QStringLiteral("occurred_at"),
                               QStringLiteral("9999-12-31T23:59:59-14:00"));
        QTest::newRow("UTC year 0") << batchOfJson({good, yearZero}) << 400 << "invalid"
                                    << "events[1].occurred_at";
        QTest::newRow("UTC year 10000") << batchOfJson({good, yearTenThousand}) << 400 << "invalid"
                                        << "events[1].occurred_at";
        // A raw U+FEFF at the start of a string would be read without it: refused, not changed.
        QJsonObject byteOrderMark =
            toJson(m_events.declare(QChar(0xFEFF) + QStringLiteral("x"), QStringLiteral("SEV2")));
        QTest::newRow("raw byte order mark")
            << batchOfJson({good, byteOrderMark}) << 400 << "invalid"
            << "U+FEFF";
        // Fields a newer client may add are kept, but not 900 KB of them (1 MB was stored).
        QJsonObject padded = toJson(m_events.declare(QStringLiteral("x"), QStringLiteral("SEV2")));
        QJsonObject paddedData = padded.value(u"data").toObject();
        paddedData.insert(QStringLiteral("padding"), QString(900 * 1024, u'p'));
        padded.insert(QStringLiteral("data"), paddedData);
        QTest::newRow("unknown fields too large")
            << batchOfJson({good, padded}) << 400 << "invalid"
            << "events[1].data: fields this version does not know";
        QTest::newRow("too many events") << batchOfJson(tooMany) << 413 << "batch_too_large"
                                         << "501";
        QTest::newRow("oversized body")
            << QByteArray(valid.left(valid.size() - 2) + "," + QByteArray(1100 * 1024, ' ') + "]}")
            << 413 << "payload_too_large"
            << "1048576";
    }

    void badInputIsRefusedAndStoresNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        startServer();
        const HttpResult result =
            m_http.post(m_server->url(QStringLiteral("/api/v1/events")), m_alice, body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorCode(), code);
        QVERIFY2(result.errorMessage().contains(mentions), qPrintable(result.errorMessage()));
        QCOMPARE(allEvents().size(), 0);
        // The server is still fine afterwards.
        QCOMPARE(
            postEvents(m_alice, {m_events.declare(QStringLiteral("x"), QStringLiteral("SEV3"))})
                .status,
            200);
    }

    // 60 notes of 20,000 characters: more than a page may hold in bytes. The feed and the
    // incident's log both come in pages under the bound, and reading on covers every event
    // once.
    void pagesAreBoundedInBytes()
    {
        startServer();
        const Event declared = m_events.declare(QStringLiteral("Big"), QStringLiteral("SEV2"));
        QCOMPARE(postEvents(m_alice, {declared}).status, 200);
        for (int batch = 0; batch < 2; ++batch) {
            QList<Event> notes;
            for (int i = 0; i < 30; ++i)
                notes << m_events.note(declared.incident, QString(20000, QChar(u'a' + i % 26)),
                                       QStringLiteral("observation"));
            QCOMPARE(postEvents(m_alice, notes).status, 200);
        }
        for (const QString &path :
             {QStringLiteral("/api/v1/events?limit=1000&after=%1"),
              QStringLiteral("/api/v1/incidents/%1/events?after=%2").arg(declared.incident)}) {
            QSet<QString> seen;
            qint64 after = 0;
            int pages = 0;
            for (bool more = true; more; ++pages) {
                const HttpResult page = m_http.get(m_server->url(path.arg(after)), m_alice);
                QCOMPARE(page.status, 200);
                QVERIFY2(page.body.size() < 1024 * 1024 + 64 * 1024,
                         qPrintable(QString::number(page.body.size())));
                const QJsonArray events = page.json.value(u"events").toArray();
                for (const QJsonValue &event : events) {
                    QVERIFY(!seen.contains(event[u"id"].toString()));
                    seen.insert(event[u"id"].toString());
                    after = event[u"seq"].toInteger();
                }
                more = page.json.value(u"more").toBool();
                QVERIFY(pages < 10);
            }
            QCOMPARE(seen.size(), 61);
            QVERIFY2(pages >= 2, qPrintable(path));
        }
    }

    // Readers that do not read hold their answers in the server's memory. Past the budget,
    // large answers are 503 (retry shortly); small ones and new readers still get through.
    void slowReadersGetBusyRatherThanMoreMemory()
    {
        startServer({QStringLiteral("--max-buffered"), QStringLiteral("3000000")});
        const Event declared = m_events.declare(QStringLiteral("Big"), QStringLiteral("SEV2"));
        QCOMPARE(postEvents(m_alice, {declared}).status, 200);
        for (int batch = 0; batch < 2; ++batch) {
            QList<Event> notes;
            for (int i = 0; i < 30; ++i)
                notes << m_events.note(declared.incident, QString(20000, u'n'),
                                       QStringLiteral("observation"));
            QCOMPARE(postEvents(m_alice, notes).status, 200);
        }
        const QByteArray request = "GET /api/v1/events?after=0&limit=1000 HTTP/1.1\r\nHost: "
                                   "x\r\nAuthorization: Bearer " +
                                   m_viewer.toLatin1() + "\r\n\r\n";
        QList<int> readers;
        for (int i = 0; i < 20; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            const int small = 4096; // before connect, so the window stays small
            ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_port = htons(m_server->port());
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
            QCOMPARE(::send(fd, request.constData(), request.size(), 0), request.size());
            readers << fd;
        }
        // Whatever they were answered, healthz is answered at once meanwhile.
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/healthz")), {}).status, 200);
        int busy = 0, served = 0;
        for (const int fd : std::as_const(readers)) {
            char head[13] = {};
            QCOMPARE(::recv(fd, head, 12, MSG_WAITALL), 12);
            busy += QByteArray(head) == "HTTP/1.1 503";
            served += QByteArray(head) == "HTTP/1.1 200";
            ::close(fd);
        }
        QCOMPARE(busy + served, 20);
        QVERIFY2(busy > 0 && served > 0, qPrintable(QStringLiteral("%1 busy").arg(busy)));
        QTRY_COMPARE(
            m_http.get(m_server->url(QStringLiteral("/api/v1/events?after=0")), m_alice).status,
            200);
    }

    void badQueryParametersNameTheParameter()
    {
        startServer();
        for (const QString &query :
             {QStringLiteral("after=-1"), QStringLiteral("limit=0"), QStringLiteral("wait=soon")}) {
            const HttpResult result =
                m_http.get(m_server->url(QStringLiteral("/api/v1/events?") + query), m_admin);
            QCOMPARE(result.status, 400);
            QVERIFY2(result.errorMessage().startsWith(query.section(u'=', 0, 0) + u':'),
                     qPrintable(result.errorMessage()));
        }
    }

    void concurrentWritersGetDistinctIncreasingSeqs()
    {
        startServer();
        const Event declared = m_events.declare(QStringLiteral("race"), QStringLiteral("SEV2"));
        QCOMPARE(postEvents(m_alice, {declared}).status, 200);
        constexpr int Writers = 8;
        constexpr int Rounds = 6;
        std::vector<std::unique_ptr<HttpClient>> clients;
        for (int i = 0; i < Writers; ++i)
            clients.push_back(std::make_unique<HttpClient>());
        QList<QList<qint64>> seqsByWriter(Writers);
        for (int round = 0; round < Rounds; ++round) {
            QList<QNetworkReply *> replies;
            for (int writer = 0; writer < Writers; ++writer) {
                QList<Event> events;
                for (int k = 0; k < 3; ++k)
                    events << m_events.note(declared.incident, QStringLiteral("w%1").arg(writer),
                                            QStringLiteral("observation"));
                replies << clients[writer]->startPost(
                    m_server->url(QStringLiteral("/api/v1/events")), writer % 2 ? m_alice : m_bob,
                    batch(events));
            }
            for (int writer = 0; writer < Writers; ++writer) {
                const HttpResult result = HttpClient::finish(replies[writer]);
                QCOMPARE(result.status, 200);
                seqsByWriter[writer] += seqsOf(result);
            }
        }
        QSet<qint64> all;
        for (const QList<qint64> &seqs : seqsByWriter) {
            QVERIFY(std::is_sorted(seqs.cbegin(), seqs.cend()));
            for (qint64 seq : seqs)
                all.insert(seq);
        }
        QCOMPARE(all.size(), Writers * Rounds * 3);
        const QJsonArray stored = allEvents();
        QCOMPARE(stored.size(), Writers * Rounds * 3 + 1);
        for (qsizetype i = 1; i < stored.size(); ++i)
            QVERIFY(stored[i][QStringLiteral("seq")].toDouble() >
                    stored[i - 1][QStringLiteral("seq")].toDouble());
    }

    void longPollWakesEveryWaiterOnWrite()
    {
        startServer();
        QList<QNetworkReply *> polls;
        for (int i = 0; i < 3; ++i)
            polls << m_http.startGet(
                m_server->url(QStringLiteral("/api/v1/events?after=0&wait=25")),
                i == 0 ? m_viewer : m_bob);
        QTRY_COMPARE_WITH_TIMEOUT(waitingPollers(), 3, 10000);
        const Event declared = m_events.declare(QStringLiteral("wake"), QStringLiteral("SEV2"));
        const HttpResult written = postEvents(m_alice, {declared});
        QCOMPARE(written.status, 200);
        // The write answered every waiter before its own reply went out.
        QCOMPARE(waitingPollers(), 0);
        for (QNetworkReply *poll : polls) {
            const HttpResult result = HttpClient::finish(poll);
            QCOMPARE(result.status, 200);
            const QJsonArray events = result.json.value(QStringLiteral("events")).toArray();
            QCOMPARE(events.size(), 1); // woken by the write, not by the timeout
            QCOMPARE(events[0][QStringLiteral("id")].toString(), declared.id);
            QCOMPARE(result.json.value(QStringLiteral("last_seq")).toDouble(), seqsOf(written)[0]);
        }
    }

    void longPollTimesOutWithAnEmptyBatch()
    {
        startServer();
        QCOMPARE(
            postEvents(m_alice, {m_events.declare(QStringLiteral("t"), QStringLiteral("SEV3"))})
                .status,
            200);
        const HttpResult result =
            m_http.get(m_server->url(QStringLiteral("/api/v1/events?after=1&wait=1")), m_alice);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(QStringLiteral("events")).toArray().size(), 0);
        QCOMPARE(result.json.value(QStringLiteral("last_seq")).toInt(), 1);
        QVERIFY(result.json.contains(QStringLiteral("server_time")));
        QCOMPARE(waitingPollers(), 0);
    }

    void clientDisconnectDuringLongPollIsHarmless()
    {
        startServer();
        {
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET /api/v1/events?after=0&wait=20 HTTP/1.1\r\nHost: x\r\n"
                         "Authorization: Bearer " +
                         m_bob.toUtf8() + "\r\n\r\n");
            QVERIFY(socket.waitForBytesWritten(5000));
            QTRY_COMPARE_WITH_TIMEOUT(waitingPollers(), 1, 10000);
            socket.abort();
        }
        QTRY_COMPARE_WITH_TIMEOUT(waitingPollers(), 0, 10000);
        QCOMPARE(
            postEvents(m_alice, {m_events.declare(QStringLiteral("d"), QStringLiteral("SEV3"))})
                .status,
            200);
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/healthz"))).status, 200);
        QVERIFY(m_server->isRunning());
    }

    void requestPipelinedBehindALongPollClosesTheConnection()
    {
        startServer();
        const QByteArray poll = "GET /api/v1/events?after=0&wait=20 HTTP/1.1\r\nHost: x\r\n"
                                "Authorization: Bearer " +
                                m_bob.toUtf8() + "\r\n\r\n";
        const RawExchange exchange =
            rawRequest(m_server->port(), poll + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 5000);
        QVERIFY(exchange.closedByServer);
        QVERIFY2(!exchange.response.contains("\"status\":\"ok\""), exchange.response.constData());
        QTRY_COMPARE_WITH_TIMEOUT(waitingPollers(), 0, 10000);
        QVERIFY(m_server->isRunning());
    }

    void revokedUserIsAnsweredUnauthorizedWhenTheirPollWakes()
    {
        startServer();
        QNetworkReply *poll =
            m_http.startGet(m_server->url(QStringLiteral("/api/v1/events?after=0&wait=25")), m_bob);
        QTRY_COMPARE_WITH_TIMEOUT(waitingPollers(), 1, 10000);
        QCOMPARE(
            m_server->run({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("bob")})
                .first,
            0);
        QCOMPARE(
            postEvents(m_alice, {m_events.declare(QStringLiteral("r"), QStringLiteral("SEV3"))})
                .status,
            200);
        const HttpResult result = HttpClient::finish(poll);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), QStringLiteral("unauthorized"));
    }

    void restrictedIncidentIsInvisibleToOthers()
    {
        startServer();
        Event secret = m_events.declare(QStringLiteral("Breach"), QStringLiteral("SEV1"));
        secret.data.insert(QStringLiteral("restricted"), true);
        const Event open = m_events.declare(QStringLiteral("Slow pages"), QStringLiteral("SEV3"));
        QCOMPARE(postEvents(m_alice, {secret, open}).status, 200);
        const QString base = QStringLiteral("/api/v1/incidents/") + secret.incident;

        const HttpResult list =
            m_http.get(m_server->url(QStringLiteral("/api/v1/incidents")), m_bob);
        QCOMPARE(list.json.value(QStringLiteral("incidents")).toArray().size(), 1);
        QCOMPARE(m_http.get(m_server->url(base), m_bob).status, 404);
        QCOMPARE(m_http.get(m_server->url(base + QStringLiteral("/events")), m_bob).status, 404);
        const HttpResult feed =
            m_http.get(m_server->url(QStringLiteral("/api/v1/events?after=0")), m_bob);
        QCOMPARE(feed.json.value(QStringLiteral("events")).toArray().size(), 1);
        QCOMPARE(feed.json.value(QStringLiteral("last_seq")).toInt(), 2); // skipped, not stuck
        const HttpResult write = postEvents(
            m_bob,
            {m_events.note(secret.incident, QStringLiteral("hi"), QStringLiteral("observation"))});
        QCOMPARE(write.status, 403);
        QVERIFY(write.errorMessage().startsWith(u"events[0].incident"));

        // The declarer and admins see it; naming bob in a role lets him in.
        QCOMPARE(m_http.get(m_server->url(base), m_alice).status, 200);
        QCOMPARE(m_http.get(m_server->url(base), m_admin).status, 200);
        QCOMPARE(postEvents(m_alice, {m_events.assignRole(secret.incident, QStringLiteral("scribe"),
                                                          QStringLiteral("bob"))})
                     .status,
                 200);
        QCOMPARE(m_http.get(m_server->url(base), m_bob).status, 200);
    }

    void tokensNeverAppearInLogs()
    {
        startServer({QStringLiteral("--log-level"), QStringLiteral("debug")});
        m_http.get(m_server->url(QStringLiteral("/api/v1/incidents")), m_alice);
        postEvents(m_bob, {m_events.declare(QStringLiteral("x"), QStringLiteral("SEV3"))});
        m_http.get(m_server->url(QStringLiteral("/api/v1/incidents")), QStringLiteral("cpt_wrong"));
        QCOMPARE(m_server->terminate(), 0);
        const QString log = m_server->output();
        QVERIFY(log.contains(u"POST /api/v1/events 200")); // the log is there …
        for (const QString &token : {m_alice, m_bob, m_admin, QStringLiteral("cpt_wrong")})
            QVERIFY(!log.contains(token)); // … without a token
    }

    void tokensNeverAppearInLogsEvenFromQtsOwnCategories()
    {
        // SERVER.md suggests qt.httpserver debug for a closer look: it writes every header.
        qputenv("QT_LOGGING_RULES", "qt.httpserver*=true;qt.network*=true");
        startServer({QStringLiteral("--log-level"), QStringLiteral("debug")});
        qunsetenv("QT_LOGGING_RULES");
        m_http.get(m_server->url(QStringLiteral("/api/v1/incidents")), m_alice);
        postEvents(m_bob, {m_events.declare(QStringLiteral("x"), QStringLiteral("SEV3"))});
        QCOMPARE(m_server->terminate(), 0);
        const QString log = m_server->output();
        QVERIFY2(log.contains(u"qt.httpserver"),
                 qPrintable(log.left(2000))); // Qt's lines are there …
        for (const QString &token : {m_alice, m_bob})
            QVERIFY2(!log.contains(token), qPrintable(log)); // … without a token
    }

    void metricsCountRequestsPollersAndStoreLatency()
    {
        startServer();
        postEvents(m_alice, {m_events.declare(QStringLiteral("m"), QStringLiteral("SEV3"))});
        m_http.get(m_server->url(QStringLiteral("/api/v1/incidents")));
        const HttpResult metrics = m_http.get(m_server->url(QStringLiteral("/metrics")), m_viewer);
        QCOMPARE(metrics.status, 200);
        const QByteArray text = metrics.body;
        QVERIFY(text.contains("commandpost_http_requests_total{method=\"POST\",route=\"/api/v1/"
                              "events\",status=\"200\"} 1"));
        QVERIFY(text.contains("commandpost_http_requests_total{method=\"GET\",route=\"/api/v1/"
                              "incidents\",status=\"401\"} 1"));
        QVERIFY(text.contains("commandpost_events_stored 1\n"));
        QVERIFY(text.contains("commandpost_waiting_pollers 0\n"));
        QVERIFY(text.contains("commandpost_store_latency_seconds_count{operation=\"append\"} 1\n"));
    }

    void slowAndIdleConnectionsAreClosed()
    {
        startServer({QStringLiteral("--request-timeout"), QStringLiteral("1"),
                     QStringLiteral("--idle-timeout"), QStringLiteral("1")});
        const RawExchange slow =
            rawRequest(m_server->port(), "POST /api/v1/events HTTP/1.1\r\nHost: x\r\n", 10000);
        QVERIFY(slow.closedByServer);
        QVERIFY2(slow.response.startsWith("HTTP/1.1 408"), slow.response.constData());
        const RawExchange idle = rawRequest(m_server->port(), QByteArray(), 10000);
        QVERIFY(idle.closedByServer);
        QVERIFY(idle.response.isEmpty());
    }

    void announcedOversizedBodyIsRefusedBeforeItArrives()
    {
        startServer();
        const RawExchange exchange = rawRequest(
            m_server->port(),
            "POST /api/v1/events HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n{", 5000);
        QVERIFY2(exchange.response.startsWith("HTTP/1.1 413"), exchange.response.constData());
        QVERIFY(exchange.response.contains("payload_too_large"));
        QVERIFY(exchange.closedByServer);
    }

    // A body that holds a second request: read with the wrong framing, that request would
    // run (and store its event). Every framing in doubt is refused and nothing after it runs.
    void ambiguousFramingIsRefusedAndNothingAfterItRuns_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("two lengths")
            << QByteArray("Content-Length: 0\r\nContent-Length: %1\r\n") << QByteArray("400");
        QTest::newRow("negative") << QByteArray("Content-Length: -%1\r\n") << QByteArray("400");
        QTest::newRow("hex") << QByteArray("Content-Length: 0x0\r\n") << QByteArray("400");
        QTest::newRow("overflow") << QByteArray("Content-Length: 18446744073709551616\r\n")
                                  << QByteArray("400");
        QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n")
                                 << QByteArray("411");
        QTest::newRow("chunked and a length")
            << QByteArray("Content-Length: %1\r\nTransfer-Encoding: chunked\r\n")
            << QByteArray("411");
        QTest::newRow("space before colon")
            << QByteArray("Content-Length : 0\r\n") << QByteArray("400");
    }
    void ambiguousFramingIsRefusedAndNothingAfterItRuns()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, status);
        startServer();
        const Event smuggled = m_events.declare(QStringLiteral("Smuggled"), QStringLiteral("SEV3"));
        const QByteArray inner =
            "POST /api/v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: "
            "Bearer " +
            m_alice.toLatin1() + "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(batch({smuggled}).size()) + "\r\n\r\n" + batch({smuggled});
        const QByteArray outer = "POST /api/v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: "
                                 "Bearer " +
                                 m_alice.toLatin1() + "\r\nContent-Type: application/json\r\n" +
                                 headers.replace("%1", QByteArray::number(inner.size())) + "\r\n" +
                                 inner;
        const RawExchange exchange = rawRequest(m_server->port(), outer, 5000);
        QVERIFY2(exchange.response.startsWith("HTTP/1.1 " + status), exchange.response.constData());
        QCOMPARE(exchange.response.count("HTTP/1.1 "), 1);
        QVERIFY(exchange.response.contains("Connection: close"));
        QVERIFY(exchange.closedByServer);
        QCOMPARE(allEvents().size(), 0);
    }

    // Two requests in one packet, the second's head cut in two: QtHttpServer leaves the
    // rest of a packet for its next read, and framing must not read it twice.
    void pipelinedRequestsCutAnywhereAreAnswered()
    {
        startServer();
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTT");
        QVERIFY(socket.waitForBytesWritten(5000));
        QByteArray answers;
        QTRY_VERIFY_WITH_TIMEOUT((answers += socket.readAll()).contains("{\"status\":\"ok\"}"),
                                 5000);
        socket.write("P/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(5000));
        QTRY_VERIFY_WITH_TIMEOUT((answers += socket.readAll()).count("HTTP/1.1 200") == 2, 5000);
        QVERIFY2(!answers.contains("400"), answers.constData());
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 5000);
    }

    void connectionCloseAndHttp10EndTheConnectionAfterTheAnswer()
    {
        startServer(); // idle connections stay open 60 s
        for (const QByteArray &request :
             {QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
              QByteArray("GET /healthz HTTP/1.0\r\n\r\n")}) {
            const RawExchange exchange = rawRequest(m_server->port(), request, 10000);
            QVERIFY2(exchange.response.startsWith("HTTP/1.1 200"), exchange.response.constData());
            QVERIFY(exchange.response.contains("Connection: close"));
            QVERIFY(exchange.response.endsWith("{\"status\":\"ok\"}"));
            QVERIFY2(exchange.closedByServer, request.constData());
        }
        const RawExchange kept =
            rawRequest(m_server->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 500);
        QVERIFY(kept.response.startsWith("HTTP/1.1 200"));
        QVERIFY(!kept.closedByServer);
    }

    void secondServerOnTheSameDatabaseIsRefused()
    {
        startServer();
        const auto [code, output] =
            m_server->run({QStringLiteral("--listen"), QStringLiteral("0")});
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(u"another commandpost-server"), qPrintable(output));
    }

    void nextServerWaitsForThePreviousToLetGo()
    {
        startServer();
        QProcess next;
        next.setProcessChannelMode(QProcess::MergedChannels);
        next.start(Binary, {QStringLiteral("--db"), m_server->database(),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += next.readAll()).contains("waiting up to"),
                                  said.constData(), 20000);
        QCOMPARE(m_server->terminate(), 0);
        QTRY_VERIFY2_WITH_TIMEOUT((said += next.readAll()).contains("listening on"),
                                  said.constData(), 20000);
        QVERIFY(cp::test::sendSignal(next, SIGTERM));
        QVERIFY(next.waitForFinished(15000));
        QCOMPARE(next.exitCode(), 0);
    }

    void userCommandsManageTokens()
    {
        startServer();
        const auto [dupCode, dupOut] =
            m_server->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice")});
        QCOMPARE(dupCode, 1);
        QVERIFY(dupOut.contains(u"exists already"));
        const auto [roleCode, roleOut] =
            m_server->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"),
                           QStringLiteral("--role"), QStringLiteral("root")});
        QCOMPARE(roleCode, 2);
        QVERIFY(roleOut.contains(u"--role"));
        const auto [listCode, listOut] =
            m_server->run({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(listCode, 0);
        QVERIFY(listOut.contains(u"bob\tresponder"));
        QVERIFY(!listOut.contains(m_bob)); // tokens are never shown again
        const auto [renewCode, renewed] =
            m_server->run({QStringLiteral("user"), QStringLiteral("token"), QStringLiteral("bob")});
        QCOMPARE(renewCode, 0);
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/api/v1/me")), m_bob).status, 401);
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/api/v1/me")), renewed.trimmed()).status,
                 200);
        QCOMPARE(
            m_server->run({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("bob")})
                .first,
            0);
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/api/v1/me")), renewed.trimmed()).status,
                 401);
    }

    void sigtermAnswersPollsFinishesWritesAndExitsZero()
    {
        startServer();
        const Event declared = m_events.declare(QStringLiteral("stop"), QStringLiteral("SEV2"));
        QCOMPARE(postEvents(m_alice, {declared}).status, 200);
        QNetworkReply *poll =
            m_http.startGet(m_server->url(QStringLiteral("/api/v1/events?after=1&wait=25")), m_bob);
        QTRY_COMPARE_WITH_TIMEOUT(waitingPollers(), 1, 10000);
        // Writers keep going while the signal arrives.
        HttpClient writer;
        QList<QNetworkReply *> writes;
        QList<QList<Event>> sent;
        for (int i = 0; i < 20; ++i) {
            sent << QList<Event>{m_events.note(declared.incident, QString::number(i),
                                               QStringLiteral("observation"))};
            writes << writer.startPost(m_server->url(QStringLiteral("/api/v1/events")), m_alice,
                                       batch(sent.last()));
        }
        QTest::qWait(20);
        QVERIFY(m_server->sendSignal(SIGTERM));
        const HttpResult pollResult = HttpClient::finish(poll);
        QCOMPARE(pollResult.status, 200);
        QStringList acknowledged;
        for (int i = 0; i < writes.size(); ++i) {
            const HttpResult result = HttpClient::finish(writes[i]);
            QVERIFY2(result.status == 200 || result.status == 503 || result.status == 0,
                     qPrintable(QString::number(result.status)));
            if (result.status == 200)
                acknowledged << sent[i].first().id;
        }
        const int exitCode = m_server->terminate();
        QVERIFY2(exitCode == 0, qPrintable(m_server->output())); // its log says why not
        QVERIFY(m_server->output().contains(u"stopped"));
        QVERIFY(m_server->start());
        QStringList stored;
        for (const QJsonValue &event : allEvents())
            stored << event[QStringLiteral("id")].toString();
        for (const QString &id : acknowledged)
            QVERIFY2(stored.contains(id), qPrintable(id));
    }

    void killDuringWriteLoopLosesNoAcknowledgedEvent()
    {
        startServer();
        const Event declared = m_events.declare(QStringLiteral("crash"), QStringLiteral("SEV1"));
        QCOMPARE(postEvents(m_alice, {declared}).status, 200);
        QStringList acknowledged{declared.id};
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 20; ++round) {
            const int killAfter = random->bounded(5, 40);
            HttpClient writer;
            QList<std::pair<QNetworkReply *, QString>> inFlight;
            int acked = 0;
            // Four requests in flight at a time, so the kill lands in the middle of writes.
            while (acked < killAfter) {
                while (inFlight.size() < 4) {
                    const Event note =
                        m_events.note(declared.incident, QStringLiteral("r%1").arg(round),
                                      QStringLiteral("observation"));
                    inFlight.append(
                        {writer.startPost(m_server->url(QStringLiteral("/api/v1/events")), m_alice,
                                          batch({note})),
                         note.id});
                }
                const auto [reply, id] = inFlight.takeFirst();
                const HttpResult result = HttpClient::finish(reply);
                QCOMPARE(result.status, 200);
                acknowledged << id;
                ++acked;
            }
            m_server->kill();
            for (const auto &[reply, id] : inFlight) {
                const HttpResult result = HttpClient::finish(reply);
                if (result.status == 200)
                    acknowledged << id; // answered just before the kill
            }
            const auto [code, report] = m_server->run({QStringLiteral("check")});
            QVERIFY2(code == 0, qPrintable(report));
            QVERIFY2(m_server->start(), qPrintable(m_server->output()));
        }
        QSet<QString> stored;
        const QJsonArray all = readWholeLog(
            m_http,
            m_server->url(QStringLiteral("/api/v1/incidents/%1/events").arg(declared.incident)),
            m_alice);
        for (const QJsonValue &event : all)
            stored.insert(event[QStringLiteral("id")].toString());
        for (const QString &id : acknowledged)
            QVERIFY2(stored.contains(id), qPrintable(id));
        QVERIFY(acknowledged.size() >= 20 * 5);
    }

    void checkReportsAHealthyAndADamagedDatabase()
    {
        startServer();
        const Event declared = m_events.declare(QStringLiteral("c"), QStringLiteral("SEV3"));
        QCOMPARE(postEvents(m_alice, {declared}).status, 200);
        const auto [healthy, report] = m_server->run({QStringLiteral("check")});
        QCOMPARE(healthy, 0);
        QCOMPARE(report.trimmed(), QStringLiteral("ok"));
        QCOMPARE(m_server->terminate(), 0);
        // A row whose body no longer matches its id: the check must see it.
        QCOMPARE(executeSql(m_server->database(),
                            QStringLiteral("UPDATE events SET id = 'tampered' WHERE id = '%1'")
                                .arg(declared.id)),
                 QString());
        const auto [damaged, problems] = m_server->run({QStringLiteral("check")});
        QCOMPARE(damaged, 1);
        QVERIFY2(problems.contains(u"does not match its columns"), qPrintable(problems));
        QVERIFY(problems.trimmed().endsWith(u"damaged"));
        if (testDatabaseKind() == u"sqlite") {
            const auto [missing, why] =
                ServerProcess(Binary, m_dir.filePath(QStringLiteral("typo.sqlite")))
                    .run({QStringLiteral("check")});
            QCOMPARE(missing, 1);
            QVERIFY(why.contains(u"no database at"));
        }
    }

    void postgresSchemaOtherThanPublicSurvivesRestarts()
    {
        if (testDatabaseKind() != u"postgres")
            QSKIP("PostgreSQL only: SQLite has no schemas");
        const QString database = createTestDatabase(m_dir, QStringLiteral("schema"));
        const QString name = QUrl(database).path().mid(1);
        QCOMPARE(executeSql(database, QStringLiteral("CREATE SCHEMA commandpost")), QString());
        QCOMPARE(executeSql(database, QStringLiteral("ALTER DATABASE \"%1\" SET search_path = "
                                                     "commandpost")
                                          .arg(name)),
                 QString());
        m_server = std::make_unique<ServerProcess>(Binary, database);
        const QString token =
            m_server->addUser(QStringLiteral("alice"), QStringLiteral("responder"));
        for (int start = 0; start < 2; ++start) {
            QVERIFY2(m_server->start(), qPrintable(m_server->output()));
            QCOMPARE(m_http.get(m_server->url(QStringLiteral("/api/v1/me")), token).status, 200);
            QCOMPARE(m_server->terminate(), 0);
        }
        QCOMPARE(m_server->run({QStringLiteral("check")}).first, 0);
    }

    void versionIsPrinted()
    {
        QProcess process;
        process.start(Binary, {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(
            process.readAllStandardOutput().startsWith("commandpost-server " COMMANDPOST_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
