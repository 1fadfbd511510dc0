#include "incidentindex.h"

#include "reducer.h"

#include <algorithm>

namespace cp::server {

void IncidentIndex::apply(const Event &event)
{
    Reducer::apply(m_states[event.incident], event);
}

void IncidentIndex::apply(const QList<Event> &events)
{
    for (const Event &event : events)
        apply(event);
}

const IncidentState *IncidentIndex::find(const QString &incident) const
{
    const auto it = m_states.constFind(incident);
    return it == m_states.cend() ? nullptr : &*it;
}

bool IncidentIndex::isVisible(const IncidentState &state, const User &user)
{
    return !state.restricted || user.isAdmin() || state.participants().contains(user.name);
}

bool IncidentIndex::isVisible(const QString &incident, const User &user) const
{
    const IncidentState *state = find(incident);
    return !state || isVisible(*state, user);
}

QList<const IncidentState *> IncidentIndex::visibleTo(const User &user) const
{
    QList<const IncidentState *> visible;
    for (const IncidentState &state : m_states) {
        if (state.declared && isVisible(state, user))
            visible.append(&state);
    }
    std::sort(visible.begin(), visible.end(),
              [](const auto *a, const auto *b) { return a->lastSeq > b->lastSeq; });
    return visible;
}

} // namespace cp::server
