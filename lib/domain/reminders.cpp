#include "reminders.h"

#include <algorithm>
#include <optional>

namespace cp {
namespace {

using Kind = Reminder::Kind;
using Level = Reminder::Level;

// How late something due at `due` is at `now`, as a level. `soon` is how early it is "due".
Level levelAt(const QDateTime &due, const QDateTime &now, qint64 soonSeconds,
              const ReminderPolicy &policy)
{
    const qint64 left = now.secsTo(due);
    if (left > soonSeconds)
        return Level::Upcoming;
    if (left >= 0)
        return Level::Due;
    return -left >= 60LL * policy.escalateAfterMinutes ? Level::Escalated : Level::Overdue;
}

Reminder make(Kind kind, const QString &subject, const QDateTime &due, const QDateTime &now,
              Level level)
{
    return Reminder{kind, level, subject, {}, {}, due, now.secsTo(due)};
}

void addTaskReminders(const IncidentState &state, const QDateTime &now,
                      const ReminderPolicy &policy, QList<Reminder> &out)
{
    for (const Task &task : state.tasks) {
        // A blocked task is the commander's to unblock, not its owner's to finish.
        if (!task.isActive() || task.status == u"blocked")
            continue;
        std::optional<Reminder> reminder;
        if (task.isAcknowledged()) {
            const Level level = levelAt(task.deadline(), now, 0, policy);
            if (level != Level::Upcoming)
                reminder = make(Kind::TaskOverdue, task.id, task.deadline(), now, level);
        } else {
            const QDateTime due = task.assignedAt.addSecs(60LL * policy.unacknowledgedTaskMinutes);
            const Level level = levelAt(due, now, 0, policy);
            if (level != Level::Upcoming && level != Level::Due)
                reminder = make(Kind::TaskUnacknowledged, task.id, due, now, level);
        }
        if (reminder) {
            reminder->title = task.title;
            reminder->person = task.assignee;
            out.append(*reminder);
        }
    }
}

// A key role is unfilled since the declaration, or since it was last relieved.
void addRoleReminders(const IncidentState &state, const QDateTime &now,
                      const ReminderPolicy &policy, QList<Reminder> &out)
{
    for (const QString &role : {QStringLiteral("commander"), QStringLiteral("scribe")}) {
        if (state.roles.contains(role))
            continue;
        QDateTime since = state.declaredAt;
        for (const RoleChange &change : state.roleHistory) {
            if (change.role == role && change.person.isEmpty() && change.at > since)
                since = change.at;
        }
        const QDateTime due = since.addSecs(60LL * policy.unfilledRoleMinutes);
        const Level level = levelAt(due, now, 0, policy);
        if (level == Level::Overdue || level == Level::Escalated)
            out.append(make(Kind::RoleUnfilled, role, due, now, level));
    }
}

void addSectionReminders(const IncidentState &state, const QDateTime &now,
                         const ReminderPolicy &policy, QList<Reminder> &out)
{
    for (const DocSection &section : state.sections) {
        const QDateTime due = section.head.at.addSecs(60LL * policy.staleSectionMinutes);
        if (due.isValid() && now >= due)
            out.append(make(Kind::SectionStale, section.name, due, now, Level::Due));
    }
}

} // namespace

std::optional<Reminder> updateReminder(const IncidentState &state, const QString &audience,
                                       const QDateTime &now, const ReminderPolicy &policy)
{
    const QDateTime due = state.nextUpdateDue(audience);
    if (!due.isValid())
        return std::nullopt;
    return make(Kind::UpdateDue, audience, due, now,
                levelAt(due, now, 60LL * policy.updateSoonMinutes, policy));
}

QList<Reminder> reminders(const IncidentState &state, const QDateTime &now,
                          const ReminderPolicy &policy)
{
    QList<Reminder> out;
    if (!state.declared || !state.isOpen())
        return out;
    for (const QString &audience : {QStringLiteral("external"), QStringLiteral("internal")}) {
        if (auto reminder = updateReminder(state, audience, now, policy))
            out.append(*reminder);
    }
    addTaskReminders(state, now, policy, out);
    addRoleReminders(state, now, policy, out);
    addSectionReminders(state, now, policy, out);
    std::stable_sort(out.begin(), out.end(), [](const Reminder &a, const Reminder &b) {
        if (a.level != b.level)
            return a.level > b.level;
        return a.due < b.due;
    });
    return out;
}

} // namespace cp
