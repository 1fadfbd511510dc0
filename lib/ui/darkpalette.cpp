#include "darkpalette.h"

#include <QColor>
#include <QObject>
#include <QVariant>

namespace cp {

void applyDarkPalette(QObject *window)
{
    QObject *palette = window ? window->property("palette").value<QObject *>() : nullptr;
    if (!palette)
        return;
    static const QList<std::pair<const char *, const char *>> colors = {
        {"window", "#26282b"},      {"windowText", "#e8eaed"},
        {"base", "#1d1f21"},        {"alternateBase", "#26282b"},
        {"text", "#e8eaed"},        {"button", "#33363a"},
        {"buttonText", "#e8eaed"},  {"toolTipBase", "#1d1f21"},
        {"toolTipText", "#e8eaed"}, {"placeholderText", "#9aa0a6"},
        {"highlight", "#3d7ec6"},   {"highlightedText", "#ffffff"},
        {"light", "#45494e"},       {"midlight", "#3a3d41"},
        {"mid", "#2c2e31"},         {"dark", "#18191b"},
        {"shadow", "#000000"},
    };
    for (const auto &[role, color] : colors)
        palette->setProperty(role, QColor(QLatin1StringView(color)));
    // Disabled controls stay readable, dimmed.
    if (QObject *disabled = palette->property("disabled").value<QObject *>()) {
        for (const char *role : {"windowText", "text", "buttonText"})
            disabled->setProperty(role, QColor(0x80, 0x86, 0x8b));
    }
}

} // namespace cp
