#pragma once

#include <QString>

namespace cp {

// Whether the console draws in dark colours: "dark" forces it, "light" forbids it, "system"
// (the default) follows the desktop's palette.
bool wantsDarkTheme(const QString &name);

// The application's palette, dark or the desktop's own, for every window and control
// (before any QML loads; QML binds to it, so nothing in QML rewrites it).
void applyTheme(bool dark);

} // namespace cp
