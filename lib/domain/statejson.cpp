#include "statejson.h"

#include "timeformat.h"
#include "vocabulary.h"

#include <QJsonArray>

namespace cp {
namespace {

using Key = QLatin1StringView;

template<typename T, typename F> QJsonArray arrayOf(const QList<T> &items, F toObject)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toObject(item));
    return array;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject taskJson(const Task &task)
{
    return {{Key("id"), task.id},
            {Key("title"), task.title},
            {Key("assignee"), task.assignee},
            {Key("status"), task.status},
            {Key("timebox_minutes"), task.timeboxMinutes},
            {Key("extended_minutes"), task.extendedMinutes},
            {Key("created_at"), timeOrNull(task.createdAt)},
            {Key("created_by"), task.createdBy},
            {Key("acknowledged_at"), timeOrNull(task.acknowledgedAt)},
            {Key("deadline"), timeOrNull(task.deadline())},
            {Key("status_changed_at"), timeOrNull(task.statusChangedAt)}};
}

QJsonObject versionJson(const SectionVersion &version)
{
    return {{Key("event"), version.eventId},
            {Key("text"), version.text},
            {Key("author"), version.author},
            {Key("at"), timeOrNull(version.at)}};
}

QJsonObject sectionsJson(const IncidentState &state)
{
    QJsonObject sections;
    for (const DocSection &section : state.sections) {
        sections.insert(section.name,
                        QJsonObject{{Key("head"), versionJson(section.head)},
                                    {Key("conflicted"), section.isConflicted()},
                                    {Key("conflicts"), arrayOf(section.conflicts, versionJson)},
                                    {Key("revisions"), section.revisions}});
    }
    return sections;
}

QJsonObject rolesJson(const IncidentState &state)
{
    QJsonObject roles;
    for (const RoleAssignment &holder : state.roles) {
        roles.insert(holder.role, QJsonObject{{Key("person"), holder.person},
                                              {Key("since"), timeOrNull(holder.since)},
                                              {Key("assigned_by"), holder.assignedBy}});
    }
    return roles;
}

QJsonObject milestonesJson(const IncidentState &state)
{
    QJsonObject milestones;
    QStringList names = state.impliedMilestones.keys() + state.explicitMilestones.keys();
    for (const QString &name : names)
        milestones.insert(name,
                          QJsonObject{{Key("at"), timeOrNull(state.milestone(name))},
                                      {Key("explicit"), state.explicitMilestones.contains(name)}});
    return milestones;
}

QJsonObject updatesJson(const IncidentState &state)
{
    QJsonObject audiences;
    for (const QString &audience : vocab::audiences()) {
        audiences.insert(
            audience,
            QJsonObject{{Key("cadence_minutes"), state.cadenceMinutes(audience)},
                        {Key("last_published_at"), timeOrNull(state.lastPublished(audience))},
                        {Key("next_due_at"), timeOrNull(state.nextUpdateDue(audience))}});
    }
    return audiences;
}

QJsonArray pinnedJson(const IncidentState &state)
{
    QStringList pinned = state.pinned.values();
    pinned.sort();
    return QJsonArray::fromStringList(pinned);
}

QJsonObject historyJson(const IncidentState &state)
{
    return {
        {Key("severity"), arrayOf(state.severityHistory,
                                  [](const SeverityChange &change) {
                                      return QJsonObject{{Key("severity"), change.severity},
                                                         {Key("reason"), textOrNull(change.reason)},
                                                         {Key("at"), timeOrNull(change.at)},
                                                         {Key("actor"), change.actor},
                                                         {Key("event"), change.eventId}};
                                  })},
        {Key("status"), arrayOf(state.statusHistory,
                                [](const StatusChange &change) {
                                    return QJsonObject{{Key("status"), change.status},
                                                       {Key("at"), timeOrNull(change.at)},
                                                       {Key("actor"), change.actor},
                                                       {Key("event"), change.eventId},
                                                       {Key("out_of_order"), change.outOfOrder}};
                                })},
        {Key("roles"), arrayOf(state.roleHistory,
                               [](const RoleChange &change) {
                                   return QJsonObject{
                                       {Key("role"), change.role},
                                       {Key("person"), textOrNull(change.person)},
                                       {Key("previous"), textOrNull(change.previous)},
                                       {Key("at"), timeOrNull(change.at)},
                                       {Key("actor"), change.actor},
                                       {Key("event"), change.eventId}};
                               })},
        {Key("handoffs"), arrayOf(state.handoffs,
                                  [](const Handoff &handoff) {
                                      return QJsonObject{{Key("from"), textOrNull(handoff.from)},
                                                         {Key("to"), handoff.to},
                                                         {Key("at"), timeOrNull(handoff.at)},
                                                         {Key("event"), handoff.eventId}};
                                  })},
    };
}

} // namespace

