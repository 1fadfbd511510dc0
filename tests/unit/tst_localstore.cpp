#include "localstore.h"
#include "processsignal.h"
#include "reducer.h"
#include "smalldisk.h"
#include "testevents.h"
#include "vocabulary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace cp;

class TestLocalStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_round = 0;

    QString freshDir() { return m_dir.filePath(QStringLiteral("store%1").arg(++m_round)); }

    static IncidentScript declaredIncident()
    {
        IncidentScript s;
        s.declare();
        s.events.first().seq = 0; // made here: pending until a server confirms it
        return s;
    }

    // The incidents whose stored summary was made stale (by a write) and not made again.
    static QStringList staleSummaries(const QString &file)
    {
        QStringList stale;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("summaries"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT incident FROM summaries WHERE format = 0 "
                                          "ORDER BY incident"));
                while (query.next())
                    stale << query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("summaries"));
        return stale;
    }

    // Runs one statement on the store file through a connection of its own, as another
    // program would.
    static bool execOn(const QString &file, const QString &sql)
    {
        bool done = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(file);
            done = db.open() && QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        return done;
    }

    static QByteArray summaryText(const IncidentSummary &summary)
    {
        return QJsonDocument(summaryRecord(summary)).toJson(QJsonDocument::Compact);
    }

    // The store's summaries against a fold of each incident's log, read now.
    static void compareSummaries(LocalStore &reader, const LocalStore &store)
    {
        const auto summaries = reader.summaries();
        QVERIFY2(summaries, qPrintable(summaries.error()));
        QStringList ids;
        for (const IncidentSummary &summary : *summaries) {
            ids << summary.id;
            QCOMPARE(summaryText(summary), summaryText(summarize(store.incident(summary.id))));
        }
        ids.sort();
        QStringList withLogs;
        for (const QString &incident : store.incidentIds())
            withLogs << incident;
        QCOMPARE(ids, withLogs);
    }

    static QStringList noteTexts(const LocalStore &store, const QString &incident)
    {
        QStringList texts;
        for (const auto &note : store.incident(incident).notes)
            texts << note.text;
        return texts;
    }

