#include "metrics.h"
#include "reducer.h"
#include "testevents.h"

#include <QTest>

using namespace cp;

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void timesFromMilestones()
    {
        IncidentScript s;
        s.declare(); // detected at 0
        s.add(s.factory.setMilestone(s.incident, QStringLiteral("impact_started"), s.at(-10)));
        s.after(4).add(s.factory.assignRole(s.incident, QStringLiteral("commander"),
                                            QStringLiteral("alice")));                  // ack 4
        s.after(16).add(s.factory.setStatus(s.incident, QStringLiteral("identified"))); // 20
        s.after(10).add(s.factory.setStatus(s.incident, QStringLiteral("mitigated")));  // 30
        s.add(s.factory.setMilestone(s.incident, QStringLiteral("recovered"), s.at(40)));
        s.after(30).add(s.factory.setStatus(s.incident, QStringLiteral("resolved"))); // 60
        const IncidentMetrics m = computeMetrics(Reducer::fold(s.events), s.at(500));
        QCOMPARE(m.timeToDetect, 10 * 60);
        QCOMPARE(m.timeToAcknowledge, 4 * 60);
        QCOMPARE(m.timeToIdentify, 30 * 60);
        QCOMPARE(m.timeToMitigate, 40 * 60);
        QCOMPARE(m.timeToRecover, 50 * 60);
        QCOMPARE(m.timeToResolve, 70 * 60);
    }

    void unknownMilestonesGiveNoMetric()
    {
        IncidentScript s;
        s.declare();
        const IncidentMetrics m = computeMetrics(Reducer::fold(s.events), s.at(5));
        QVERIFY(!m.timeToDetect); // no impact start known
        QVERIFY(!m.timeToAcknowledge);
        QVERIFY(!m.timeToResolve);
        QVERIFY(toJson(m).value(QStringLiteral("time_to_detect")).isNull());
    }

    void withoutImpactStartTimesRunFromDetection()
    {
        IncidentScript s;
        s.declare();
        s.after(25).add(s.factory.setStatus(s.incident, QStringLiteral("mitigated")));
        QCOMPARE(computeMetrics(Reducer::fold(s.events), s.at(30)).timeToMitigate, 25 * 60);
    }

    void timeInEachSeverity()
    {
        IncidentScript s;
        s.declare(QStringLiteral("T"), QStringLiteral("SEV3"));
        s.after(10).add(s.factory.setSeverity(s.incident, QStringLiteral("SEV1")));
        s.after(20).add(s.factory.setSeverity(s.incident, QStringLiteral("SEV3")));
        s.after(5).add(s.factory.setStatus(s.incident, QStringLiteral("resolved")));
        s.after(100).add(
            s.factory.setSeverity(s.incident, QStringLiteral("SEV4"))); // after resolution: no time
        const IncidentMetrics m = computeMetrics(Reducer::fold(s.events), s.at(1000));
        QCOMPARE(m.timeInSeverity.size(), 3);
        QCOMPARE(m.timeInSeverity[0].severity, QStringLiteral("SEV1"));
        QCOMPARE(m.timeInSeverity[0].seconds, 20 * 60);
        QCOMPARE(m.timeInSeverity[1].severity, QStringLiteral("SEV3"));
        QCOMPARE(m.timeInSeverity[1].seconds, 15 * 60);
        QCOMPARE(m.timeInSeverity[2].seconds, 0);
    }

    void backdatedSeverityChangeCoversItsPeriod()
    {
        IncidentScript s;
        s.declare(QStringLiteral("T"), QStringLiteral("SEV3"));
        s.after(30).add(s.factory.setSeverity(s.incident, QStringLiteral("SEV1"), {}, s.at(10)));
        const IncidentMetrics m = computeMetrics(Reducer::fold(s.events), s.at(60));
        QCOMPARE(m.timeInSeverity[0].seconds, 50 * 60); // SEV1 from 10 to 60
        QCOMPARE(m.timeInSeverity[1].seconds, 10 * 60); // SEV3 from 0 to 10
    }

    void reopenedIncidentCountsUntilNow()
    {
        IncidentScript s;
        s.declare(QStringLiteral("T"), QStringLiteral("SEV2"));
        s.after(10).add(s.factory.setStatus(s.incident, QStringLiteral("resolved")));
        s.after(10).add(s.factory.setStatus(s.incident, QStringLiteral("investigating")));
        const IncidentMetrics m = computeMetrics(Reducer::fold(s.events), s.at(50));
        QCOMPARE(m.timeInSeverity[0].seconds, 50 * 60);
    }

    void openIncidentCountsUntilNow()
    {
        IncidentScript s;
        s.declare(QStringLiteral("T"), QStringLiteral("SEV2"));
        const IncidentMetrics m = computeMetrics(Reducer::fold(s.events), s.at(42));
        QCOMPARE(m.timeInSeverity.size(), 1);
        QCOMPARE(m.timeInSeverity[0].seconds, 42 * 60);
        QCOMPARE(toJson(m)
                     .value(QStringLiteral("time_in_severity"))
                     .toObject()
                     .value(QStringLiteral("SEV2"))
                     .toInt(),
                 42 * 60);
    }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
