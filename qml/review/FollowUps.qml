import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// Postmortem action items: one owner each, a due date if known.
// A Column, not a ColumnLayout: Qt 6.4 can crash destroying a Repeater's rows in a Layout.
Column {
    id: root
    spacing: 4
    required property CurrentIncident incident
    required property IncidentActions actions
    property string lastError: ""

    function add() {
        lastError = actions.addFollowUp(title.text, owner.text, due.text)
        if (lastError === "") { title.text = ""; owner.text = ""; due.text = "" }
    }

    Repeater {
        model: root.incident.followUps
        Label {
            required property var modelData
            text: qsTr("%1 — %2%3").arg(modelData.title).arg(modelData.owner)
                  .arg(modelData.due && modelData.due.getTime() > 0 ? qsTr(", due %1").arg(modelData.due.toISOString().slice(0, 10)) : "")
        }
    }
    RowLayout {
        width: root.width
        TextField { id: title; objectName: "followUpTitle"; Layout.fillWidth: true; placeholderText: qsTr("Action item") }
        TextField { id: owner; objectName: "followUpOwner"; Layout.preferredWidth: 110; placeholderText: qsTr("Owner") }
        TextField { id: due; objectName: "followUpDue"; Layout.preferredWidth: 110; placeholderText: "YYYY-MM-DD"; onAccepted: root.add() }
        Button { objectName: "followUpAdd"; text: qsTr("Add"); onClicked: root.add() }
    }
    Label { visible: root.lastError !== ""; text: root.lastError; color: Tones.danger; wrapMode: Text.Wrap; width: root.width }
}
