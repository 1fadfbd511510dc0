// commandpost: the incident commander's console. Wiring only; everything else is in lib/.
#include "consoleoptions.h"
#include "consolesettings.h"
#include "datadir.h"
#include "localstore.h"
#include "preferences.h"
#include "theme.h"
#include "workspace.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(CommandPost_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(CommandPostPlugin)

namespace {

// The console's strings (built in) and Qt's own (standard buttons), in `language` or the
// system's; dates and times follow the same locale.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    const bool translated = own->load(locale, QStringLiteral("commandpost"), QStringLiteral("_"),
                                      QStringLiteral(":/i18n"));
    if (translated)
        QApplication::installTranslator(own);
    else if (!language.isEmpty() && locale.language() != QLocale::English)
        std::fprintf(stderr, "commandpost: no translation for '%s'; using English\n",
                     qPrintable(language));
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// --screenshot: save the first frame of the window and quit (for tests and docs).
void scheduleScreenshot(QQmlApplicationEngine &engine, const QString &path, int delayMs)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return;
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

// Without a notification service, reminders show as tray messages where a tray exists.
void useTrayForNotifications(cp::Notifier &notifier)
{
    notifier.setFallback([tray = static_cast<QSystemTrayIcon *>(nullptr)](
                             const QString &title, const QString &body) mutable {
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            return false;
        if (!tray) {
            tray = new QSystemTrayIcon(QApplication::windowIcon(), qApp);
            tray->setToolTip(QApplication::applicationDisplayName());
            tray->show();
        }
        tray->showMessage(title, body, QSystemTrayIcon::Warning, 15000);
        return true;
    });
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
    installTranslations(app, cp::Preferences::startLanguage(options->language));

    cp::LocalStore store;
    if (const auto opened = store.open(options->dataDir); !opened) {
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(opened.error()));
        return 1;
    }
    cp::Workspace workspace(store);
    cp::Workspace::setInstance(&workspace);
    useTrayForNotifications(*workspace.notifier());
    workspace.setDarkTheme(cp::wantsDarkTheme(options->theme));
    if (!options->view.isEmpty())
        workspace.setStartView(options->view);
    const auto sync =
        cp::sync::resolveConfig(options->server, options->token, cp::SyncStatus::savedConfig());
    if (!sync) {
        std::fprintf(stderr, "commandpost: --%s\n", qPrintable(sync.error()));
        return 2;
    }
    workspace.sync()->apply(*sync, false); // options and environment are not saved
    // The incident asked for (any unique start of its id), else the one open last time.
    const QString wanted =
        options->incident.isEmpty() ? cp::ConsoleSettings::lastIncident() : options->incident;
    if (const QString incident = workspace.incidents()->matchId(wanted); !incident.isEmpty())
        workspace.select(incident);
    else if (!options->incident.isEmpty())
        std::fprintf(stderr, "commandpost: --incident: no single incident starts with '%s'\n",
                     qPrintable(options->incident));
    QObject::connect(&workspace, &cp::Workspace::currentIdChanged, &workspace,
                     [&workspace] { cp::ConsoleSettings::setLastIncident(workspace.currentId()); });

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(options->scribe ? QStringLiteral("qrc:/CommandPost/scribe/ScribeWindow.qml")
                                     : QStringLiteral("qrc:/CommandPost/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (window && options->screenshot.isEmpty()) { // a screenshot keeps the default size
        cp::ConsoleSettings::restoreWindow(*window);
        // While closing, the window still has its place and state (after, it is hidden).
        window->installEventFilter(new WindowMemory(window));
    }
    if (window && options->reportFirstFrame)
        reportFirstFrame(*window);
    if (!options->screenshot.isEmpty())
        scheduleScreenshot(engine, options->screenshot, options->screenshotDelayMs);
    return QApplication::exec();
}
