#include "benchkit.h"

#include "clock.h"
#include "eventfactory.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cp::bench {

Scale Scale::smoke()
{
    Scale scale;
    scale.incidentEvents = 2'000;
    scale.repeats = 1;
    scale.appendEvents = 500;
    scale.singlePosts = 20;
    scale.pollerCounts = {1, 10, 20};
    scale.propagationRounds = 5;
    scale.startRuns = 1;
    scale.teamIncidents = 30;
    scale.teamIncidentEvents = 50;
    scale.incomingEvents = 20;
    return scale;
}

double median(QList<double> values)
{
    return percentile(std::move(values), 50);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

Timings timeInTurns(int runs, const std::function<void()> &subject,
                    const std::function<void()> &baseline)
{
    QList<double> subjectTimes;
    QList<double> baselineTimes;
    for (int run = 0; run < runs; ++run) {
        Stopwatch base;
        baseline();
        baselineTimes.append(base.seconds());
        Stopwatch measured;
        subject();
        subjectTimes.append(measured.seconds());
    }
    return {median(subjectTimes), median(baselineTimes)};
}

namespace {

const QStringList People = {QStringLiteral("alice"), QStringLiteral("bob"),
                            QStringLiteral("carol"), QStringLiteral("dana"),
                            QStringLiteral("erin"),  QStringLiteral("frank")};
const QStringList Sections = {QStringLiteral("summary"), QStringLiteral("impact"),
                              QStringLiteral("current_actions"), QStringLiteral("next_steps")};

// Writes one incident's events through the same factory the console uses.
class IncidentWriter
{
public:
    explicit IncidentWriter(const QString &actor)
        : m_clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc()))
        , m_factory(m_clock, actor)
    {
    }

    QList<Event> write(int count)
    {
        m_events.reserve(count);
        const Event declared =
            m_factory.declare(QStringLiteral("Checkout errors after deploy"),
                              QStringLiteral("SEV2"), QStringLiteral("5xx on checkout"));
        m_incident = declared.incident;
        m_events.append(declared);
        for (int i = 1; m_events.size() < count; ++i)
            writeStep(i);
        return m_events;
    }

private:
    void add(const Event &event)
    {
        m_events.append(event);
        m_clock.advanceSeconds(2);
    }

    // One step of a twenty-step cycle: twelve notes, then the rest of the call's work.
    void writeStep(int i)
    {
        const QString person = People.at(i % People.size());
        const int step = i % 20;
        if (step < 12) {
            add(m_factory.note(m_incident,
                               QStringLiteral("p99 latency on checkout node %1 at %2 ms")
                                   .arg(i % 40)
                                   .arg(200 + i % 900),
                               QStringLiteral("observation")));
        } else if (step == 12) {
            const Event task = m_factory.createTask(
                m_incident, QStringLiteral("Check payment provider status (%1)").arg(i), person,
                10);
            m_openTasks.append(task.text(QStringLiteral("task")));
            add(task);
        } else if (step == 13) {
            add(m_factory.taskEvent(m_incident, QStringLiteral("task.acknowledged"),
                                    m_openTasks.last()));
        } else if (step == 14) {
            add(m_factory.setTaskStatus(m_incident, m_openTasks.takeFirst(),
                                        QStringLiteral("done")));
        } else if (step == 15) {
            writeSection(i);
        } else if (step == 16) {
            add(m_factory.publishUpdate(
                m_incident, i % 2 ? QStringLiteral("internal") : QStringLiteral("external"),
                QStringLiteral("Still investigating checkout errors; next update in 20 min.")));
        } else if (step == 17) {
            add(m_factory.assignRole(m_incident, QStringLiteral("sme:area%1").arg(i % 7), person));
        } else if (step == 18) {
            add(m_factory.setSeverity(m_incident,
                                      i % 3 ? QStringLiteral("SEV2") : QStringLiteral("SEV3")));
        } else {
            add(m_factory.note(m_incident, QStringLiteral("Rolled back canary %1").arg(i),
                               QStringLiteral("action")));
        }
    }

    void writeSection(int i)
    {
        const QString section = Sections.at(i % Sections.size());
        const Event event = m_factory.setSection(
            m_incident, section,
            QStringLiteral("Checkout fails for %1% of requests since deploy 4512.").arg(i % 30),
            m_sectionHeads.value(section));
        m_sectionHeads.insert(section, event.id);
        add(event);
    }

    ManualClock m_clock;
    EventFactory m_factory;
    QString m_incident;
    QList<Event> m_events;
    QStringList m_openTasks;
    QHash<QString, QString> m_sectionHeads;
};

Figure figure(QString benchmark, QString subject, QString baseline, QString unit,
              double subjectValue, double baselineValue)
{
    Figure result;
    result.benchmark = std::move(benchmark);
    result.subject = std::move(subject);
    result.baseline = std::move(baseline);
    result.unit = std::move(unit);
    result.subjectValue = subjectValue;
    result.baselineValue = baselineValue;
    result.ratio = baselineValue > 0 ? subjectValue / baselineValue : 0;
    return result;
}

} // namespace

QList<Event> makeIncident(int count, const QString &actor)
{
    return IncidentWriter(actor).write(count);
}

Figure throughputFigure(QString benchmark, QString subject, QString baseline, double subjectPerS,
                        double baselinePerS, double atLeast)
{
    Figure result = figure(std::move(benchmark), std::move(subject), std::move(baseline),
                           QStringLiteral("events/s"), subjectPerS, baselinePerS);
    if (atLeast > 0) {
        result.goal = QStringLiteral("≥ %1").arg(atLeast);
        result.met = result.ratio >= atLeast;
    }
    return result;
}

Figure costFigure(QString benchmark, QString subject, QString baseline, QString unit,
                  double subjectValue, double baselineValue, double atMost)
{
    Figure result = figure(std::move(benchmark), std::move(subject), std::move(baseline),
                           std::move(unit), subjectValue, baselineValue);
    if (atMost > 0) {
        result.goal = QStringLiteral("≤ %1×").arg(atMost);
        result.met = result.ratio <= atMost;
    }
    return result;
}

void progress(const QString &line)
{
    std::fprintf(stderr, "[bench] %s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace cp::bench
