#include "palette.h"

#include "workspace.h"

#include <QHash>
#include <QVariant>

namespace cp {

Tones::Tones(bool dark, QObject *parent)
    : QObject(parent)
    , m_dark(dark)
{
}

Tones *Tones::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    const Workspace *workspace = Workspace::create(engine, scriptEngine);
    return new Tones(workspace->darkTheme());
}

QColor Tones::pick(const char *light, const char *dark) const
{
    return QColor(QLatin1StringView(m_dark ? dark : light));
}

// Each pair: the light theme's, then the dark theme's, both readable on their background.
QColor Tones::danger() const
{
    return pick("#c62828", "#ff8a80");
}
QColor Tones::caution() const
{
    return pick("#7a5f00", "#f2c94c");
}
QColor Tones::blocked() const
{
    return pick("#6a1b9a", "#ce93d8");
}
QColor Tones::good() const
{
    return pick("#2e7d32", "#81c784");
}
QColor Tones::quiet() const
{
    return pick("#757575", "#9aa0a6");
}
QColor Tones::accent() const
{
    return pick("#3d7ec6", "#6ea8e0");
}
QColor Tones::dueBanner() const
{
    return pick("#fff4ce", "#4d3f00");
}
QColor Tones::lateBanner() const
{
    return pick("#fde7e9", "#5c1f1f");
}
QColor Tones::bannerText() const
{
    return pick("#1f1f1f", "#f1f3f4");
}
QColor Tones::dueMark() const
{
    return pick("#7a5f00", "#ffd54f");
}
QColor Tones::lateMark() const
{
    return pick("#b3261e", "#ff8a80");
}
QColor Tones::alarm() const
{
    return pick("#b3261e", "#b3261e");
}
QColor Tones::onStrong() const
{
    return pick("#ffffff", "#ffffff");
}

QColor Tones::severity(const QString &severity) const
{
    static const QHash<QString, const char *> badges = {
        {QStringLiteral("SEV1"), "#b3261e"}, {QStringLiteral("SEV2"), "#c2410c"},
        {QStringLiteral("SEV3"), "#8a6d00"}, {QStringLiteral("SEV4"), "#2f6f9f"},
        {QStringLiteral("SEV5"), "#5f6368"},
    };
    return QColor(QLatin1StringView(badges.value(severity, "#5f6368")));
}

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
