#include "timelinerows.h"

#include "timeformat.h"
#include "vocabulary.h"

#include <algorithm>

namespace cp::report {
QString roleName(const QString &role)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("commander"), QStringLiteral("Incident Commander")},
        {QStringLiteral("deputy"), QStringLiteral("Deputy")},
        {QStringLiteral("scribe"), QStringLiteral("Scribe")},
        {QStringLiteral("internal_liaison"), QStringLiteral("Internal Liaison")},
        {QStringLiteral("customer_liaison"), QStringLiteral("Customer Liaison")},
        {QStringLiteral("resolution_lead"), QStringLiteral("Resolution Lead")},
    };
    if (role.startsWith(u"sme:"))
        return QStringLiteral("SME (%1)").arg(role.mid(4));
    return names.value(role, role);
}

namespace {

QString taskTitle(const IncidentState &state, const QString &taskId)
{
    const Task *task = state.task(taskId);
    return task ? task->title : taskId;
}

QString family(const QString &type)
{
    return type.section(u'.', 0, 0);
}

} // namespace

QString describe(const Event &e, const IncidentState &state)
{
    using namespace vocab::type;
    const QString t = e.type;
    if (t == Declared)
        return QStringLiteral("Declared %1: %2")
            .arg(e.text(QStringLiteral("severity")), e.text(QStringLiteral("title")));
    if (t == Edited)
        return QStringLiteral("Incident details edited");
    if (t == SeveritySet) {
        const QString reason = e.text(QStringLiteral("reason"));
        return QStringLiteral("Severity → %1").arg(e.text(QStringLiteral("severity"))) +
               (reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason));
    }
    if (t == StatusSet)
        return QStringLiteral("Status → %1").arg(e.text(QStringLiteral("status")));
    if (t == MilestoneSet) {
        const QDateTime at = parseTime(e.text(QStringLiteral("at")));
        return QStringLiteral("Milestone %1 at %2 UTC")
            .arg(e.text(QStringLiteral("milestone")),
                 at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    if (t == RoleAssigned)
        return QStringLiteral("%1 is %2")
            .arg(e.text(QStringLiteral("person")), roleName(e.text(QStringLiteral("role"))));
    if (t == RoleRelieved)
        return QStringLiteral("%1 relieved").arg(roleName(e.text(QStringLiteral("role"))));
    if (t == TaskCreated)
        return QStringLiteral("Task for %1 (%2 min): %3")
            .arg(e.text(QStringLiteral("assignee")))
            .arg(e.integer(QStringLiteral("timebox_minutes")))
            .arg(e.text(QStringLiteral("title")));
    if (t == TaskAcknowledged)
        return QStringLiteral("Acknowledged: %1")
            .arg(taskTitle(state, e.text(QStringLiteral("task"))));
    if (t == TaskEdited)
        return QStringLiteral("Task changed: %1")
            .arg(taskTitle(state, e.text(QStringLiteral("task"))));
    if (t == TaskExtended)
        return QStringLiteral("Extended by %1 min: %2")
            .arg(e.integer(QStringLiteral("minutes")))
            .arg(taskTitle(state, e.text(QStringLiteral("task"))));
    if (t == TaskStatusSet)
        return QStringLiteral("Task %1: %2")
            .arg(e.text(QStringLiteral("status")),
                 taskTitle(state, e.text(QStringLiteral("task"))));
    if (t == DocSectionSet)
        return QStringLiteral("Document, %1: %2")
            .arg(e.text(QStringLiteral("section")), e.text(QStringLiteral("text")));
    if (t == UpdatePublished) {
        const QString audience = e.text(QStringLiteral("audience"));
        return QStringLiteral("%1 update: %2")
            .arg(audience == u"external" ? QStringLiteral("External") : QStringLiteral("Internal"),
                 e.text(QStringLiteral("text")));
    }
    if (t == UpdateCadenceSet)
        return QStringLiteral("%1 updates every %2 min")
            .arg(e.text(QStringLiteral("audience")))
            .arg(e.integer(QStringLiteral("minutes")));
    if (t == NoteAdded)
        return e.text(QStringLiteral("text"));
    if (t == FollowupAdded || t == QStringLiteral("followup.edited"))
        return QStringLiteral("Follow-up for %1: %2")
            .arg(e.text(QStringLiteral("owner")), e.text(QStringLiteral("title")));
    return t;
}

QList<TimelineRow> timelineRows(const IncidentState &state, const QList<Event> &log)
{
    QList<TimelineRow> rows;
    for (const Event &event : log) {
        if (event.type == vocab::type::EntryEdited || event.type == vocab::type::EntryPinned)
            continue; // applied to the entries they are about
        TimelineRow row{event.id,
                        event.seq,
                        event.occurredAt,
                        {},
                        event.actor,
                        event.type,
                        event.type == vocab::type::NoteAdded ? event.text(QStringLiteral("kind"))
                                                             : family(event.type),
                        describe(event, state),
                        state.pinned.contains(event.id),
                        false};
        for (const Correction &correction : state.corrections) {
            // As the fold does: corrections apply to notes, the scribe's entries.
            if (correction.target != event.id || event.type != vocab::type::NoteAdded)
                continue;
            row.corrected = true;
            if (const QDateTime at = parseTime(correction.changes.value(u"occurred_at").toString());
                at.isValid()) {
                row.originalAt = event.occurredAt;
                row.at = at;
            }
            if (correction.changes.contains(u"text")) {
                if (row.originalText.isEmpty())
                    row.originalText = row.text;
                row.text = correction.changes.value(u"text").toString();
            }
            if (correction.changes.contains(u"kind"))
                row.kind = correction.changes.value(u"kind").toString();
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const TimelineRow &a, const TimelineRow &b) { return a.at < b.at; });
    return rows;
}

} // namespace cp::report
