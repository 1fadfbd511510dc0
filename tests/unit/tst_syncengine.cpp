// SyncEngine against the real server code in this process (ApiServer on a SQLite store and a
// loopback port), so the server's clock, limits and contents can be set from the test.
#include "apiserver.h"
#include "eventfactory.h"
#include "localstore.h"
#include "serverharness.h"
#include "syncengine.h"
#include "timeformat.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cp;
using namespace cp::server;
using cp::sync::SyncEngine;

// Everything logged while it lives, with every category on.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("commandpost.*=true"));
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &text) { s_lines << text; });
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules({});
    }
    static QString all() { return s_lines.join(u'\n'); }

private:
    static inline QStringList s_lines;
    QtMessageHandler m_previous;
};

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_serverClock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<ServerStore> m_serverStore;
    std::unique_ptr<ApiServer> m_server;
    QString m_token;
    quint16 m_port = 0;
    LocalStore m_local;
    const EventFactory m_events{SystemClock::instance(), QStringLiteral("tester")};
    QString m_incident;

    void startServer(const Limits &limits = {}, quint16 port = 0)
    {
        m_server = std::make_unique<ApiServer>(*m_serverStore, limits, m_serverClock);
        QVERIFY(m_server->loadIndex());
        const auto bound = m_server->listenOn({QHostAddress::LocalHost, port});
        QVERIFY2(bound, bound ? "" : qPrintable(bound.error()));
        m_port = *bound;
    }
    sync::SyncConfig config(const QString &token = {}) const
    {
        return {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)),
                token.isEmpty() ? m_token : token};
    }
    static SyncEngine::Options quick()
    {
        SyncEngine::Options options;
        options.backoffBaseMs = 20;
        options.backoffCapMs = 60000; // long: only retryNow() brings it back quickly
        return options;
    }
    bool round(SyncEngine &engine)
    {
        QSignalSpy finished(&engine, &SyncEngine::roundFinished);
        engine.syncOnce();
        return finished.wait(20000) && finished.first().first().toBool();
    }
    QList<Event> notes(int count)
    {
        QList<Event> events;
        for (int i = 0; i < count; ++i)
            events << m_events.note(m_incident, QStringLiteral("note %1").arg(i),
                                    QStringLiteral("observation"));
        return events;
    }

