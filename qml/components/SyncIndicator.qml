import QtQuick
import QtQuick.Controls
import CommandPost.Models
import QtQuick.Layouts

// The footer's sync state, always in view: a dot, the state, what waits, the last error.
// Clicking it opens the server settings.
ToolButton {
    id: root
    required property SyncStatus status
    signal settingsRequested()

    readonly property color dotColor: {
        switch (root.status.state) {
        case SyncStatus.Online: return Tones.good
        case SyncStatus.Syncing:
        case SyncStatus.Connecting: return Tones.caution
        case SyncStatus.Offline:
        case SyncStatus.AuthFailed:
        case SyncStatus.StoreFailing: return Tones.danger
        default: return Tones.quiet
        }
    }

    Accessible.name: qsTr("Sync: %1").arg(root.status.stateText)
    ToolTip.visible: hovered && root.status.lastError !== ""
    ToolTip.text: root.status.lastError
    onClicked: root.settingsRequested()

    contentItem: RowLayout {
        spacing: 8
        Rectangle {
            width: 10; height: 10; radius: 5
            color: root.dotColor
        }
        Label {
            objectName: "syncStateLabel"
            text: root.status.serverUrl === ""
                  ? root.status.stateText
                  : qsTr("%1 · %2").arg(root.status.stateText).arg(root.status.serverUrl)
        }
        Label {
            objectName: "syncDetailLabel"
            visible: text !== ""
            opacity: 0.8
            text: root.status.detailText
        }
        Label {
            visible: root.status.lastSyncedAt.getTime() > 0
            opacity: 0.8
            text: qsTr("synced %1").arg(Workspace.preferences.time(root.status.lastSyncedAt, Workspace.preferences.utc))
        }
    }
}
