import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// One task: who, what, the countdown, and the commander's next move on it.
ItemDelegate {
    id: row
    required property string taskId
    required property string title
    required property string assignee
    required property string status
    required property bool acknowledged
    required property int minutes
    required property int secondsLeft
    required property int attention
    required property string prompt
    required property string statusLabel
    required property CurrentIncident incident
    signal act(string action, string taskId)

    readonly property bool closed: attention === TaskListModel.Closed
    readonly property color tone: attention === TaskListModel.Overdue ? Tones.danger
                                : attention === TaskListModel.Unacknowledged ? Tones.caution
                                : attention === TaskListModel.Blocked ? Tones.blocked : palette.text
    Accessible.name: qsTr("Task %1 for %2, %3").arg(title).arg(assignee).arg(prompt || status)

    contentItem: RowLayout {
        spacing: 8
        Rectangle { width: 4; Layout.fillHeight: true; color: row.tone; visible: row.attention !== TaskListModel.Running && !row.closed }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 — %2").arg(row.title).arg(row.assignee)
                font.bold: row.attention === TaskListModel.Overdue
                font.strikeout: row.closed
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                color: row.tone
                text: row.prompt !== "" ? row.prompt
                      : row.closed ? row.statusLabel
                      : qsTr("%1 left of %2 min").arg(row.incident.countdownText(row.secondsLeft)).arg(row.minutes)
                elide: Text.ElideRight
            }
        }
        Label {
            visible: row.acknowledged && !row.closed
            text: row.incident.countdownText(row.secondsLeft)
            color: row.tone
            font.bold: true
        }
        Button {
            visible: !row.acknowledged && !row.closed
            text: qsTr("Ack")
            Accessible.name: qsTr("Acknowledge %1").arg(row.title)
            onClicked: row.act("ack", row.taskId)
        }
        Button {
            visible: row.acknowledged && !row.closed
            text: qsTr("Done")
            Accessible.name: qsTr("%1 is done").arg(row.title)
            onClicked: row.act("done", row.taskId)
        }
        ToolButton {
            visible: !row.closed
            text: "⋯"
            Accessible.name: qsTr("More actions for %1").arg(row.title)
            onClicked: more.open()
            Menu {
                id: more
                MenuItem { text: qsTr("Extend 5 min"); onTriggered: row.act("extend", row.taskId) }
                MenuItem { text: qsTr("Blocked"); onTriggered: row.act("blocked", row.taskId) }
                MenuItem { text: qsTr("Reopen"); enabled: row.attention === TaskListModel.Blocked; onTriggered: row.act("open", row.taskId) }
                MenuItem { text: qsTr("Cancel task"); onTriggered: row.act("cancelled", row.taskId) }
            }
        }
    }
}
