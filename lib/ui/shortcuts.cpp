#include "shortcuts.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QVariantMap>

namespace cp {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Shortcuts", text);
}

QString shownKeys(const QString &portable)
{
    return QKeySequence(portable, QKeySequence::PortableText).toString(QKeySequence::NativeText);
}

} // namespace

const QList<ShortcutEntry> &Shortcuts::all()
{
    using enum ShortcutScope;
    static const QList<ShortcutEntry> table = {
        {"declare", {"Ctrl+N"}, Window, QT_TRANSLATE_NOOP("Shortcuts", "Declare an incident")},
        {"newTask",
         {"Ctrl+T"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "New task: the cursor in its title")},
        {"focusTasks",
         {"Ctrl+Shift+T"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "The task list, to act on the selected task")},
        {"assignRole",
         {"Ctrl+R"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "Assign the first empty role")},
        {"handOff", {"Ctrl+H"}, Window, QT_TRANSLATE_NOOP("Shortcuts", "Hand off command")},
        {"composeExternal",
         {"Ctrl+U"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "Compose the external update")},
        {"composeInternal",
         {"Ctrl+Shift+U"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "Compose the internal update")},
        {"status", {"Ctrl+Shift+S"}, Window, QT_TRANSLATE_NOOP("Shortcuts", "Change status")},
        {"severity", {"Ctrl+Shift+V"}, Window, QT_TRANSLATE_NOOP("Shortcuts", "Change severity")},
        {"scribe",
         {"F2"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "Scribe window (timeline entry, keyboard only)")},
        {"export",
         {"Ctrl+E"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts",
                           "Export the postmortem (md, html, pdf), timeline (csv) or log (json)")},
        {"viewCommand", {"Ctrl+Shift+1"}, Window, QT_TRANSLATE_NOOP("Shortcuts", "Command panels")},
        {"viewTimeline",
         {"Ctrl+Shift+2"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "Timeline chart")},
        {"viewReview",
         {"Ctrl+Shift+3"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "Postmortem review")},
        {"nextView", {"Ctrl+Tab"}, Window, QT_TRANSLATE_NOOP("Shortcuts", "Next view")},
        {"previousView",
         {"Ctrl+Shift+Tab"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "Previous view")},
        {"nextPanel", {"F6"}, Window, QT_TRANSLATE_NOOP("Shortcuts", "Next panel")},
        {"previousPanel", {"Shift+F6"}, Window, QT_TRANSLATE_NOOP("Shortcuts", "Previous panel")},
        {"nextIncident",
         {"Alt+Down"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "Next incident in the list")},
        {"previousIncident",
         {"Alt+Up"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "Previous incident in the list")},
        {"serverSettings", {"Ctrl+,"}, Window, QT_TRANSLATE_NOOP("Shortcuts", "Server settings")},
        {"preferences",
         {"Ctrl+Shift+P"},
         Window,
         QT_TRANSLATE_NOOP("Shortcuts", "Preferences: language, times in UTC")},
        {"syncNow", {"F5"}, Window, QT_TRANSLATE_NOOP("Shortcuts", "Sync now")},
        {"shortcuts", {"F1"}, Window, QT_TRANSLATE_NOOP("Shortcuts", "This sheet")},
        {"incidentAbove",
         {"Up"},
         Incidents,
         QT_TRANSLATE_NOOP("Shortcuts", "Open the incident above")},
        {"incidentBelow",
         {"Down"},
         Incidents,
         QT_TRANSLATE_NOOP("Shortcuts", "Open the incident below")},
        {"acknowledgeTask",
         {"A"},
         Tasks,
         QT_TRANSLATE_NOOP("Shortcuts", "Acknowledge the selected task: its timebox starts")},
        {"finishTask", {"D"}, Tasks, QT_TRANSLATE_NOOP("Shortcuts", "The selected task is done")},
        {"extendTask",
         {"E"},
         Tasks,
         QT_TRANSLATE_NOOP("Shortcuts", "Give the selected task 5 minutes more")},
        {"blockTask", {"B"}, Tasks, QT_TRANSLATE_NOOP("Shortcuts", "The selected task is blocked")},
        {"save",
         {"Ctrl+Return", "Ctrl+Enter"},
         Editor,
         QT_TRANSLATE_NOOP("Shortcuts", "Save the section, or publish the update")},
        {"cancelEdit",
         {"Esc"},
         Editor,
         QT_TRANSLATE_NOOP("Shortcuts", "Stop editing the section without saving")},
        {"submit",
         {"Return", "Enter"},
         Dialog,
         QT_TRANSLATE_NOOP("Shortcuts", "Declare, hand off, connect or export")},
        {"close", {"Esc"}, Dialog, QT_TRANSLATE_NOOP("Shortcuts", "Close, changing nothing")},
    };
    return table;
}

QString Shortcuts::scopeName(ShortcutScope scope)
{
    switch (scope) {
    case ShortcutScope::Window:
        return QStringLiteral("window");
    case ShortcutScope::Incidents:
        return QStringLiteral("incidents");
    case ShortcutScope::Tasks:
        return QStringLiteral("tasks");
    case ShortcutScope::Editor:
        return QStringLiteral("editor");
    case ShortcutScope::Dialog:
        return QStringLiteral("dialog");
    }
    return {};
}

QVariantList Shortcuts::entries() const
{
    QVariantList out;
    for (const ShortcutEntry &entry : all()) {
        QStringList shown;
        for (const QString &key : entry.keys)
            shown << shownKeys(key);
        out << QVariantMap{{QStringLiteral("action"), entry.action},
                           {QStringLiteral("keys"), entry.keys},
                           {QStringLiteral("shown"), shown.join(QStringLiteral(" / "))},
                           {QStringLiteral("scope"), scopeName(entry.scope)},
                           {QStringLiteral("meaning"), translated(entry.meaning)}};
    }
    return out;
}

QVariantList Shortcuts::scopes() const
{
    const QList<std::pair<ShortcutScope, const char *>> titles = {
        {ShortcutScope::Window, QT_TRANSLATE_NOOP("Shortcuts", "Anywhere in the console")},
        {ShortcutScope::Incidents, QT_TRANSLATE_NOOP("Shortcuts", "In the incident list")},
        {ShortcutScope::Tasks,
         QT_TRANSLATE_NOOP("Shortcuts", "In the task list (Up and Down select)")},
        {ShortcutScope::Editor, QT_TRANSLATE_NOOP("Shortcuts", "Writing a section or an update")},
        {ShortcutScope::Dialog, QT_TRANSLATE_NOOP("Shortcuts", "In a dialog")},
    };
    QVariantList out;
    for (const auto &[scope, title] : titles)
        out << QVariantMap{{QStringLiteral("scope"), scopeName(scope)},
                           {QStringLiteral("title"), translated(title)}};
    return out;
}

QStringList Shortcuts::keys(const QString &action) const
{
    for (const ShortcutEntry &entry : all()) {
        if (entry.action == action)
            return entry.keys;
    }
    qWarning("Shortcuts: no entry for the action '%s'", qPrintable(action));
    return {};
}

QString Shortcuts::shown(const QString &action) const
{
    const QStringList sequences = keys(action);
    return sequences.isEmpty() ? QString() : shownKeys(sequences.first());
}

QString Shortcuts::withKey(const QString &label, const QString &action) const
{
    return tr("%1 (%2)").arg(label, shown(action));
}

} // namespace cp
