#pragma once

#include "event.h"
#include "incidentstate.h"

#include <QList>

namespace cp::report {

// English for exports and the command line; the reader's language in the console.
enum class Wording { English, Reader };

// One line of the timeline as a reviewer reads it: when (after corrections), who, what.
struct TimelineRow
{
    QString eventId;
    qint64 seq = 0;
    QDateTime at;
    QDateTime originalAt; // set when a correction moved it
    QString actor;
    QString type;
    QString kind; // note kind, or the event's family ("status", "role", "task", …)
    QString text;
    bool pinned = false;
    bool corrected = false;
    QString originalText; // set when a correction changed the text
};

// Every event of the log that belongs on a timeline, oldest first (ties in log order).
// Corrections and pins are applied, not listed themselves.
QList<TimelineRow> timelineRows(const IncidentState &state, const QList<Event> &log,
                                Wording wording = Wording::English);

// A role as the report names it ("Incident Commander", "SME (database)").
QString roleName(const QString &role, Wording wording = Wording::English);

// What an event says, in one line ("Status → mitigated", "carol acknowledged “Roll back”").
QString describe(const Event &event, const IncidentState &state,
                 Wording wording = Wording::English);

} // namespace cp::report
