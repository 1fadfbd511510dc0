#include "reducer.h"
#include "reminders.h"
#include "testevents.h"
#include "vocabulary.h"

#include <QTest>

using namespace cp;
using Kind = Reminder::Kind;
using Level = Reminder::Level;

// Incidents start at 10:00 (IncidentScript); `at(m)` is m minutes later.
class TestReminders : public QObject
{
    Q_OBJECT

    static IncidentState fold(const IncidentScript &s) { return Reducer::fold(s.events); }

    static std::optional<Reminder> find(const QList<Reminder> &list, Kind kind,
                                        const QString &subject)
    {
        for (const Reminder &reminder : list) {
            if (reminder.kind == kind && reminder.subject == subject)
                return reminder;
        }
        return std::nullopt;
    }

    // A SEV2 incident with both key roles filled, so only what a test adds speaks up.
    static IncidentScript staffed(const QString &severity = QStringLiteral("SEV2"))
    {
        IncidentScript s;
        s.declare(QStringLiteral("Checkout errors"), severity);
        s.add(s.factory.assignRole(s.incident, QStringLiteral("commander"), QStringLiteral("ann")));
        s.add(s.factory.assignRole(s.incident, QStringLiteral("scribe"), QStringLiteral("bob")));
        return s;
    }

private slots:
    void externalUpdateCountsDownThenEscalates_data()
    {
        QTest::addColumn<int>("minute");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("secondsLeft");
        QTest::newRow("counting down") << 10 << int(Level::Upcoming) << 600;
        QTest::newRow("five minutes left: due") << 15 << int(Level::Due) << 300;
        QTest::newRow("at the minute") << 20 << int(Level::Due) << 0;
        QTest::newRow("a minute late") << 21 << int(Level::Overdue) << -60;
        QTest::newRow("five late: escalated") << 25 << int(Level::Escalated) << -300;
    }
    void externalUpdateCountsDownThenEscalates()
    {
        QFETCH(int, minute);
        QFETCH(int, level);
        QFETCH(int, secondsLeft);
        const IncidentScript s = staffed();
        const auto reminder =
            find(reminders(fold(s), s.at(minute)), Kind::UpdateDue, QStringLiteral("external"));
        QVERIFY(reminder);
        QCOMPARE(int(reminder->level), level);
        QCOMPARE(reminder->secondsLeft, secondsLeft);
        QCOMPARE(reminder->due, s.at(20));
    }

    void internalCadenceIsThirtyForSev2()
    {
        const IncidentScript s = staffed();
        const auto reminder =
            find(reminders(fold(s), s.at(1)), Kind::UpdateDue, QStringLiteral("internal"));
        QVERIFY(reminder);
        QCOMPARE(reminder->due, s.at(30));
    }

    void publishingResetsTheClock()
    {
        IncidentScript s = staffed();
        s.after(22).add(s.factory.publishUpdate(s.incident, QStringLiteral("external"),
                                                QStringLiteral("We are investigating")));
        auto reminder =
            find(reminders(fold(s), s.at(23)), Kind::UpdateDue, QStringLiteral("external"));
        QCOMPARE(reminder->due, s.at(42));
        QCOMPARE(int(reminder->level), int(Level::Upcoming));
        // A promised "next update in 10 minutes" wins over the cadence.
        s.add(s.factory.publishUpdate(s.incident, QStringLiteral("external"),
                                      QStringLiteral("Rolling back"), 10));
        reminder = find(reminders(fold(s), s.at(23)), Kind::UpdateDue, QStringLiteral("external"));
        QCOMPARE(reminder->due, s.at(32));
    }

    void lowSeverityExpectsNoExternalUpdates()
    {
        const IncidentScript s = staffed(QStringLiteral("SEV4"));
        const QList<Reminder> list = reminders(fold(s), s.at(1));
        QVERIFY(!find(list, Kind::UpdateDue, QStringLiteral("external")));
        QCOMPARE(find(list, Kind::UpdateDue, QStringLiteral("internal"))->due, s.at(120));
    }

