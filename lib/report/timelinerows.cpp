#include "timelinerows.h"

#include "timeformat.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace cp::report {
namespace {

// The reader's language where the program installed a translator (the console), else the
// source text: exports and the command line stay English.
QString say(Wording wording, const char *text)
{
    return wording == Wording::Reader ? QCoreApplication::translate("Timeline", text)
                                      : QString::fromUtf8(text);
}

} // namespace

QString roleName(const QString &role, Wording wording)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("commander"), QT_TRANSLATE_NOOP("Timeline", "Incident Commander")},
        {QStringLiteral("deputy"), QT_TRANSLATE_NOOP("Timeline", "Deputy")},
        {QStringLiteral("scribe"), QT_TRANSLATE_NOOP("Timeline", "Scribe")},
        {QStringLiteral("internal_liaison"), QT_TRANSLATE_NOOP("Timeline", "Internal Liaison")},
        {QStringLiteral("customer_liaison"), QT_TRANSLATE_NOOP("Timeline", "Customer Liaison")},
        {QStringLiteral("resolution_lead"), QT_TRANSLATE_NOOP("Timeline", "Resolution Lead")},
    };
    if (role.startsWith(u"sme:"))
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "SME (%1)")).arg(role.mid(4));
    const char *name = names.value(role);
    return name ? say(wording, name) : role;
}

namespace {

QString taskTitle(const IncidentState &state, const QString &taskId)
{
    const Task *task = state.task(taskId);
    return task ? task->title : taskId;
}

// Status, milestone and audience words as the reader's language has them.
QString valueName(const QString &value, Wording wording)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("investigating"), QT_TRANSLATE_NOOP("Timeline", "investigating")},
        {QStringLiteral("identified"), QT_TRANSLATE_NOOP("Timeline", "identified")},
        {QStringLiteral("mitigated"), QT_TRANSLATE_NOOP("Timeline", "mitigated")},
        {QStringLiteral("resolved"), QT_TRANSLATE_NOOP("Timeline", "resolved")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("Timeline", "closed")},
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("Timeline", "open")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("Timeline", "done")},
        {QStringLiteral("blocked"), QT_TRANSLATE_NOOP("Timeline", "blocked")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Timeline", "cancelled")},
        {QStringLiteral("impact_started"), QT_TRANSLATE_NOOP("Timeline", "impact started")},
        {QStringLiteral("detected"), QT_TRANSLATE_NOOP("Timeline", "detected")},
        {QStringLiteral("acknowledged"), QT_TRANSLATE_NOOP("Timeline", "acknowledged")},
        {QStringLiteral("recovered"), QT_TRANSLATE_NOOP("Timeline", "recovered")},
        {QStringLiteral("internal"), QT_TRANSLATE_NOOP("Timeline", "internal")},
        {QStringLiteral("external"), QT_TRANSLATE_NOOP("Timeline", "external")},
    };
    const char *name = names.value(value);
    return name ? say(wording, name) : value;
}

QString family(const QString &type)
{
    return type.section(u'.', 0, 0);
}

} // namespace

QString describe(const Event &e, const IncidentState &state, Wording wording)
{
    using namespace vocab::type;
    const QString t = e.type;
    if (t == Declared)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Declared %1: %2"))
            .arg(e.text(QStringLiteral("severity")), e.text(QStringLiteral("title")));
    if (t == Edited)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Incident details edited"));
    if (t == SeveritySet) {
        const QString reason = e.text(QStringLiteral("reason"));
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Severity → %1"))
                   .arg(e.text(QStringLiteral("severity"))) +
               (reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason));
    }
    if (t == StatusSet)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Status → %1"))
            .arg(valueName(e.text(QStringLiteral("status")), wording));
    if (t == MilestoneSet) {
        const QDateTime at = parseTime(e.text(QStringLiteral("at")));
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Milestone %1 at %2 UTC"))
            .arg(valueName(e.text(QStringLiteral("milestone")), wording),
                 at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    if (t == RoleAssigned)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "%1 is %2"))
            .arg(e.text(QStringLiteral("person")),
                 roleName(e.text(QStringLiteral("role")), wording));
    if (t == RoleRelieved)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "%1 relieved"))
            .arg(roleName(e.text(QStringLiteral("role")), wording));
    if (t == TaskCreated)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Task for %1 (%2 min): %3"))
            .arg(e.text(QStringLiteral("assignee")))
            .arg(e.integer(QStringLiteral("timebox_minutes")))
            .arg(e.text(QStringLiteral("title")));
    if (t == TaskAcknowledged)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Acknowledged: %1"))
            .arg(taskTitle(state, e.text(QStringLiteral("task"))));
    if (t == TaskEdited)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Task changed: %1"))
            .arg(taskTitle(state, e.text(QStringLiteral("task"))));
    if (t == TaskExtended)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Extended by %1 min: %2"))
            .arg(e.integer(QStringLiteral("minutes")))
            .arg(taskTitle(state, e.text(QStringLiteral("task"))));
    if (t == TaskStatusSet)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Task %1: %2"))
            .arg(valueName(e.text(QStringLiteral("status")), wording),
                 taskTitle(state, e.text(QStringLiteral("task"))));
    if (t == DocSectionSet)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Document, %1: %2"))
            .arg(e.text(QStringLiteral("section")), e.text(QStringLiteral("text")));
    if (t == UpdatePublished) {
        const QString audience = e.text(QStringLiteral("audience"));
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "%1 update: %2"))
            .arg(audience == u"external" ? say(wording, QT_TRANSLATE_NOOP("Timeline", "External"))
                                         : say(wording, QT_TRANSLATE_NOOP("Timeline", "Internal")),
                 e.text(QStringLiteral("text")));
    }
    if (t == UpdateCadenceSet)
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "%1 updates every %2 min"))
            .arg(valueName(e.text(QStringLiteral("audience")), wording))
            .arg(e.integer(QStringLiteral("minutes")));
    if (t == NoteAdded)
        return e.text(QStringLiteral("text"));
    if (t == FollowupAdded || t == QStringLiteral("followup.edited"))
        return say(wording, QT_TRANSLATE_NOOP("Timeline", "Follow-up for %1: %2"))
            .arg(e.text(QStringLiteral("owner")), e.text(QStringLiteral("title")));
    return t;
}

QList<TimelineRow> timelineRows(const IncidentState &state, const QList<Event> &log,
                                Wording wording)
{
    // The corrections of each entry, in the order made (a lookup, not a scan, per row).
    QHash<QString, QList<const Correction *>> correctionsOf;
    for (const Correction &correction : state.corrections)
        correctionsOf[correction.target].append(&correction);
    QList<TimelineRow> rows;
    rows.reserve(log.size());
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
                        describe(event, state, wording),
                        state.pinned.contains(event.id),
                        false,
                        {}};
        // As the fold does: corrections apply to notes, the scribe's entries.
        const auto corrections = event.type == vocab::type::NoteAdded
                                     ? correctionsOf.value(event.id)
                                     : QList<const Correction *>{};
        for (const Correction *found : corrections) {
            const Correction &correction = *found;
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
        rows.append(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const TimelineRow &a, const TimelineRow &b) { return a.at < b.at; });
    return rows;
}

} // namespace cp::report
