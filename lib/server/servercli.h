#pragma once

#include <QStringList>
#include <QTextStream>

namespace cp::server {

// commandpost-server's command line: `serve` (the default), `user add|list|remove|token`,
// `check`. Returns the exit status: 0 done, 1 failed, 2 usage.
int runServerCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cp::server
