#include "console.h"

#include "consolesettings.h"
#include "preferences.h"
#include "syncstatus.h"
#include "theme.h"
#include "workspace.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSystemTrayIcon>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(CommandPost_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(CommandPostPlugin)

namespace cp {
namespace {

// The console's strings (built in) and Qt's own (standard buttons), in `language` or the
// system's; dates and times follow the same locale.
void installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(qApp);
    const bool translated = own->load(locale, QStringLiteral("commandpost"), QStringLiteral("_"),
                                      QStringLiteral(":/i18n"));
    if (translated)
        QCoreApplication::installTranslator(own);
    else if (!language.isEmpty() && locale.language() != QLocale::English)
        std::fprintf(stderr, "commandpost: no translation for '%s'; using English\n",
                     qPrintable(language));
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// Without a notification service, reminders show as tray messages where a tray exists.
void useTrayForNotifications(Notifier &notifier)
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

// What a process sets up once, before its first window: the language and the style.
void setUpProcess(const QString &language)
{
    static bool done = false;
    if (done)
        return;
    done = true;
    installTranslations(language);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
}

} // namespace

Console::Console() = default;

// The members go in reverse order: the engine and its window before the workspace their
// bindings read, the workspace before the store.
Console::~Console() = default;

std::expected<void, QString> Console::start(const ConsoleOptions &options)
{
    setUpProcess(Preferences::startLanguage(options.language));
    if (const auto opened = m_store.open(options.dataDir); !opened)
        return std::unexpected(opened.error());
    m_workspace = std::make_unique<Workspace>(m_store);
    Workspace::setInstance(m_workspace.get());
    useTrayForNotifications(*m_workspace->notifier());
    m_workspace->setDarkTheme(wantsDarkTheme(options.theme));
    if (!options.view.isEmpty())
        m_workspace->setStartView(options.view);
    const auto sync = sync::resolveConfig(options.server, options.token, SyncStatus::savedConfig());
    if (!sync)
        return std::unexpected(QStringLiteral("--%1").arg(sync.error()));
    m_workspace->sync()->apply(*sync, false); // options and environment are not saved
    selectFirstIncident(options);

    qApp->installEventFilter(&m_shortcutPriority);
    m_engine.addImportPath(QStringLiteral("qrc:/"));
    m_engine.load(QUrl(options.scribe ? QStringLiteral("qrc:/CommandPost/scribe/ScribeWindow.qml")
                                      : QStringLiteral("qrc:/CommandPost/Main.qml")));
    if (!window())
        return std::unexpected(QStringLiteral("the window could not be loaded"));
    return {};
}

QQuickWindow *Console::window() const
{
    return qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
}

// The incident asked for (any unique start of its id), else the one open last time.
void Console::selectFirstIncident(const ConsoleOptions &options)
{
    Workspace &workspace = *m_workspace;
    const QString wanted =
        options.incident.isEmpty() ? ConsoleSettings::lastIncident() : options.incident;
    if (const QString incident = workspace.incidents()->matchId(wanted); !incident.isEmpty())
        workspace.select(incident);
    else if (!options.incident.isEmpty())
        std::fprintf(stderr, "commandpost: --incident: no single incident starts with '%s'\n",
                     qPrintable(options.incident));
    QObject::connect(&workspace, &Workspace::currentIdChanged, &workspace,
                     [&workspace] { ConsoleSettings::setLastIncident(workspace.currentId()); });
}

} // namespace cp
