#include "currentincident.h"

#include "labels.h"
#include "metrics.h"
#include "reminders.h"
#include "report.h"
#include "vocabulary.h"

#include <QVariantMap>

namespace cp {

CurrentIncident::CurrentIncident(QObject *parent)
    : QObject(parent)
{
}

void CurrentIncident::setState(const IncidentState &state, const QDateTime &now)
{
    // A change to the incident on screen may escalate something; one just opened has its
    // escalations shown in the banner, not sent as a burst of notifications.
    const bool sameIncident = !m_state.id.isEmpty() && m_state.id == state.id;
    m_state = state;
    m_now = now;
    m_roles.setState(m_state);
    m_tasks.setTasks(m_state.tasks, now);
    m_sections.setState(m_state, now);
    m_reminders.update(m_state, now, sameIncident);
    emit changed();
    emit ticked();
}

void CurrentIncident::setNow(const QDateTime &now)
{
    m_now = now;
    m_tasks.setNow(now);
    m_sections.setNow(now);
    m_reminders.update(m_state, now, true);
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

ReminderListModel::Urgency CurrentIncident::updateLevel(const QString &audience) const
{
    const auto reminder = updateReminder(m_state, audience, m_now);
    return reminder ? ReminderListModel::urgency(reminder->level)
                    : ReminderListModel::Urgency::None;
}

QString CurrentIncident::statusLabel(const QString &status)
{
    return labels::status(status);
}

QVariantList CurrentIncident::statusChoices()
{
    QVariantList choices;
    for (const QString &status : vocab::statuses())
        choices << QVariantMap{{QStringLiteral("value"), status},
                               {QStringLiteral("label"), statusLabel(status)}};
    return choices;
}

QVariantList CurrentIncident::severityChoices()
{
    const QStringList meanings = {tr("critical, public impact"), tr("critical, customers impacted"),
                                  tr("minor impact, or about to get worse"),
                                  tr("no customer impact"), tr("cosmetic")};
    QVariantList choices;
    const QStringList severities = vocab::severities();
    for (qsizetype i = 0; i < severities.size(); ++i)
        choices << QVariantMap{
            {QStringLiteral("value"), severities.at(i)},
            {QStringLiteral("label"), tr("%1 — %2").arg(severities.at(i), meanings.value(i))}};
    return choices;
}

QVariantList CurrentIncident::metrics() const
{
    const IncidentMetrics m = computeMetrics(m_state, m_now);
    const QList<std::pair<QString, std::optional<qint64>>> rows = {
        {tr("Time to detect"), m.timeToDetect},
        {tr("Time to acknowledge"), m.timeToAcknowledge},
        {tr("Time to identify"), m.timeToIdentify},
        {tr("Time to mitigate"), m.timeToMitigate},
        {tr("Time to recover"), m.timeToRecover},
        {tr("Time to resolve"), m.timeToResolve},
    };
    QVariantList out;
    auto add = [&](const QString &name, std::optional<qint64> seconds,
                   const QString &severity = {}) {
        out << QVariantMap{{QStringLiteral("name"), name},
                           {QStringLiteral("severity"), severity},
                           {QStringLiteral("seconds"), seconds ? double(*seconds) : -1.0},
                           {QStringLiteral("text"), report::duration(seconds)}};
    };
    for (const auto &[name, value] : rows)
        add(name, value);
    for (const SeverityDuration &spent : m.timeInSeverity)
        add(tr("Time at %1").arg(spent.severity), spent.seconds, spent.severity);
    return out;
}

QVariantList CurrentIncident::milestones() const
{
    QVariantList out;
    for (const QString &name : vocab::milestones())
        out << QVariantMap{{QStringLiteral("milestone"), name},
                           {QStringLiteral("label"), labels::milestone(name)},
                           {QStringLiteral("at"), m_state.milestone(name)},
                           {QStringLiteral("explicit"), m_state.explicitMilestones.contains(name)}};
    return out;
}

QVariantList CurrentIncident::followUps() const
{
    QVariantList out;
    for (const FollowUp &item : m_state.followups)
        out << QVariantMap{{QStringLiteral("title"), item.title},
                           {QStringLiteral("owner"), item.owner},
                           {QStringLiteral("due"), item.due}};
    return out;
}

} // namespace cp
