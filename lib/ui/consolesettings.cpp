#include "consolesettings.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

namespace cp {
namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString MaximizedKey = QStringLiteral("window/maximized");
const QString IncidentKey = QStringLiteral("window/incident");
} // namespace

QSettings ConsoleSettings::file()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("commandpost"),
                     QStringLiteral("commandpost"));
}

void ConsoleSettings::saveWindow(const QWindow &window)
{
    QSettings settings = file();
    const bool maximized = window.windowStates().testFlag(Qt::WindowMaximized);
    settings.setValue(MaximizedKey, maximized);
    if (!maximized)
        settings.setValue(GeometryKey, window.geometry());
}

void ConsoleSettings::restoreWindow(QWindow &window)
{
    const QSettings settings = file();
    const QRect geometry = settings.value(GeometryKey).toRect();
    const QList<QScreen *> screens = QGuiApplication::screens();
    const bool onAScreen =
        std::any_of(screens.cbegin(), screens.cend(), [&](const QScreen *screen) {
            return screen->availableGeometry().intersects(geometry);
        });
    if (geometry.isValid() && onAScreen)
        window.setGeometry(geometry);
    if (settings.value(MaximizedKey).toBool())
        window.showMaximized();
}

QString ConsoleSettings::lastIncident()
{
    return file().value(IncidentKey).toString();
}

void ConsoleSettings::setLastIncident(const QString &incident)
{
    file().setValue(IncidentKey, incident);
}

} // namespace cp
