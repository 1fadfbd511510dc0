import QtQuick
import QtQuick.Controls
import CommandPost.Models
import QtQuick.Layouts
import CommandPost

// Always visible above the panels: what the incident is, how long it has run, who commands
// it, its status (click to change), the sync state and when the next update is due.
Pane {
    id: root
    required property CurrentIncident incident
    property IncidentActions actions
    property SyncStatus sync
    property string lastError: ""
    function openStatusMenu() { statusMenu.popup(statusButton, 0, statusButton.height) }
    function openSeverityMenu() { severityMenu.popup(severityArea, 0, severityArea.height) }

    RowLayout {
        anchors.fill: parent
        spacing: 12
        SeverityBadge {
            severity: root.incident.severity
            font.pixelSize: 18
            MouseArea { id: severityArea; anchors.fill: parent; cursorShape: Qt.PointingHandCursor; onClicked: root.openSeverityMenu() }
            Menu {
                id: severityMenu
                objectName: "severityMenu"
                Repeater {
                    model: root.incident.severityChoices
                    MenuItem { required property var modelData; text: modelData.label; onTriggered: root.lastError = root.actions.setSeverity(modelData.value) }
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: root.incident.title
                font.pixelSize: 22
                font.bold: true
                elide: Text.ElideRight
                Accessible.name: qsTr("Incident title")
            }
            Label {
                Layout.fillWidth: true
                visible: root.lastError !== ""
                color: Tones.danger
                text: root.lastError
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                opacity: 0.8
                elide: Text.ElideRight
                text: qsTr("Commander: %1 · Declared %2 · running %3")
                      .arg(root.incident.commander || qsTr("none"))
                      .arg(Workspace.preferences.time(root.incident.declaredAt, Workspace.preferences.utc))
                      .arg(root.incident.countdownText(root.incident.elapsedSeconds))
            }
        }
        Button {
            id: statusButton
            objectName: "statusButton"
            text: qsTr("Status: %1").arg(root.incident.statusLabel)
            Accessible.name: qsTr("Change status, now %1").arg(root.incident.statusLabel)
            onClicked: root.openStatusMenu()
            Menu {
                id: statusMenu
                objectName: "statusMenu"
                Repeater {
                    model: root.incident.statusChoices
                    MenuItem { required property var modelData; text: modelData.label; onTriggered: root.lastError = root.actions.setStatus(modelData.value) }
                }
            }
        }
        ColumnLayout {
            spacing: 0
            Label {
                objectName: "nextUpdateLabel"
                visible: root.incident.externalUpdateExpected
                font.bold: true
                color: root.incident.externalUpdateSeconds < 0 ? Tones.danger : palette.windowText
                text: qsTr("External update: %1").arg(root.incident.countdownText(root.incident.externalUpdateSeconds))
            }
            Label {
                visible: root.incident.internalUpdateExpected
                color: root.incident.internalUpdateSeconds < 0 ? Tones.danger : palette.windowText
                text: qsTr("Internal update: %1").arg(root.incident.countdownText(root.incident.internalUpdateSeconds))
            }
            Label { visible: root.sync !== null; opacity: 0.8; text: root.sync ? root.sync.stateText : "" }
        }
    }
}
