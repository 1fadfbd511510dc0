#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace cp {
class LocalStore;
}
namespace cp::sync {
class SyncEngine;
}

namespace cp::cli {

// Runs one sync round (push everything, pull until caught up) in a local event loop.
// False when it failed; the engine's lastError says why.
bool syncRound(sync::SyncEngine &engine);

// What `sync --json` prints: state, counts, cursor, clock offset, last error.
QJsonObject syncStatusJson(const sync::SyncEngine &engine, const LocalStore &store);
// The same for people, one line.
QString syncStatusLine(const sync::SyncEngine &engine, const LocalStore &store);
// Events the server refused for good, one line each (empty when none).
QString rejectedText(const LocalStore &store);

// `sync --watch`: stays live, printing a line per state change and per batch received,
// until SIGINT/SIGTERM (0) or an authentication failure (1).
int watch(sync::SyncEngine &engine, LocalStore &store, QTextStream &out, bool json);

} // namespace cp::cli
