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

// A time the record holds: null for none; nullopt when the value is not a time at all.
std::optional<QDateTime> timeFrom(const QJsonValue &value)
{
    if (value.isNull())
        return QDateTime();
    const QDateTime at = parseTime(value.toString());
    return at.isValid() ? std::optional(at) : std::nullopt;
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

std::optional<IncidentSummary> summaryFromRecord(const QJsonObject &record)
{
    const auto declaredAt = timeFrom(record.value(Key("declared_at")));
    const auto lastEventAt = timeFrom(record.value(Key("last_event_at")));
    const auto nextUpdateDue = timeFrom(record.value(Key("next_update_due")));
    const auto firstTaskDeadline = timeFrom(record.value(Key("first_task_deadline")));
    const auto unacknowledgedSince = timeFrom(record.value(Key("unacknowledged_since")));
    const QJsonValue id = record.value(Key("id"));
    if (!id.isString() || !declaredAt || !lastEventAt || !nextUpdateDue || !firstTaskDeadline ||
        !unacknowledgedSince)
        return std::nullopt;
    return IncidentSummary{.id = id.toString(),
                           .declared = record.value(Key("declared")).toBool(),
                           .title = record.value(Key("title")).toString(),
                           .severity = record.value(Key("severity")).toString(),
                           .status = record.value(Key("status")).toString(),
                           .commander = record.value(Key("commander")).toString(),
                           .declaredAt = *declaredAt,
                           .restricted = record.value(Key("restricted")).toBool(),
                           .eventCount = record.value(Key("event_count")).toInt(),
                           .lastSeq = qint64(record.value(Key("last_seq")).toDouble()),
                           .lastEventAt = *lastEventAt,
                           .nextUpdateDue = *nextUpdateDue,
                           .firstTaskDeadline = *firstTaskDeadline,
                           .unacknowledgedSince = *unacknowledgedSince};
}

} // namespace cp
