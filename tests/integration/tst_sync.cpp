// Sync end to end: the real commandpost-server on loopback, workstations as separate
// processes (commandpost-cli and the sync_client helper on the real sync library), faults
// made for real (SIGKILL, dropped connections, a skewed clock under libfaketime).
#include "faultproxy.h"
#include "processsignal.h"
#include "serverharness.h"
#include "smalldisk.h"

#include "eventcodec.h"
#include "eventfactory.h"
#include "localstore.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <array>
#include <csignal>
#include <memory>

namespace {

// Longer than sync_client's own two-minute limit, so a helper that gives up says why first.
constexpr int HelperTimeoutMs = 150000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Waits for a process while the event loop runs (the fault proxy lives on this thread).
bool waitFor(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return process.state() == QProcess::NotRunning;
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

const QString FakeTimeLibrary =
    QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");

// The environment of a workstation whose clock is an hour fast (libfaketime).
QProcessEnvironment hourFast()
{
    QProcessEnvironment fast;
    fast.insert(QStringLiteral("LD_PRELOAD"), FakeTimeLibrary);
    fast.insert(QStringLiteral("FAKETIME"), QStringLiteral("+1h"));
    fast.insert(QStringLiteral("FAKETIME_DONT_RESET"), QStringLiteral("1"));
    return fast;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_alice;
    QString m_bob;
    QString m_viewer;
    int m_round = 0;

    QString freshData(const QString &name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++m_round));
    }
    QString serverUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    }

    // Runs commandpost-cli on a data folder; with a token it syncs with the server.
    Run cli(const QString &data, const QStringList &arguments, const QString &token = {},
            const QProcessEnvironment &extra = {}, const QString &server = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(extra);
        environment.remove(QStringLiteral("COMMANDPOST_SERVER"));
        environment.remove(QStringLiteral("COMMANDPOST_TOKEN"));
        if (!token.isEmpty()) {
            environment.insert(QStringLiteral("COMMANDPOST_SERVER"),
                               server.isEmpty() ? serverUrl() : server);
            environment.insert(QStringLiteral("COMMANDPOST_TOKEN"), token);
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLI_BINARY),
                      QStringList{QStringLiteral("--data"), data} + arguments);
        Run run;
        if (!process.waitForStarted() || !waitFor(process, HelperTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("did not finish: ") + arguments.join(u' ');
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString declare(const QString &data, const QString &token, const QString &title)
    {
        const Run run = cli(data,
                            {QStringLiteral("declare"), QStringLiteral("--title"), title,
                             QStringLiteral("--severity"), QStringLiteral("SEV2")},
                            token);
        if (run.exitCode != 0 || !run.err.isEmpty())
            qWarning().noquote() << "declare:" << run.err;
        return run.out.trimmed();
    }

    void startHelper(QProcess &process, const QString &data, const QStringList &arguments,
                     const QString &token, const QString &server = {})
    {
        process.start(QStringLiteral(SYNC_CLIENT),
                      QStringList{data, server.isEmpty() ? serverUrl() : server, token} +
                          arguments);
        QVERIFY(process.waitForStarted());
    }

    // The folded state as a hash (what the panels show), and the log's order of ids.
    QByteArray stateHash(const QString &data, const QString &incident)
    {
        const Run run = cli(data, {QStringLiteral("--json"), QStringLiteral("show"), incident});
        QJsonObject state = QJsonDocument::fromJson(run.out.toUtf8()).object();
        state.remove(QStringLiteral("countdowns")); // depends on the moment it is read
        return QCryptographicHash::hash(QJsonDocument(state).toJson(QJsonDocument::Compact),
                                        QCryptographicHash::Sha256)
            .toHex();
    }
    QJsonObject showJson(const QString &data, const QString &incident,
                         const QProcessEnvironment &extra = {})
    {
        const Run run =
            cli(data, {QStringLiteral("--json"), QStringLiteral("show"), incident}, {}, extra);
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    QStringList localLog(const QString &data, const QString &incident)
    {
        const Run run = cli(data, {QStringLiteral("export"), incident, QStringLiteral("--format"),
                                   QStringLiteral("json")});
        QStringList ids;
        for (const QJsonValue &event :
             QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"events").toArray())
            ids << event[u"id"].toString() + QLatin1Char('@') +
                       QString::number(event[u"seq"].toInteger());
        return ids;
    }
    QStringList serverLog(const QString &incident)
    {
        HttpClient http;
        QStringList ids;
        for (const QJsonValue &event : readWholeLog(
                 http, m_server->url(QStringLiteral("/api/v1/incidents/%1/events").arg(incident)),
                 m_alice))
            ids << event[u"id"].toString();
        return ids;
    }
    qint64 duplicateCount()
    {
        HttpClient http;
        const HttpResult metrics = http.get(m_server->url(QStringLiteral("/metrics")), m_alice);
        for (const QByteArray &line : metrics.body.split('\n')) {
            if (line.startsWith("commandpost_events_duplicate_total "))
                return line.split(' ').last().toLongLong();
        }
        return -1;
    }

    int pendingIn(const QString &data)
    {
        cp::LocalStore store;
        return store.open(data) ? store.pendingCount() : -1;
    }

    // Every id printed by a writer is on the server exactly once.
    void verifyExactlyOnce(const QString &incident, const QStringList &written, int expected)
    {
        const QStringList onServer = serverLog(incident);
        QCOMPARE(onServer.size(), expected); // the server refuses a second copy of an id
        const QSet<QString> unique(onServer.cbegin(), onServer.cend());
        for (const QString &id : written)
            QVERIFY2(unique.contains(id), qPrintable(QStringLiteral("lost: ") + id));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ServerProcess>(
            QStringLiteral(SERVER_BINARY), createTestDatabase(m_dir, QStringLiteral("sync")));
        m_alice = m_server->addUser(QStringLiteral("alice"), QStringLiteral("responder"));
        m_bob = m_server->addUser(QStringLiteral("bob"), QStringLiteral("responder"));
        m_viewer = m_server->addUser(QStringLiteral("vera"), QStringLiteral("viewer"));
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    }

    // A test that failed with the server stopped must not take the next ones down with it.
    void init()
    {
        if (m_server && !m_server->isRunning())
            QVERIFY2(m_server->restartOnSamePort(), qPrintable(m_server->output()));
    }

    void cleanupTestCase()
    {
        if (m_server && m_server->isRunning())
            QCOMPARE(m_server->terminate(), 0);
    }

    void twoClientsConvergeInTheSameOrder()
    {
        const QString a = freshData(QStringLiteral("a"));
        const QString b = freshData(QStringLiteral("b"));
        const QString incident = declare(a, m_alice, QStringLiteral("Two writers"));
        QVERIFY(!incident.isEmpty());
        QProcess writerA;
        QProcess writerB;
        startHelper(writerA, a,
                    {QStringLiteral("write"), incident, QStringLiteral("150"), QStringLiteral("2")},
                    m_alice);
        startHelper(writerB, b,
                    {QStringLiteral("write"), incident, QStringLiteral("150"), QStringLiteral("2")},
                    m_bob);
        QVERIFY(waitFor(writerA, HelperTimeoutMs));
        QVERIFY(waitFor(writerB, HelperTimeoutMs));
        QCOMPARE(writerA.exitCode(), 0);
        QCOMPARE(writerB.exitCode(), 0);
        // Each settled with its own writes; one more round brings the other's last ones.
        QCOMPARE(cli(a, {QStringLiteral("sync")}, m_alice).exitCode, 0);
        QCOMPARE(cli(b, {QStringLiteral("sync")}, m_bob).exitCode, 0);

        const QStringList logA = localLog(a, incident);
        QCOMPARE(logA.size(), 301);
        QCOMPARE(localLog(b, incident), logA); // same events, same seqs, same order
        QCOMPARE(stateHash(b, incident), stateHash(a, incident));
        QCOMPARE(pendingIn(a), 0);
        QCOMPARE(pendingIn(b), 0);
        // Both wrote while the other did: the log interleaves them.
        const QJsonArray notes = showJson(a, incident).value(u"notes").toArray();
        QSet<QString> authors;
        for (const QJsonValue &note : notes)
            authors.insert(note[u"actor"].toString());
        QCOMPARE(authors, (QSet<QString>{QStringLiteral("alice"), QStringLiteral("bob")}));
    }

    void offlineThousandAreDeliveredExactlyOnce()
    {
        const QString data = freshData(QStringLiteral("offline"));
        const QString incident = declare(data, m_alice, QStringLiteral("Offline writer"));
        QProcess writer;
        startHelper(writer, data, {QStringLiteral("offline"), incident, QStringLiteral("1000")},
                    QStringLiteral("-"), QStringLiteral("-"));
        QVERIFY(waitFor(writer, HelperTimeoutMs));
        QCOMPARE(writer.exitCode(), 0);
        const QStringList written = lines(QString::fromUtf8(writer.readAllStandardOutput()));
        QCOMPARE(written.size(), 1000);
        QCOMPARE(pendingIn(data), 1000);

        const Run sync = cli(data, {QStringLiteral("--json"), QStringLiteral("sync")}, m_alice);
        QCOMPARE(sync.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(sync.out.toUtf8()).object();
        QCOMPARE(status.value(u"state").toString(), QStringLiteral("online"));
        QCOMPARE(status.value(u"pending").toInt(), 0);
        verifyExactlyOnce(incident, written, 1001);
        // A second round sends nothing again.
        QCOMPARE(cli(data, {QStringLiteral("sync")}, m_alice).exitCode, 0);
        verifyExactlyOnce(incident, written, 1001);
    }

    void serverKilledTwentyTimesLosesNothing()
    {
        const QString data = freshData(QStringLiteral("survivor"));
        const QString incident = declare(data, m_alice, QStringLiteral("Flapping server"));
        QProcess writer;
        startHelper(writer, data, {QStringLiteral("write-forever"), incident, QStringLiteral("3")},
                    m_alice);
        for (int kill = 0; kill < 20; ++kill) {
            QTest::qWait(int(QRandomGenerator::global()->bounded(100, 300)));
            m_server->kill();
            QTest::qWait(int(QRandomGenerator::global()->bounded(20, 200)));
            QVERIFY2(m_server->restartOnSamePort(), qPrintable(m_server->output()));
        }
        QTest::qWait(200);
        writer.closeWriteChannel(); // stop writing; settle
        QVERIFY(waitFor(writer, HelperTimeoutMs));
        const QString output = QString::fromUtf8(writer.readAllStandardOutput());
        QVERIFY2(writer.exitCode() == 0, qPrintable(writer.readAllStandardError()));
        QStringList written = lines(output);
        QCOMPARE(written.takeLast(), QStringLiteral("settled"));
        QVERIFY2(written.size() > 100, qPrintable(QString::number(written.size())));
        verifyExactlyOnce(incident, written, int(written.size()) + 1);
        const auto [check, report] = m_server->run({QStringLiteral("check")});
        QVERIFY2(check == 0, qPrintable(report));
    }

    void clientKilledMidPushResumes()
    {
        const QString data = freshData(QStringLiteral("killed"));
        const QString incident = declare(data, m_alice, QStringLiteral("Killed client"));
        QProcess offline;
        startHelper(offline, data, {QStringLiteral("offline"), incident, QStringLiteral("800")},
                    QStringLiteral("-"), QStringLiteral("-"));
        QVERIFY(waitFor(offline, HelperTimeoutMs));
        const QStringList written = lines(QString::fromUtf8(offline.readAllStandardOutput()));
        QCOMPARE(written.size(), 800);

        // Kill the client once its pushes are under way (it logs each batch it sends).
        QProcess client;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("commandpost.sync.debug=true"));
        client.setProcessEnvironment(environment);
        // Small batches: many pushes, so the kill lands while some are still to be sent.
        startHelper(client, data, {QStringLiteral("settle"), QStringLiteral("10")}, m_alice);
        QByteArray log;
        QElapsedTimer timer;
        timer.start();
        while (log.count("pushing") < 2 && !timer.hasExpired(30000)) {
            client.waitForReadyRead(50);
            log += client.readAllStandardError();
        }
        QVERIFY2(log.count("pushing") >= 2, log.constData());
        QVERIFY(cp::test::sendSignal(client, SIGKILL));
        QVERIFY(client.waitForFinished(10000));
        QVERIFY(pendingIn(data) > 0); // it did not finish

        const Run resumed = cli(data, {QStringLiteral("sync")}, m_alice);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QCOMPARE(pendingIn(data), 0);
        verifyExactlyOnce(incident, written, 801);
    }

    // Three workstations writing and syncing through a network that cuts and delays at
    // random, the server killed and restarted, a workstation killed mid-write and started
    // again, one clock an hour fast. Seeded: CP_FAULT_SEED=N replays a run's faults. Then:
    // every acknowledged event is on the server once (ids are unique there, none is lost), no
    // outbox row is left, each store holds its own writes, and all three converge to the same
    // log and the same state.
    void seededFaultRun()
    {
        const quint32 seed = qEnvironmentVariableIsSet("CP_FAULT_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("CP_FAULT_SEED"))
                                 : QRandomGenerator::system()->generate();
        qInfo("fault run seed %u (CP_FAULT_SEED=%u replays it)", seed, seed);
        QRandomGenerator random(seed);
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        proxy.setChaos(seed, 10);
        const QString viaProxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        const QStringList data = {freshData(QStringLiteral("chaos-a")),
                                  freshData(QStringLiteral("chaos-b")),
                                  freshData(QStringLiteral("chaos-c"))};
        const QString incident = declare(data[0], m_alice, QStringLiteral("Chaos"));
        QProcessEnvironment fast = QProcessEnvironment::systemEnvironment();
        fast.insert(hourFast());

        std::array<std::unique_ptr<QProcess>, 3> clients;
        std::array<QStringList, 3> acknowledged; // by each workstation
        auto start = [&](int i) {
            clients[i] = std::make_unique<QProcess>();
            if (i == 2)
                clients[i]->setProcessEnvironment(fast);
            startHelper(*clients[i], data[i],
                        {QStringLiteral("write-forever"), incident, QStringLiteral("4")},
                        i == 1 ? m_bob : m_alice, viaProxy);
        };
        for (int i = 0; i < 3; ++i)
            start(i);
        int serverKills = 0, clientKills = 0;
        for (int step = 0; step < 12; ++step) {
            QTest::qWait(int(random.bounded(150, 500)));
            switch (random.bounded(3)) {
            case 0:
                ++serverKills;
                m_server->kill();
                QTest::qWait(int(random.bounded(20, 200)));
                QVERIFY2(m_server->restartOnSamePort(), qPrintable(m_server->output()));
                break;
            case 1: {
                ++clientKills;
                const int i = int(random.bounded(3));
                QVERIFY(cp::test::sendSignal(*clients[i], SIGKILL));
                QVERIFY(clients[i]->waitForFinished(10000));
                acknowledged[i] << lines(QString::fromUtf8(clients[i]->readAllStandardOutput()));
                start(i);
                break;
            }
            default:
                break; // the network alone
            }
        }
        proxy.setChaos(seed, 0); // settling must end: the faults stop, the writes too
        for (auto &client : clients)
            client->closeWriteChannel();
        for (int i = 0; i < 3; ++i) {
            QProcess &client = *clients[i];
            QVERIFY(waitFor(client, HelperTimeoutMs));
            QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());
            QStringList written = lines(QString::fromUtf8(client.readAllStandardOutput()));
            QCOMPARE(written.takeLast(), QStringLiteral("settled"));
            acknowledged[i] << written;
        }
        for (int i = 0; i < 3; ++i) // the others' last writes
            QCOMPARE(cli(data[i], {QStringLiteral("sync")}, i == 1 ? m_bob : m_alice,
                         i == 2 ? fast : QProcessEnvironment())
                         .exitCode,
                     0);

        const QStringList onServer = serverLog(incident);
        const QSet<QString> stored(onServer.cbegin(), onServer.cend());
        QCOMPARE(stored.size(), onServer.size()); // once each
        const QStringList logA = localLog(data[0], incident);
        for (int i = 0; i < 3; ++i) {
            // Read-your-writes: what each acknowledged is in its own log, and on the server.
            const QStringList own = localLog(data[i], incident);
            const QString ownText = own.join(u' ');
            for (const QString &id : std::as_const(acknowledged[i])) {
                QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("lost %1").arg(id)));
                QVERIFY2(ownText.contains(id + u'@'), qPrintable(QStringLiteral("%1 not in its "
                                                                                "own log")
                                                                     .arg(id)));
            }
            QCOMPARE(pendingIn(data[i]), 0);
            QCOMPARE(localLog(data[i], incident), logA);
            QCOMPARE(stateHash(data[i], incident), stateHash(data[0], incident));
        }
        QCOMPARE(logA.size(), onServer.size());
        qInfo("fault run: seed %u, %lld events, %d connections cut, %d delays, %d server kills, "
              "%d client kills; 5 invariants checked on 3 stores",
              seed, qlonglong(onServer.size()), proxy.cuts(), proxy.delays(), serverKills,
              clientKills);
    }

    void answerLostAfterCommitIsNotDoubled()
    {
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        const QString proxied = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        const QString data = freshData(QStringLiteral("lost-answer"));
        const QString incident = declare(data, m_alice, QStringLiteral("Lost answers"));
        QCOMPARE(
            cli(data, {QStringLiteral("note"), incident, QStringLiteral("written once")}).exitCode,
            0);
        QCOMPARE(pendingIn(data), 1);

        // Qt resends a request once by itself when a kept-alive connection drops; losing
        // more answers than that fails the round.
        const qint64 duplicatesBefore = duplicateCount();
        proxy.dropPostAnswers(3);
        const Run first = cli(data, {QStringLiteral("sync")}, m_alice, {}, proxied);
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.err.contains(QStringLiteral("unreachable")), qPrintable(first.err));
        QVERIFY(proxy.dropped() >= 1);
        QCOMPARE(pendingIn(data), 1);            // not acknowledged: still in the outbox
        QCOMPARE(serverLog(incident).size(), 2); // but the server has it, once

        proxy.dropPostAnswers(0);
        const Run retry = cli(data, {QStringLiteral("sync")}, m_alice, {}, proxied);
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        QCOMPARE(pendingIn(data), 0);
        QCOMPARE(serverLog(incident).size(), 2);
        QVERIFY(duplicateCount() > duplicatesBefore); // the retry was recognised
        QCOMPARE(localLog(data, incident).size(), 2);
    }

    void concurrentSectionEditsKeepBothTexts()
    {
        const QString a = freshData(QStringLiteral("doc-a"));
        const QString b = freshData(QStringLiteral("doc-b"));
        const QString incident = declare(a, m_alice, QStringLiteral("Two editors"));
        QCOMPARE(cli(a,
                     {QStringLiteral("doc"), incident, QStringLiteral("impact"),
                      QStringLiteral("Checkout fails for some")},
                     m_alice)
                     .exitCode,
                 0);
        QCOMPARE(cli(b, {QStringLiteral("sync")}, m_bob).exitCode, 0);
        // Both edit from the same head while apart from the server.
        QCOMPARE(cli(a, {QStringLiteral("doc"), incident, QStringLiteral("impact"),
                         QStringLiteral("EU customers cannot pay")})
                     .exitCode,
                 0);
        QCOMPARE(cli(b, {QStringLiteral("doc"), incident, QStringLiteral("impact"),
                         QStringLiteral("All card payments fail")})
                     .exitCode,
                 0);
        QCOMPARE(cli(a, {QStringLiteral("sync")}, m_alice).exitCode, 0);
        QCOMPARE(cli(b, {QStringLiteral("sync")}, m_bob).exitCode, 0);
        QCOMPARE(cli(a, {QStringLiteral("sync")}, m_alice).exitCode, 0);

        for (const QString &data : {a, b}) {
            const QJsonObject section =
                showJson(data, incident).value(u"sections").toObject().value(u"impact").toObject();
            QVERIFY2(section.value(u"conflicted").toBool(),
                     QJsonDocument(section).toJson().constData());
            QStringList texts{section.value(u"head")[u"text"].toString()};
            for (const QJsonValue &conflict : section.value(u"conflicts").toArray())
                texts << conflict[u"text"].toString();
            QVERIFY2(texts.contains(QStringLiteral("EU customers cannot pay")),
                     qPrintable(texts.join(u'|')));
            QVERIFY2(texts.contains(QStringLiteral("All card payments fail")),
                     qPrintable(texts.join(u'|')));
        }
        QCOMPARE(stateHash(a, incident), stateHash(b, incident));
    }

    void clockSkewLeavesOrderAndCountdownsAlone()
    {
        QVERIFY2(QFile::exists(FakeTimeLibrary),
                 "libfaketime is missing (Debian package faketime)");
        const QProcessEnvironment skewed = hourFast();
        const QString a = freshData(QStringLiteral("true-clock"));
        const QString b = freshData(QStringLiteral("fast-clock"));
        const QString incident = declare(a, m_alice, QStringLiteral("Skewed clocks"));
        const QDateTime declaredAround = QDateTime::currentDateTimeUtc();

        // B's clock is an hour fast; its first sync measures that.
        const Run first = cli(b, {QStringLiteral("--json"), QStringLiteral("sync")}, m_bob, skewed);
        QCOMPARE(first.exitCode, 0);
        const qint64 offset = QJsonDocument::fromJson(first.out.toUtf8())
                                  .object()
                                  .value(u"clock_offset_ms")
                                  .toInteger();
        QVERIFY2(std::abs(offset + 3600000) < 5000, qPrintable(QString::number(offset)));

        // B makes a task and acknowledges it; A and B write notes in turn.
        const Run task =
            cli(b,
                {QStringLiteral("--json"), QStringLiteral("task"), incident,
                 QStringLiteral("Roll back the deploy"), QStringLiteral("--assignee"),
                 QStringLiteral("bob"), QStringLiteral("--timebox"), QStringLiteral("15m")},
                m_bob, skewed);
        QCOMPARE(task.exitCode, 0);
        const QString taskId =
            QJsonDocument::fromJson(task.out.toUtf8()).object().value(u"task").toString();
        QCOMPARE(cli(b, {QStringLiteral("ack"), incident, taskId}, m_bob, skewed).exitCode, 0);
        QCOMPARE(cli(a, {QStringLiteral("note"), incident, QStringLiteral("first from A")}, m_alice)
                     .exitCode,
                 0);
        QCOMPARE(cli(b, {QStringLiteral("note"), incident, QStringLiteral("then B")}, m_bob, skewed)
                     .exitCode,
                 0);
        QCOMPARE(
            cli(a, {QStringLiteral("note"), incident, QStringLiteral("then A")}, m_alice).exitCode,
            0);
        QCOMPARE(cli(a, {QStringLiteral("sync")}, m_alice).exitCode, 0);
        QCOMPARE(cli(b, {QStringLiteral("sync")}, m_bob, skewed).exitCode, 0);

        // Order is the server's, and the stamps B made are on the true clock.
        QCOMPARE(localLog(b, incident), localLog(a, incident));
        const QJsonObject stateA = showJson(a, incident);
        QStringList texts;
        for (const QJsonValue &note : stateA.value(u"notes").toArray())
            texts << note[u"text"].toString();
        QCOMPARE(texts, (QStringList{QStringLiteral("first from A"), QStringLiteral("then B"),
                                     QStringLiteral("then A")}));
        for (const QJsonValue &note : stateA.value(u"notes").toArray()) {
            const QDateTime at = QDateTime::fromString(note[u"at"].toString(), Qt::ISODateWithMs);
            QVERIFY2(std::abs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120,
                     qPrintable(note[u"at"].toString()));
        }

        // Both count down the same timebox and the same update reminder.
        const QJsonObject countdownA = stateA.value(u"countdowns").toObject();
        const QJsonObject countdownB =
            showJson(b, incident, skewed).value(u"countdowns").toObject();
        const int taskLeftA = countdownA[u"tasks"][taskId].toInt();
        const int taskLeftB = countdownB[u"tasks"][taskId].toInt();
        QVERIFY2(taskLeftA > 800 && taskLeftA <= 900, qPrintable(QString::number(taskLeftA)));
        QVERIFY2(std::abs(taskLeftA - taskLeftB) < 10,
                 qPrintable(QStringLiteral("%1 vs %2").arg(taskLeftA).arg(taskLeftB)));
        const int updateA = countdownA[u"updates"][u"external"].toInt();
        const int updateB = countdownB[u"updates"][u"external"].toInt();
        QVERIFY2(std::abs(updateA - updateB) < 10,
                 qPrintable(QStringLiteral("%1 vs %2").arg(updateA).arg(updateB)));
        QVERIFY(updateA <= 1200 &&
                updateA > 1200 - declaredAround.secsTo(QDateTime::currentDateTimeUtc()) - 60);
    }

    // An hour fast: "--at HH:MM" five minutes back on that machine's clock is five minutes
    // ago (it was stored 23 h earlier), and what a never-synced store wrote goes out on the
    // server's clock (it showed a negative age elsewhere).
    void typedTimesFollowTheClockThePersonSees()
    {
        QVERIFY2(QFile::exists(FakeTimeLibrary),
                 "libfaketime is missing (Debian package faketime)");
        const QProcessEnvironment fast = hourFast();
        const QString synced = freshData(QStringLiteral("fast-synced"));
        const QString incident = declare(synced, m_alice, QStringLiteral("Fast clock"));
        QCOMPARE(cli(synced, {QStringLiteral("sync")}, m_alice, fast).exitCode, 0);
        const QString seen =
            QDateTime::currentDateTime().addSecs(3600 - 300).toString(QStringLiteral("HH:mm"));
        const Run typed = cli(synced,
                              {QStringLiteral("note"), incident, QStringLiteral("typed"),
                               QStringLiteral("--at"), seen},
                              m_alice, fast);
        QVERIFY2(typed.exitCode == 0, qPrintable(typed.err));
        const QJsonArray notes = showJson(synced, incident, fast).value(u"notes").toArray();
        QCOMPARE(notes.size(), 1);
        const QDateTime at = QDateTime::fromString(notes[0][u"at"].toString(), Qt::ISODateWithMs);
        QVERIFY2(std::abs(at.secsTo(QDateTime::currentDateTimeUtc().addSecs(-300))) < 90,
                 qPrintable(notes[0][u"at"].toString()));

        const QString offline = freshData(QStringLiteral("fast-offline"));
        const Run declared = cli(offline,
                                 {QStringLiteral("declare"), QStringLiteral("--title"),
                                  QStringLiteral("Written offline"), QStringLiteral("--severity"),
                                  QStringLiteral("SEV3")},
                                 {}, fast);
        QCOMPARE(declared.exitCode, 0);
        QCOMPARE(cli(offline, {QStringLiteral("sync")}, m_alice, fast).exitCode, 0);
        HttpClient http;
        const HttpResult state = http.get(
            m_server->url(QStringLiteral("/api/v1/incidents/%1").arg(declared.out.trimmed())),
            m_alice);
        const QDateTime declaredAt =
            QDateTime::fromString(state.json.value(u"declared_at").toString(), Qt::ISODateWithMs);
        QVERIFY2(std::abs(declaredAt.secsTo(QDateTime::currentDateTimeUtc())) < 90,
                 qPrintable(state.json.value(u"declared_at").toString()));
    }

    void badTokenIsAStateNotALoop()
    {
        const QString data = freshData(QStringLiteral("bad-token"));
        const QString incident = declare(data, {}, QStringLiteral("Locked out"));
        QVERIFY(!incident.isEmpty());

        const Run once = cli(data, {QStringLiteral("sync")}, QStringLiteral("cpt_not-a-token"));
        QCOMPARE(once.exitCode, 1);
        QVERIFY2(once.err.contains(QStringLiteral("not allowed")), qPrintable(once.err));
        QVERIFY(!once.err.contains(QStringLiteral("cpt_not-a-token"))); // never echoed

        // Live, it stops and says so instead of retrying for ever.
        QProcess watch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMMANDPOST_TOKEN"), QStringLiteral("cpt_not-a-token"));
        environment.insert(QStringLiteral("COMMANDPOST_SERVER"), serverUrl());
        watch.setProcessEnvironment(environment);
        watch.start(QStringLiteral(CLI_BINARY),
                    {QStringLiteral("--data"), data, QStringLiteral("--json"),
                     QStringLiteral("sync"), QStringLiteral("--watch")});
        QVERIFY(waitFor(watch, 20000));
        QCOMPARE(watch.exitCode(), 1);
        const QStringList reports = lines(QString::fromUtf8(watch.readAllStandardOutput()));
        QVERIFY(!reports.isEmpty());
        const QJsonObject last = QJsonDocument::fromJson(reports.last().toUtf8()).object();
        QCOMPARE(last.value(u"state").toString(), QStringLiteral("auth_failed"));
        QCOMPARE(last.value(u"pending").toInt(), 1); // kept for when the token is fixed

        // A viewer may read but not write: 403 is the same kind of stop.
        const Run viewer = cli(data, {QStringLiteral("sync")}, m_viewer);
        QCOMPARE(viewer.exitCode, 1);
        QVERIFY2(viewer.err.contains(QStringLiteral("not allowed")), qPrintable(viewer.err));
        QCOMPARE(pendingIn(data), 1);
        // With a good token it goes out.
        QCOMPARE(cli(data, {QStringLiteral("sync")}, m_alice).exitCode, 0);
        QCOMPARE(pendingIn(data), 0);
    }

    void watchSendsWhatOthersWriteToItsStore()
    {
        // `sync --watch` keeps a data folder live: a command without a server writing there
        // is sent at once; SIGTERM ends it cleanly.
        const QString data = freshData(QStringLiteral("watched"));
        const QString incident = declare(data, m_alice, QStringLiteral("Watched folder"));
        QProcess watch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMMANDPOST_TOKEN"), m_alice);
        environment.insert(QStringLiteral("COMMANDPOST_SERVER"), serverUrl());
        watch.setProcessEnvironment(environment);
        watch.start(
            QStringLiteral(CLI_BINARY),
            {QStringLiteral("--data"), data, QStringLiteral("sync"), QStringLiteral("--watch")});
        QVERIFY(watch.waitForStarted());
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += watch.readAllStandardOutput()).contains("online"),
                                  said.constData(), 20000);
        QCOMPARE(
            cli(data, {QStringLiteral("note"), incident, QStringLiteral("from the side")}).exitCode,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(serverLog(incident).size(), 2, 20000);
        // The outbox empties once a pull confirms what was pushed.
        QTRY_COMPARE_WITH_TIMEOUT(pendingIn(data), 0, 20000);
        QVERIFY2(cp::test::sendSignal(watch, SIGTERM), said.constData());
        QVERIFY(waitFor(watch, 20000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
    }

    // `sync --watch` and two scripts writing on one data folder: no write refused, every
    // event reaches the server once, and the watch never takes the busy store for a new server.
    void oneDataFolderSharedByThreeProcesses()
    {
        const QString data = freshData(QStringLiteral("shared"));
        const QString incident = declare(data, m_alice, QStringLiteral("Shared folder"));
        const qint64 duplicatesBefore = duplicateCount();
        QProcess watch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMMANDPOST_TOKEN"), m_alice);
        environment.insert(QStringLiteral("COMMANDPOST_SERVER"), serverUrl());
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("commandpost.*=true"));
        watch.setProcessEnvironment(environment);
        watch.start(
            QStringLiteral(CLI_BINARY),
            {QStringLiteral("--data"), data, QStringLiteral("sync"), QStringLiteral("--watch")});
        QVERIFY(watch.waitForStarted());
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += watch.readAllStandardOutput()).contains("online"),
                                  said.constData(), 20000);
        constexpr int PerWriter = 300;
        QProcess writers[2];
        for (QProcess &writer : writers)
            startHelper(writer, data,
                        {QStringLiteral("offline"), incident, QString::number(PerWriter)},
                        QStringLiteral("-"), QStringLiteral("-"));
        QStringList written;
        for (QProcess &writer : writers) {
            QVERIFY(waitFor(writer, HelperTimeoutMs));
            QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
            written << QString::fromUtf8(writer.readAllStandardOutput())
                           .split(u'\n', Qt::SkipEmptyParts);
        }
        QCOMPARE(written.size(), 2 * PerWriter);
        QTRY_COMPARE_WITH_TIMEOUT(serverLog(incident).size(), 1 + 2 * PerWriter, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(pendingIn(data), 0, 20000);
        QVERIFY(cp::test::sendSignal(watch, SIGTERM));
        QVERIFY(waitFor(watch, 20000));
        const QByteArray log = watch.readAllStandardError();
        QVERIFY2(!log.contains("does not continue"), log.constData());
        QVERIFY2(!log.contains("local store:"), log.constData());
        QCOMPARE(duplicateCount(), duplicatesBefore);
        verifyExactlyOnce(incident, written, 1 + 2 * PerWriter);
    }

    void switchingServerKeepsLocalData()
    {
        // The workstation is pointed at another (empty) server: what it had confirmed on the
        // old one and what it wrote since are kept and offered to the new one, in order.
        const QString data = freshData(QStringLiteral("mover"));
        const QString incident = declare(data, m_alice, QStringLiteral("Moving servers"));
        QCOMPARE(cli(data, {QStringLiteral("note"), incident, QStringLiteral("before the move")},
                     m_alice)
                     .exitCode,
                 0);
        QCOMPARE(
            cli(data, {QStringLiteral("note"), incident, QStringLiteral("while away")}).exitCode,
            0);
        ServerProcess other(QStringLiteral(SERVER_BINARY),
                            createTestDatabase(m_dir, QStringLiteral("other")));
        const QString token = other.addUser(QStringLiteral("alice"), QStringLiteral("responder"));
        QVERIFY2(other.start(), qPrintable(other.output()));
        const QString otherUrl = QStringLiteral("http://127.0.0.1:%1").arg(other.port());

        const Run moved = cli(data, {QStringLiteral("sync")}, token, {}, otherUrl);
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(pendingIn(data), 0);
        HttpClient http;
        const HttpResult log =
            http.get(other.url(QStringLiteral("/api/v1/incidents/%1/events").arg(incident)), token);
        const QJsonArray events = log.json.value(u"events").toArray();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(2)[u"data"][u"text"].toString(), QStringLiteral("while away"));
        QCOMPARE(showJson(data, incident).value(u"notes").toArray().size(), 2);
        // And back to the first server: nothing doubled there either.
        QCOMPARE(cli(data, {QStringLiteral("sync")}, m_alice).exitCode, 0);
        QCOMPARE(serverLog(incident).size(), 3);
        QCOMPARE(other.terminate(), 0);
    }

    // A workstation whose disk fills up says so in the footer, as its own store's trouble and
    // not the server's, and goes on by itself once there is room again. The disk is real: a
    // small tmpfs mounted for the test (skipped where mounting is not allowed).
    void aFullDiskIsShownAsWhatItIs()
    {
        cp::test::SmallDisk disk(m_dir.filePath(QStringLiteral("small-disk")),
                                 QStringLiteral("384k"));
        if (!disk.isMounted())
            QSKIP("mounting a small tmpfs needs the right to mount");
        // Another workstation writes more than that disk holds.
        const QString incident =
            declare(freshData(QStringLiteral("writer")), m_bob, QStringLiteral("Filling up"));
        QVERIFY(!incident.isEmpty());
        const cp::EventFactory factory(cp::SystemClock::instance(), QStringLiteral("bob"));
        HttpClient http;
        for (int batch = 0; batch < 3; ++batch) {
            QJsonArray events;
            for (int i = 0; i < 100; ++i)
                events.append(cp::toJson(
                    factory.note(incident, QString(2000, u'x'), QStringLiteral("observation"))));
            const HttpResult posted =
                http.post(m_server->url(QStringLiteral("/api/v1/events")), m_bob,
                          QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson());
            QVERIFY2(posted.status == 200, qPrintable(posted.body));
        }

        cp::LocalStore store;
        const auto opened = store.open(disk.path(QStringLiteral("data")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        cp::Workspace workspace(store);
        workspace.sync()->apply({QUrl(serverUrl()), m_alice}, false);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.sync()->state(), cp::SyncStatus::State::StoreFailing,
                                  20000);
        QVERIFY2(workspace.sync()->stateText().contains(u"Disk full"),
                 qPrintable(workspace.sync()->stateText()));
        QVERIFY2(workspace.sync()->lastError().contains(u"no room left"),
                 qPrintable(workspace.sync()->lastError()));

        QVERIFY(disk.grow(QStringLiteral("32m")));
        workspace.sync()->retryNow(); // as the person does once they freed space
        QTRY_COMPARE_WITH_TIMEOUT(workspace.sync()->state(), cp::SyncStatus::State::Online, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(store.confirmedEvents(incident).size(), 301, 20000);
    }

    void consoleShowsChangesFromAnotherWorkstationLive()
    {
        const QString mine = freshData(QStringLiteral("console"));
        const QString theirs = freshData(QStringLiteral("cli"));
        const QString incident = declare(theirs, m_bob, QStringLiteral("Watched live"));
        cp::LocalStore store;
        QVERIFY(store.open(mine));
        cp::Workspace workspace(store);
        workspace.sync()->apply({QUrl(serverUrl()), m_alice}, false);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.sync()->state(), cp::SyncStatus::State::Online, 20000);
        workspace.select(incident);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.current()->title(), QStringLiteral("Watched live"),
                                  20000);

        // The console is parked on its long-poll: a change made elsewhere arrives at once.
        QProcess note;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMMANDPOST_TOKEN"), m_bob);
        environment.insert(QStringLiteral("COMMANDPOST_SERVER"), serverUrl());
        note.setProcessEnvironment(environment);
        QElapsedTimer sinceStarted;
        sinceStarted.start();
        note.start(QStringLiteral(CLI_BINARY),
                   {QStringLiteral("--data"), theirs, QStringLiteral("severity"), incident,
                    QStringLiteral("SEV1")});
        QVERIFY(waitFor(note, 30000));
        QCOMPARE(note.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.current()->severity(), QStringLiteral("SEV1"), 10000);
        // An upper bound: the CLI's own start, sync and exit are inside it.
        qInfo() << "console showed the change" << sinceStarted.elapsed()
                << "ms after the CLI was started";
        QCOMPARE(workspace.sync()->pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
