#include "incidentindex.h"

#include <algorithm>

namespace cp::server {

void IncidentIndex::apply(const Event &event)
{
    apply(QList<Event>{event});
}

void IncidentIndex::apply(const QList<Event> &events)
{
    // Stored events come in seq order, each once: none is out of order here.
    QStringList outOfOrder;
    m_projection.confirm(events, &outOfOrder);
    if (!outOfOrder.isEmpty())
        qCritical("incident index: events out of seq order for %s; its state misses them",
                  qPrintable(outOfOrder.join(u", ")));
}

const IncidentState *IncidentIndex::find(const QString &incident) const
{
    return m_projection.find(incident);
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
    for (const IncidentState *state : m_projection.states()) {
        if (state->declared && isVisible(*state, user))
            visible.append(state);
    }
    std::sort(visible.begin(), visible.end(),
              [](const auto *a, const auto *b) { return a->lastSeq > b->lastSeq; });
    return visible;
}

} // namespace cp::server
