// commandpost-cli: argument parsing and wiring live in lib/cli.
#include "cli.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("commandpost-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMANDPOST_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cp::cli::run(QCoreApplication::arguments(), out, err);
}
