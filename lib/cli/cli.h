#pragma once

#include <QStringList>
#include <QTextStream>

namespace cp::cli {

// Exit statuses of PROTOCOL.md §3.
enum Exit { Done = 0, Refused = 1, Usage = 2 };

// Runs `commandpost-cli` with `arguments` (argv, program name first). Output for people or
// scripts goes to `out`; errors to `err`.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cp::cli
