import QtQuick
import CommandPost.Models

// A shortcut of the Shortcuts table that works only while `scope` has the keyboard focus
// (a list, an editor), so the same key can mean something else elsewhere.
Shortcut {
    required property string action
    required property Item scope
    sequences: Shortcuts.keys(action)
    enabled: scope.activeFocus
}
