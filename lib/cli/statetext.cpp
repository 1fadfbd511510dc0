#include "statetext.h"

#include "vocabulary.h"

#include <QTextStream>

namespace cp::cli {
namespace {

QString clockTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                        : QStringLiteral("-");
}

QString ago(const QDateTime &at, const QDateTime &now)
{
    const qint64 minutes = at.secsTo(now) / 60;
    if (minutes < 60)
        return QStringLiteral("%1 min").arg(minutes);
    return QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString taskDue(const Task &task, const QDateTime &now)
{
    if (!task.isActive())
        return task.status;
    if (!task.isAcknowledged())
        return QStringLiteral("not acknowledged");
    const qint64 left = now.secsTo(task.deadline());
    if (left < 0)
        return QStringLiteral("OVERDUE by %1 min: have you finished?").arg((-left + 59) / 60);
    return QStringLiteral("due in %1 min").arg((left + 59) / 60);
}

} // namespace

QString shortId(const QString &id)
{
    return id.left(8);
}

QString incidentLine(const IncidentSummary &incident, const QDateTime &now)
{
    const QString commander =
        incident.commander.isEmpty() ? QStringLiteral("-") : incident.commander;
    return QStringLiteral("%1  %2  %3  %4  %5  %6")
        .arg(shortId(incident.id), incident.severity, incident.status.leftJustified(13),
             commander.leftJustified(12), ago(incident.declaredAt, now).rightJustified(12),
             incident.title);
}

QString incidentText(const IncidentState &state, const QDateTime &now)
{
    QString result;
    QTextStream text(&result);
    text << "[" << state.severity << "] " << state.title << "\n"
         << "Incident " << state.id << ", " << state.status << ", declared "
         << clockTime(state.declaredAt) << " by " << state.declaredBy << " ("
         << ago(state.declaredAt, now) << " ago)\n";
    if (!state.summary.isEmpty())
        text << state.summary << "\n";

    text << "\nRoles\n";
    QStringList roles = vocab::keyRoles();
    for (const QString &role : state.roles.keys()) {
        if (!roles.contains(role))
            roles << role;
    }
    for (const QString &role : roles) {
        const QString person = state.roles.value(role).person;
        text << "  " << role.leftJustified(18)
             << (person.isEmpty() ? QStringLiteral("(unfilled)") : person) << "\n";
    }

    text << "\nTasks\n";
    if (state.tasks.isEmpty())
        text << "  (none)\n";
    for (const Task &task : state.tasks)
        text << "  " << shortId(task.id) << "  " << task.assignee.leftJustified(12) << task.title
             << "  [" << taskDue(task, now) << "]\n";

    if (!state.sections.isEmpty()) {
        text << "\nState document\n";
        for (const DocSection &section : state.sections)
            text << "  " << section.name << (section.isConflicted() ? " (CONFLICT)" : "") << ": "
                 << section.head.text << "\n";
    }

    text << "\nUpdates\n";
    for (const QString &audience : vocab::audiences()) {
        const QDateTime due = state.nextUpdateDue(audience);
        text << "  " << audience.leftJustified(10) << "next due " << clockTime(due) << "\n";
    }
    if (!state.notes.isEmpty())
        text << "\nTimeline: " << state.notes.size() << " notes, " << state.eventCount
             << " events\n";
    for (const QString &warning : state.warnings)
        text << "warning: " << warning << "\n";
    return result;
}

} // namespace cp::cli
