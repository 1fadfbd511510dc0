import QtQuick
import CommandPost.Models

// The window's keyboard shortcuts, made from the Shortcuts table that the F1 sheet lists:
// each one says which action it stands for. The panels make their own (scoped) ones.
Item {
    id: root
    signal triggered(string action)

    LoggingCategory { id: log; name: "commandpost.ui.shortcuts"; defaultLogLevel: LoggingCategory.Warning }

    Repeater {
        model: Shortcuts.entries.filter(entry => entry.scope === "window")
        Item {
            id: entry
            required property var modelData
            Shortcut {
                sequences: entry.modelData.keys
                onActivated: {
                    console.info(log, "shortcut", entry.modelData.action)
                    root.triggered(entry.modelData.action)
                }
            }
        }
    }
}