private slots:
    void init()
    {
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        m_serverClock.set(QDateTime::currentDateTimeUtc());
        m_serverStore = std::make_unique<ServerStore>();
        DatabaseSpec spec;
        spec.path = m_dir.filePath(name + QStringLiteral(".sqlite"));
        QVERIFY(m_serverStore->open(spec));
        const auto token = m_serverStore->addUser(QStringLiteral("alice"), UserRole::Responder,
                                                  m_serverClock.now());
        QVERIFY(token);
        m_token = *token;
        startServer();
        QVERIFY(m_local.open(m_dir.filePath(name)));
        const Event declared =
            m_events.declare(QStringLiteral("Sync engine"), QStringLiteral("SEV2"));
        m_incident = declared.incident;
        QVERIFY(m_local.append(declared));
    }

    void cleanup()
    {
        m_local.close();
        m_server.reset();
        m_serverStore.reset();
    }

    void aRoundSendsTheOutboxAndBringsItBackConfirmed()
    {
        QVERIFY(m_local.append(notes(3)));
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        QCOMPARE(engine.state(), SyncEngine::State::Disabled);
        engine.setConfig(config());
        QVERIFY(round(engine));
        QCOMPARE(engine.state(), SyncEngine::State::Online);
        QCOMPARE(m_local.pendingCount(), 0);
        QCOMPARE(m_local.confirmedEvents().size(), 4);
        QCOMPARE(m_local.cursor().value_or(-1), 4);
        QVERIFY(engine.lastSyncedAt().isValid());
        QVERIFY(engine.lastError().isEmpty());
        for (const Event &event : m_local.confirmedEvents())
            QCOMPARE(event.actor, QStringLiteral("alice")); // stamped by the server
    }

    void anEventTheClientCannotReadIsSkippedAndSyncGoesOn()
    {
        // A row an older server accepted (UTC year 0) and serves as "occurred_at": "".
        const Event bad =
            m_events.note(m_incident, QStringLiteral("unreadable"), QStringLiteral("observation"));
        const Event after =
            m_events.note(m_incident, QStringLiteral("after it"), QStringLiteral("observation"));
        QVERIFY(m_serverStore->append({bad, after}, QStringLiteral("bob"), m_serverClock.now()));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                              QStringLiteral(".sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.prepare(
                QStringLiteral("UPDATE events SET body = replace(body, ?, ?) WHERE id = ?")));
            query.addBindValue(
                QStringLiteral("\"occurred_at\":\"%1\"").arg(formatTime(bad.occurredAt)));
            query.addBindValue(QStringLiteral("\"occurred_at\":\"\""));
            query.addBindValue(bad.id);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const auto problems = m_serverStore->check();
        QVERIFY(problems);
        QVERIFY2(problems->join(u' ').contains(u"occurred_at cannot be read back"),
                 qPrintable(problems->join(u'\n')));

        QVERIFY(m_local.append(notes(1)));
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("skipped events .* cannot read")));
        engine.setConfig(config());
        QVERIFY(round(engine)); // the feed goes on past it
        QCOMPARE(m_local.pendingCount(), 0);
        QStringList texts;
        for (const Event &event : m_local.confirmedEvents())
            texts << event.text(QStringLiteral("text"));
        QVERIFY(texts.contains(QStringLiteral("after it")));
        QVERIFY(!texts.contains(QStringLiteral("unreadable")));
        QVERIFY2(engine.lastError().contains(bad.id), qPrintable(engine.lastError()));
        QVERIFY(m_local.metaValue(QStringLiteral("unreadable_events"))
                    .value_or(QString())
                    .contains(bad.id));
    }

    void aLeadingByteOrderMarkSurvivesTheServer()
    {
        const QString text = QChar(0xFEFF) + QStringLiteral("starts with a byte order mark");
        const Event note = m_events.note(m_incident, text, QStringLiteral("observation"));
        QVERIFY(m_local.append(note));
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config());
        QVERIFY(round(engine));
        QCOMPARE(m_local.pendingCount(), 0);
        QVERIFY(m_local.rejectedEvents().isEmpty()); // not a conflict with itself
        bool found = false;
        for (const Event &event : m_local.confirmedEvents())
            found = found || (event.id == note.id && event.text(QStringLiteral("text")) == text);
        QVERIFY(found);
        const auto stored = m_serverStore->eventsAfter(0, 100);
        QVERIFY(stored);
        QVERIFY(std::ranges::any_of(*stored, [&](const Event &event) {
            return event.id == note.id && event.text(QStringLiteral("text")) == text;
        })); // the server kept it as sent
    }

    void measuresAndKeepsTheServerClockOffset()
    {
        m_serverClock.set(QDateTime::currentDateTimeUtc().addSecs(3600));
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config());
        QVERIFY(round(engine));
        QVERIFY(engine.clockOffsetMs());
        QVERIFY2(std::abs(*engine.clockOffsetMs() - 3600000) < 2000,
                 qPrintable(QString::number(*engine.clockOffsetMs())));
        // New events and countdowns read the corrected clock...
        QVERIFY(std::abs(engine.serverClock().now().secsTo(m_serverClock.now())) < 2);
        // ...and the next run starts from the measured offset.
        QVERIFY(std::abs(SyncEngine::storedClockOffsetMs(m_local) - 3600000) < 2000);
    }

    // Written before this machine (an hour fast) ever reached the server: the events go out
    // on the server's clock, not an hour in everyone else's future.
    void eventsMadeBeforeTheFirstOffsetGoOutOnTheServersClock()
    {
        m_serverClock.set(QDateTime::currentDateTimeUtc().addSecs(-3600));
        const QList<Event> offline = notes(2);
        QVERIFY(m_local.append(offline));
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config());
        QVERIFY(round(engine));
        const auto onServer = m_serverStore->incidentEvents(m_incident);
        QVERIFY(onServer);
        QCOMPARE(onServer->size(), 3);
        for (const Event &event : *onServer)
            QVERIFY2(std::abs(event.occurredAt.secsTo(m_serverClock.now())) < 5,
                     qPrintable(formatTime(event.occurredAt)));
        // Once the offset is known, nothing is moved again.
        const Event later = notes(1).first();
        QVERIFY(m_local.append(later));
        QVERIFY(round(engine));
        QCOMPARE(m_local.confirmedEvents().last().occurredAt, later.occurredAt);
    }

    void anEventTheServerRefusesIsSetAsideAndTheRestGoesOut()
    {
        // The server holds an event with this id and other content (409 for any batch with it).
        const QList<Event> mine = notes(3);
        Event clash = mine.at(1);
        clash.data.insert(QStringLiteral("text"), QStringLiteral("different words"));
        QVERIFY(m_serverStore->append({clash}, QStringLiteral("bob"), m_serverClock.now()));
        startServer(); // reload the index with it
        QVERIFY(m_local.append(mine));

        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config());
        QVERIFY(round(engine));
        QCOMPARE(m_local.pendingCount(), 0);
        const auto rejected = m_local.rejectedEvents();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().event.id, mine.at(1).id);
        QVERIFY2(rejected.first().reason.contains(QStringLiteral("other content")),
                 qPrintable(rejected.first().reason));
        QCOMPARE(rejected.first().event.text(QStringLiteral("text")),
                 mine.at(1).text(QStringLiteral("text")));
        QCOMPARE(engine.rejectedCount(), 1);
        // The others went out; the server's own version of the clash came back.
        const QList<Event> confirmed = m_local.confirmedEvents();
        QCOMPARE(confirmed.size(), 4);
        QCOMPARE(confirmed.first().text(QStringLiteral("text")), QStringLiteral("different words"));
    }

    void aConflictingPushIsSetAsideOneByOne()
    {
        // The server holds an id of ours in a restricted incident alice may not see: her feed
        // never shows it, so only the push finds out (409 for the whole batch).
        Event secret = m_events.declare(QStringLiteral("Security"), QStringLiteral("SEV1"));
        secret.data.insert(QStringLiteral("restricted"), true);
        const QList<Event> mine = notes(4);
        Event clash =
            m_events.note(secret.incident, QStringLiteral("hidden"), QStringLiteral("observation"));
        clash.id = mine.at(2).id;
        m_server.reset();
        QVERIFY(m_serverStore->append({secret, clash}, QStringLiteral("bob"), m_serverClock.now()));
        startServer({}, m_port);
        QVERIFY(m_local.append(mine));

        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config());
        QVERIFY(round(engine));
        QCOMPARE(m_local.pendingCount(), 0);
        const auto rejected = m_local.rejectedEvents();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().event.id, mine.at(2).id);
        QVERIFY2(rejected.first().reason.contains(QStringLiteral("refused by the server")),
                 qPrintable(rejected.first().reason));
        QVERIFY2(engine.lastError().contains(mine.at(2).id), qPrintable(engine.lastError()));
        QCOMPARE(m_serverStore->incidentEvents(m_incident)->size(), 4); // declared + 3 notes

        // Sent again under a new id, what was typed reaches the server after all.
        engine.resendRejected();
        QVERIFY(round(engine));
        QCOMPARE(engine.rejectedCount(), 0);
        const auto onServer = m_serverStore->incidentEvents(m_incident);
        QCOMPARE(onServer->size(), 5);
        QCOMPARE(onServer->last().text(QStringLiteral("text")),
                 mine.at(2).text(QStringLiteral("text")));
        QVERIFY(engine.lastError().isEmpty());
    }

    void aBatchTooLargeForTheServerIsSplit()
    {
        Limits limits;
        limits.maxBatch = 3;
        startServer(limits);
        QVERIFY(m_local.append(notes(10)));
        SyncEngine::Options options = quick();
        options.batchSize = 50;
        SyncEngine engine(m_local, SystemClock::instance(), options);
        engine.setConfig(config());
        QVERIFY(round(engine));
        QCOMPARE(m_local.pendingCount(), 0);
        QCOMPARE(m_local.confirmedEvents().size(), 11);
        QCOMPARE(engine.rejectedCount(), 0);
    }

    void aServerThatLostEventsGetsThemAgain()
    {
        QVERIFY(m_local.append(notes(2)));
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config());
        QVERIFY(round(engine));
        QCOMPARE(m_local.cursor().value_or(-1), 3);
        // Restored from a backup taken after the declaration only.
        m_server.reset();
        QCOMPARE(executeSql(m_serverStore->spec().path,
                            QStringLiteral("DELETE FROM events WHERE seq > 1")),
                 QString());
        startServer({}, m_port);
        QVERIFY(round(engine));
        QCOMPARE(m_local.pendingCount(), 0);
        const auto onServer = m_serverStore->incidentEvents(m_incident);
        QVERIFY(onServer);
        QCOMPARE(onServer->size(), 3);
        QCOMPARE(m_local.confirmedEvents().size(), 3);
        QCOMPARE(m_local.cursor().value_or(-1), onServer->last().seq);
    }

    // Another process holding the store past the busy timeout is the store's trouble: said as
    // such, never taken for a changed server (which would send every confirmed event again).
    void aBusyStoreIsALocalErrorNotAChangedServer()
    {
        QVERIFY(m_local.append(notes(2)));
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config());
        QVERIFY(round(engine));
        QVERIFY(m_local.append(notes(1)));
        m_local.setBusyTimeoutMs(50);
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(m_local.filePath());
        QVERIFY(holder.open());
        QSqlQuery hold(holder);
        QVERIFY2(hold.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(hold.lastError().text()));
        QVERIFY(!round(engine)); // pushed, but the confirmation cannot be recorded
        QVERIFY2(engine.lastError().startsWith(QStringLiteral("local store: ")),
                 qPrintable(engine.lastError()));
        QVERIFY2(engine.lastError().contains(QStringLiteral("busy")),
                 qPrintable(engine.lastError()));
        QVERIFY(engine.state() != SyncEngine::State::Offline);
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        hold = QSqlQuery();
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        LogCapture log;
        QVERIFY(round(engine));
        QVERIFY2(!LogCapture::all().contains(QStringLiteral("does not continue")),
                 qPrintable(LogCapture::all()));
        QCOMPARE(m_local.pendingCount(), 0);
        QCOMPARE(m_local.confirmedEvents().size(), 4);
        QCOMPARE(m_serverStore->incidentEvents(m_incident)->size(), 4);
        QVERIFY(engine.lastError().isEmpty());
    }

    void aRestoredServerGetsOurEventsBeforeThePendingOnes()
    {
        QVERIFY(m_local.append(notes(2)));
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config());
        QVERIFY(round(engine));
        // Restored from a backup taken after the declaration only; then a new note here.
        m_server.reset();
        QCOMPARE(executeSql(m_serverStore->spec().path,
                            QStringLiteral("DELETE FROM events WHERE seq > 1")),
                 QString());
        const Event later = notes(1).first();
        QVERIFY(m_local.append(later));
        startServer({}, m_port);
        QVERIFY(round(engine));
        const auto onServer = m_serverStore->incidentEvents(m_incident);
        QCOMPARE(onServer->size(), 4);
        QCOMPARE(onServer->at(1).text(QStringLiteral("text")), QStringLiteral("note 0"));
        QCOMPARE(onServer->at(2).text(QStringLiteral("text")), QStringLiteral("note 1"));
        QCOMPARE(onServer->at(3).id, later.id); // after what it was written after
        QCOMPARE(m_local.pendingCount(), 0);
        QCOMPARE(m_local.confirmedEvents().size(), 4);
    }

    void aRestoredServerThatMovedOnIsNoticed()
    {
        QVERIFY(m_local.append(notes(2)));
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config());
        QVERIFY(round(engine));
        QCOMPARE(m_local.cursor().value_or(-1), 3);
        // Restored (seqs 2 and 3 free again), and others wrote before we came back: the
        // server's seq 3 is now someone else's event.
        m_server.reset();
        for (const QString &sql : {QStringLiteral("DELETE FROM events WHERE seq > 1"),
                                   QStringLiteral("UPDATE sqlite_sequence SET seq = 1 WHERE "
                                                  "name = 'events'")})
            QCOMPARE(executeSql(m_serverStore->spec().path, sql), QString());
        const EventFactory bob(SystemClock::instance(), QStringLiteral("bob"));
        QList<Event> theirs;
        for (int i = 0; i < 3; ++i)
            theirs << bob.note(m_incident, QStringLiteral("bob %1").arg(i),
                               QStringLiteral("action"));
        QVERIFY(m_serverStore->append(theirs, QStringLiteral("bob"), m_serverClock.now()));
        startServer({}, m_port);
        QVERIFY(round(engine));
        const auto onServer = m_serverStore->incidentEvents(m_incident);
        QCOMPARE(onServer->size(), 6);
        QCOMPARE(m_local.confirmedEvents().size(), 6);
        QCOMPARE(m_local.pendingCount(), 0);
        QStringList serverIds;
        for (const Event &event : *onServer)
            serverIds << event.id;
        QStringList localIds;
        for (const Event &event : m_local.confirmedEvents())
            localIds << event.id;
        QCOMPARE(localIds, serverIds);
    }

    void aRestrictedIncidentSeenLateIsFetchedWhole()
    {
        const auto bobToken =
            m_serverStore->addUser(QStringLiteral("bob"), UserRole::Responder, m_serverClock.now());
        QVERIFY(bobToken);
        Event secret = m_events.declare(QStringLiteral("Security"), QStringLiteral("SEV1"));
        secret.data.insert(QStringLiteral("restricted"), true);
        QList<Event> early{secret};
        for (int i = 0; i < 12; ++i)
            early << m_events.note(secret.incident, QStringLiteral("early %1").arg(i),
                                   QStringLiteral("observation"));
        m_server.reset();
        QVERIFY(m_serverStore->append(early, QStringLiteral("bob"), m_serverClock.now()));
        // Pages of a few events each, by bytes: the log comes in several.
        Limits smallPages;
        smallPages.maxPageBytes = 1500;
        startServer(smallPages, m_port);
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config());
        QVERIFY(round(engine)); // alice's feed skips the restricted incident
        QVERIFY(!m_local.incidentIds().contains(secret.incident));

        m_server.reset();
        QVERIFY(
            m_serverStore->append({m_events.assignRole(secret.incident, QStringLiteral("deputy"),
                                                       QStringLiteral("alice"))},
                                  QStringLiteral("bob"), m_serverClock.now()));
        startServer(smallPages, m_port);
        QVERIFY(round(engine));
        QVERIFY(m_local.incidentIds().contains(secret.incident));
        const IncidentState state = m_local.incident(secret.incident);
        QCOMPARE(state.title, QStringLiteral("Security"));
        QCOMPARE(state.notes.size(), 12);
        QCOMPARE(state.roles.value(QStringLiteral("deputy")).person, QStringLiteral("alice"));
    }

    void anEventNoLongerVisibleIsNoReasonToResend()
    {
        // An admin synced a restricted incident; the workstation then signs in as someone
        // not named in it. The newest confirmed event is hidden now: nothing is requeued.
        const auto admin =
            m_serverStore->addUser(QStringLiteral("root"), UserRole::Admin, m_serverClock.now());
        const auto bob =
            m_serverStore->addUser(QStringLiteral("bob"), UserRole::Responder, m_serverClock.now());
        QVERIFY(admin && bob);
        Event secret = m_events.declare(QStringLiteral("Security"), QStringLiteral("SEV1"));
        secret.data.insert(QStringLiteral("restricted"), true);
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config(*admin));
        QVERIFY(round(engine));
        m_server.reset();
        QVERIFY(m_serverStore->append({secret}, QStringLiteral("carol"), m_serverClock.now()));
        startServer({}, m_port);
        QVERIFY(round(engine));
        QCOMPARE(m_local.lastConfirmed().value().value().first, secret.id);

        engine.setConfig(config(*bob));
        QVERIFY(round(engine));
        QCOMPARE(m_local.pendingCount(), 0);
        QCOMPARE(m_local.confirmedEvents().size(), 2);
        QCOMPARE(engine.state(), SyncEngine::State::Online);
    }

    void unreachableThenBackOnRetryNow()
    {
        const quint16 port = m_port;
        m_server.reset(); // nothing listens there now
        QVERIFY(m_local.append(notes(1)));
        SyncEngine::Options patient = quick();
        patient.backoffBaseMs = 60000; // the first wait is 30 s or more
        SyncEngine engine(m_local, SystemClock::instance(), patient);
        engine.setConfig(config());
        engine.start();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Offline);
        QVERIFY2(engine.lastError().contains(QStringLiteral("unreachable")),
                 qPrintable(engine.lastError()));
        QCOMPARE(engine.pendingCount(), 2); // kept
        // The server is back, but the engine would wait out its backoff: past this test's
        // patience. Only the retry brings it online in time.
        startServer({}, port);
        engine.retryNow(); // what a network-back notice or F5 does
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Online, 10000);
        QCOMPARE(engine.pendingCount(), 0);
        QVERIFY(engine.lastError().isEmpty());
    }

    void aRejectedTokenStopsTheLoop()
    {
        LogCapture log;
        SyncEngine engine(m_local, SystemClock::instance(), quick());
        engine.setConfig(config(QStringLiteral("cpt_wrong")));
        QSignalSpy states(&engine, &SyncEngine::stateChanged);
        engine.start();
        QTRY_COMPARE(engine.state(), SyncEngine::State::AuthFailed);
        QVERIFY2(engine.lastError().contains(QStringLiteral("not allowed")),
                 qPrintable(engine.lastError()));
        QVERIFY(!engine.lastError().contains(QStringLiteral("cpt_wrong")));
        // Nothing more is tried: a local write does not wake it either.
        const int changes = int(states.size());
        QVERIFY(m_local.append(notes(1)));
        QTest::qWait(200);
        QCOMPARE(engine.state(), SyncEngine::State::AuthFailed);
        QCOMPARE(int(states.size()), changes);
        // A new token is a new start.
        engine.setConfig(config());
        QTRY_COMPARE(engine.state(), SyncEngine::State::Online);
        QCOMPARE(engine.pendingCount(), 0);
        // Neither token is ever logged, by the client or the server, at any level.
        QVERIFY(LogCapture::all().contains(QStringLiteral("auth_failed"))); // it did log
        QVERIFY(!LogCapture::all().contains(QStringLiteral("cpt_wrong")));
        QVERIFY(!LogCapture::all().contains(m_token));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
