import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// The incidents of the store, open first. A click opens one (selected); with the keyboard
// in the list, Up and Down open the one above or below (stepped).
Pane {
    id: root
    property alias model: list.model
    property string currentId
    signal selected(string incidentId)
    signal stepped(int step)
    function takeFocus() { list.forceActiveFocus(Qt.TabFocusReason) }

    padding: 0
    ListView {
        id: list
        objectName: "incidentListView"
        anchors.fill: parent
        clip: true
        cacheBuffer: 0 // rows made only in view (see KeyboardList)
        focus: true
        keyNavigationEnabled: false // Up and Down open the neighbour, not only move the bar
        currentIndex: model ? model.rowOf(root.currentId) : -1
        Accessible.name: qsTr("Incidents")
        ScopedShortcut { action: "incidentAbove"; scope: list; onActivated: root.stepped(-1) }
        ScopedShortcut { action: "incidentBelow"; scope: list; onActivated: root.stepped(1) }
        header: Label {
            width: ListView.view.width
            padding: 10
            font.bold: true
            color: list.activeFocus ? palette.highlight : palette.windowText
            text: qsTr("Incidents (%1)").arg(list.count)
        }
        delegate: ItemDelegate {
            id: row
            required property string incidentId
            required property string title
            required property string severity
            required property string statusLabel
            required property string commander
            required property date declaredAt
            required property bool isOpen
            required property int index
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            onClicked: root.selected(incidentId)
            Accessible.name: qsTr("%1, %2, %3").arg(title).arg(severity).arg(statusLabel)
            contentItem: RowLayout {
                spacing: 8
                SeverityBadge { severity: row.severity }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label { Layout.fillWidth: true; text: row.title; elide: Text.ElideRight; font.bold: true }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        opacity: 0.7
                        text: (row.commander
                              ? qsTr("%1 · IC %2").arg(row.statusLabel).arg(row.commander)
                              : qsTr("%1 · no commander").arg(row.statusLabel))
                              + (row.isOpen ? " · " + qsTr("%n min", "", Math.max(0, Math.floor((Workspace.now - row.declaredAt) / 60000))) : "")
                    }
                }
            }
        }
    }
}
