// commandpost: the incident commander's console. Wiring only; everything else is in lib/.
#include "console.h"
#include "consoleoptions.h"
#include "consolesettings.h"

#include <QApplication>
#include <QIcon>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

namespace {

// --screenshot: save the first frame of the window and quit (for tests and docs).
void scheduleScreenshot(QQuickWindow *window, const QString &path, int delayMs)
{
    QTimer::singleShot(delayMs, window, [window, path] {
        const bool saved = window->grabWindow().save(path);
        std::fprintf(stderr, saved ? "screenshot saved: %s\n" : "cannot save screenshot: %s\n",
                     qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// --report-first-frame: tells a benchmark when the window has drawn for the first time.
void reportFirstFrame(QQuickWindow &window)
{
    // The render thread may emit it; the slot runs once, in this thread.
    QObject::connect(
        &window, &QQuickWindow::frameSwapped, &window,
        [] {
            std::fputs("first frame\n", stdout);
            std::fflush(stdout);
        },
        Qt::SingleShotConnection);
}

// Saves the window's place and state when it is about to close.
class WindowMemory : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close)
            cp::ConsoleSettings::saveWindow(*static_cast<QWindow *>(watched));
        return false;
    }
};

// --help and --version work without a display (on a server, over ssh).
int printHelp(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("commandpost"));
    const auto options = cp::parseConsoleOptions(QCoreApplication::arguments());
    if (options)
        return 0;
    if (!options.error().message.isEmpty())
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(options.error().message));
    return options.error().exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    if (cp::asksOnlyForHelp(argc, argv))
        return printHelp(argc, argv);
    QApplication app(argc, argv); // QtCharts needs QApplication
    QApplication::setApplicationName(QStringLiteral("commandpost"));
    QApplication::setApplicationDisplayName(QStringLiteral("Command Post"));
    QApplication::setApplicationVersion(QStringLiteral(COMMANDPOST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.commandpost.CommandPost"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/commandpost.svg")));

    const auto options = cp::parseConsoleOptions(QApplication::arguments());
    if (!options) {
        if (!options.error().message.isEmpty()) // empty after --help and --version
            std::fprintf(stderr, "commandpost: %s\n", qPrintable(options.error().message));
        return options.error().exitCode;
    }
    cp::Console console;
    if (const auto started = console.start(*options); !started) {
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(started.error()));
        return started.error().startsWith(u"--") ? 2 : 1;
    }
    QQuickWindow *window = console.window();
    if (options->screenshot.isEmpty()) { // a screenshot keeps the default size
        cp::ConsoleSettings::restoreWindow(*window);
        // While closing, the window still has its place and state (after, it is hidden).
        window->installEventFilter(new WindowMemory(window));
    }
    if (options->reportFirstFrame)
        reportFirstFrame(*window);
    if (!options->screenshot.isEmpty())
        scheduleScreenshot(window, options->screenshot, options->screenshotDelayMs);
    return QApplication::exec();
}
