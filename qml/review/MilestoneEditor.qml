import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// The milestones the metrics come from: set one with HH:MM or an ISO time.
// A Column, not a ColumnLayout: Qt 6.4 can crash destroying a Repeater's rows in a Layout.
Column {
    id: root
    spacing: 4
    required property CurrentIncident incident
    required property IncidentActions actions
    property string lastError: ""
    // Called from a row that the change rebuilds: nothing may run in the row afterwards.
    function set(milestone, time) { lastError = actions.setMilestone(milestone, time) }

    Repeater {
        model: root.incident.milestones
        RowLayout {
            id: row
            required property var modelData
            width: root.width
            Label { text: modelData.label; Layout.preferredWidth: 120 }
            Label {
                Layout.preferredWidth: 90
                text: modelData.at && modelData.at.getTime() > 0 ? Workspace.preferences.time(modelData.at, Workspace.preferences.utc) : qsTr("unknown")
                font.italic: !modelData.explicit
            }
            TextField { id: time; objectName: "milestoneTime_" + row.modelData.milestone; Layout.preferredWidth: 90; placeholderText: "HH:MM" }
            Button {
                text: qsTr("Set")
                // Later: the change rebuilds this row, which must not die inside its own click.
                onClicked: Qt.callLater(root.set, row.modelData.milestone, time.text)
            }
        }
    }
    Label { visible: root.lastError !== ""; text: root.lastError; color: Tones.danger; width: root.width; wrapMode: Text.Wrap }
}
