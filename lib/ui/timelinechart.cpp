#include "timelinechart.h"

#include "preferences.h"
#include "scribe.h"

#include <QXYSeries>
#include <functional>

namespace cp {
namespace {

// Task bars are drawn as a row of square markers this many pixels apart.
constexpr int BarStepPixels = 4;

// Above the lanes: the status steps (investigating low … closed high), then severity
// (SEV5 low … SEV1 high), then the milestone markers.
double statusHeight(const QString &status, int lanes)
{
    static const QStringList order = {QStringLiteral("investigating"), QStringLiteral("identified"),
                                      QStringLiteral("mitigated"), QStringLiteral("resolved"),
                                      QStringLiteral("closed")};
    return lanes + 0.1 + 0.2 * double(std::max<qsizetype>(0, order.indexOf(status)));
}

double severityHeight(const QString &severity, int lanes)
{
    const int number = severity.mid(3).toInt(); // SEV1 → 1
    return lanes + 1.2 + (6 - std::clamp(number, 1, 5)) * 0.2;
}

QList<QPointF> steps(const QList<report::ChartPeriod> &periods,
                     const std::function<double(const QString &)> &height)
{
    QList<QPointF> points;
    for (const report::ChartPeriod &period : periods) {
        const double y = height(period.label);
        points << QPointF(double(period.from), y) << QPointF(double(period.to), y);
    }
    return points;
}

} // namespace

TimelineChart::TimelineChart(QObject *parent)
    : QObject(parent)
{
}

QStringList TimelineChart::lanes() const
{
    QStringList names;
    for (const report::ChartLane &lane : m_data.lanes)
        names << lane.kind;
    return names;
}

QDateTime TimelineChart::start() const
{
    return QDateTime::fromMSecsSinceEpoch(m_data.from + m_shiftMs, Qt::UTC);
}

QDateTime TimelineChart::end() const
{
    return QDateTime::fromMSecsSinceEpoch(m_data.to + m_shiftMs, Qt::UTC);
}

void TimelineChart::setSeries(const QVariantList &laneSeries, QObject *severity, QObject *status,
                              QObject *tasks, QObject *updates, QObject *milestones)
{
    m_lanes.clear();
    for (const QVariant &series : laneSeries)
        m_lanes << qobject_cast<QXYSeries *>(series.value<QObject *>());
    m_severity = qobject_cast<QXYSeries *>(severity);
    m_status = qobject_cast<QXYSeries *>(status);
    m_tasks = qobject_cast<QXYSeries *>(tasks);
    m_updates = qobject_cast<QXYSeries *>(updates);
    m_milestones = qobject_cast<QXYSeries *>(milestones);
    refresh();
}

void TimelineChart::setWindow(const QDateTime &from, const QDateTime &to, int width)
{
    m_from = from.isValid() ? from.addMSecs(-m_shiftMs) : from;
    m_to = to.isValid() ? to.addMSecs(-m_shiftMs) : to;
    m_width = std::max(1, width);
    refresh();
}

void TimelineChart::setIncident(const IncidentState &state, QList<report::TimelineRow> rows,
                                const QDateTime &now)
{
    m_state = state;
    m_rows = std::move(rows);
    m_now = now;
    refresh();
}

void TimelineChart::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_from = m_to = {}; // the shift changes: back to the whole incident
    m_utc = utc;
    refresh();
}

QList<QPointF> TimelineChart::placed(QList<QPointF> points) const
{
    for (QPointF &point : points)
        point.rx() += double(m_shiftMs);
    return points;
}

void TimelineChart::refresh()
{
    // The offset at the incident's start: a winter incident reviewed in summer keeps its own.
    const QDateTime reference = m_rows.isEmpty() ? m_now : m_rows.constFirst().at;
    const QDateTime local =
        (reference.isValid() ? reference : QDateTime::currentDateTime()).toLocalTime();
    m_shiftMs = m_utc ? -qint64(local.offsetFromUtc()) * 1000 : 0;
    QDateTime from = m_from;
    QDateTime to = m_to;
    if (!from.isValid() || !to.isValid() || from >= to) { // the whole incident, a margin around
        from = m_rows.isEmpty() ? m_now.addSecs(-3600) : m_rows.constFirst().at.addSecs(-60);
        to = m_state.isOpen() || m_rows.isEmpty() ? m_now.addSecs(60)
                                                  : report::closedAt(m_state, m_now).addSecs(60);
    }
    m_data = report::buildChartData(m_state, m_rows, from, to, m_width, m_now);
    m_pointCount = 0;
    for (qsizetype i = 0; i < m_lanes.size() && i < m_data.lanes.size(); ++i) {
        if (m_lanes[i]) {
            m_lanes[i]->replace(placed(m_data.lanes[i].points));
            m_pointCount += int(m_data.lanes[i].points.size());
        }
    }
    const int laneCount = int(m_data.lanes.size());
    if (m_severity)
        m_severity->replace(placed(steps(m_data.severities, [laneCount](const QString &severity) {
            return severityHeight(severity, laneCount);
        })));
    if (m_status)
        m_status->replace(placed(steps(m_data.statuses, [laneCount](const QString &status) {
            return statusHeight(status, laneCount);
        })));
    if (m_tasks) {
        QList<QPointF> bars;
        const double msPerStep = double(m_data.to - m_data.from) * BarStepPixels / m_width;
        for (qsizetype i = 0; i < m_data.tasks.size(); ++i) {
            const report::ChartPeriod &task = m_data.tasks[i];
            const double y = -1 - 0.3 * double(i % 3); // below the lanes, staggered
            // Only the visible part: at most width / step points a bar, however far zoomed.
            const double first = double(std::max(task.from, m_data.from));
            const double last = double(std::min(task.to, m_data.to));
            for (double x = first; x <= last; x += msPerStep)
                bars << QPointF(x, y);
        }
        m_tasks->replace(placed(bars));
    }
    auto markers = [laneCount](const QList<report::ChartMarker> &list, double y) {
        QList<QPointF> points;
        for (const report::ChartMarker &marker : list)
            points << QPointF(double(marker.at), y);
        return points;
    };
    if (m_updates)
        m_updates->replace(placed(markers(m_data.updates, laneCount - 0.5)));
    if (m_milestones)
        m_milestones->replace(placed(markers(m_data.milestones, laneCount + 2.6)));
    emit refreshed();
}

QString TimelineChart::describeAt(int lane, double x) const
{
    if (lane < 0 || lane >= m_data.lanes.size())
        return {};
    const QString kind = m_data.lanes[lane].kind;
    x -= double(m_shiftMs);
    const report::TimelineRow *nearest = nullptr;
    for (const report::TimelineRow &row : m_rows) {
        if (row.kind != kind)
            continue;
        if (!nearest || std::abs(double(row.at.toMSecsSinceEpoch()) - x) <
                            std::abs(double(nearest->at.toMSecsSinceEpoch()) - x))
            nearest = &row;
    }
    if (!nearest)
        return {};
    const QLocale locale;
    const QDateTime at = m_utc ? nearest->at.toUTC() : nearest->at.toLocalTime();
    return tr("%1 %2: %3")
        .arg(locale.toString(at.time(), Preferences::timeFormatWithSeconds(locale)), nearest->actor,
             nearest->text);
}

} // namespace cp
