#pragma once

#include "incidentstate.h"
#include "projection.h"
#include "serverstore.h"

#include <QHash>
#include <QList>

namespace cp::server {

// The folded state of every incident, kept up to date as events are stored, so reads and
// visibility checks need no database round trip. The same Projection as the console's.
class IncidentIndex
{
public:
    // Events must come in seq order.
    void apply(const Event &event);
    void apply(const QList<Event> &events);

    const IncidentState *find(const QString &incident) const;
    // Incidents the user may see, most recently changed first.
    QList<const IncidentState *> visibleTo(const User &user) const;

    // PROTOCOL.md §2: a restricted incident is visible only to the people it names and to
    // admins. An incident not declared (yet) restricts nobody.
    bool isVisible(const QString &incident, const User &user) const;
    static bool isVisible(const IncidentState &state, const User &user);

    qsizetype size() const { return m_projection.size(); }

private:
    Projection m_projection;
};

} // namespace cp::server
