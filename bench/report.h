#pragma once

#include "benchkit.h"

#include <QString>

namespace cp::bench {

struct RunInfo
{
    QString command;
    QString scale; // "full" or "smoke"
    double seconds = 0;
};

// The results as Markdown: the machine, the command, then one table row per figure.
QString markdownReport(const QList<Figure> &figures, const RunInfo &run);

} // namespace cp::bench
