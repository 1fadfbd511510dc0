import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// One role: the holder, or a field to name one.
RowLayout {
    id: row
    required property string roleId
    required property string label
    required property string person
    required property bool filled
    required property bool key
    required property var panel // assign(role, person) answers "" or why it was refused
    property bool assigning: false
    property bool current: false // selected in the list that has the keyboard
    signal relieve(string role)
    signal handOff()

    function startAssigning() {
        assigning = true
        nameField.text = ""
        nameField.forceActiveFocus()
    }
    // Back to the list, which keeps the keyboard.
    function stopAssigning() {
        assigning = false
        nameField.focus = false
        ListView.view.forceActiveFocus()
    }

    height: 36
    Label {
        Layout.preferredWidth: 170
        text: row.label
        font.bold: true
        font.underline: row.current
        color: row.current ? palette.highlight : palette.windowText
    }
    Label {
        visible: !row.assigning
        Layout.fillWidth: true
        text: row.filled ? row.person : row.key ? qsTr("unfilled — name someone") : qsTr("unfilled")
        color: !row.filled && row.key ? Tones.danger : palette.windowText
        opacity: row.filled || row.key ? 1 : 0.6
        font.italic: !row.filled
    }
    TextField {
        id: nameField
        objectName: "roleField_" + row.roleId
        visible: row.assigning
        Layout.fillWidth: true
        placeholderText: qsTr("One person's name")
        Accessible.name: qsTr("Person for %1").arg(row.label)
        onAccepted: {
            if (row.panel.assign(row.roleId, text) === "") // refused: the name stays to fix
                row.stopAssigning()
        }
        Keys.onEscapePressed: row.stopAssigning()
    }
    Button {
        visible: !row.assigning && !(row.roleId === "commander" && row.filled)
        text: row.filled ? qsTr("Change") : qsTr("Assign")
        Accessible.name: qsTr("Assign %1").arg(row.label)
        onClicked: row.startAssigning()
    }
    Button {
        visible: row.roleId === "commander" && row.filled
        text: qsTr("Hand off…")
        Accessible.name: qsTr("Hand off command")
        onClicked: row.handOff()
    }
    Button {
        visible: row.filled && !row.assigning && row.roleId !== "commander"
        text: qsTr("Relieve")
        Accessible.name: qsTr("Relieve %1").arg(row.label)
        onClicked: row.relieve(row.roleId)
    }
}
