#include "chartdata.h"
#include "reducer.h"
#include "testevents.h"
#include "vocabulary.h"

#include <QTest>

using namespace cp;
using namespace cp::report;

class TestChartData : public QObject
{
    Q_OBJECT

    static ChartData build(const IncidentScript &s, int fromMinute, int toMinute, int width,
                           int nowMinute)
    {
        const IncidentState state = Reducer::fold(s.events);
        return buildChartData(state, timelineRows(state, s.events), s.at(fromMinute),
                              s.at(toMinute), width, s.at(nowMinute));
    }
    static const ChartLane &lane(const ChartData &data, const QString &kind)
    {
        for (const ChartLane &lane : data.lanes) {
            if (lane.kind == kind)
                return lane;
        }
        static const ChartLane none;
        return none;
    }

private slots:
    void eventsGoToTheLaneOfTheirKind()
    {
        IncidentScript s;
        s.declare();
        s.after(1).add(s.factory.note(s.incident, QStringLiteral("x"), QStringLiteral("decision")));
        s.after(1).add(s.factory.setStatus(s.incident, QStringLiteral("identified")));
        const ChartData data = build(s, 0, 10, 600, 10);
        QStringList kinds;
        for (const ChartLane &lane : data.lanes)
            kinds << lane.kind;
        QCOMPARE(kinds.mid(0, 5),
                 (QStringList{"observation", "action", "decision", "communication", "todo"}));
        QCOMPARE(kinds.mid(5), QStringList{QStringLiteral("incident")}); // declaration and status
        const ChartLane &decisions = lane(data, QStringLiteral("decision"));
        QCOMPARE(decisions.points.size(), 1);
        QCOMPARE(decisions.points.first(), QPointF(double(s.at(1).toMSecsSinceEpoch()), 2.0));
        QCOMPARE(lane(data, QStringLiteral("incident")).points.size(), 2);
    }

    void tenThousandEventsAreDecimatedToThePixels()
    {
        IncidentScript s;
        s.declare();
        for (int i = 0; i < 10000; ++i) {
            Event note =
                s.factory.note(s.incident, QStringLiteral("n"),
                               i % 2 ? QStringLiteral("action") : QStringLiteral("observation"));
            note.occurredAt = s.at(0).addMSecs(qint64(i) * 360); // one hour in all
            s.add(note);
        }
        const ChartData data = build(s, 0, 60, 800, 60);
        int total = 0;
        for (const QString &kind : {QStringLiteral("observation"), QStringLiteral("action")}) {
            const ChartLane &l = lane(data, kind);
            QVERIFY2(l.points.size() <= 800, qPrintable(QString::number(l.points.size())));
            QVERIFY(l.points.size() > 700); // every column still has its point
            QCOMPARE(l.counts.size(), l.points.size());
            for (int count : l.counts)
                total += count;
        }
        QCOMPARE(total, 10000); // nothing dropped: merged into the column's point
        // Zoomed into 10:10–10:11, the points are one an event again: observations are the
        // even i, every 720 ms; i = 1668 … 1832 fall in that minute, 83 of them.
        const ChartData zoomed = build(s, 10, 11, 800, 60);
        QCOMPARE(lane(zoomed, QStringLiteral("observation")).points.size(), 83);
        QVERIFY(std::all_of(lane(zoomed, QStringLiteral("observation")).counts.cbegin(),
                            lane(zoomed, QStringLiteral("observation")).counts.cend(),
                            [](int count) { return count == 1; }));
    }

