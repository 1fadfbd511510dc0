import QtQuick
import QtQuick.Controls
import CommandPost.Models

// Every keyboard shortcut of the console (F1), from the table the shortcuts are made from.
Dialog {
    id: root
    objectName: "shortcutSheet"
    title: qsTr("Keyboard shortcuts")
    modal: true
    standardButtons: Dialog.Close
    onOpened: view.forceActiveFocus()

    ScrollView {
        id: view
        objectName: "shortcutSheetView"
        anchors.fill: parent
        implicitWidth: sheet.implicitWidth
        implicitHeight: Math.min(sheet.implicitHeight, root.parent ? root.parent.height * 0.75 : 600)
        Column {
            id: sheet
            spacing: 2
            Repeater {
                model: Shortcuts.scopes
                delegate: Column {
                    id: group
                    required property var modelData
                    topPadding: 8
                    Label { text: group.modelData.title; font.bold: true; bottomPadding: 2 }
                    Repeater {
                        model: Shortcuts.entries.filter(entry => entry.scope === group.modelData.scope)
                        delegate: Row {
                            id: line
                            required property var modelData
                            spacing: 16
                            Label { width: 170; text: line.modelData.shown; font.bold: true }
                            Label { text: line.modelData.meaning }
                        }
                    }
                }
            }
        }
    }
}
