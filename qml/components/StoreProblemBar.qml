import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// Across the top once a read of the local store failed: what the panels show may be short of
// what is stored. The store's own words say what happened and how to recover.
Rectangle {
    id: root
    required property string problem
    visible: problem !== ""
    implicitHeight: visible ? column.implicitHeight + 12 : 0
    color: Tones.alarm
    Accessible.role: Accessible.AlertMessage
    Accessible.name: heading.text

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 6
        Label {
            id: heading
            Layout.fillWidth: true
            text: qsTr("The local store is damaged: what is shown may be incomplete. Keep working with care and recover it as below.")
            color: Tones.onStrong
            font.bold: true
            wrapMode: Text.Wrap
        }
        TextEdit {
            objectName: "storeProblemText"
            Layout.fillWidth: true
            text: root.problem
            color: Tones.onStrong
            readOnly: true
            selectByMouse: true // the recovery command can be copied
            wrapMode: TextEdit.Wrap
        }
    }
}
