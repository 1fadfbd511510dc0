#pragma once

#include <QSettings>
#include <QString>

class QWindow;

namespace cp {

// What the console remembers between runs, in ~/.config/commandpost/commandpost.ini: the
// window's place and size, and the incident that was open.
class ConsoleSettings
{
public:
    static QSettings file();

    static void saveWindow(const QWindow &window);
    // Puts the window where it was; a saved place off every screen is ignored.
    static void restoreWindow(QWindow &window);

    static QString lastIncident();
    static void setLastIncident(const QString &incident);
};

} // namespace cp