    void aResolvedIncidentHasNoReminders()
    {
        IncidentScript s = staffed();
        s.add(s.factory.createTask(s.incident, QStringLiteral("Roll back"), QStringLiteral("cat"),
                                   5));
        s.after(2).add(s.factory.setStatus(s.incident, QStringLiteral("resolved")));
        QVERIFY(reminders(fold(s), s.at(60)).isEmpty());
    }

    void anUnacknowledgedTaskIsChased()
    {
        IncidentScript s = staffed();
        const Event task = s.add(s.factory.createTask(s.incident, QStringLiteral("Roll back"),
                                                      QStringLiteral("cat"), 15));
        const QString id = task.text(QStringLiteral("task"));
        QVERIFY(!find(reminders(fold(s), s.at(1)), Kind::TaskUnacknowledged, id));
        const auto late = find(reminders(fold(s), s.at(3)), Kind::TaskUnacknowledged, id);
        QVERIFY(late);
        QCOMPARE(int(late->level), int(Level::Overdue));
        QCOMPARE(late->person, QStringLiteral("cat"));
        QCOMPARE(late->title, QStringLiteral("Roll back"));
        QCOMPARE(int(find(reminders(fold(s), s.at(8)), Kind::TaskUnacknowledged, id)->level),
                 int(Level::Escalated));
    }

    void anOverdueTaskAsksIfItIsDone()
    {
        IncidentScript s = staffed();
        const Event task = s.add(s.factory.createTask(s.incident, QStringLiteral("Roll back"),
                                                      QStringLiteral("cat"), 15));
        const QString id = task.text(QStringLiteral("task"));
        s.after(1).add(s.factory.taskEvent(s.incident, vocab::type::TaskAcknowledged, id));
        QVERIFY(!find(reminders(fold(s), s.at(10)), Kind::TaskUnacknowledged, id));
        QVERIFY(!find(reminders(fold(s), s.at(10)), Kind::TaskOverdue, id));
        auto overdue = find(reminders(fold(s), s.at(17)), Kind::TaskOverdue, id);
        QVERIFY(overdue);
        QCOMPARE(overdue->due, s.at(16));
        QCOMPARE(int(overdue->level), int(Level::Overdue));
        QCOMPARE(int(find(reminders(fold(s), s.at(21)), Kind::TaskOverdue, id)->level),
                 int(Level::Escalated));
        // Extended: on time again. Done: nothing to chase.
        s.add(s.factory.taskEvent(s.incident, vocab::type::TaskExtended, id,
                                  {{QStringLiteral("minutes"), 10}}));
        QVERIFY(!find(reminders(fold(s), s.at(21)), Kind::TaskOverdue, id));
        s.add(s.factory.setTaskStatus(s.incident, id, QStringLiteral("done")));
        QVERIFY(!find(reminders(fold(s), s.at(60)), Kind::TaskOverdue, id));
    }

    void aReassignedTaskGivesTheNewOwnerTimeToAcknowledge()
    {
        IncidentScript s = staffed();
        const Event task = s.add(s.factory.createTask(s.incident, QStringLiteral("Roll back"),
                                                      QStringLiteral("cat"), 15));
        const QString id = task.text(QStringLiteral("task"));
        s.after(1).add(s.factory.taskEvent(s.incident, vocab::type::TaskAcknowledged, id));
        s.after(29).add(s.factory.taskEvent(s.incident, vocab::type::TaskEdited, id,
                                            {{QStringLiteral("assignee"), QStringLiteral("dan")}}));
        // 10:30: dan has it now, unacknowledged; his two minutes run from 10:30.
        QVERIFY(!find(reminders(fold(s), s.at(31)), Kind::TaskUnacknowledged, id));
        QVERIFY(!find(reminders(fold(s), s.at(31)), Kind::TaskOverdue, id));
        const auto late = find(reminders(fold(s), s.at(33)), Kind::TaskUnacknowledged, id);
        QVERIFY(late);
        QCOMPARE(late->due, s.at(32));
        QCOMPARE(late->person, QStringLiteral("dan"));
    }

