#include "currentincident.h"

namespace cp {

CurrentIncident::CurrentIncident(QObject *parent)
    : QObject(parent)
{
}

void CurrentIncident::setState(const IncidentState &state, const QDateTime &now)
{
    m_state = state;
    m_now = now;
    m_roles.setState(m_state);
    m_tasks.setTasks(m_state.tasks, now);
    m_sections.setState(m_state, now);
    m_reminders.update(m_state, now);
    emit changed();
    emit ticked();
}

void CurrentIncident::setNow(const QDateTime &now)
{
    m_now = now;
    m_tasks.setNow(now);
    m_reminders.update(m_state, now);
    emit ticked();
}

qint64 CurrentIncident::elapsedSeconds() const
{
    return m_state.declaredAt.isValid() ? std::max<qint64>(0, m_state.declaredAt.secsTo(m_now)) : 0;
}

qint64 CurrentIncident::externalUpdateSeconds() const
{
    const QDateTime due = updateDue(QStringLiteral("external"));
    return due.isValid() ? m_now.secsTo(due) : 0;
}

qint64 CurrentIncident::internalUpdateSeconds() const
{
    const QDateTime due = updateDue(QStringLiteral("internal"));
    return due.isValid() ? m_now.secsTo(due) : 0;
}

QString CurrentIncident::countdownText(qint64 seconds) const
{
    return seconds < 0 ? tr("overdue %1").arg(formatDuration(seconds)) : formatDuration(seconds);
}

} // namespace cp
