#include "reducer.h"

#include "timeformat.h"
#include "vocabulary.h"

#include <algorithm>

namespace cp {
namespace {

using Handler = void (*)(IncidentState &, const Event &);

void warn(IncidentState &state, const Event &event, const QString &why)
{
    state.warnings << QStringLiteral("%1 %2: %3").arg(event.type, event.id, why);
}

Task *findTask(IncidentState &state, const Event &event)
{
    const QString taskId = event.text(QStringLiteral("task"));
    if (Task *task = state.task(taskId))
        return task;
    warn(state, event, QStringLiteral("no task %1").arg(taskId));
    return nullptr;
}

void implyMilestone(IncidentState &state, const QString &milestone, const QDateTime &at)
{
    if (!state.impliedMilestones.contains(milestone))
        state.impliedMilestones.insert(milestone, at);
}

void recordSeverity(IncidentState &state, const Event &event)
{
    state.severity = event.text(QStringLiteral("severity"));
    state.severityHistory.append({state.severity, event.text(QStringLiteral("reason")),
                                  event.occurredAt, event.actor, event.id});
}

void onDeclared(IncidentState &state, const Event &event)
{
    if (state.declared) {
        warn(state, event, QStringLiteral("the incident was declared already"));
        return;
    }
    state.declared = true;
    state.title = event.text(QStringLiteral("title"));
    state.summary = event.text(QStringLiteral("summary"));
    state.detectionSource = event.text(QStringLiteral("detection_source"));
    state.restricted = event.data.value(QStringLiteral("restricted")).toBool();
    state.declaredAt = event.occurredAt;
    state.declaredBy = event.actor;
    state.status = QStringLiteral("investigating");
    state.statusHistory.append({state.status, event.occurredAt, event.actor, event.id});
    recordSeverity(state, event);
    // Declaring is the moment a person knew: detection, unless set explicitly.
    implyMilestone(state, QStringLiteral("detected"), event.occurredAt);
}

void onEdited(IncidentState &state, const Event &event)
{
    if (event.data.contains(QStringLiteral("title")))
        state.title = event.text(QStringLiteral("title"));
    if (event.data.contains(QStringLiteral("summary")))
        state.summary = event.text(QStringLiteral("summary"));
}

void onSeveritySet(IncidentState &state, const Event &event)
{
    recordSeverity(state, event);
}

void onStatusSet(IncidentState &state, const Event &event)
{
    const QString status = event.text(QStringLiteral("status"));
    const bool backwards = vocab::statusRank(status) < vocab::statusRank(state.status);
    state.status = status;
    state.statusHistory.append({status, event.occurredAt, event.actor, event.id, backwards});
    if (backwards)
        warn(state, event, QStringLiteral("status moved back to %1").arg(status));
    if (vocab::milestones().contains(status))
        implyMilestone(state, status, event.occurredAt);
}

void onMilestoneSet(IncidentState &state, const Event &event)
{
    state.explicitMilestones.insert(event.text(QStringLiteral("milestone")),
                                    parseTime(event.text(QStringLiteral("at"))));
}

void onRoleAssigned(IncidentState &state, const Event &event)
{
    const QString role = event.text(QStringLiteral("role"));
    const QString person = event.text(QStringLiteral("person"));
    const QString previous = state.roles.value(role).person;
    if (previous == person)
        return; // already theirs: the role keeps its start time
    state.roles.insert(role, {role, person, event.occurredAt, event.actor, event.id});
    state.roleHistory.append({role, person, previous, event.occurredAt, event.actor, event.id});
    if (role == vocab::Commander) {
        state.handoffs.append({previous, person, event.occurredAt, event.id});
        // Someone taking command is the incident's acknowledgement, unless set explicitly.
        implyMilestone(state, QStringLiteral("acknowledged"), event.occurredAt);
    }
}

void onRoleRelieved(IncidentState &state, const Event &event)
{
    const QString role = event.text(QStringLiteral("role"));
    if (!state.roles.contains(role)) {
        warn(state, event, QStringLiteral("nobody holds %1").arg(role));
        return;
    }
    const QString previous = state.roles.take(role).person;
    state.roleHistory.append({role, QString(), previous, event.occurredAt, event.actor, event.id});
}

void onTaskCreated(IncidentState &state, const Event &event)
{
    const QString taskId = event.text(QStringLiteral("task"));
    if (state.task(taskId)) {
        warn(state, event, QStringLiteral("task %1 exists already").arg(taskId));
        return;
    }
    Task task;
    task.id = taskId;
    task.title = event.text(QStringLiteral("title"));
    task.assignee = event.text(QStringLiteral("assignee"));
    task.timeboxMinutes = event.integer(QStringLiteral("timebox_minutes"));
    task.createdAt = event.occurredAt;
    task.assignedAt = event.occurredAt;
    task.createdBy = event.actor;
    task.statusChangedAt = event.occurredAt;
    state.taskIndex.insert(task.id, state.tasks.size());
    state.tasks.append(task);
}

void onTaskAcknowledged(IncidentState &state, const Event &event)
{
    Task *task = findTask(state, event);
    if (task && !task->isAcknowledged())
        task->acknowledgedAt = event.occurredAt;
}

void onTaskEdited(IncidentState &state, const Event &event)
{
    Task *task = findTask(state, event);
    if (!task)
        return;
    if (event.data.contains(QStringLiteral("title")))
        task->title = event.text(QStringLiteral("title"));
    if (event.data.contains(QStringLiteral("assignee")) &&
        task->assignee != event.text(QStringLiteral("assignee"))) {
        // A new owner has not acknowledged it yet: their clock starts when they do.
        task->assignee = event.text(QStringLiteral("assignee"));
        task->assignedAt = event.occurredAt;
        task->acknowledgedAt = QDateTime();
    }
    if (event.data.contains(QStringLiteral("timebox_minutes")))
        task->timeboxMinutes = event.integer(QStringLiteral("timebox_minutes"));
}

void onTaskExtended(IncidentState &state, const Event &event)
{
    if (Task *task = findTask(state, event))
        task->extendedMinutes += event.integer(QStringLiteral("minutes"));
}

void onTaskStatusSet(IncidentState &state, const Event &event)
{
    if (Task *task = findTask(state, event)) {
        task->status = event.text(QStringLiteral("status"));
        task->statusChangedAt = event.occurredAt;
    }
}

void onSectionSet(IncidentState &state, const Event &event)
{
    const QString name = event.text(QStringLiteral("section"));
    const QString base = event.text(QStringLiteral("base")); // null reads as ""
    const SectionVersion version{event.id, event.text(QStringLiteral("text")), event.actor,
                                 event.occurredAt};
    auto existing = state.sections.find(name);
    if (existing == state.sections.end()) {
        state.sections.insert(name, {name, version, {}, 1});
        return;
    }
    DocSection &section = *existing;
    if (base == section.head.eventId)
        section.conflicts.clear(); // written from what everyone sees: settles the section
    else
        section.conflicts.append(section.head); // a concurrent write: keep the overwritten text
    section.head = version;
    ++section.revisions;
}

void onUpdatePublished(IncidentState &state, const Event &event)
{
    state.updates.append({event.id, event.text(QStringLiteral("audience")),
                          event.text(QStringLiteral("text")), event.occurredAt, event.actor,
                          event.integer(QStringLiteral("next_in_minutes"))});
}

void onCadenceSet(IncidentState &state, const Event &event)
{
    state.cadences.insert(event.text(QStringLiteral("audience")),
                          event.integer(QStringLiteral("minutes")));
}

void onNoteAdded(IncidentState &state, const Event &event)
{
    state.notes.append({event.id, event.text(QStringLiteral("text")),
                        event.text(QStringLiteral("kind")), event.occurredAt, event.actor});
}

void onEntryEdited(IncidentState &state, const Event &event)
{
    const QString target = event.text(QStringLiteral("target"));
    QJsonObject changes = event.data;
    changes.remove(QStringLiteral("target"));
    state.corrections.append({event.id, target, changes, event.occurredAt, event.actor});
    for (Note &note : state.notes) {
        if (note.eventId != target)
            continue;
        if (changes.contains(QStringLiteral("text")))
            note.text = changes.value(QStringLiteral("text")).toString();
        if (changes.contains(QStringLiteral("kind")))
            note.kind = changes.value(QStringLiteral("kind")).toString();
        if (changes.contains(QStringLiteral("occurred_at")))
            note.at = parseTime(changes.value(QStringLiteral("occurred_at")).toString());
        note.edited = true;
    }
}

void onEntryPinned(IncidentState &state, const Event &event)
{
    const QString target = event.text(QStringLiteral("target"));
    if (event.data.value(QStringLiteral("pinned")).toBool())
        state.pinned.insert(target);
    else
        state.pinned.remove(target);
}

void onFollowupAdded(IncidentState &state, const Event &event)
{
    const QString id = event.text(QStringLiteral("followup"));
    for (const FollowUp &existing : std::as_const(state.followups)) {
        if (existing.id == id) {
            warn(state, event, QStringLiteral("follow-up %1 exists already").arg(id));
            return;
        }
    }
    state.followups.append(
        {id, event.text(QStringLiteral("title")), event.text(QStringLiteral("owner")),
         parseTime(event.text(QStringLiteral("due"))), event.occurredAt, event.actor});
}

void onFollowupEdited(IncidentState &state, const Event &event)
{
    const QString id = event.text(QStringLiteral("followup"));
    for (FollowUp &followup : state.followups) {
        if (followup.id != id)
            continue;
        if (event.data.contains(QStringLiteral("title")))
            followup.title = event.text(QStringLiteral("title"));
        if (event.data.contains(QStringLiteral("owner")))
            followup.owner = event.text(QStringLiteral("owner"));
        if (event.data.contains(QStringLiteral("due")))
            followup.due = parseTime(event.text(QStringLiteral("due")));
        return;
    }
    warn(state, event, QStringLiteral("no follow-up %1").arg(id));
}

const QHash<QString, Handler> &handlers()
{
    using namespace vocab::type;
    static const QHash<QString, Handler> table = {
        {Declared, onDeclared},
        {Edited, onEdited},
        {SeveritySet, onSeveritySet},
        {StatusSet, onStatusSet},
        {MilestoneSet, onMilestoneSet},
        {RoleAssigned, onRoleAssigned},
        {RoleRelieved, onRoleRelieved},
        {TaskCreated, onTaskCreated},
        {TaskAcknowledged, onTaskAcknowledged},
        {TaskEdited, onTaskEdited},
        {TaskExtended, onTaskExtended},
        {TaskStatusSet, onTaskStatusSet},
        {DocSectionSet, onSectionSet},
        {UpdatePublished, onUpdatePublished},
        {UpdateCadenceSet, onCadenceSet},
        {NoteAdded, onNoteAdded},
        {EntryEdited, onEntryEdited},
        {EntryPinned, onEntryPinned},
        {FollowupAdded, onFollowupAdded},
        {FollowupEdited, onFollowupEdited},
    };
    return table;
}

} // namespace

void Reducer::apply(IncidentState &state, const Event &event)
{
    if (state.id.isEmpty())
        state.id = event.incident;
    ++state.eventCount;
    state.lastSeq = std::max(state.lastSeq, event.seq);
    if (!state.lastEventAt.isValid() || event.occurredAt > state.lastEventAt)
        state.lastEventAt = event.occurredAt;
    if (!state.declared && event.type != vocab::type::Declared) {
        // Nothing to apply it to yet; the log keeps it.
        warn(state, event, QStringLiteral("comes before the incident was declared"));
        return;
    }
    const Handler handler = handlers().value(event.type);
    if (handler)
        handler(state, event);
    else
        warn(state, event, QStringLiteral("unknown event type"));
}

IncidentState Reducer::fold(const QList<Event> &events)
{
    IncidentState state;
    for (const Event &event : events)
        apply(state, event);
    return state;
}

QMap<QString, IncidentState> Reducer::foldAll(const QList<Event> &events)
{
    QMap<QString, IncidentState> states;
    for (const Event &event : events)
        apply(states[event.incident], event);
    return states;
}

QList<Event> Reducer::inFoldOrder(QList<Event> events)
{
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        // Pending events (seq 0) go after every confirmed one, keeping their own order.
        const bool aPending = !a.isConfirmed();
        const bool bPending = !b.isConfirmed();
        if (aPending != bPending)
            return bPending;
        return !aPending && a.seq < b.seq;
    });
    return events;
}

} // namespace cp
