#pragma once

#include "incidentstate.h"
#include "timelinerows.h"

#include <QList>
#include <QPointF>
#include <QStringList>

namespace cp::report {

// What the timeline chart draws, computed in C++ so QtCharts only receives finished series
// (QXYSeries::replace). x values are milliseconds since the epoch (UTC).
struct ChartPeriod
{
    qint64 from = 0;
    qint64 to = 0;
    QString label;  // a severity, a status, a task's title
    QString detail; // a task's assignee and outcome
};

struct ChartMarker
{
    qint64 at = 0;
    QString label;
};

struct ChartLane
{
    QString kind;          // observation, decision, … or an event family (status, task, …)
    QList<QPointF> points; // (x, lane index), at most one a pixel column
    QList<int> counts;     // how many events each point stands for
};

struct ChartData
{
    qint64 from = 0;
    qint64 to = 0;
    QList<ChartLane> lanes; // fixed order: the note kinds, then the other families present
    QList<ChartPeriod> severities;
    QList<ChartPeriod> statuses;
    QList<ChartPeriod> tasks; // acknowledged → deadline (or done); unacknowledged from assignment
    QList<ChartMarker> updates;
    QList<ChartMarker> milestones;
};

// Builds the chart for [from, to] at `width` pixel columns; events outside are left out and
// each lane keeps one point per column (the first), with the count it stands for, so ten
// thousand events draw as fast as a few hundred. `now` ends what is still running.
// When a resolved or closed incident ended: its last status or severity change.
QDateTime closedAt(const IncidentState &state, const QDateTime &now);

ChartData buildChartData(const IncidentState &state, const QList<TimelineRow> &rows,
                         const QDateTime &from, const QDateTime &to, int width,
                         const QDateTime &now);

} // namespace cp::report
