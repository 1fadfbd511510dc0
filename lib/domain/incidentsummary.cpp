#include "incidentsummary.h"

#include "timeformat.h"
#include "vocabulary.h"

namespace cp {
namespace {

using Key = QLatin1StringView;

QDateTime earlier(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b < a ? b : a;
}

} // namespace

IncidentSummary summarize(const IncidentState &state)
{
    IncidentSummary summary{.id = state.id,
                            .declared = state.declared,
                            .title = state.title,
                            .severity = state.severity,
                            .status = state.status,
                            .commander = state.commander(),
                            .declaredAt = state.declaredAt,
                            .restricted = state.restricted,
                            .eventCount = state.eventCount,
                            .lastSeq = state.lastSeq,
                            .lastEventAt = state.lastEventAt,
                            .nextUpdateDue = {},
                            .firstTaskDeadline = {},
                            .unacknowledgedSince = {}};
    for (const QString &audience : vocab::audiences())
        summary.nextUpdateDue = earlier(summary.nextUpdateDue, state.nextUpdateDue(audience));
    for (const Task &task : state.tasks) {
        if (!task.isActive())
            continue;
        if (task.isAcknowledged())
            summary.firstTaskDeadline = earlier(summary.firstTaskDeadline, task.deadline());
        else
            summary.unacknowledgedSince = earlier(summary.unacknowledgedSince, task.assignedAt);
    }
    return summary;
}

QJsonObject summaryRecord(const IncidentSummary &summary)
{
    return {{Key("id"), summary.id},
            {Key("declared"), summary.declared},
            {Key("title"), summary.title},
            {Key("severity"), summary.severity},
            {Key("status"), summary.status},
            {Key("commander"), summary.commander},
            {Key("declared_at"), timeOrNull(summary.declaredAt)},
            {Key("restricted"), summary.restricted},
            {Key("event_count"), summary.eventCount},
            {Key("last_seq"), double(summary.lastSeq)},
            {Key("last_event_at"), timeOrNull(summary.lastEventAt)},
            {Key("next_update_due"), timeOrNull(summary.nextUpdateDue)},
            {Key("first_task_deadline"), timeOrNull(summary.firstTaskDeadline)},
            {Key("unacknowledged_since"), timeOrNull(summary.unacknowledgedSince)}};
}

} // namespace cp