    void severityAndStatusAreBands()
    {
        IncidentScript s;
        s.declare(QStringLiteral("x"), QStringLiteral("SEV2"));
        s.after(5).add(s.factory.setSeverity(s.incident, QStringLiteral("SEV1")));
        s.after(10).add(s.factory.setSeverity(s.incident, QStringLiteral("SEV2")));
        s.after(5).add(s.factory.setStatus(s.incident, QStringLiteral("mitigated")));
        const ChartData data = build(s, 0, 60, 600, 30); // still open at 10:30
        QCOMPARE(data.severities.size(), 3);
        QCOMPARE(data.severities[1].label, QStringLiteral("SEV1"));
        QCOMPARE(data.severities[1].from, s.at(5).toMSecsSinceEpoch());
        QCOMPARE(data.severities[1].to, s.at(15).toMSecsSinceEpoch());
        QCOMPARE(data.severities[2].to, s.at(30).toMSecsSinceEpoch()); // open: runs to now
        QCOMPARE(data.statuses.size(), 2);
        QCOMPARE(data.statuses.last().label, QStringLiteral("mitigated"));
        QCOMPARE(data.statuses.last().from, s.at(20).toMSecsSinceEpoch());
    }

    void tasksAreBarsAndUpdatesAndMilestonesMarkers()
    {
        IncidentScript s;
        s.declare();
        const QString a = s.add(s.factory.createTask(s.incident, QStringLiteral("Roll back"),
                                                     QStringLiteral("carol"), 15))
                              .text(QStringLiteral("task"));
        const QString b = s.add(s.factory.createTask(s.incident, QStringLiteral("Check PSP"),
                                                     QStringLiteral("dana"), 10))
                              .text(QStringLiteral("task"));
        s.after(2).add(s.factory.taskEvent(s.incident, vocab::type::TaskAcknowledged, a));
        s.after(5).add(s.factory.setTaskStatus(s.incident, b, QStringLiteral("done")));
        s.add(s.factory.publishUpdate(s.incident, QStringLiteral("external"), QStringLiteral("u")));
        s.add(s.factory.setStatus(s.incident, QStringLiteral("mitigated")));
        const ChartData data = build(s, 0, 60, 600, 30);
        QCOMPARE(data.tasks.size(), 2);
        QCOMPARE(data.tasks[0].from, s.at(2).toMSecsSinceEpoch()); // from acknowledgement
        QCOMPARE(data.tasks[0].to, s.at(17).toMSecsSinceEpoch());  // to its deadline
        QCOMPARE(data.tasks[0].detail, QStringLiteral("carol · open"));
        QCOMPARE(data.tasks[1].from, s.at(0).toMSecsSinceEpoch()); // never acknowledged
        QCOMPARE(data.tasks[1].to, s.at(7).toMSecsSinceEpoch());   // done
        QCOMPARE(data.updates.size(), 1);
        QCOMPARE(data.updates.first().label, QStringLiteral("external"));
        QStringList milestones;
        for (const ChartMarker &marker : data.milestones)
            milestones << marker.label;
        QCOMPARE(milestones,
                 (QStringList{QStringLiteral("detected"), QStringLiteral("mitigated")}));
    }

    void reviewDaysLaterDoesNotStretchTheIncident()
    {
        IncidentScript s;
        s.declare();
        s.after(30).add(s.factory.setStatus(s.incident, QStringLiteral("resolved")));
        s.after(3 * 24 * 60)
            .add(s.factory.setMilestone(s.incident, QStringLiteral("detected"), s.at(0)));
        const ChartData data = build(s, 0, 60, 600, 5000);
        QCOMPARE(data.severities.last().to, s.at(30).toMSecsSinceEpoch());
        QCOMPARE(data.statuses.last().to, s.at(30).toMSecsSinceEpoch());
    }

    void eventsOutsideTheWindowAreLeftOut()
    {
        IncidentScript s;
        s.declare();
        s.after(30).add(s.factory.note(s.incident, QStringLiteral("late"), QStringLiteral("todo")));
        const ChartData data = build(s, 0, 10, 600, 40);
        QCOMPARE(lane(data, QStringLiteral("todo")).points.size(), 0);
        QCOMPARE(lane(data, QStringLiteral("incident")).points.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
