import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The live incident state document, section by section.
GroupBox {
    id: root
    required property var incident
    required property var actions
    title: qsTr("State document")

    ListView {
        id: list
        objectName: "sectionList"
        anchors.fill: parent
        clip: true
        spacing: 6
        model: root.incident.sections
        Accessible.name: qsTr("State document")
        delegate: SectionEditor {
            width: ListView.view.width
            actions: root.actions
        }
    }
}
