#pragma once

#include <QString>
#include <QStringList>
#include <expected>

namespace cp {

struct ConsoleOptions
{
    QString dataDir;
    QString incident; // open this incident first
    QString server;   // empty: the environment's or the saved one
    QString token;
    bool scribe = false; // the scribe's window instead of the console
    QString view;        // command (default) or timeline
    QString language;    // empty: the system's
    QString theme;       // system, light or dark
    QString screenshot;  // save the first frame here and quit
    int screenshotDelayMs = 500;
    bool reportFirstFrame = false; // print "first frame" once the window has drawn
};

struct ConsoleOptionsError
{
    int exitCode; // 0 after --help or --version
    QString message;
};

std::expected<ConsoleOptions, ConsoleOptionsError>
parseConsoleOptions(const QStringList &arguments);

// True when the command line asks only for --help or --version: those need no display.
bool asksOnlyForHelp(int argc, char *argv[]);

} // namespace cp
