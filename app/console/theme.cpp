#include "theme.h"

#include <QGuiApplication>
#include <QPalette>

namespace cp {
namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QList<std::pair<QPalette::ColorRole, const char *>> colors = {
        {QPalette::Window, "#26282b"},      {QPalette::WindowText, "#e8eaed"},
        {QPalette::Base, "#1d1f21"},        {QPalette::AlternateBase, "#26282b"},
        {QPalette::Text, "#e8eaed"},        {QPalette::Button, "#33363a"},
        {QPalette::ButtonText, "#e8eaed"},  {QPalette::ToolTipBase, "#1d1f21"},
        {QPalette::ToolTipText, "#e8eaed"}, {QPalette::PlaceholderText, "#9aa0a6"},
        {QPalette::Highlight, "#3d7ec6"},   {QPalette::HighlightedText, "#ffffff"},
        {QPalette::Light, "#45494e"},       {QPalette::Midlight, "#3a3d41"},
        {QPalette::Mid, "#2c2e31"},         {QPalette::Dark, "#18191b"},
        {QPalette::Shadow, "#000000"},
    };
    for (const auto &[role, color] : colors)
        palette.setColor(role, QColor(QLatin1StringView(color)));
    // Disabled controls stay readable, dimmed.
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x86, 0x8b));
    return palette;
}

} // namespace

bool wantsDarkTheme(const QString &name)
{
    if (name == u"dark")
        return true;
    if (name == u"light")
        return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

void applyTheme(bool dark)
{
    static const QPalette desktop = QGuiApplication::palette();
    QGuiApplication::setPalette(dark ? darkPalette() : desktop);
}

} // namespace cp
