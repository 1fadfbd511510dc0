#include "consoleoptions.h"

#include "datadir.h"
#include "shortcuts.h"

#include <QCommandLineParser>
#include <cstdio>

namespace cp {
namespace {

// The shortcut table, for a cheat sheet or a script (the end-to-end test presses each one).
void printShortcuts()
{
    for (const ShortcutEntry &entry : Shortcuts::all())
        std::printf("%s\t%s\t%s\t%s\n", qPrintable(Shortcuts::scopeName(entry.scope)),
                    qPrintable(entry.action), qPrintable(entry.keys.join(u' ')), entry.meaning);
}

} // namespace

std::expected<ConsoleOptions, ConsoleOptionsError> parseConsoleOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Command Post: the incident commander's console."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data"),
         QStringLiteral("Local store folder (default: %1).").arg(defaultDataDir()),
         QStringLiteral("dir")},
        {QStringLiteral("server"),
         QStringLiteral("Sync with this server (overrides the saved setting and "
                        "COMMANDPOST_SERVER)."),
         QStringLiteral("url")},
        {QStringLiteral("token"),
         QStringLiteral("Server token (better: COMMANDPOST_TOKEN, which other users cannot "
                        "read)."),
         QStringLiteral("token")},
        {QStringLiteral("view"),
         QStringLiteral("Open on the command panels, the timeline or the review."),
         QStringLiteral("command|timeline|review")},
        {QStringLiteral("scribe"),
         QStringLiteral("Open the scribe's window (timeline entry) instead of the console.")},
        {QStringLiteral("incident"), QStringLiteral("Open this incident first."),
         QStringLiteral("id")},
        {QStringLiteral("lang"), QStringLiteral("Language, e.g. de (default: the system's)."),
         QStringLiteral("code")},
        {QStringLiteral("theme"),
         QStringLiteral("system (default: the desktop's light or dark), light or dark (or "
                        "COMMANDPOST_THEME)."),
         QStringLiteral("name")},
        {QStringLiteral("screenshot"),
         QStringLiteral("Save the first frame as PNG to this file, then quit."),
         QStringLiteral("file")},
        {QStringLiteral("screenshot-delay"),
         QStringLiteral("Milliseconds to wait before --screenshot (default 500)."),
         QStringLiteral("ms")},
        {QStringLiteral("shortcuts"),
         QStringLiteral("Print the keyboard shortcuts, one a line: where, action, keys "
                        "(space-separated), meaning "
                        "(tab-separated).")},
        {QStringLiteral("report-first-frame"),
         QStringLiteral("Print \"first frame\" on standard output once the window has drawn "
                        "(for start-up measurements).")},
    });
    if (!parser.parse(arguments))
        return std::unexpected(ConsoleOptionsError{2, parser.errorText()});
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return std::unexpected(ConsoleOptionsError{0, {}});
    }
    if (parser.isSet(QStringLiteral("shortcuts"))) {
        printShortcuts();
        return std::unexpected(ConsoleOptionsError{0, {}});
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("commandpost %s\n", COMMANDPOST_VERSION);
        return std::unexpected(ConsoleOptionsError{0, {}});
    }
    ConsoleOptions options;
    options.dataDir = parser.isSet(QStringLiteral("data")) ? parser.value(QStringLiteral("data"))
                                                           : defaultDataDir();
    options.incident = parser.value(QStringLiteral("incident"));
    options.server = parser.value(QStringLiteral("server"));
    options.scribe = parser.isSet(QStringLiteral("scribe"));
    options.view = parser.value(QStringLiteral("view"));
    if (!options.view.isEmpty() &&
        !QStringList{QStringLiteral("command"), QStringLiteral("timeline"),
                     QStringLiteral("review")}
             .contains(options.view))
        return std::unexpected(ConsoleOptionsError{
            2, QStringLiteral("--view: '%1' is not one of command, timeline, review")
                   .arg(options.view)});
    options.token = parser.value(QStringLiteral("token"));
    options.language = parser.value(QStringLiteral("lang"));
    options.theme = parser.isSet(QStringLiteral("theme"))
                        ? parser.value(QStringLiteral("theme"))
                        : qEnvironmentVariable("COMMANDPOST_THEME", QStringLiteral("system"));
    if (!QStringList{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}
             .contains(options.theme))
        return std::unexpected(ConsoleOptionsError{
            2,
            QStringLiteral("--theme: '%1' is not one of system, light, dark").arg(options.theme)});
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    options.reportFirstFrame = parser.isSet(QStringLiteral("report-first-frame"));
    if (parser.isSet(QStringLiteral("screenshot-delay"))) {
        bool ok = false;
        options.screenshotDelayMs = parser.value(QStringLiteral("screenshot-delay")).toInt(&ok);
        if (!ok || options.screenshotDelayMs < 0)
            return std::unexpected(ConsoleOptionsError{
                2, QStringLiteral("--screenshot-delay: not a number of milliseconds")});
    }
    return options;
}

bool asksOnlyForHelp(int argc, char *argv[])
{
    static const QStringList informational = {
        QStringLiteral("-h"), QStringLiteral("-?"),        QStringLiteral("--help"),
        QStringLiteral("-v"), QStringLiteral("--version"), QStringLiteral("--shortcuts")};
    for (int i = 1; i < argc; ++i)
        if (informational.contains(QString::fromLocal8Bit(argv[i])))
            return true;
    return false;
}

} // namespace cp
