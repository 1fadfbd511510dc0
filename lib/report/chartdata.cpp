#include "chartdata.h"

#include <algorithm>

namespace cp::report {
namespace {

qint64 ms(const QDateTime &at)
{
    return at.toMSecsSinceEpoch();
}

const QStringList &noteKinds()
{
    static const QStringList kinds = {QStringLiteral("observation"), QStringLiteral("action"),
                                      QStringLiteral("decision"), QStringLiteral("communication"),
                                      QStringLiteral("todo")};
    return kinds;
}

// Consecutive periods from a history of (time, value) changes, the last one ending at `end`.
template<typename Change>
QList<ChartPeriod> periods(const QList<Change> &history, QString Change::*value, qint64 end)
{
    QList<ChartPeriod> out;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const qint64 start = ms(history[i].at);
        const qint64 stop = i + 1 < history.size() ? ms(history[i + 1].at) : std::max(start, end);
        out.append({start, stop, history[i].*value, {}});
    }
    return out;
}

QList<ChartPeriod> taskPeriods(const IncidentState &state, qint64 end)
{
    QList<ChartPeriod> out;
    for (const Task &task : state.tasks) {
        const bool finished = !task.isActive();
        const qint64 start = ms(task.isAcknowledged() ? task.acknowledgedAt : task.assignedAt);
        qint64 stop = task.isAcknowledged() ? ms(task.deadline()) : end;
        if (finished)
            stop = ms(task.statusChangedAt);
        out.append({start, std::max(start, stop), task.title,
                    QStringLiteral("%1 · %2").arg(task.assignee, task.status)});
    }
    return out;
}

} // namespace

QDateTime closedAt(const IncidentState &state, const QDateTime &now)
{
    // Review work after the end (milestones, follow-ups) does not stretch the incident.
    QDateTime end;
    if (!state.statusHistory.isEmpty())
        end = state.statusHistory.last().at;
    if (!state.severityHistory.isEmpty() && state.severityHistory.last().at > end)
        end = state.severityHistory.last().at;
    return end.isValid() ? end : now;
}

ChartData buildChartData(const IncidentState &state, const QList<TimelineRow> &rows,
                         const QDateTime &from, const QDateTime &to, int width,
                         const QDateTime &now)
{
    ChartData data;
    data.from = ms(from);
    data.to = std::max(ms(to), data.from + 1);
    const qint64 end = state.isOpen() ? ms(now) : ms(closedAt(state, now));
    width = std::max(1, width);

    QStringList kinds = noteKinds();
    for (const TimelineRow &row : rows) {
        if (!kinds.contains(row.kind))
            kinds << row.kind;
    }
    for (const QString &kind : kinds)
        data.lanes.append({kind, {}, {}});

    QList<int> lastColumn(kinds.size(), -1);
    for (const TimelineRow &row : rows) {
        const qint64 at = ms(row.at);
        if (at < data.from || at > data.to)
            continue;
        const int lane = int(kinds.indexOf(row.kind));
        const int column = int((at - data.from) * (width - 1) / (data.to - data.from));
        ChartLane &target = data.lanes[lane];
        if (column == lastColumn[lane]) {
            ++target.counts.last(); // same pixel column: one point stands for both
            continue;
        }
        lastColumn[lane] = column;
        target.points.append(QPointF(double(at), double(lane)));
        target.counts.append(1);
    }

    data.severities = periods(state.severityHistory, &SeverityChange::severity, end);
    data.statuses = periods(state.statusHistory, &StatusChange::status, end);
    data.tasks = taskPeriods(state, end);
    for (const PublishedUpdate &update : state.updates)
        data.updates.append({ms(update.at), update.audience});
    for (const QString &name :
         {QStringLiteral("impact_started"), QStringLiteral("detected"),
          QStringLiteral("acknowledged"), QStringLiteral("identified"), QStringLiteral("mitigated"),
          QStringLiteral("recovered"), QStringLiteral("resolved")}) {
        if (const QDateTime at = state.milestone(name); at.isValid())
            data.milestones.append({ms(at), name});
    }
    return data;
}

} // namespace cp::report