private slots:
    void opensWithWalAndFullSync()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        QCOMPARE(store.schemaVersion(), LocalStore::SchemaVersion);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(store.filePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        query.finish();
        // synchronous is per connection: read it through the store's own.
        QCOMPARE(store.pragma(QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void appendedEventsSurviveReopen()
    {
        const QString dir = freshDir();
        IncidentScript s = declaredIncident();
        const Event note =
            s.factory.note(s.incident, QStringLiteral("disk full"), QStringLiteral("observation"));
        {
            LocalStore store;
            QVERIFY(store.open(dir));
            QVERIFY(store.append(s.events.first()));
            QVERIFY(store.append(note));
        }
        LocalStore reopened;
        QVERIFY(reopened.open(dir));
        QCOMPARE(reopened.pendingCount(), 2);
        const QList<Event> events = reopened.events(s.incident);
        QCOMPARE(events.size(), 2);
        QVERIFY(events[1].sameContent(note));
        QCOMPARE(events[1].actor, QStringLiteral("alice"));
        QCOMPARE(reopened.incidentIds(), QStringList{s.incident});
        QCOMPARE(reopened.incident(s.incident).notes.size(), 1);
    }

    void invalidBatchChangesNothing()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s = declaredIncident();
        Event bad = s.factory.note(s.incident, QStringLiteral("x"), QStringLiteral("gossip"));
        QSignalSpy changed(&store, &LocalStore::changed);
        const auto result = store.append({s.events.first(), bad});
        QVERIFY(!result);
        QCOMPARE(result.error(),
                 QStringList{QStringLiteral("events[1].data.kind: must be one of observation, "
                                            "action, decision, communication, todo")});
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void reusedIdIsRefused()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s = declaredIncident();
        QVERIFY(store.append(s.events.first()));
        const Event other = s.factory.note(s.incident, QStringLiteral("x"), QStringLiteral("todo"));
        const auto result = store.append({other, s.events.first()});
        QVERIFY(!result);
        QCOMPARE(result.error(),
                 QStringList{QStringLiteral("events[1].id: event %1 is stored already")
                                 .arg(s.events.first().id)});
        QCOMPARE(store.pendingCount(), 1); // `other` was not written either
    }

    void duplicateInsideBatchIsRefused()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s = declaredIncident();
        const auto result = store.append({s.events.first(), s.events.first()});
        QVERIFY(!result);
        QVERIFY(result.error().first().contains(QStringLiteral("appears twice")));
        QCOMPARE(store.pendingCount(), 0);
    }

    void appendSignalsChangedIncident()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s = declaredIncident();
        QSignalSpy changed(&store, &LocalStore::changed);
        QVERIFY(store.append(s.events.first()));
        QCOMPARE(changed.count(), 1);
        const auto change = changed.first().first().value<StoreChange>();
        QCOMPARE(change.incidents, QStringList{s.incident});
        QCOMPARE(int(change.kind), int(StoreChange::Kind::Appended));
        QCOMPARE(change.events.size(), 1);
    }

    void confirmedEventsFoldBeforePending()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s = declaredIncident();
        const Event mine =
            s.factory.assignRole(s.incident, QStringLiteral("scribe"), QStringLiteral("mine"));
        QVERIFY(store.append({s.events.first(), mine}));
        // The server confirms the declaration and someone else's later-seq assignment.
        Event declared = s.events.first();
        declared.seq = 1;
        Event theirs =
            s.factory.assignRole(s.incident, QStringLiteral("scribe"), QStringLiteral("theirs"));
        theirs.seq = 2;
        QVERIFY(store.applyConfirmed({declared, theirs}, 2));
        QCOMPARE(store.cursor().value_or(-1), 2);
        QCOMPARE(store.pendingCount(), 1); // the declaration left the outbox
        // Pending folds after confirmed: our unconfirmed assignment shows for now.
        QCOMPARE(store.incident(s.incident).roles.value(QStringLiteral("scribe")).person,
                 QStringLiteral("mine"));
        QCOMPARE(store.confirmedEvents(s.incident).size(), 2);
    }

    void applyingTheSameConfirmationTwiceIsHarmless()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s;
        s.declare();
        QVERIFY(store.applyConfirmed(s.events, 1));
        QVERIFY(store.applyConfirmed(s.events, 1));
        QCOMPARE(store.confirmedEvents().size(), 1);
    }

    void confirmationsNeedSeqAndAKeepCursorMonotonic()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s;
        s.declare();
        Event unnumbered = s.factory.note(s.incident, QStringLiteral("x"), QStringLiteral("todo"));
        QVERIFY(!store.applyConfirmed({unnumbered}, 5));
        QCOMPARE(store.cursor().value_or(-1), 0);
        QVERIFY(store.applyConfirmed(s.events, 7));
        QVERIFY(store.applyConfirmed({}, 3));
        QCOMPARE(store.cursor().value_or(-1), 7);
        // Another id claiming a stored seq is refused, and nothing of that batch is kept.
        Event clash = s.factory.note(s.incident, QStringLiteral("y"), QStringLiteral("todo"));
        clash.seq = 1;
        Event fine = s.factory.note(s.incident, QStringLiteral("z"), QStringLiteral("todo"));
        fine.seq = 8;
        QVERIFY(!store.applyConfirmed({fine, clash}, 8));
        QCOMPARE(store.confirmedEvents().size(), 1);
        QCOMPARE(store.cursor().value_or(-1), 7);
    }

    void requeueKeepsFoldOrderAndMovesTheCursorBack()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s;
        s.declare();
        s.add(s.factory.note(s.incident, QStringLiteral("first"), QStringLiteral("action")));
        s.add(s.factory.note(s.incident, QStringLiteral("second"), QStringLiteral("action")));
        QVERIFY(store.applyConfirmed(s.events, 3));
        const Event mine =
            s.factory.note(s.incident, QStringLiteral("mine"), QStringLiteral("decision"));
        QVERIFY(store.append(mine));
        const QStringList before = noteTexts(store, s.incident);

        const auto requeued = store.requeueConfirmed(1);
        QVERIFY(requeued);
        QCOMPARE(*requeued, 2);
        QCOMPARE(store.cursor().value_or(-1), 1);
        QCOMPARE(store.confirmedEvents().size(), 1);
        const QList<Event> pending = store.pendingEvents();
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending.at(0).id, s.events.at(1).id);
        QCOMPARE(pending.at(1).id, s.events.at(2).id);
        QCOMPARE(pending.at(2).id, mine.id);
        QVERIFY(std::all_of(pending.cbegin(), pending.cend(),
                            [](const Event &e) { return e.seq == 0; }));
        // The same events in the same order fold to the same notes in the same order.
        QCOMPARE(noteTexts(store, s.incident), before);
        QCOMPARE(before, (QStringList{QStringLiteral("first"), QStringLiteral("second"),
                                      QStringLiteral("mine")}));
    }

    void rejectMovesAnEventAsideWithItsReason()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s = declaredIncident();
        const Event note = s.factory.note(s.incident, QStringLiteral("x"), QStringLiteral("todo"));
        QVERIFY(store.append({s.events.first(), note}));
        QSignalSpy changed(&store, &LocalStore::changed);
        QVERIFY(store.reject(note.id, QStringLiteral("refused by the server: data.text")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.pendingCount(), 1);
        const auto rejected = store.rejectedEvents();
        QCOMPARE(rejected.size(), 1);
        QVERIFY(rejected.first().event.sameContent(note));
        QCOMPARE(rejected.first().reason, QStringLiteral("refused by the server: data.text"));
        // An id that is not in the outbox is an error, and changes nothing.
        const auto missing = store.reject(QStringLiteral("nope"), QStringLiteral("why"));
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("nope")));
        QCOMPARE(store.rejectedEvents().size(), 1);
        QCOMPARE(store.pendingCount(), 1);
    }

    void setAsideEventsCanBeSentAgainUnderNewIds()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s = declaredIncident();
        const Event note = s.factory.note(s.incident, QStringLiteral("x"), QStringLiteral("todo"));
        QVERIFY(store.append({s.events.first(), note}));
        QVERIFY(store.reject(note.id, QStringLiteral("conflict")));
        const auto resent = store.resendRejected();
        QVERIFY(resent);
        QCOMPARE(*resent, 1);
        QCOMPARE(store.rejectedEvents().size(), 0);
        const QList<Event> pending = store.pendingEvents();
        QCOMPARE(pending.size(), 2);
        QVERIFY(pending.last().id != note.id);
        QCOMPARE(pending.last().text(QStringLiteral("text")), QStringLiteral("x"));
        QCOMPARE(*store.resendRejected(), 0);
    }

    void resendingRepointsPendingReferences()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s = declaredIncident();
        const Event note = s.factory.note(s.incident, QStringLiteral("x"), QStringLiteral("todo"));
        const Event pin =
            s.factory.make(s.incident, QStringLiteral("entry.pinned"),
                           {{QStringLiteral("target"), note.id}, {QStringLiteral("pinned"), true}});
        QVERIFY(store.append({s.events.first(), note, pin}));
        QVERIFY(store.reject(note.id, QStringLiteral("conflict")));
        QCOMPARE(*store.resendRejected(), 1);
        const QList<Event> pending = store.pendingEvents();
        QCOMPARE(pending.size(), 3);
        const Event &resent = pending.last();
        QCOMPARE(pending.at(1).id, pin.id);
        QCOMPARE(pending.at(1).text(QStringLiteral("target")), resent.id);
    }

    void aSecondRejectionKeepsTheFirstCopy()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s = declaredIncident();
        Event note = s.factory.note(s.incident, QStringLiteral("typed"), QStringLiteral("todo"));
        QVERIFY(store.append({s.events.first(), note}));
        QVERIFY(store.reject(note.id, QStringLiteral("first")));
        // The same id comes back into the outbox with other content (a requeued copy).
        Event other = note;
        other.data.insert(QStringLiteral("text"), QStringLiteral("someone else's"));
        QVERIFY(store.append(other));
        QVERIFY(store.reject(other.id, QStringLiteral("second")));
        QCOMPARE(store.pendingCount(), 1);
        const auto rejected = store.rejectedEvents();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().event.text(QStringLiteral("text")), QStringLiteral("typed"));
    }

    void oldestPendingSkipsUnreadableRows()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s = declaredIncident();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(store.filePath());
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO outbox (id, incident, type, body, created_at) "
                               "VALUES ('bad', 'i', 't', 'not json', 'now')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        QVERIFY(store.append(s.events.first()));
        const QList<Event> oldest = store.oldestPending(1);
        QCOMPARE(oldest.size(), 1);
        QCOMPARE(oldest.first().id, s.events.first().id);
    }

    void lastConfirmedIsAtOrBelowTheCursor()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        QCOMPARE(store.lastConfirmed().value(), std::nullopt);
        IncidentScript s;
        s.declare();
        s.add(s.factory.note(s.incident, QStringLiteral("a"), QStringLiteral("action")));
        QVERIFY(store.applyConfirmed(s.events, 2));
        Event later = s.factory.note(s.incident, QStringLiteral("b"), QStringLiteral("action"));
        later.seq = 9; // fetched with a whole incident's log, beyond the feed's cursor
        QVERIFY(store.applyConfirmed({later}, 2));
        QCOMPARE(store.lastConfirmed().value().value().first, s.events.at(1).id);
        QCOMPARE(store.lastConfirmed().value().value().second, 2);
    }

    void findsIncidentsWhoseDeclarationIsMissing()
    {
        LocalStore store;
        QVERIFY(store.open(freshDir()));
        IncidentScript s;
        s.declare();
        Event note = s.factory.note(s.incident, QStringLiteral("x"), QStringLiteral("todo"));
        note.incident = QStringLiteral("elsewhere");
        s.add(note);
        QVERIFY(store.applyConfirmed(s.events, 2));
        QCOMPARE(store.incidentsMissingDeclaration({s.incident, QStringLiteral("elsewhere")}),
                 QStringList{QStringLiteral("elsewhere")});
    }

    void metaValuesPersist()
    {
        const QString dir = freshDir();
        {
            LocalStore store;
            QVERIFY(store.open(dir));
            QCOMPARE(store.metaValue(QStringLiteral("server_id")).value_or(QStringLiteral("?")),
                     QString());
            QVERIFY(store.setMetaValue(QStringLiteral("server_id"), QStringLiteral("abc")));
        }
        LocalStore store;
        QVERIFY(store.open(dir));
        QCOMPARE(store.metaValue(QStringLiteral("server_id")).value_or(QStringLiteral("?")),
                 QStringLiteral("abc"));
    }

    void diskWatchSignalsOtherProcessesWrites()
    {
        const QString dir = freshDir();
        LocalStore watcher;
        QVERIFY(watcher.open(dir));
        QSignalSpy changed(&watcher, &LocalStore::changed);
        watcher.watchDisk(20);
        LocalStore writer;
        QVERIFY(writer.open(dir));
        QVERIFY(writer.append(declaredIncident().events.first()));
        QVERIFY(changed.wait(5000));
    }

    // The summaries kept in the store follow every write, made stale by it in its transaction
    // and made again by the next reader, one incident at a time.
    // A fresh summary is read from its columns, every field as it was made: with the
    // triggers gone and the log changed behind their back, the list still reads what was kept.
    void summariesAreReadFromTheirColumns()
    {
        const QString dir = freshDir();
        LocalStore store;
        QVERIFY(store.open(dir));
        IncidentScript s = declaredIncident();
        s.add(s.factory.assignRole(s.incident, QStringLiteral("commander"), QStringLiteral("ana")));
        s.add(
            s.factory.createTask(s.incident, QStringLiteral("Page DBA"), QStringLiteral("bo"), 10));
        const Event running = s.add(s.factory.createTask(s.incident, QStringLiteral("Roll back"),
                                                         QStringLiteral("cy"), 15));
        s.add(s.factory.acknowledgeTask(s.incident, running.text(QStringLiteral("task"))));
        for (Event &event : s.events)
            event.seq = 0;
        QVERIFY(store.append(s.events));
        const IncidentSummary made = summarize(Reducer::fold(s.events));
        QVERIFY(made.commander == u"ana" && made.declaredAt.isValid() &&
                made.firstTaskDeadline.isValid() && made.unacknowledgedSince.isValid() &&
                made.nextUpdateDue.isValid() && made.eventCount == 5);
        QVERIFY(store.summaries());
        QVERIFY(staleSummaries(store.filePath()).isEmpty());
        for (const char *trigger :
             {"outbox_INSERT_summary", "outbox_UPDATE_summary", "outbox_DELETE_summary"})
            QVERIFY(execOn(store.filePath(),
                           QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
        QVERIFY(execOn(store.filePath(), QStringLiteral("DELETE FROM outbox WHERE type != "
                                                        "'incident.declared'")));
        const auto kept = store.summaries();
        QVERIFY(kept && kept->size() == 1);
        QCOMPARE(summaryRecord(kept->first()), summaryRecord(made));
    }

    // A summary stored in another format, or unreadable, is made again rather than shown.
    void unreadableSummariesAreMadeAgain()
    {
        const QString dir = freshDir();
        LocalStore store;
        QVERIFY(store.open(dir));
        IncidentScript s = declaredIncident();
        QVERIFY(store.append(s.events.first()));
        QVERIFY(store.summaries());
        QVERIFY(execOn(store.filePath(), QStringLiteral("UPDATE summaries SET format = 99")));
        compareSummaries(store, store);
        QVERIFY(execOn(store.filePath(),
                       QStringLiteral("UPDATE summaries SET declared_at = 'yesterday'")));
        compareSummaries(store, store); // a time that is not one
        QVERIFY(execOn(store.filePath(), QStringLiteral("UPDATE summaries SET event_count = 2.5")));
        compareSummaries(store, store); // a count that is not one
    }

    // A store made before summaries were kept lists every incident it holds; one that kept
    // them as JSON (schema 4) makes them again in columns.
    void migratesToSummaries()
    {
        for (const int from : {3, 4}) {
            const QString dir = freshDir();
            IncidentScript a = declaredIncident(), b = declaredIncident();
            {
                LocalStore old;
                QVERIFY(old.open(dir, from));
                QVERIFY(old.append(a.events.first()));
                QVERIFY(old.append(b.events.first()));
            }
            if (from == 4) // as schema 4 kept them
                QVERIFY(execOn(QDir(dir).filePath(LocalStore::FileName),
                               QStringLiteral("UPDATE summaries SET format = 1, body = '{}'")));
            LocalStore store;
            QVERIFY(store.open(dir));
            QCOMPARE(staleSummaries(store.filePath()).size(), 2);
            compareSummaries(store, store);
            QVERIFY(staleSummaries(store.filePath()).isEmpty());
        }
    }

    void migratesFromVersionOne()
    {
        const QString dir = freshDir();
        IncidentScript s = declaredIncident();
        {
            LocalStore old;
            QVERIFY(old.open(dir, 1));
            QCOMPARE(old.schemaVersion(), 1);
            QVERIFY(old.append(s.events.first()));
        }
        LocalStore store;
        QVERIFY(store.open(dir));
        QCOMPARE(store.schemaVersion(), LocalStore::SchemaVersion);
        QCOMPARE(store.cursor().value_or(-1), 0);
        QCOMPARE(store.pendingEvents().size(), 1);
        QVERIFY(store.pendingEvents().first().sameContent(s.events.first()));
    }

    void refusesAStoreFromTheFuture()
    {
        const QString dir = freshDir();
        {
            LocalStore store;
            QVERIFY(store.open(dir));
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(dir + QStringLiteral("/commandpost.db"));
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        LocalStore store;
        const auto opened = store.open(dir);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("schema version 99")),
                 qPrintable(opened.error()));
        QVERIFY(!store.isOpen());
    }

    void unwritableFolderIsAClearError()
    {
        LocalStore store;
        const auto opened = store.open(QStringLiteral("/proc/commandpost-cannot-be-here"));
        QVERIFY(!opened);
        QVERIFY(opened.error().contains(QStringLiteral("/proc/commandpost-cannot-be-here")));
    }

    // A full disk is named as one, with what to do, and the write changes nothing; once there
    // is room the same write goes through. A real small tmpfs (skipped where one cannot be
    // mounted).
    void aFullDiskIsSaidToBeFullAndChangesNothing()
    {
        cp::test::SmallDisk disk(freshDir(), QStringLiteral("384k"));
        if (!disk.isMounted())
            QSKIP("mounting a small tmpfs needs the right to mount");
        LocalStore store;
        QVERIFY(store.open(disk.path(QStringLiteral("data"))));
        QFile filler(disk.path(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();

        IncidentScript s = declaredIncident();
        s.add(s.factory.note(s.incident, QString(20000, u'n'), QStringLiteral("observation")));
        for (Event &event : s.events)
            event.seq = 0;
        const auto refused = store.append(s.events);
        QVERIFY(!refused);
        QVERIFY2(refused.error().join(u' ').contains(u"no room left"),
                 qPrintable(refused.error().join(u' ')));
        QCOMPARE(store.pendingCount(), 0);
        QVERIFY(filler.remove());
        const auto appended = store.append(s.events);
        QVERIFY2(appended, qPrintable(appended ? QString() : appended.error().join(u' ')));
        QCOMPARE(store.pendingCount(), 2);
    }

    void seesWritesOfOtherConnections()
    {
        const QString dir = freshDir();
        LocalStore console, cli;
        QVERIFY(console.open(dir));
        QVERIFY(cli.open(dir));
        QVERIFY(!console.changedOnDisk());
        QVERIFY(cli.append(declaredIncident().events.first()));
        QVERIFY(console.changedOnDisk());
        QVERIFY(!console.changedOnDisk());
    }

    // The console, a CLI and a sync on one data folder: every write waits its turn, none is
    // refused, and reads never answer a default in place of the stored value.
    void concurrentWritersAreNeverRefused()
    {
        const QString dir = freshDir();
        IncidentScript s = declaredIncident();
        LocalStore store;
        QVERIFY(store.open(dir));
        QVERIFY(store.append(s.events.first()));
        constexpr int PerWriter = 150;
        QList<QProcess *> writers;
        for (int i = 0; i < 2; ++i) {
            auto *writer = new QProcess(this);
            writer->start(QStringLiteral(STORE_WRITER),
                          {dir, s.incident, QString::number(PerWriter)});
            QVERIFY(writer->waitForStarted());
            writers << writer;
        }
        for (int i = 0; i < PerWriter; ++i) {
            const Event note = s.factory.note(s.incident, QStringLiteral("here %1").arg(i),
                                              QStringLiteral("observation"));
            const auto written = store.append(note);
            QVERIFY2(written, written ? "" : qPrintable(written.error().join(u'\n')));
            Event confirmed = s.factory.note(s.incident, QStringLiteral("synced %1").arg(i),
                                             QStringLiteral("observation"));
            confirmed.seq = i + 1;
            const auto applied = store.applyConfirmed({confirmed}, confirmed.seq);
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error()));
            const auto cursor = store.cursor();
            QVERIFY2(cursor, cursor ? "" : qPrintable(cursor.error()));
            QCOMPARE(*cursor, confirmed.seq);
        }
        for (QProcess *writer : std::as_const(writers)) {
            QVERIFY(writer->waitForFinished(60000));
            QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
        }
        QCOMPARE(store.pendingEvents(s.incident).size(), 1 + 3 * PerWriter);
        QCOMPARE(store.confirmedEvents(s.incident).size(), PerWriter);
    }

    // A store with `notes` notes of about 1 KB each, closed; answers its incident.
    QString storeWithNotes(const QString &dir, int notes)
    {
        IncidentScript s = declaredIncident();
        LocalStore store;
        if (!store.open(dir) || !store.append(s.events.first()))
            return {};
        for (int i = 0; i < notes; ++i) {
            if (!store.append(s.factory.note(s.incident, QString(1000, QChar(u'a' + i % 26)),
                                             QStringLiteral("observation"))))
                return {};
        }
        return s.incident;
    }

    static void zeroLastPage(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        constexpr qint64 PageSize = 4096;
        QVERIFY(file.size() >= 2 * PageSize);
        QVERIFY(file.seek(file.size() - PageSize));
        QCOMPARE(file.write(QByteArray(PageSize, '\0')), PageSize);
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }

    void emptyStoreFileIsRefusedNotStartedOver()
    {
        const QString dir = freshDir();
        QVERIFY(QDir().mkpath(dir));
        QFile empty(QDir(dir).filePath(LocalStore::FileName));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        LocalStore store;
        const auto opened = store.open(dir);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("is empty (0 bytes)")),
                 qPrintable(opened.error()));
        QVERIFY(opened.error().contains(QStringLiteral("recover")));
        QCOMPARE(QFileInfo(empty.fileName()).size(), 0);
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{LocalStore::FileName});
    }

    void aNewStoreIsMadeWholeUnderAnotherName()
    {
        const QString dir = freshDir();
        LocalStore store;
        QVERIFY(store.open(dir));
        QCOMPARE(store.schemaVersion(), LocalStore::SchemaVersion);
        QVERIFY(QFileInfo(store.filePath()).size() > 0); // the schema is in the file itself
        for (const QString &name : QDir(dir).entryList(QDir::Files))
            QVERIFY2(!name.contains(QStringLiteral(".new-")), qPrintable(name));
    }

    void damagedStoreIsRefusedOnOpenAndLeftAsItIs()
    {
        const QString dir = freshDir();
        QVERIFY(!storeWithNotes(dir, 20).isEmpty());
        const QString path = QDir(dir).filePath(LocalStore::FileName);
        zeroLastPage(path);
        const QByteArray before = fileHash(path);
        LocalStore store;
        const auto opened = store.open(dir);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("is damaged")), qPrintable(opened.error()));
        QVERIFY(opened.error().contains(QStringLiteral("commandpost-cli --data %1 recover")
                                            .arg(QFileInfo(path).absolutePath())));
        QCOMPARE(fileHash(path), before);
    }

    void aReadThatMeetsDamageSaysSo()
    {
        const QString dir = freshDir();
        const QString incident = storeWithNotes(dir, 20);
        zeroLastPage(QDir(dir).filePath(LocalStore::FileName));
        LocalStore store;
        QVERIFY(store.open(dir, LocalStore::SchemaVersion, LocalStore::Check::None));
        QSignalSpy damaged(&store, &LocalStore::damaged);
        const QList<Event> events = store.events(incident);
        QVERIFY(events.size() < 21);
        QVERIFY2(store.readError().contains(QStringLiteral("damaged")) ||
                     store.readError().contains(QStringLiteral("cannot read")),
                 qPrintable(store.readError()));
        QVERIFY(store.readError().contains(QStringLiteral("recover")));
        QCOMPARE(damaged.size(), 1);
        store.events(incident);
        QCOMPARE(damaged.size(), 1); // said once
    }

    // A page lost in the middle: the rows on both sides of it are kept, the loss is named,
    // and the new store has no damage and a cursor at 0 (the server fills in the rest).
    void recoverKeepsTheRowsOnBothSidesOfTheDamage()
    {
        const QString dir = freshDir();
        QVERIFY(!storeWithNotes(dir, 60).isEmpty());
        const QString path = QDir(dir).filePath(LocalStore::FileName);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 4096;
            QVERIFY(file.seek(pages / 2 * 4096));
            QCOMPARE(file.write(QByteArray(4096, '\0')), 4096);
        }
        const auto recovered = LocalStore::recover(dir);
        QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error()));
        QVERIFY(QFileInfo::exists(recovered->setAside));
        QVERIFY2(recovered->pending > 50 && recovered->pending < 61,
                 qPrintable(QString::number(recovered->pending)));
        QCOMPARE(recovered->problems.size(), 1);
        QVERIFY2(recovered->problems.first().startsWith(QStringLiteral("outbox: damaged after")),
                 qPrintable(recovered->problems.first()));
        LocalStore store;
        QVERIFY(store.open(dir));
        QCOMPARE(store.pendingEvents().size(), recovered->pending);
        QCOMPARE(store.cursor().value_or(-1), 0);
        QVERIFY(store.readError().isEmpty());
        QVERIFY(store.checkIntegrity());
    }

    // The first clock offset is recorded once, small or not; only a large first one moves
    // the outbox's times, and only once, whoever asks again (another process, a later sample).
    void theFirstClockOffsetIsRecordedOnceAndMovesTheOutboxOnce()
    {
        const QString key = QStringLiteral("clock_offset_ms");
        LocalStore small;
        QVERIFY(small.open(freshDir()));
        QVERIFY(small.append(declaredIncident().events.first()));
        QCOMPARE(small.recordFirstClockOffset(key, 60, 2000).value_or(-1), 0);
        QCOMPARE(small.metaValue(key).value_or(QString()), QStringLiteral("60"));
        QCOMPARE(small.recordFirstClockOffset(key, -3600000, 2000).value_or(-1), 0);

        const QString dir = freshDir();
        IncidentScript s = declaredIncident();
        LocalStore store, other;
        QVERIFY(store.open(dir) && other.open(dir));
        QVERIFY(store.append(s.events.first()));
        const QDateTime stamped = store.pendingEvents().first().occurredAt;
        QCOMPARE(store.recordFirstClockOffset(key, -3600000, 2000).value_or(-1), 1);
        QCOMPARE(other.recordFirstClockOffset(key, -3600000, 2000).value_or(-1), 0);
        QCOMPARE(store.pendingEvents().first().occurredAt, stamped.addSecs(-3600));
    }

    // A writer killed with SIGKILL at any moment loses no event whose append() returned.
    void sigkillLosesNothingAcknowledged()
    {
        const QString dir = freshDir();
        IncidentScript s = declaredIncident();
        {
            LocalStore store;
            QVERIFY(store.open(dir));
            QVERIFY(store.append(s.events.first()));
        }
        for (int round = 0; round < 5; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(STORE_WRITER), {dir, s.incident});
            QVERIFY(writer.waitForStarted());
            QStringList acknowledged;
            while (acknowledged.size() < 40 + round * 20 && writer.waitForReadyRead(10000)) {
                while (writer.canReadLine())
                    acknowledged << QString::fromUtf8(writer.readLine()).trimmed();
            }
            cp::test::sendSignal(writer, SIGKILL); // it may have ended on its own
            writer.waitForFinished();
            acknowledged << QString::fromUtf8(writer.readAllStandardOutput())
                                .split(u'\n', Qt::SkipEmptyParts);
            QVERIFY(acknowledged.size() >= 40);

            LocalStore reopened;
            QVERIFY(reopened.open(dir));
            QSet<QString> stored;
            for (const Event &event : reopened.pendingEvents(s.incident))
                stored.insert(event.id);
            for (const QString &id : std::as_const(acknowledged))
                QVERIFY2(stored.contains(id.trimmed()),
                         qPrintable(QStringLiteral("lost %1 in round %2").arg(id).arg(round)));
            QVERIFY(reopened.checkIntegrity());
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
