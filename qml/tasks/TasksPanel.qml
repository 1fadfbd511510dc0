import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// Tasks with timeboxes: one named person each, acknowledged, then counted down. What needs
// the commander comes first. Ctrl+T puts the cursor in the new task's title; in the list,
// A, D, E and B act on the selected task.
Panel {
    id: root
    required property CurrentIncident incident
    required property IncidentActions actions
    property string lastError: ""
    title: root.incident.tasks.overdueCount > 0
           ? qsTr("Tasks — %n overdue", "", root.incident.tasks.overdueCount) : qsTr("Tasks")
    focusTarget: list

    function focusNewTask() { titleField.forceActiveFocus() }
    function add() {
        lastError = actions.createTask(titleField.text, assigneeField.text, minutesBox.value)
        if (lastError === "") {
            titleField.text = ""
            assigneeField.text = ""
            titleField.forceActiveFocus()
        }
    }
    function act(action, taskId) {
        if (action === "ack") lastError = actions.acknowledgeTask(taskId)
        else if (action === "extend") lastError = actions.extendTask(taskId, 5)
        else lastError = actions.setTaskStatus(taskId, action)
    }
    // The same action on the selected task, from the list's keys.
    function actOnSelected(action) {
        if (list.currentItem)
            act(action, list.currentItem.taskId)
    }

    ColumnLayout {
        anchors.fill: parent
        RowLayout {
            Layout.fillWidth: true
            TextField { id: titleField; objectName: "taskTitleField"; Layout.fillWidth: true; placeholderText: qsTr("What needs doing"); Accessible.name: qsTr("New task"); onAccepted: assigneeField.forceActiveFocus() }
            TextField { id: assigneeField; objectName: "taskAssigneeField"; Layout.preferredWidth: 120; placeholderText: qsTr("Who (one name)"); Accessible.name: qsTr("Assignee"); onAccepted: root.add() }
            SpinBox { id: minutesBox; objectName: "taskMinutesBox"; from: 1; to: 1440; value: 15; editable: true; Accessible.name: qsTr("Timebox in minutes") }
            Button { objectName: "taskAddButton"; text: qsTr("Add"); Accessible.name: qsTr("Add the task"); onClicked: root.add() }
        }
        Label { visible: root.lastError !== ""; text: root.lastError; color: Tones.danger; wrapMode: Text.Wrap; Layout.fillWidth: true }
        KeyboardList {
            id: list
            objectName: "taskList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: root.incident.tasks
            Accessible.name: qsTr("Tasks")
            delegate: TaskDelegate {
                width: ListView.view.width
                incident: root.incident
                highlighted: ListView.isCurrentItem && ListView.view.activeFocus
                onAct: (action, taskId) => root.act(action, taskId)
            }
            Label { anchors.centerIn: parent; visible: list.count === 0; opacity: 0.6; text: qsTr("No tasks yet. Name one person and a timebox.") }
            ScopedShortcut { action: "acknowledgeTask"; scope: list; onActivated: root.actOnSelected("ack") }
            ScopedShortcut { action: "finishTask"; scope: list; onActivated: root.actOnSelected("done") }
            ScopedShortcut { action: "extendTask"; scope: list; onActivated: root.actOnSelected("extend") }
            ScopedShortcut { action: "blockTask"; scope: list; onActivated: root.actOnSelected("blocked") }
        }
    }
}
