import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// The live incident state document, section by section. In the list, Up and Down select a
// section and Enter edits it.
Panel {
    id: root
    required property CurrentIncident incident
    required property IncidentActions actions
    title: qsTr("State document")
    focusTarget: list

    KeyboardList {
        id: list
        objectName: "sectionList"
        anchors.fill: parent
        spacing: 6
        model: root.incident.sections
        Accessible.name: qsTr("State document")
        // Enter on the selected section itself, not inside one being edited.
        Keys.onReturnPressed: event => {
            const onRow = Window.activeFocusItem === list || Window.activeFocusItem === list.currentItem
            if (onRow && list.currentItem) list.currentItem.startEditing()
            else event.accepted = false
        }
        delegate: SectionEditor {
            width: ListView.view.width
            actions: root.actions
            current: ListView.isCurrentItem && ListView.view.activeFocus
        }
    }
}
