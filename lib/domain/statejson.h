#pragma once

#include "incidentstate.h"
#include "incidentsummary.h"

#include <QJsonObject>

namespace cp {

// The folded state as JSON: what `show --json` prints and the server answers for
// /incidents/{id}. Keys and lists come in a fixed order, so equal states give equal bytes.
QJsonObject toJson(const IncidentState &state);

// The short form of /incidents and `list --json`.
QJsonObject summaryJson(const IncidentState &state);
QJsonObject summaryJson(const IncidentSummary &summary);

// What counts down at `now`: seconds left on each acknowledged, active task's timebox and
// until each audience's next update (negative when overdue).
QJsonObject countdownsJson(const IncidentState &state, const QDateTime &now);

} // namespace cp