    void aBlockedTaskIsNotChasedAsLate()
    {
        IncidentScript s = staffed();
        const Event task = s.add(s.factory.createTask(s.incident, QStringLiteral("Roll back"),
                                                      QStringLiteral("cat"), 5));
        const QString id = task.text(QStringLiteral("task"));
        s.add(s.factory.taskEvent(s.incident, vocab::type::TaskAcknowledged, id));
        s.add(s.factory.setTaskStatus(s.incident, id, QStringLiteral("blocked")));
        QVERIFY(!find(reminders(fold(s), s.at(20)), Kind::TaskOverdue, id));
        s.add(s.factory.setTaskStatus(s.incident, id, QStringLiteral("open")));
        QCOMPARE(int(find(reminders(fold(s), s.at(20)), Kind::TaskOverdue, id)->level),
                 int(Level::Escalated));
    }

    void missingKeyRolesWarnAfterAFewMinutes()
    {
        IncidentScript s;
        s.declare();
        QVERIFY(
            !find(reminders(fold(s), s.at(4)), Kind::RoleUnfilled, QStringLiteral("commander")));
        QList<Reminder> list = reminders(fold(s), s.at(6));
        QVERIFY(find(list, Kind::RoleUnfilled, QStringLiteral("commander")));
        QVERIFY(find(list, Kind::RoleUnfilled, QStringLiteral("scribe")));
        QVERIFY(!find(list, Kind::RoleUnfilled, QStringLiteral("deputy"))); // not a key role
        s.after(7).add(
            s.factory.assignRole(s.incident, QStringLiteral("commander"), QStringLiteral("ann")));
        list = reminders(fold(s), s.at(8));
        QVERIFY(!find(list, Kind::RoleUnfilled, QStringLiteral("commander")));
        QCOMPARE(int(find(list, Kind::RoleUnfilled, QStringLiteral("scribe"))->level),
                 int(Level::Overdue));
        // Relieved at 10:20 with nobody named: warned again from 10:25.
        s.after(13).add(s.factory.relieveRole(s.incident, QStringLiteral("commander")));
        QVERIFY(
            !find(reminders(fold(s), s.at(24)), Kind::RoleUnfilled, QStringLiteral("commander")));
        QCOMPARE(find(reminders(fold(s), s.at(26)), Kind::RoleUnfilled, QStringLiteral("commander"))
                     ->due,
                 s.at(25));
    }

    void aSectionNobodyTouchedGoesStale()
    {
        IncidentScript s = staffed();
        s.add(s.factory.setSection(s.incident, QStringLiteral("impact"), QStringLiteral("EU"), {}));
        QVERIFY(!find(reminders(fold(s), s.at(29)), Kind::SectionStale, QStringLiteral("impact")));
        const auto stale =
            find(reminders(fold(s), s.at(31)), Kind::SectionStale, QStringLiteral("impact"));
        QVERIFY(stale);
        QCOMPARE(stale->due, s.at(30));
    }

    void mostUrgentComesFirst()
    {
        IncidentScript s;
        s.declare(); // no roles: both unfilled
        const Event task = s.add(s.factory.createTask(s.incident, QStringLiteral("Roll back"),
                                                      QStringLiteral("cat"), 5));
        s.add(s.factory.taskEvent(s.incident, vocab::type::TaskAcknowledged,
                                  task.text(QStringLiteral("task"))));
        const QList<Reminder> list = reminders(fold(s), s.at(12));
        QVERIFY(list.size() >= 4);
        for (qsizetype i = 1; i < list.size(); ++i) {
            QVERIFY(list[i - 1].level >= list[i].level);
            if (list[i - 1].level == list[i].level)
                QVERIFY(list[i - 1].due <= list[i].due);
        }
        QCOMPARE(int(list.first().level), int(Level::Escalated)); // the task, 7 min late
        QCOMPARE(int(list.last().level), int(Level::Upcoming));   // internal update at 10:30
        // Pure: the same state and time give the same list.
        QCOMPARE(reminders(fold(s), s.at(12)).size(), list.size());
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
