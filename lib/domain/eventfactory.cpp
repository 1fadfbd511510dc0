#include "eventfactory.h"

#include "timeformat.h"
#include "vocabulary.h"

namespace cp {

using namespace vocab::type;

EventFactory::EventFactory(const Clock &clock, QString actor)
    : m_clock(clock)
    , m_actor(std::move(actor))
{
}

Event EventFactory::make(const QString &incident, const QString &type, QJsonObject data,
                         const QDateTime &at) const
{
    Event event;
    event.id = newId();
    event.incident = incident;
    event.type = type;
    event.occurredAt = (at.isValid() ? at : m_clock.now()).toUTC();
    event.data = std::move(data);
    event.actor = m_actor;
    return event;
}

Event EventFactory::declare(const QString &title, const QString &severity,
                            const QString &summary) const
{
    QJsonObject data{{QStringLiteral("title"), title}, {QStringLiteral("severity"), severity}};
    if (!summary.isEmpty())
        data.insert(QStringLiteral("summary"), summary);
    return make(newId(), Declared, data);
}

Event EventFactory::note(const QString &incident, const QString &text, const QString &kind,
                         const QDateTime &at) const
{
    return make(incident, NoteAdded,
                {{QStringLiteral("text"), text}, {QStringLiteral("kind"), kind}}, at);
}

Event EventFactory::assignRole(const QString &incident, const QString &role,
                               const QString &person) const
{
    return make(incident, RoleAssigned,
                {{QStringLiteral("role"), role}, {QStringLiteral("person"), person}});
}

Event EventFactory::relieveRole(const QString &incident, const QString &role) const
{
    return make(incident, RoleRelieved, {{QStringLiteral("role"), role}});
}

Event EventFactory::createTask(const QString &incident, const QString &title,
                               const QString &assignee, int timeboxMinutes) const
{
    return make(incident, TaskCreated,
                {{QStringLiteral("task"), newId()},
                 {QStringLiteral("title"), title},
                 {QStringLiteral("assignee"), assignee},
                 {QStringLiteral("timebox_minutes"), timeboxMinutes}});
}

Event EventFactory::taskEvent(const QString &incident, const QString &type, const QString &task,
                              QJsonObject data) const
{
    data.insert(QStringLiteral("task"), task);
    return make(incident, type, data);
}

Event EventFactory::setTaskStatus(const QString &incident, const QString &task,
                                  const QString &status) const
{
    return taskEvent(incident, TaskStatusSet, task, {{QStringLiteral("status"), status}});
}

Event EventFactory::setSection(const QString &incident, const QString &section, const QString &text,
                               const QString &base) const
{
    return make(incident, DocSectionSet,
                {{QStringLiteral("section"), section},
                 {QStringLiteral("text"), text},
                 {QStringLiteral("base"), base.isEmpty() ? QJsonValue() : QJsonValue(base)}});
}

Event EventFactory::publishUpdate(const QString &incident, const QString &audience,
                                  const QString &text, int nextInMinutes) const
{
    QJsonObject data{{QStringLiteral("audience"), audience}, {QStringLiteral("text"), text}};
    if (nextInMinutes > 0)
        data.insert(QStringLiteral("next_in_minutes"), nextInMinutes);
    return make(incident, UpdatePublished, data);
}

Event EventFactory::setStatus(const QString &incident, const QString &status,
                              const QDateTime &at) const
{
    return make(incident, StatusSet, {{QStringLiteral("status"), status}}, at);
}

Event EventFactory::setSeverity(const QString &incident, const QString &severity,
                                const QString &reason, const QDateTime &at) const
{
    QJsonObject data{{QStringLiteral("severity"), severity}};
    if (!reason.isEmpty())
        data.insert(QStringLiteral("reason"), reason);
    return make(incident, SeveritySet, data, at);
}

Event EventFactory::setMilestone(const QString &incident, const QString &milestone,
                                 const QDateTime &at) const
{
    const QDateTime when = at.isValid() ? at : m_clock.now();
    return make(
        incident, MilestoneSet,
        {{QStringLiteral("milestone"), milestone}, {QStringLiteral("at"), formatTime(when)}});
}

Event EventFactory::acknowledgeTask(const QString &incident, const QString &task) const
{
    return taskEvent(incident, TaskAcknowledged, task);
}

Event EventFactory::extendTask(const QString &incident, const QString &task, int minutes) const
{
    return taskEvent(incident, TaskExtended, task, {{QStringLiteral("minutes"), minutes}});
}

Event EventFactory::setCadence(const QString &incident, const QString &audience, int minutes) const
{
    return make(incident, UpdateCadenceSet,
                {{QStringLiteral("audience"), audience}, {QStringLiteral("minutes"), minutes}});
}

Event EventFactory::editEntry(const QString &incident, const QString &entry, const QDateTime &at,
                              const QString &text) const
{
    QJsonObject changes{{QStringLiteral("target"), entry}};
    if (at.isValid())
        changes.insert(QStringLiteral("occurred_at"), formatTime(at));
    if (!text.isEmpty())
        changes.insert(QStringLiteral("text"), text);
    return make(incident, EntryEdited, changes);
}

Event EventFactory::pinEntry(const QString &incident, const QString &entry, bool pinned) const
{
    return make(incident, EntryPinned,
                {{QStringLiteral("target"), entry}, {QStringLiteral("pinned"), pinned}});
}

Event EventFactory::addFollowUp(const QString &incident, const QString &title, const QString &owner,
                                const QDate &due) const
{
    QJsonObject data{{QStringLiteral("followup"), newId()},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("owner"), owner}};
    if (due.isValid())
        data.insert(QStringLiteral("due"), formatTime(QDateTime(due, QTime(0, 0), Qt::UTC)));
    return make(incident, FollowupAdded, data);
}

} // namespace cp
