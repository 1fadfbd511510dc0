import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: Workspace.current.valid
           ? qsTr("%1 — Command Post").arg(Workspace.current.title)
           : qsTr("Command Post")

    Shortcut {
        sequence: "Ctrl+,"
        onActivated: serverDialog.open()
    }
    Shortcut {
        sequence: "F5"
        onActivated: Workspace.sync.retryNow()
    }

    ServerDialog {
        id: serverDialog
        anchors.centerIn: parent
        status: Workspace.sync
    }

    footer: ToolBar {
        SyncIndicator {
            status: Workspace.sync
            onSettingsRequested: serverDialog.open()
        }
    }

    SplitView {
        anchors.fill: parent

        IncidentList {
            SplitView.preferredWidth: 360
            SplitView.minimumWidth: 240
            model: Workspace.incidents
            currentId: Workspace.currentId
            onSelected: incidentId => Workspace.select(incidentId)
        }

        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 0

            IncidentHeader {
                Layout.fillWidth: true
                incident: Workspace.current
                visible: Workspace.current.valid
            }
            RolesPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: 12
                roles: Workspace.current.roles
                visible: Workspace.current.valid
            }
            Label {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !Workspace.current.valid
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                text: qsTr("No incident selected. Declare one with commandpost-cli declare, or pick one on the left.")
            }
        }
    }
}
