#include "reducer.h"
#include "statejson.h"
#include "testevents.h"
#include "vocabulary.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace cp;
using namespace cp::vocab::type;

class TestReducer : public QObject
{
    Q_OBJECT

    static IncidentState fold(const IncidentScript &script) { return Reducer::fold(script.events); }

private slots:
    void tasksAreFoundByIdEvenInAStateChangedByHand()
    {
        IncidentScript s;
        s.declare();
        QStringList ids;
        for (const QString &title : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
            ids << s.add(s.factory.createTask(s.incident, title, QStringLiteral("carol"), 5))
                       .text(QStringLiteral("task"));
        IncidentState state = Reducer::fold(s.events);
        QCOMPARE(state.task(ids.at(1))->title, QStringLiteral("B"));
        QCOMPARE(state.task(QStringLiteral("no-such-task")), nullptr);
        std::swap(state.tasks[0], state.tasks[2]); // the index no longer matches the list
        QCOMPARE(state.task(ids.at(0))->title, QStringLiteral("A"));
        QCOMPARE(state.task(ids.at(2))->title, QStringLiteral("C"));
        state.tasks.removeLast(); // nor its size
        QCOMPARE(state.task(ids.at(2))->title, QStringLiteral("C"));
        QCOMPARE(state.task(ids.at(0)), nullptr);
    }

    void declaredSetsIncidentFields()
    {
        IncidentScript s;
        Event declared =
            s.factory.declare(QStringLiteral("Checkout errors"), QStringLiteral("SEV2"),
                              QStringLiteral("5xx on checkout"));
        declared.data.insert(QStringLiteral("detection_source"), QStringLiteral("pager"));
        declared.data.insert(QStringLiteral("restricted"), true);
        s.incident = declared.incident;
        s.add(declared);
        const IncidentState state = fold(s);
        QVERIFY(state.declared);
        QCOMPARE(state.id, declared.incident);
        QCOMPARE(state.title, QStringLiteral("Checkout errors"));
        QCOMPARE(state.summary, QStringLiteral("5xx on checkout"));
        QCOMPARE(state.detectionSource, QStringLiteral("pager"));
        QVERIFY(state.restricted);
        QCOMPARE(state.severity, QStringLiteral("SEV2"));
        QCOMPARE(state.status, QStringLiteral("investigating"));
        QCOMPARE(state.declaredBy, QStringLiteral("alice"));
        QCOMPARE(state.declaredAt, s.at(0));
        QCOMPARE(state.milestone(QStringLiteral("detected")), s.at(0));
        QCOMPARE(state.severityHistory.size(), 1);
        QVERIFY(state.warnings.isEmpty());
    }

    void secondDeclarationIsAWarning()
    {
        IncidentScript s;
        s.declare();
        Event again = s.factory.declare(QStringLiteral("Other"), QStringLiteral("SEV5"));
        again.incident = s.incident;
        s.add(again);
        const IncidentState state = fold(s);
        QCOMPARE(state.title, QStringLiteral("Checkout errors"));
        QCOMPARE(state.warnings.size(), 1);
    }

    void editedChangesOnlyGivenFields()
    {
        IncidentScript s;
        s.declare();
        s.add(s.factory.make(s.incident, Edited,
                             {{QStringLiteral("summary"), QStringLiteral("now known")}}));
        const IncidentState state = fold(s);
        QCOMPARE(state.title, QStringLiteral("Checkout errors"));
        QCOMPARE(state.summary, QStringLiteral("now known"));
    }

    void severityHistoryKeepsEveryChange()
    {
        IncidentScript s;
        s.declare(QStringLiteral("T"), QStringLiteral("SEV3"));
        s.after(5).add(
            s.factory.setSeverity(s.incident, QStringLiteral("SEV1"), QStringLiteral("spreading")));
        s.after(5).add(s.factory.setSeverity(s.incident, QStringLiteral("SEV2")));
        const IncidentState state = fold(s);
        QCOMPARE(state.severity, QStringLiteral("SEV2"));
        QCOMPARE(state.severityHistory.size(), 3);
        QCOMPARE(state.severityHistory[1].severity, QStringLiteral("SEV1"));
        QCOMPARE(state.severityHistory[1].reason, QStringLiteral("spreading"));
        QCOMPARE(state.severityHistory[1].at, s.at(5));
    }

    void statusMovesImplyMilestones()
    {
        IncidentScript s;
        s.declare();
        s.after(10).add(s.factory.setStatus(s.incident, QStringLiteral("identified")));
        s.after(10).add(s.factory.setStatus(s.incident, QStringLiteral("mitigated")));
        const IncidentState state = fold(s);
        QCOMPARE(state.status, QStringLiteral("mitigated"));
        QCOMPARE(state.milestone(QStringLiteral("identified")), s.at(10));
        QCOMPARE(state.milestone(QStringLiteral("mitigated")), s.at(20));
        QVERIFY(!state.statusHistory.last().outOfOrder);
    }

    void outOfOrderStatusIsKeptAndFlagged()
    {
        IncidentScript s;
        s.declare();
        s.after(10).add(s.factory.setStatus(s.incident, QStringLiteral("resolved")));
        s.after(5).add(s.factory.setStatus(s.incident, QStringLiteral("investigating")));
        const IncidentState state = fold(s);
        QCOMPARE(state.status, QStringLiteral("investigating"));
        QCOMPARE(state.statusHistory.size(), 3);
        QVERIFY(!state.statusHistory[1].outOfOrder);
        QVERIFY(state.statusHistory[2].outOfOrder);
        QVERIFY(state.isOpen());
        QCOMPARE(state.warnings.size(), 1);
        // The first resolution stays a milestone: reopening does not erase history.
        QCOMPARE(state.milestone(QStringLiteral("resolved")), s.at(10));
    }

    void explicitMilestoneWinsOverImplied()
    {
        IncidentScript s;
        s.declare();
        s.after(10).add(s.factory.setStatus(s.incident, QStringLiteral("identified")));
        s.add(s.factory.setMilestone(s.incident, QStringLiteral("identified"), s.at(7)));
        s.add(s.factory.setMilestone(s.incident, QStringLiteral("impact_started"), s.at(-30)));
        const IncidentState state = fold(s);
        QCOMPARE(state.milestone(QStringLiteral("identified")), s.at(7));
        QCOMPARE(state.milestone(QStringLiteral("impact_started")), s.at(-30));
    }

    void roleAssignedAndRelieved()
    {
        IncidentScript s;
        s.declare();
        s.add(s.factory.assignRole(s.incident, QStringLiteral("scribe"), QStringLiteral("bob")));
        s.add(s.factory.assignRole(s.incident, QStringLiteral("sme:database"),
                                   QStringLiteral("dana")));
        s.after(3).add(s.factory.relieveRole(s.incident, QStringLiteral("scribe")));
        const IncidentState state = fold(s);
        QVERIFY(!state.roles.contains(QStringLiteral("scribe")));
        QCOMPARE(state.roles.value(QStringLiteral("sme:database")).person, QStringLiteral("dana"));
        QCOMPARE(state.roleHistory.size(), 3);
        QCOMPARE(state.roleHistory[2].previous, QStringLiteral("bob"));
        QVERIFY(state.roleHistory[2].person.isEmpty());
        QVERIFY(state.handoffs.isEmpty());
    }

    void relievingAnEmptyRoleIsAWarning()
    {
        IncidentScript s;
        s.declare();
        s.add(s.factory.relieveRole(s.incident, QStringLiteral("deputy")));
        QCOMPARE(fold(s).warnings.size(), 1);
    }

    void handoffOfCommand()
    {
        IncidentScript s;
        s.declare();
        s.after(2).add(
            s.factory.assignRole(s.incident, QStringLiteral("commander"), QStringLiteral("alice")));
        s.after(60).add(s.factory.assignRole(s.incident, QStringLiteral("commander"),
                                             QStringLiteral("sabrina")));
        s.after(1).add(s.factory.assignRole(s.incident, QStringLiteral("commander"),
                                            QStringLiteral("sabrina")));
        const IncidentState state = fold(s);
        QCOMPARE(state.commander(), QStringLiteral("sabrina"));
        QCOMPARE(state.handoffs.size(), 2); // re-assigning the holder is no handoff
        QVERIFY(state.handoffs[0].from.isEmpty());
        QCOMPARE(state.handoffs[1].from, QStringLiteral("alice"));
        QCOMPARE(state.handoffs[1].to, QStringLiteral("sabrina"));
        QCOMPARE(state.handoffs[1].at, s.at(62));
        QCOMPARE(state.milestone(QStringLiteral("acknowledged")), s.at(2));
    }

    void taskLifecycle()
    {
        IncidentScript s;
        s.declare();
        const Event created = s.add(s.factory.createTask(s.incident, QStringLiteral("Roll back"),
                                                         QStringLiteral("carol"), 15));
        const QString taskId = created.text(QStringLiteral("task"));
        QVERIFY(!fold(s).task(taskId)->deadline().isValid());
        s.after(2).add(s.factory.taskEvent(s.incident, TaskAcknowledged, taskId));
        s.after(1).add(s.factory.taskEvent(s.incident, TaskExtended, taskId,
                                           {{QStringLiteral("minutes"), 10}}));
        s.add(s.factory.taskEvent(s.incident, TaskEdited, taskId,
                                  {{QStringLiteral("title"), QStringLiteral("Roll back v2")}}));
        IncidentState state = fold(s);
        const Task *task = state.task(taskId);
        QVERIFY(task);
        QCOMPARE(task->title, QStringLiteral("Roll back v2"));
        QCOMPARE(task->acknowledgedAt, s.at(2));
        QCOMPARE(task->deadline(), s.at(2 + 15 + 10));
        QVERIFY(task->isActive());
        s.after(5).add(s.factory.setTaskStatus(s.incident, taskId, QStringLiteral("done")));
        state = fold(s);
        QCOMPARE(state.task(taskId)->status, QStringLiteral("done"));
        QVERIFY(!state.task(taskId)->isActive());
        QCOMPARE(state.task(taskId)->statusChangedAt, s.at(8));
    }

    void reassignedTaskNeedsNewAcknowledgement()
    {
        IncidentScript s;
        s.declare();
        const QString taskId =
            s.add(s.factory.createTask(s.incident, QStringLiteral("T"), QStringLiteral("carol"), 5))
                .text(QStringLiteral("task"));
        s.add(s.factory.taskEvent(s.incident, TaskAcknowledged, taskId));
        s.add(s.factory.taskEvent(s.incident, TaskEdited, taskId,
                                  {{QStringLiteral("assignee"), QStringLiteral("dave")}}));
        const IncidentState state = fold(s);
        QCOMPARE(state.task(taskId)->assignee, QStringLiteral("dave"));
        QVERIFY(!state.task(taskId)->isAcknowledged());
    }

    void eventsForUnknownTaskAreWarnings()
    {
        IncidentScript s;
        s.declare();
        s.add(s.factory.setTaskStatus(s.incident, QStringLiteral("nope"), QStringLiteral("done")));
        s.add(s.factory.taskEvent(s.incident, TaskAcknowledged, QStringLiteral("nope")));
        const IncidentState state = fold(s);
        QVERIFY(state.tasks.isEmpty());
        QCOMPARE(state.warnings.size(), 2);
    }

    void sectionsFollowTheirBase()
    {
        IncidentScript s;
        s.declare();
        const Event first = s.add(s.factory.setSection(s.incident, QStringLiteral("impact"),
                                                       QStringLiteral("12% errors"), {}));
        s.after(1).add(s.factory.setSection(s.incident, QStringLiteral("impact"),
                                            QStringLiteral("15% errors"), first.id));
        const IncidentState state = fold(s);
        const DocSection section = state.sections.value(QStringLiteral("impact"));
        QCOMPARE(section.head.text, QStringLiteral("15% errors"));
        QCOMPARE(section.head.author, QStringLiteral("alice"));
        QCOMPARE(section.head.at, s.at(1));
        QCOMPARE(section.revisions, 2);
        QVERIFY(!section.isConflicted());
    }

    void concurrentSectionEditsConflictThenResolve()
    {
        IncidentScript s;
        s.declare();
        const Event base = s.add(
            s.factory.setSection(s.incident, QStringLiteral("status"), QStringLiteral("v1"), {}));
        // Two workstations edit from the same base; the server orders them.
        const Event mine = s.add(s.factory.setSection(s.incident, QStringLiteral("status"),
                                                      QStringLiteral("mine"), base.id));
        const Event theirs = s.add(s.factory.setSection(s.incident, QStringLiteral("status"),
                                                        QStringLiteral("theirs"), base.id));
        IncidentState state = fold(s);
        DocSection section = state.sections.value(QStringLiteral("status"));
        QVERIFY(section.isConflicted());
        QCOMPARE(section.head.eventId, theirs.id); // the later one shows
        QCOMPARE(section.conflicts.size(), 1);
        QCOMPARE(section.conflicts[0].text, QStringLiteral("mine")); // the other is kept
        QCOMPARE(section.conflicts[0].eventId, mine.id);

        // A merge written from the head settles it.
        s.add(s.factory.setSection(s.incident, QStringLiteral("status"),
                                   QStringLiteral("mine + theirs"), theirs.id));
        state = fold(s);
        section = state.sections.value(QStringLiteral("status"));
        QVERIFY(!section.isConflicted());
        QCOMPARE(section.head.text, QStringLiteral("mine + theirs"));
    }

    void twoFirstWritesOfASectionConflict()
    {
        IncidentScript s;
        s.declare();
        s.add(s.factory.setSection(s.incident, QStringLiteral("impact"), QStringLiteral("a"), {}));
        s.add(s.factory.setSection(s.incident, QStringLiteral("impact"), QStringLiteral("b"), {}));
        QVERIFY(fold(s).sections.value(QStringLiteral("impact")).isConflicted());
    }

    void updatesResetTheirAudienceClock()
    {
        IncidentScript s;
        s.declare(); // SEV2: external every 20, internal every 30
        IncidentState state = fold(s);
        QCOMPARE(state.nextUpdateDue(QStringLiteral("external")), s.at(20));
        QCOMPARE(state.nextUpdateDue(QStringLiteral("internal")), s.at(30));
        s.after(15).add(s.factory.publishUpdate(s.incident, QStringLiteral("external"),
                                                QStringLiteral("Investigating")));
        s.after(5).add(s.factory.publishUpdate(s.incident, QStringLiteral("internal"),
                                               QStringLiteral("Rollback"), 10));
        state = fold(s);
        QCOMPARE(state.nextUpdateDue(QStringLiteral("external")), s.at(35));
        QCOMPARE(state.nextUpdateDue(QStringLiteral("internal")), s.at(30)); // the promised 10 min
        QCOMPARE(state.updates.size(), 2);
        QCOMPARE(state.lastPublished(QStringLiteral("external")), s.at(15));
    }

    void cadenceSetOverridesSeverityDefault()
    {
        IncidentScript s;
        s.declare();
        s.add(s.factory.make(s.incident, UpdateCadenceSet,
                             {{QStringLiteral("audience"), QStringLiteral("external")},
                              {QStringLiteral("minutes"), 45}}));
        const IncidentState state = fold(s);
        QCOMPARE(state.cadenceMinutes(QStringLiteral("external")), 45);
        QCOMPARE(state.nextUpdateDue(QStringLiteral("external")), s.at(45));
    }

    void resolvedIncidentExpectsNoUpdates()
    {
        IncidentScript s;
        s.declare();
        s.add(s.factory.setStatus(s.incident, QStringLiteral("resolved")));
        QVERIFY(!fold(s).nextUpdateDue(QStringLiteral("external")).isValid());
    }

    void notesAndCorrections()
    {
        IncidentScript s;
        s.declare();
        const Event note = s.after(3).add(
            s.factory.note(s.incident, QStringLiteral("erors up"), QStringLiteral("observation")));
        s.after(60).add(s.factory.make(s.incident, EntryEdited,
                                       {{QStringLiteral("target"), note.id},
                                        {QStringLiteral("text"), QStringLiteral("errors up")},
                                        {QStringLiteral("kind"), QStringLiteral("decision")},
                                        {QStringLiteral("occurred_at"), formatTime(s.at(1))}}));
        const IncidentState state = fold(s);
        QCOMPARE(state.notes.size(), 1);
        QCOMPARE(state.notes[0].text, QStringLiteral("errors up"));
        QCOMPARE(state.notes[0].kind, QStringLiteral("decision"));
        QCOMPARE(state.notes[0].at, s.at(1));
        QVERIFY(state.notes[0].edited);
        QCOMPARE(state.corrections.size(), 1); // the audit trail
        QCOMPARE(state.corrections[0].target, note.id);
    }

    void pinsToggle()
    {
        IncidentScript s;
        s.declare();
        const Event note = s.add(s.factory.note(s.incident, QStringLiteral("rollback started"),
                                                QStringLiteral("action")));
        const auto pin = [&](bool on) {
            s.add(s.factory.make(
                s.incident, EntryPinned,
                {{QStringLiteral("target"), note.id}, {QStringLiteral("pinned"), on}}));
        };
        pin(true);
        QVERIFY(fold(s).pinned.contains(note.id));
        pin(false);
        QVERIFY(!fold(s).pinned.contains(note.id));
    }

    void followups()
    {
        IncidentScript s;
        s.declare();
        s.add(s.factory.make(s.incident, FollowupAdded,
                             {{QStringLiteral("followup"), QStringLiteral("f1")},
                              {QStringLiteral("title"), QStringLiteral("Alert on 1% 5xx")},
                              {QStringLiteral("owner"), QStringLiteral("erin")}}));
        s.add(s.factory.make(s.incident, FollowupEdited,
                             {{QStringLiteral("followup"), QStringLiteral("f1")},
                              {QStringLiteral("due"), formatTime(s.at(60 * 24 * 7))}}));
        s.add(s.factory.make(s.incident, FollowupEdited,
                             {{QStringLiteral("followup"), QStringLiteral("f9")},
                              {QStringLiteral("owner"), QStringLiteral("x")}}));
        const IncidentState state = fold(s);
        QCOMPARE(state.followups.size(), 1);
        QCOMPARE(state.followups[0].owner, QStringLiteral("erin"));
        QCOMPARE(state.followups[0].due, s.at(60 * 24 * 7));
        QCOMPARE(state.warnings.size(), 1);
        QVERIFY(state.participants().contains(QStringLiteral("erin")));
    }

    void eventBeforeDeclarationChangesNothing()
    {
        IncidentScript s;
        s.incident = newId();
        s.add(s.factory.note(s.incident, QStringLiteral("early"), QStringLiteral("observation")));
        s.add(s.factory.setStatus(s.incident, QStringLiteral("resolved")));
        const IncidentState state = fold(s);
        QVERIFY(!state.declared);
        QVERIFY(state.notes.isEmpty());
        QVERIFY(state.status.isEmpty());
        QCOMPARE(state.warnings.size(), 2);
        QCOMPARE(state.eventCount, 2);
    }

    void reassigningTheHolderKeepsTheStart()
    {
        IncidentScript s;
        s.declare();
        s.add(s.factory.assignRole(s.incident, QStringLiteral("scribe"), QStringLiteral("bob")));
        s.after(30).add(
            s.factory.assignRole(s.incident, QStringLiteral("scribe"), QStringLiteral("bob")));
        const IncidentState state = fold(s);
        QCOMPARE(state.roles.value(QStringLiteral("scribe")).since, s.at(0));
        QCOMPARE(state.roleHistory.size(), 1);
    }

    void laterSeqWinsForRoles()
    {
        IncidentScript s;
        s.declare();
        Event first =
            s.factory.assignRole(s.incident, QStringLiteral("scribe"), QStringLiteral("bob"));
        Event second =
            s.factory.assignRole(s.incident, QStringLiteral("scribe"), QStringLiteral("eve"));
        second.occurredAt = first.occurredAt.addSecs(-60); // an older clock, a later seq
        s.add(first);
        s.add(second);
        QCOMPARE(fold(s).roles.value(QStringLiteral("scribe")).person, QStringLiteral("eve"));
    }

    void foldOrderPutsPendingAfterConfirmed()
    {
        Event a, b, c, pending1, pending2;
        a.seq = 3;
        b.seq = 1;
        c.seq = 2;
        a.id = QStringLiteral("a");
        b.id = QStringLiteral("b");
        c.id = QStringLiteral("c");
        pending1.id = QStringLiteral("p1");
        pending2.id = QStringLiteral("p2");
        const QList<Event> ordered = Reducer::inFoldOrder({pending1, a, pending2, b, c});
        QStringList ids;
        for (const Event &event : ordered)
            ids << event.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"),
                                   QStringLiteral("p1"), QStringLiteral("p2")}));
    }

    void foldIsDeterministic()
    {
        const IncidentScript s = richIncident();
        const QByteArray expected = QJsonDocument(toJson(Reducer::fold(s.events))).toJson();
        for (int round = 0; round < 20; ++round) {
            QList<Event> shuffled = s.events;
            std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
            const IncidentState state = Reducer::fold(Reducer::inFoldOrder(shuffled));
            QCOMPARE(QJsonDocument(toJson(state)).toJson(), expected);
        }
    }

    void foldAllSeparatesIncidents()
    {
        IncidentScript one, two;
        one.declare(QStringLiteral("One"));
        two.declare(QStringLiteral("Two"));
        const auto states = Reducer::foldAll(one.events + two.events);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.value(one.incident).title, QStringLiteral("One"));
        QCOMPARE(states.value(two.incident).title, QStringLiteral("Two"));
    }

