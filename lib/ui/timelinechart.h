#pragma once

#include "chartdata.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QXYSeries;

namespace cp {

class CurrentIncident;
class Workspace;

// Feeds the timeline ChartView from C++: QML creates the series once and hands them over;
// on every change of the incident or of the visible range, the chart data is rebuilt for
// that range at the view's pixel width and each series gets its points in one replace().
class TimelineChart : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList lanes READ lanes NOTIFY refreshed)
    Q_PROPERTY(QDateTime start READ start NOTIFY refreshed)
    Q_PROPERTY(QDateTime end READ end NOTIFY refreshed)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY refreshed)
public:
    explicit TimelineChart(QObject *parent = nullptr);

    QStringList lanes() const;
    QDateTime start() const;
    QDateTime end() const;
    int pointCount() const { return m_pointCount; }

    // One scatter series per lane (in `lanes` order), then severity (a step line), tasks
    // (a line whose bars are separated by gaps), updates and milestones (scatter).
    Q_INVOKABLE void setSeries(const QVariantList &laneSeries, QObject *severity, QObject *status,
                               QObject *tasks, QObject *updates, QObject *milestones);
    // The visible range (zoom, pan) and the plot's width in pixels; invalid: the whole incident.
    Q_INVOKABLE void setWindow(const QDateTime &from, const QDateTime &to, int width);
    // What happened near a hovered point, for the tooltip.
    Q_INVOKABLE QString describeAt(int lane, double x) const;

    // The incident and its timeline rows (the same rows as the timeline list's, made once).
    void setIncident(const IncidentState &state, QList<report::TimelineRow> rows,
                     const QDateTime &now);
    // The axis shows UTC instead of local time.
    void setUtc(bool utc);

signals:
    void refreshed();

private:
    void refresh();
    // Points sit at their time plus this shift: the axis writes local wall-clock time, so
    // minus the local offset makes it write UTC.
    QList<QPointF> placed(QList<QPointF> points) const;

    IncidentState m_state;
    QList<report::TimelineRow> m_rows;
    QDateTime m_now;
    QDateTime m_from;
    QDateTime m_to;
    int m_width = 800;
    report::ChartData m_data;
    int m_pointCount = 0;
    bool m_utc = false;
    qint64 m_shiftMs = 0;
    QList<QPointer<QXYSeries>> m_lanes;
    QPointer<QXYSeries> m_severity;
    QPointer<QXYSeries> m_status;
    QPointer<QXYSeries> m_tasks;
    QPointer<QXYSeries> m_updates;
    QPointer<QXYSeries> m_milestones;
};

} // namespace cp
