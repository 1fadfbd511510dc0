import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Who holds each role; an unfilled role says so.
GroupBox {
    id: root
    property alias roles: view.model
    title: qsTr("Roles")

    ListView {
        id: view
        anchors.fill: parent
        clip: true
        Accessible.name: qsTr("Roles")
        delegate: RowLayout {
            required property string label
            required property string person
            required property bool filled
            width: ListView.view.width
            height: 32
            Label { Layout.preferredWidth: 200; text: label; font.bold: true }
            Label {
                Layout.fillWidth: true
                text: filled ? person : qsTr("unfilled")
                opacity: filled ? 1 : 0.6
                font.italic: !filled
            }
        }
    }
}
