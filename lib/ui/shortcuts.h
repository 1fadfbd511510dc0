#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace cp {

// Where a shortcut works: anywhere in the console's window, or only while one part of it
// has the keyboard focus.
enum class ShortcutScope {
    Window,    // anywhere in the commander's window (not while a dialog is open)
    Incidents, // the incident list
    Tasks,     // the task list
    Editor,    // a state document section or the update composer being written
    Dialog,    // any open dialog
};

// One entry of the shortcut sheet.
struct ShortcutEntry
{
    QString action;      // what the window does, e.g. "declare"
    QStringList keys;    // portable key sequences; the first is the one shown
    ShortcutScope scope; // where it works
    const char *meaning; // for the sheet, translated in the "Shortcuts" context
};

// The console's keyboard shortcuts, in one table: the window's Shortcut items, the panels'
// own keys, the F1 sheet and the end-to-end test that presses every entry all read it.
class Shortcuts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{action, keys, shown (the keys as this desktop writes them), scope, meaning}] in
    // sheet order; scope is "window", "incidents", "tasks", "editor" or "dialog".
    Q_PROPERTY(QVariantList entries READ entries CONSTANT)
    // The scopes in sheet order: [{scope, title}].
    Q_PROPERTY(QVariantList scopes READ scopes CONSTANT)
public:
    using QObject::QObject;
    static Shortcuts *create(QQmlEngine *, QJSEngine *) { return new Shortcuts; }

    static const QList<ShortcutEntry> &all();
    static QString scopeName(ShortcutScope scope);

    QVariantList entries() const;
    QVariantList scopes() const;
    // The key sequences of one action (for a panel's own Shortcut item).
    Q_INVOKABLE QStringList keys(const QString &action) const;
    // The first key of an action as this desktop writes it, for labels: "Ctrl+N".
    Q_INVOKABLE QString shown(const QString &action) const;
    // "Declare incident (Ctrl+N)": a label with its shortcut, for buttons.
    Q_INVOKABLE QString withKey(const QString &label, const QString &action) const;
};

} // namespace cp