QJsonObject summaryJson(const IncidentSummary &summary)
{
    return {{Key("id"), summary.id},
            {Key("title"), summary.title},
            {Key("severity"), summary.severity},
            {Key("status"), summary.status},
            {Key("commander"), textOrNull(summary.commander)},
            {Key("declared_at"), timeOrNull(summary.declaredAt)},
            {Key("restricted"), summary.restricted},
            {Key("last_seq"), double(summary.lastSeq)}};
}

QJsonObject summaryJson(const IncidentState &state)
{
    return summaryJson(summarize(state));
}

QJsonObject toJson(const IncidentState &state)
{
    QJsonObject object = summaryJson(state);
    object.insert(Key("summary"), state.summary);
    object.insert(Key("detection_source"), textOrNull(state.detectionSource));
    object.insert(Key("declared_by"), state.declaredBy);
    object.insert(Key("milestones"), milestonesJson(state));
    object.insert(Key("roles"), rolesJson(state));
    object.insert(Key("history"), historyJson(state));
    object.insert(Key("tasks"), arrayOf(state.tasks, taskJson));
    object.insert(Key("sections"), sectionsJson(state));
    object.insert(Key("updates"), updatesJson(state));
    object.insert(
        Key("published_updates"), arrayOf(state.updates, [](const PublishedUpdate &update) {
            return QJsonObject{
                {Key("event"), update.eventId}, {Key("audience"), update.audience},
                {Key("text"), update.text},     {Key("at"), timeOrNull(update.at)},
                {Key("actor"), update.actor},   {Key("next_in_minutes"), update.nextInMinutes}};
        }));
    object.insert(Key("notes"), arrayOf(state.notes, [](const Note &note) {
                      return QJsonObject{
                          {Key("event"), note.eventId}, {Key("text"), note.text},
                          {Key("kind"), note.kind},     {Key("at"), timeOrNull(note.at)},
                          {Key("actor"), note.actor},   {Key("edited"), note.edited}};
                  }));
    object.insert(Key("corrections"), arrayOf(state.corrections, [](const Correction &correction) {
                      return QJsonObject{{Key("event"), correction.eventId},
                                         {Key("target"), correction.target},
                                         {Key("changes"), correction.changes},
                                         {Key("at"), timeOrNull(correction.at)},
                                         {Key("actor"), correction.actor}};
                  }));
    object.insert(Key("pinned"), pinnedJson(state));
    object.insert(Key("followups"), arrayOf(state.followups, [](const FollowUp &followup) {
                      return QJsonObject{{Key("id"), followup.id},
                                         {Key("title"), followup.title},
                                         {Key("owner"), followup.owner},
                                         {Key("due"), timeOrNull(followup.due)},
                                         {Key("created_at"), timeOrNull(followup.createdAt)}};
                  }));
    object.insert(Key("warnings"), QJsonArray::fromStringList(state.warnings));
    object.insert(Key("event_count"), state.eventCount);
    return object;
}

QJsonObject countdownsJson(const IncidentState &state, const QDateTime &now)
{
    QJsonObject tasks;
    for (const Task &task : state.tasks) {
        if (task.isActive() && task.isAcknowledged())
            tasks.insert(task.id, double(now.secsTo(task.deadline())));
    }
    QJsonObject updates;
    for (const QString &audience : {QStringLiteral("internal"), QStringLiteral("external")}) {
        if (const QDateTime due = state.nextUpdateDue(audience); due.isValid())
            updates.insert(audience, double(now.secsTo(due)));
    }
    return {{QStringLiteral("now"), formatTime(now)},
            {QStringLiteral("tasks"), tasks},
            {QStringLiteral("updates"), updates}};
}

} // namespace cp