private:
    static IncidentScript richIncident()
    {
        IncidentScript s;
        s.declare();
        s.after(1).add(
            s.factory.assignRole(s.incident, QStringLiteral("commander"), QStringLiteral("alice")));
        const QString taskId = s.after(1)
                                   .add(s.factory.createTask(s.incident, QStringLiteral("Check"),
                                                             QStringLiteral("bob"), 10))
                                   .text(QStringLiteral("task"));
        s.add(s.factory.taskEvent(s.incident, TaskAcknowledged, taskId));
        const Event base = s.add(
            s.factory.setSection(s.incident, QStringLiteral("impact"), QStringLiteral("a"), {}));
        s.add(s.factory.setSection(s.incident, QStringLiteral("impact"), QStringLiteral("b"),
                                   base.id));
        s.add(s.factory.setSection(s.incident, QStringLiteral("impact"), QStringLiteral("c"),
                                   base.id));
        s.after(4).add(s.factory.note(s.incident, QStringLiteral("n"), QStringLiteral("decision")));
        s.add(s.factory.setSeverity(s.incident, QStringLiteral("SEV1")));
        s.add(s.factory.setStatus(s.incident, QStringLiteral("mitigated")));
        s.add(s.factory.publishUpdate(s.incident, QStringLiteral("external"), QStringLiteral("u")));
        return s;
    }
};

QTEST_APPLESS_MAIN(TestReducer)
#include "tst_reducer.moc"
