#pragma once

#include <QString>

namespace cp {

// Whether the console draws in dark colours: "dark" forces it, "light" forbids it, "system"
// (the default) follows the desktop's palette.
bool wantsDarkTheme(const QString &name);

} // namespace cp
