// The incremental projection against a full fold: after any random sequence of local writes,
// confirmations (in order, out of order, repeated, older ones filled in), requeues, events
// set aside and writes by another process, every incident's state is the fold of its log, and
// a view that follows the changes (as the console's timeline does) holds the log in order.
#include "eventfactory.h"
#include "localprojection.h"
#include "localstore.h"
#include "reducer.h"
#include "statejson.h"
#include "vocabulary.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {

// A server for the test: numbers confirmations, sometimes leaving gaps to fill in later.
struct FakeFeed
{
    qint64 nextSeq = 1;
    QList<Event> confirmed; // everything confirmed, by seq
    QList<Event> held;      // numbered but not delivered yet (a restricted incident's backfill)
};

QByteArray stateText(const IncidentState &state)
{
    return QJsonDocument(toJson(state)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestProjection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(14, 0), Qt::UTC)};

private slots:
    void incrementalEqualsAFullFold_data()
    {
        QTest::addColumn<quint32>("seed");
        const QByteArray fromEnv = qgetenv("CP_PROJECTION_SEED");
        if (!fromEnv.isEmpty()) {
            QTest::newRow("from CP_PROJECTION_SEED") << fromEnv.toUInt();
            return;
        }
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
        QTest::newRow("random") << QRandomGenerator::global()->generate();
    }

    static QByteArray recordText(const IncidentSummary &summary)
    {
        return QJsonDocument(summaryRecord(summary)).toJson(QJsonDocument::Compact);
    }

    void incrementalEqualsAFullFold()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const QString data =
            m_dir.filePath(QString::number(seed) + QStringLiteral("-%1").arg(random.generate()));
        LocalStore store, other; // `other` is another process on the same store file
        QVERIFY(store.open(data));
        QVERIFY(other.open(data));
        app::LocalProjection projection(store);
        projection.load();
        // A view that follows the changes, as the console's open incident does.
        QHash<QString, QList<Event>> views;
        int summaryChecks = 0, fromSummaries = 0;
        int refolds = 0, advances = 0; // changes that folded an incident again, or advanced it
        connect(&projection, &app::LocalProjection::changed, this,
                [&](const QList<Projection::Change> &changes, bool whole) {
                    if (whole)
                        views.clear(); // every view reads its incident again
                    for (const Projection::Change &change : changes) {
                        ++(change.refolded ? refolds : advances);
                        if (!views.contains(change.incident) && change.kept > 0)
                            continue; // no view of it was opened (its log was never read)
                        QList<Event> &view = views[change.incident];
                        QVERIFY(change.kept <= view.size());
                        view.resize(change.kept);
                        view.append(change.added);
                    }
                });
        EventFactory mine(m_clock, QStringLiteral("me")), theirs(m_clock, QStringLiteral("you"));
        FakeFeed feed;
        QStringList incidents;
        const auto anyIncident = [&] {
            return incidents.at(random.bounded(int(incidents.size())));
        };
        const auto stamped = [&](Event event) {
            event.seq = feed.nextSeq++;
            event.actor = QStringLiteral("server-") + event.actor;
            event.recordedAt = m_clock.now();
            return event;
        };
        const auto someEvent = [&](const EventFactory &factory, const QString &incident) {
            switch (random.bounded(4)) {
            case 0:
                return factory.assignRole(incident, vocab::Scribe,
                                          QStringLiteral("p%1").arg(random.bounded(5)));
            case 1:
                return factory.createTask(incident, QStringLiteral("t"), QStringLiteral("a"), 5);
            case 2:
                return factory.setStatus(incident, vocab::statuses().at(random.bounded(4)));
            default:
                return factory.note(incident, QStringLiteral("n%1").arg(random.bounded(100)),
                                    QStringLiteral("observation"));
            }
        };
        int steps[13] = {};
        bool unseen = false; // another process wrote, and the disk watch has not fired yet
        for (int step = 0; step < 300; ++step) {
            m_clock.advanceSeconds(7);
            // Mostly what a day brings (typing, confirmations), with every fault now and then.
            static constexpr int weights[13] = {5, 15, 15, 21, 8, 7, 10, 4, 5, 2, 1, 4, 3};
            int what = 0;
            for (int roll = int(random.bounded(100)); roll >= weights[what]; ++what)
                roll -= weights[what];
            if (incidents.isEmpty())
                what = 0;
            ++steps[what];
            switch (what) {
            case 0: { // declared here
                const Event declared = mine.declare(QStringLiteral("i"), QStringLiteral("SEV2"));
                incidents << declared.incident;
                QVERIFY(store.append(declared));
                break;
            }
            case 1: // typed here, a batch
            case 2: {
                const QString incident = anyIncident();
                QList<Event> batch{someEvent(mine, incident)};
                if (random.bounded(3) == 0)
                    batch << someEvent(mine, incident);
                QVERIFY(store.append(batch));
                break;
            }
            case 3: { // the server confirms some of ours, in order, with others' in between
                QList<Event> confirmed;
                for (const Event &event : store.oldestPending(int(random.bounded(1, 4)))) {
                    if (random.bounded(3) == 0)
                        confirmed << stamped(someEvent(theirs, anyIncident()));
                    confirmed << stamped(event);
                }
                QVERIFY(store.applyConfirmed(confirmed, feed.nextSeq - 1));
                feed.confirmed << confirmed;
                break;
            }
            case 4: { // ours confirmed out of the order made (another's confirmation first)
                const QList<Event> pending = store.oldestPending(3);
                if (pending.size() < 2)
                    break;
                QList<Event> confirmed{stamped(pending.at(1)), stamped(pending.at(0))};
                QVERIFY(store.applyConfirmed(confirmed, feed.nextSeq - 1));
                feed.confirmed << confirmed;
                break;
            }
            case 5: { // a repeated delivery, or an older event filled in
                if (!feed.held.isEmpty()) {
                    QVERIFY(store.applyConfirmed(feed.held, 0));
                    feed.confirmed << feed.held;
                    feed.held.clear();
                } else if (!feed.confirmed.isEmpty()) {
                    QVERIFY(store.applyConfirmed({feed.confirmed.last()}, 0));
                    feed.held << stamped(someEvent(theirs, anyIncident())); // to fill in later
                    const Event after = stamped(someEvent(theirs, anyIncident()));
                    QVERIFY(store.applyConfirmed({after}, after.seq));
                    feed.confirmed << after;
                }
                break;
            }
            case 6: { // another process writes: a CLI's note, or its sync's confirmations
                if (random.bounded(2) == 0) {
                    QVERIFY(other.append(someEvent(mine, anyIncident())));
                } else {
                    QList<Event> confirmed;
                    for (const Event &event : other.oldestPending(2))
                        confirmed << stamped(event);
                    confirmed << stamped(someEvent(theirs, anyIncident()));
                    QVERIFY(other.applyConfirmed(confirmed, feed.nextSeq - 1));
                    feed.confirmed << confirmed;
                }
                unseen = true; // until the disk watch fires, a few steps later
                break;
            }
            case 7: { // the server lost the newest events: ours go out again
                if (random.bounded(4) != 0 || feed.confirmed.size() < 3)
                    break;
                const qint64 after = feed.confirmed.at(feed.confirmed.size() - 3).seq;
                const bool byOther = random.bounded(2) == 0;
                QVERIFY((byOther ? other : store).requeueConfirmed(after));
                feed.confirmed.removeIf([&](const Event &event) { return event.seq > after; });
                unseen = unseen || byOther;
                break;
            }
            case 8: { // refused for good: set aside, by either process
                const bool byOther = random.bounded(3) == 0;
                const QList<Event> pending = store.oldestPending(1);
                if (!pending.isEmpty())
                    QVERIFY((byOther ? other : store)
                                .reject(pending.first().id, QStringLiteral("refused")));
                unseen = unseen || byOther;
                break;
            }
            case 9: { // what was set aside is sent again under new ids
                const bool byOther = random.bounded(2) == 0;
                QVERIFY((byOther ? other : store).resendRejected());
                unseen = unseen || byOther;
                break;
            }
            case 11: { // the console opens an incident: its log read, its state loaded
                if (unseen)
                    break; // (shown from the log read until the catch-up: not compared here)
                const QString incident = anyIncident();
                const QList<Event> log = store.events(incident);
                QVERIFY(projection.adopt(incident, log));
                views.insert(incident, log);
                break;
            }
            case 12: // the event loop turns: an open incident may be folded in the background
                QCoreApplication::processEvents();
                break;
            case 10: { // a first clock offset moves what the outbox holds
                const bool byOther = random.bounded(2) == 0;
                QVERIFY((byOther ? other : store)
                            .recordFirstClockOffset(QStringLiteral("offset-%1").arg(step),
                                                    qint64(random.bounded(5000, 60000)), 2000));
                unseen = unseen || byOther;
                break;
            }
            }
            if (unseen && random.bounded(3) == 0) { // the disk watch fires
                emit store.changed(StoreChange{});
                unseen = false;
            }
            // The store's summaries are of the logs as they stand, whoever wrote and reads.
            if (random.bounded(2) == 0) {
                auto summaries = (random.bounded(2) == 0 ? other : store).summaries();
                QVERIFY2(summaries, qPrintable(summaries.error()));
                QHash<QString, IncidentSummary> byIncident;
                for (const IncidentSummary &summary : *summaries)
                    byIncident.insert(summary.id, summary);
                for (const QString &incident : incidents) {
                    const QList<Event> log = store.events(incident);
                    QCOMPARE(byIncident.contains(incident), !log.isEmpty());
                    if (!log.isEmpty())
                        QCOMPARE(recordText(byIncident.value(incident)),
                                 recordText(summarize(Reducer::fold(log))));
                }
                for (const QString &incident : byIncident.keys())
                    QVERIFY2(incidents.contains(incident), qPrintable(incident));
                ++summaryChecks;
            }
            if (unseen)
                continue; // the view is behind the disk until then
            for (const QString &incident : incidents) {
                const QList<Event> log = store.events(incident);
                // An incident of which nothing is left (its events set aside) is gone; one not
                // loaded is listed by the summary the store keeps.
                const auto summary = projection.summary(incident);
                QVERIFY2(summary.has_value() != log.isEmpty(), qPrintable(incident));
                if (summary)
                    QCOMPARE(recordText(*summary), recordText(summarize(Reducer::fold(log))));
                if (const IncidentState *state = projection.find(incident))
                    QCOMPARE(stateText(*state), stateText(Reducer::fold(log)));
                else if (summary)
                    ++fromSummaries;
                if (views.contains(incident)) {
                    QStringList viewIds, logIds;
                    for (const Event &event : views.value(incident))
                        viewIds << event.id + u'@' + QString::number(event.seq);
                    for (const Event &event : log)
                        logIds << event.id + u'@' + QString::number(event.seq);
                    QCOMPARE(viewIds, logIds);
                }
            }
        }
        qInfo("seed %u: %d declared, %d typed, %d confirmed, %d out of order, %d repeated or "
              "filled in, %d by another process, %d requeues, %d set aside, %d sent again, %d "
              "re-timed, %d opened; %d incidents advanced, %d folded again, %d listed from the "
              "store's summary unfolded; summaries checked %d times",
              seed, steps[0], steps[1] + steps[2], steps[3], steps[4], steps[5], steps[6], steps[7],
              steps[8], steps[9], steps[10], steps[11], advances, refolds, fromSummaries,
              summaryChecks);
        QVERIFY(advances > refolds); // the incremental path is the one mostly taken
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
