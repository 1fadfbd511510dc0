#pragma once

#include <QString>

namespace cp {

// Where a workstation keeps its store when no --data is given: $COMMANDPOST_DATA, else the
// per-user application data folder (~/.local/share/commandpost on Linux).
QString defaultDataDir();

// The name pending events carry until a server stamps the authenticated user:
// $COMMANDPOST_ACTOR, else the login name.
QString defaultActor();

} // namespace cp
