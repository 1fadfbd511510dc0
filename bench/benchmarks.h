#pragma once

#include "benchkit.h"

#include <QString>

namespace cp::bench {

// The programs a run starts, and the folder it writes its databases and stores in.
struct Setup
{
    Scale scale;
    QString workDir;
    QString serverBinary;
    QString consoleBinary;
    QString minimalWindowBinary;
};

// Writes the incident into a new local store in `dir`, every event confirmed and numbered
// as a sync leaves it; answers the store's file.
QString writeLocalStore(const QString &dir, QList<Event> incident);
// A store as a team fills it: `incidents` incidents of `events` events each, all confirmed.
QString writeTeamStore(const QString &dir, int incidents, int events);

// 1. Reducer throughput against QJsonDocument::fromJson of the same events.
QList<Figure> benchFold(const Setup &setup, const QList<Event> &incident);
// 2. Local store to folded state against a bare SQL read of the same rows.
QList<Figure> benchOpen(const Setup &setup, const QList<Event> &incident);
// 3. Server appends (batches of 100, single events) against raw SQLite inserts.
QList<Figure> benchAppend(const Setup &setup);
// 4. POST → long-poll latency against a /healthz round trip, with 1, 100, 1000 pollers.
QList<Figure> benchPropagation(const Setup &setup);
// 5 and 6. Console memory with a large incident, and start to first frame.
QList<Figure> benchConsole(const Setup &setup, const QList<Event> &incident);
// 7. An incoming event's cost to the console with a year of incidents against a few, and the
// scribe's Enter to its row.
QList<Figure> benchIncoming(const Setup &setup);
// 8. `commandpost-cli list` on a year of incidents against a bare read of their summaries.
QList<Figure> benchList(const Setup &setup);

} // namespace cp::bench
