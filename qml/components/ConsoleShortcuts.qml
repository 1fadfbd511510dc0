import QtQuick

// The console's keyboard shortcuts, in one place (the sheet lists the same).
Item {
    signal declare()
    signal newTask()
    signal assignRole()
    signal handOff()
    signal composeUpdate(string audience)
    signal changeStatus()
    signal changeSeverity()
    signal serverSettings()
    signal preferences()
    signal syncNow()
    signal showShortcuts()
    signal openScribe()
    signal showView(int index)
    signal exportReport()

    Shortcut { sequence: "Ctrl+N"; onActivated: parent.declare() }
    Shortcut { sequence: "Ctrl+T"; onActivated: parent.newTask() }
    Shortcut { sequence: "Ctrl+R"; onActivated: parent.assignRole() }
    Shortcut { sequence: "Ctrl+H"; onActivated: parent.handOff() }
    Shortcut { sequence: "Ctrl+U"; onActivated: parent.composeUpdate("external") }
    Shortcut { sequence: "Ctrl+Shift+U"; onActivated: parent.composeUpdate("internal") }
    Shortcut { sequence: "Ctrl+Shift+S"; onActivated: parent.changeStatus() }
    Shortcut { sequence: "Ctrl+Shift+V"; onActivated: parent.changeSeverity() }
    Shortcut { sequence: "Ctrl+,"; onActivated: parent.serverSettings() }
    Shortcut { sequence: "Ctrl+Shift+P"; onActivated: parent.preferences() }
    Shortcut { sequence: "F5"; onActivated: parent.syncNow() }
    Shortcut { sequence: "F1"; onActivated: parent.showShortcuts() }
    Shortcut { sequence: "F2"; onActivated: parent.openScribe() }
    Shortcut { sequence: "Ctrl+Shift+1"; onActivated: parent.showView(0) }
    Shortcut { sequence: "Ctrl+Shift+2"; onActivated: parent.showView(1) }
    Shortcut { sequence: "Ctrl+Shift+3"; onActivated: parent.showView(2) }
    Shortcut { sequence: "Ctrl+E"; onActivated: parent.exportReport() }
}
