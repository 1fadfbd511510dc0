#pragma once

#include "event.h"
#include "incidentstate.h"

#include <QList>
#include <QMap>

namespace cp {

// Folds events into incident state. The fold reads nothing but the events, in the order
// given, so the same events in the same order give the same state on every machine.
class Reducer
{
public:
    // Applies one event to the state of its incident. Events the state cannot take (a task
    // that does not exist, a second declaration) are kept as warnings, never thrown away.
    static void apply(IncidentState &state, const Event &event);

    // Folds one incident's events, already in fold order.
    static IncidentState fold(const QList<Event> &events);

    // Folds a mixed log into one state per incident.
    static QMap<QString, IncidentState> foldAll(const QList<Event> &events);

    // The fold order of PROTOCOL.md: confirmed events by seq, then pending events in the
    // order they were made (their order in the list).
    static QList<Event> inFoldOrder(QList<Event> events);
};

} // namespace cp
