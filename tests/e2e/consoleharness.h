#pragma once

// The real console (Main.qml on a real store, started as commandpost starts it) in a real X
// window, driven with key and mouse events delivered to that window.
#include "console.h"
#include "workspace.h"

#include <QDir>
#include <QKeySequence>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace cp::test {

class ConsoleHarness
{
public:
    // Starts the console on a copy of `seededDir` (a closed store) with these extra options.
    explicit ConsoleHarness(const QString &seededDir, ConsoleOptions options = {});

    bool started() const { return m_started; }
    QString error() const { return m_error; }
    QString dataDir() const { return m_data.path(); }
    Console &console() { return *m_console; }
    Workspace &workspace() { return m_console->workspace(); }
    LocalStore &store() { return m_console->store(); }
    QQuickWindow *window() const { return m_console->window(); }

    // The QML object with this objectName, in the window or any popup of it; null if none.
    QObject *find(const QString &objectName) const;
    QQuickItem *item(const QString &objectName) const
    {
        return qobject_cast<QQuickItem *>(find(objectName));
    }
    // True when the keyboard focus is on `objectName` or inside it.
    bool focusIsIn(const QString &objectName) const;
    QString focusedName() const;

    // Gives a window the keyboard, as the desktop's Alt+Tab would, and waits until keys reach
    // it: active, the application's focus window, with an item holding the focus.
    bool activate(QWindow *target);
    // Presses a key sequence in the portable form of the Shortcuts table ("Ctrl+Shift+T").
    void press(const QString &keys, QWindow *target = nullptr);
    void type(const QString &text, QWindow *target = nullptr);
    // Clicks the middle of an item, as a mouse would.
    void click(QQuickItem *item);
    // The delegate of `row` in a ListView found by objectName.
    QQuickItem *row(const QString &listName, int row) const;
    // Resizes the window through the window system and waits for it to be drawn at that size.
    bool resize(int width, int height);

private:
    QTemporaryDir m_data;
    QTemporaryDir m_config; // the console's settings: its own each time
    std::unique_ptr<Console> m_console;
    bool m_started = false;
    QString m_error;
};

// Copies every file of one folder into another (a seeded store for each test).
bool copyFolder(const QString &from, const QString &to);

} // namespace cp::test
