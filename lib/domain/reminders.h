#pragma once

#include "incidentstate.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace cp {

// When the reminder engine speaks up. Minutes; the defaults follow how responders work:
// a task is acknowledged within a couple of minutes, the key roles are filled within five.
struct ReminderPolicy
{
    int updateSoonMinutes = 5;         // an update due within this is "due"
    int escalateAfterMinutes = 5;      // overdue this long: escalate (desktop notification)
    int unacknowledgedTaskMinutes = 2; // a task nobody acknowledged yet
    int unfilledRoleMinutes = 5;       // no commander or no scribe this long after declaring
    int staleSectionMinutes = 30;      // a state document section nobody touched
};

// Something the commander should act on, or see coming.
struct Reminder
{
    enum class Kind { UpdateDue, TaskOverdue, TaskUnacknowledged, RoleUnfilled, SectionStale };
    // Upcoming: counting down. Due: act now. Overdue: late (banner). Escalated: late for
    // longer than the policy allows (desktop notification too).
    enum class Level { Upcoming, Due, Overdue, Escalated };

    Kind kind;
    Level level;
    QString subject; // the audience, task id, role or section
    QString title;   // the task's title (empty otherwise)
    QString person;  // the task's assignee (empty otherwise)
    QDateTime due;
    qint64 secondsLeft = 0; // negative when late
};

// Every reminder for an open incident at `now`, most urgent first (level, then due time).
// A resolved or closed incident has none. Pure: the same state and time give the same list.
QList<Reminder> reminders(const IncidentState &state, const QDateTime &now,
                          const ReminderPolicy &policy = {});

// The next update's reminder for an audience, if one is expected (the header's countdown).
std::optional<Reminder> updateReminder(const IncidentState &state, const QString &audience,
                                       const QDateTime &now, const ReminderPolicy &policy = {});

} // namespace cp
