#pragma once

#include "incidentstate.h"

#include <QJsonObject>

namespace cp {

// The folded state as JSON: what `show --json` prints and the server answers for
// /incidents/{id}. Keys and lists come in a fixed order, so equal states give equal bytes.
QJsonObject toJson(const IncidentState &state);

// The short form of /incidents and `list --json`.
QJsonObject summaryJson(const IncidentState &state);

} // namespace cp
