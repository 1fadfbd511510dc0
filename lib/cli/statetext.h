#pragma once

#include "incidentstate.h"
#include "incidentsummary.h"

#include <QString>

namespace cp::cli {

// Plain-text views of the folded state for a terminal. Ids are shortened to 8 characters,
// the shortest prefix the command line accepts in most stores.
QString shortId(const QString &id);
QString incidentLine(const IncidentSummary &incident, const QDateTime &now);
QString incidentText(const IncidentState &state, const QDateTime &now);

} // namespace cp::cli
