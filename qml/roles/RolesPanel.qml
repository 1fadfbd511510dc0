import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// Who holds each role; an unfilled role says so. Assign or relieve per row; the commander
// row hands off command through its steps. Ctrl+R puts the cursor in the first empty role;
// in the list, Up and Down select a role and Enter names its holder.
Panel {
    id: root
    property alias roles: view.model
    property IncidentActions actions
    property string lastError: ""
    signal handOffRequested()
    title: qsTr("Roles")
    focusTarget: view

    function assign(role, person) {
        lastError = actions.assignRole(role, person)
        return lastError
    }
    function focusFirstEmpty() {
        for (let i = 0; i < view.count; ++i) {
            const item = view.itemAtIndex(i)
            if (item && !item.filled) { item.startAssigning(); return }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        KeyboardList {
            id: view
            objectName: "roleList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.name: qsTr("Roles")
            // Enter on the selected row itself (not on a field or button inside it).
            Keys.onReturnPressed: event => {
                const onRow = Window.activeFocusItem === view || Window.activeFocusItem === view.currentItem
                if (onRow && view.currentItem) view.currentItem.startAssigning()
                else event.accepted = false
            }
            delegate: RoleRow {
                width: ListView.view.width
                current: ListView.isCurrentItem && ListView.view.activeFocus
                panel: root
                onRelieve: role => root.lastError = root.actions.relieveRole(role)
                onHandOff: root.handOffRequested()
            }
        }
        RowLayout {
            TextField { id: areaField; objectName: "smeAreaField"; placeholderText: qsTr("SME area, e.g. database"); Layout.preferredWidth: 170 }
            TextField { id: smeField; objectName: "smePersonField"; placeholderText: qsTr("Person"); Layout.fillWidth: true; onAccepted: addSme.clicked() }
            Button {
                id: addSme
                text: qsTr("Add SME")
                onClicked: {
                    root.lastError = root.actions.assignRole("sme:" + areaField.text.trim().toLowerCase(), smeField.text)
                    if (root.lastError === "") { areaField.text = ""; smeField.text = "" }
                }
            }
        }
        Label { visible: root.lastError !== ""; text: root.lastError; color: Tones.danger; wrapMode: Text.Wrap; Layout.fillWidth: true }
    }
}
