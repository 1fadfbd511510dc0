#include "incidentstate.h"

#include "vocabulary.h"

namespace cp {

const Task *IncidentState::task(const QString &taskId) const
{
    // The index makes the fold linear. A state whose tasks were set by hand has none, or one
    // that no longer matches: then the list is searched.
    if (taskIndex.size() == tasks.size()) {
        const qsizetype at = taskIndex.value(taskId, -1);
        if (at < 0)
            return nullptr;
        if (at < tasks.size() && tasks.at(at).id == taskId)
            return &tasks.at(at);
    }
    for (const Task &candidate : tasks) {
        if (candidate.id == taskId)
            return &candidate;
    }
    return nullptr;
}

Task *IncidentState::task(const QString &taskId)
{
    return const_cast<Task *>(std::as_const(*this).task(taskId));
}

int IncidentState::cadenceMinutes(const QString &audience) const
{
    return cadences.value(audience, vocab::defaultCadenceMinutes(severity, audience));
}

QDateTime IncidentState::lastPublished(const QString &audience) const
{
    for (auto it = updates.crbegin(); it != updates.crend(); ++it) {
        if (it->audience == audience)
            return it->at;
    }
    return {};
}

QDateTime IncidentState::nextUpdateDue(const QString &audience) const
{
    if (!isOpen())
        return {};
    int minutes = cadenceMinutes(audience);
    QDateTime from = declaredAt;
    for (auto it = updates.crbegin(); it != updates.crend(); ++it) {
        if (it->audience == audience) {
            from = it->at;
            if (it->nextInMinutes > 0)
                minutes = it->nextInMinutes;
            break;
        }
    }
    if (minutes <= 0 || !from.isValid())
        return {};
    return from.addSecs(60LL * minutes);
}

QSet<QString> IncidentState::participants() const
{
    QSet<QString> people;
    if (!declaredBy.isEmpty())
        people.insert(declaredBy);
    for (const RoleAssignment &holder : roles)
        people.insert(holder.person);
    for (const RoleChange &change : roleHistory) {
        if (!change.person.isEmpty())
            people.insert(change.person);
    }
    for (const Task &task : tasks)
        people.insert(task.assignee);
    for (const FollowUp &followup : followups)
        people.insert(followup.owner);
    return people;
}

} // namespace cp
