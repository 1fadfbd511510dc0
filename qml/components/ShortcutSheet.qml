import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Every keyboard shortcut of the console (F1).
Dialog {
    title: qsTr("Keyboard shortcuts")
    modal: true
    standardButtons: Dialog.Close
    ColumnLayout {
        Repeater {
            model: [
                ["Ctrl+N", qsTr("Declare an incident")],
                ["Ctrl+T", qsTr("New task")],
                ["Ctrl+R", qsTr("Assign the first empty role")],
                ["Ctrl+H", qsTr("Hand off command")],
                ["Ctrl+U", qsTr("Compose the external update")],
                ["Ctrl+Shift+U", qsTr("Compose the internal update")],
                ["Ctrl+Shift+S", qsTr("Change status")],
                ["Ctrl+Shift+V", qsTr("Change severity")],
                ["Ctrl+Enter", qsTr("Save a section being edited")],
                ["Ctrl+,", qsTr("Server settings")],
                ["Ctrl+Shift+P", qsTr("Preferences: language, times in UTC")],
                ["F5", qsTr("Sync now")],
                ["F1", qsTr("This sheet")],
                ["F2", qsTr("Scribe window (timeline entry, keyboard only)")],
                ["Ctrl+E", qsTr("Export the postmortem (md, html, pdf), timeline (csv) or log (json)")],
                ["Ctrl+Shift+1 / 2 / 3", qsTr("Command panels / timeline chart / postmortem review")]
            ]
            delegate: RowLayout {
                required property var modelData
                Label { Layout.preferredWidth: 120; text: modelData[0]; font.bold: true }
                Label { text: modelData[1] }
            }
        }
    }
}
