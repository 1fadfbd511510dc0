#pragma once

#include "consoleoptions.h"
#include "localstore.h"
#include "shortcutpriority.h"

#include <QQmlApplicationEngine>
#include <expected>
#include <memory>

class QQuickWindow;

namespace cp {

class Workspace;

// The console as main() starts it: the store, the workspace, the language and the window
// loaded from the real QML. The end-to-end tests start it the same way, in their own process.
class Console
{
public:
    Console();
    ~Console();

    // Installs the translations (once a process), opens the store, loads the window.
    // The answer says why it could not start; nothing is shown then.
    std::expected<void, QString> start(const ConsoleOptions &options);

    Workspace &workspace() { return *m_workspace; }
    LocalStore &store() { return m_store; }
    QQmlApplicationEngine &engine() { return m_engine; }
    // The commander's window, or the scribe's with --scribe.
    QQuickWindow *window() const;

private:
    void selectFirstIncident(const ConsoleOptions &options);

    ShortcutPriority m_shortcutPriority;
    LocalStore m_store;
    std::unique_ptr<Workspace> m_workspace;
    QQmlApplicationEngine m_engine;
};

} // namespace cp
