#include "theme.h"

#include <QGuiApplication>
#include <QPalette>

namespace cp {

bool wantsDarkTheme(const QString &name)
{
    if (name == u"dark")
        return true;
    if (name == u"light")
        return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace cp
